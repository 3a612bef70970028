"""The window in English: every navigation title and every screen's own words (labels, buttons, group boxes,
tabs, placeholders, column headers) are English; only the event's data (names, organisations, missions) stays
as typed. And a core error comes out in English through ``core.i18n.translate``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QTabBar,
    QWidget,
)

from probono_desk.core.clock import FixedClock
from probono_desk.core.errors import InvalidInput, NotAnEventFile
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.main_window import MainWindow
from probono_desk.ui.screens import build_screens

# French that an untranslated widget would show: accented letters, French quotes, and the little words and
# interface verbs that English never uses. Event data is taken out of each text before looking.
FRENCH = re.compile(
    r"[àâçéèêëîïôûùœ«»]|·e\b|\b(le|la|les|des|du|une?|et|ou|pour|avec|sans|dans|sur|est|pas|aucune?|"
    r"enregistrer|annuler|fermer|ouvrir|ajouter|retirer|supprimer|imprimer|valider|rechercher|modifier|"
    r"personne|bénévoles?|équipes?|présent·?e?s?|structures?|lauréates?)\b",
    re.IGNORECASE,
)


def event_data(ev: Event) -> list[str]:
    """Every text of the event itself, longest first, so a structure's name inside a label is not judged."""
    info = ev.info
    texts = [info.name, info.venue]
    for s in ev.roster.structures():
        texts += [s.name, s.legal_form, s.city, s.mission_theme, s.problem, s.expected_deliverable]
        texts += [s.referent_name, s.representative_1, s.representative_2, *s.skills_needed]
    for v in ev.roster.volunteers():
        texts += [v.name, v.first_name, v.last_name, v.organisation, v.preference, v.diet, *v.skills]
    for st in ev.roster.staff():
        texts.append(st.name)
    for phase in ev.schedule.plan().phases:
        texts += [phase.title, phase.message]
    return sorted({t for t in texts if t and len(t) > 2}, key=len, reverse=True)


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for the words a screen shows of its own."""
    for w in [root, *root.findChildren(QWidget)]:
        kind = type(w).__name__
        if isinstance(w, QLabel):
            yield kind, w.text()
        elif isinstance(w, QAbstractButton):
            yield kind, w.text()
            yield f"{kind} tooltip", w.toolTip()
        elif isinstance(w, QGroupBox):
            yield kind, w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield kind, w.tabText(i)
        elif isinstance(w, QLineEdit):
            yield f"{kind} placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield kind, w.itemText(i)
        elif isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, QListView):
            model = w.model()
            for col in range(model.columnCount(QModelIndex())):
                yield f"{kind} header", str(model.headerData(col, Qt.Orientation.Horizontal) or "")


OWN_NAMES = ("Français",)  # the language picker names each language in itself


def french_left(text: str, data: list[str]) -> list[str]:
    if text in OWN_NAMES:
        return []
    for item in data:
        text = text.replace(item, " ")
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags and their style attributes
    return FRENCH.findall(text)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    from probono_desk.app import install_translations

    install_translations(qapp, "en")
    try:
        yield
    finally:
        install_translations(qapp, "fr")


def test_the_heuristic_sees_french_and_spares_names() -> None:
    data = ["Les Jardins du Partage", "Élodie Lefèvre"]
    assert french_left("Table 1 · Les Jardins du Partage", data) == []
    assert french_left("Referent: Élodie Lefèvre", data) == []
    assert french_left("Enregistrer", data) and french_left("Équipe suivante", data)
    assert french_left("Former les équipes", data) and french_left("Prêt·e", data)


def test_every_screen_is_english(qtbot, english: None, demo_path: Path, clock: FixedClock) -> None:
    ctx = EventContext(Event.open(demo_path, clock=clock, station="Desk 1"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert win.nav_titles() == ["Check-in", "Teams", "Clock", "Deliverables", "Path", "Printing", "Volunteers", "Settings"]
    data = event_data(ctx.ev)
    assert "Les Jardins du Partage" in data
    left: list[str] = []
    screens = build_screens(ctx)
    assert len(screens) == len(win.nav_titles())
    for screen in [win, *screens]:
        qtbot.addWidget(screen)
        refresh = getattr(screen, "refresh", None)
        if callable(refresh):
            refresh()
        seen = 0
        for what, text in widget_texts(screen):
            if text.strip():
                seen += 1
                if french_left(text, data):
                    left.append(f"{type(screen).__name__} {what}: {text!r}")
        assert seen > 3, type(screen).__name__  # the walk found the screen's words
    assert left == []


def test_a_core_error_comes_out_in_english() -> None:
    error = NotAnEventFile(path="notes.txt")
    assert error.message("en") == "“notes.txt” is not a probono_desk event file."
    assert error.message("fr") == "« notes.txt » n'est pas un fichier d'événement probono_desk."
    template = QT_TRANSLATE_NOOP(
        "errors", "Le code PIN doit compter de {low} à {high} caractères (chiffres ou lettres, sans espace)."
    )
    english = "The PIN must have {low} to {high} characters (digits or letters, no spaces)."
    assert translate("errors", template, language="en") == english
    assert InvalidInput(template, low=6, high=64).message("en") == english.format(low=6, high=64)
