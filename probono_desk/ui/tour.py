"""A short guided tour of each screen, the first time it opens: what to do there at this moment of the day, in three
or four bubbles. Turned off (« Ne plus afficher ») and brought back from the Aide menu. What was seen is kept in the
app's own settings (per user, per laptop), never in the event file. ``PROBONO_NO_TOURS=1`` keeps them away (tests)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.ui.settings import app_settings

KEY_ENABLED = "tours/enabled"
KEY_SEEN = "tours/seen"
ENV_OFF = "PROBONO_NO_TOURS"

STEPS: dict[str, tuple[tuple[str, str], ...]] = {
    "checkin": (
        (
            QT_TRANSLATE_NOOP("Tour", "8h30 : l'accueil"),
            QT_TRANSLATE_NOOP("Tour", "Scannez le badge : la carte verte dit la table et le référent."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "Sans badge"),
            QT_TRANSLATE_NOOP("Tour", "Tapez trois lettres du nom, choisissez avec ↑↓, Entrée."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "Sur place"),
            QT_TRANSLATE_NOOP("Tour", "Ctrl+N inscrit une personne venue sans inscription."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "Une erreur ?"),
            QT_TRANSLATE_NOOP("Tour", "Ctrl+Z reprend la dernière arrivée pendant deux minutes."),
        ),
    ),
    "teams": (
        (
            QT_TRANSLATE_NOOP("Tour", "Avant le jour J"),
            QT_TRANSLATE_NOOP("Tour", "« Former les équipes » place tout le monde selon les règles."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "Ajuster"),
            QT_TRANSLATE_NOOP("Tour", "Glissez une personne, ou Alt+→ ; Ctrl+Z annule."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "9h30"),
            QT_TRANSLATE_NOOP("Tour", "Après les absences, « Rééquilibrer… » propose des déplacements."),
        ),
    ),
    "chrono": (
        (
            QT_TRANSLATE_NOOP("Tour", "8h55"),
            QT_TRANSLATE_NOOP("Tour", "Ouvrez l'écran projecteur sur le second écran."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "9h00"),
            QT_TRANSLATE_NOOP("Tour", "« Démarrer la journée » lance l'horloge de la salle."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "Un retard ?"),
            QT_TRANSLATE_NOOP("Tour", "Décalez la phase : toutes les suivantes bougent."),
        ),
    ),
    "deliverables": (
        (
            QT_TRANSLATE_NOOP("Tour", "Toute la journée"),
            QT_TRANSLATE_NOOP("Tour", "Le livrable s'enregistre tout seul pendant la frappe."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "Pièces jointes"),
            QT_TRANSLATE_NOOP("Tour", "Ajoutez les photos des paperboards et les slides."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "16h15"),
            QT_TRANSLATE_NOOP("Tour", "Trail et évaluations (mode kiosque) en fin de journée."),
        ),
    ),
    "parcours": (
        (
            QT_TRANSLATE_NOOP("Tour", "Avant le jour J"),
            QT_TRANSLATE_NOOP("Tour", "Le diagnostic de chaque structure : ses besoins deviennent les compétences."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "De décembre à février"),
            QT_TRANSLATE_NOOP("Tour", "Notez chaque séance du Trail et suivez les recommandations."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "Relances"),
            QT_TRANSLATE_NOOP("Tour", "Un Trail resté silencieux est signalé ; le bilan se prépare ici."),
        ),
    ),
    "prints": (
        (
            QT_TRANSLATE_NOOP("Tour", "La veille"),
            QT_TRANSLATE_NOOP("Tour", "Badges, fiches d'équipe et chevalets de table."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "12h30 et 13h30"),
            QT_TRANSLATE_NOOP("Tour", "Feuilles d'émargement du matin et de l'après-midi."),
        ),
        (QT_TRANSLATE_NOOP("Tour", "Après"), QT_TRANSLATE_NOOP("Tour", "Attestations et bilan.")),
    ),
    "volunteers": (
        (
            QT_TRANSLATE_NOOP("Tour", "La liste"),
            QT_TRANSLATE_NOOP("Tour", "Tapez pour chercher ; Entrée modifie la personne choisie."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "Corrections"),
            QT_TRANSLATE_NOOP("Tour", "Arrivée à la main, badge perdu, annulation d'une arrivée."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "RGPD"),
            QT_TRANSLATE_NOOP("Tour", "« Ses données… » exporte tout ce qui concerne une personne."),
        ),
    ),
    "settings": (
        (
            QT_TRANSLATE_NOOP("Tour", "L'événement"),
            QT_TRANSLATE_NOOP("Tour", "Nom, date, lieu et langue des documents."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "Ce poste"),
            QT_TRANSLATE_NOOP("Tour", "Nommez le poste (porte 1, projecteur…) et posez le code PIN."),
        ),
        (
            QT_TRANSLATE_NOOP("Tour", "Sauvegardes"),
            QT_TRANSLATE_NOOP("Tour", "Une copie toutes les 5 minutes, à côté du fichier."),
        ),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tour", text)


def tours_enabled() -> bool:
    if os.environ.get(ENV_OFF) == "1":
        return False
    return str(app_settings().value(KEY_ENABLED, "true")).lower() in ("true", "1")


def set_tours_enabled(on: bool) -> None:
    settings = app_settings()
    settings.setValue(KEY_ENABLED, "true" if on else "false")
    if on:
        settings.setValue(KEY_SEEN, [])  # brought back: every screen shows its tour again, once


def seen_screens() -> set[str]:
    value = app_settings().value(KEY_SEEN, "")
    items = value if isinstance(value, list) else str(value or "").split(",")  # an INI list reads back as a list
    return {str(v).strip() for v in items if str(v).strip()}


def mark_seen(key: str) -> None:
    app_settings().setValue(KEY_SEEN, sorted(seen_screens() | {key}))


class TourBubble(QFrame):
    """One bubble at a time over the top right of the window: the step, « Suivant », « Ne plus afficher »."""

    def __init__(self, tours: Tours, key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.tours = tours
        self.key = key
        self.step = 0
        self.setObjectName("TourBubble")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#TourBubble { background: #fff8e1; border: 2px solid #ef6c00; border-radius: 10px; }"
            "#TourBubble QLabel { color: #1b1b1b; } #TourTitle { font-weight: bold; }"
        )
        self.setFixedWidth(330)
        self.title = QLabel(self)
        self.title.setObjectName("TourTitle")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.counter = QLabel(self)
        self.off_button = QPushButton(QCoreApplication.translate("Tour", "Ne plus afficher"), self)
        self.next_button = QPushButton(self)
        for button in (self.off_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the desk's scan field keeps the keyboard
        self.off_button.clicked.connect(self.turn_off)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        buttons.addWidget(self.off_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.show_step()

    @property
    def steps(self) -> tuple[tuple[str, str], ...]:
        return STEPS.get(self.key, ())

    def show_step(self) -> None:
        title, text = self.steps[self.step]
        self.title.setText(_tr(title))
        self.text.setText(_tr(text))
        self.counter.setText(f"{self.step + 1}/{len(self.steps)}")
        last = self.step == len(self.steps) - 1
        self.next_button.setText(
            QCoreApplication.translate("Tour", "Terminer") if last else QCoreApplication.translate("Tour", "Suivant")
        )
        self.adjustSize()
        self.place()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.move(QPoint(max(0, parent.width() - self.width() - 24), max(0, parent.height() - self.height() - 48)))
            self.raise_()

    def next(self) -> None:
        if self.step + 1 < len(self.steps):
            self.step += 1
            self.show_step()
        else:
            self.tours.close_bubble()

    def turn_off(self) -> None:
        self.tours.turn_off()


class Tours(QObject):
    """Watches the window's screens: the first time one opens (and tours are on), its bubbles show."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bubble: TourBubble | None = None
        screen_changed = getattr(window, "screen_changed", None)
        if screen_changed is not None:
            screen_changed.connect(self.screen_opened)
        self.toggle = getattr(window, "tours_enabled_action", None)
        if self.toggle is not None:
            self.toggle.setChecked(tours_enabled())
            self.toggle.toggled.connect(self._toggled)
        window.installEventFilter(self)

    def screen_opened(self, key: str) -> None:
        if not tours_enabled() or key in seen_screens() or key not in STEPS:
            self.close_bubble()
            return
        self.show_now(key)

    def show_now(self, key: str) -> TourBubble | None:
        """The tour of ``key`` now (Aide → Visite guidée), whether seen or not."""
        self.close_bubble()
        if key not in STEPS:
            return None
        mark_seen(key)
        self.bubble = TourBubble(self, key, self.window)
        self.bubble.show()
        return self.bubble

    def close_bubble(self) -> None:
        if self.bubble is not None:
            self.bubble.hide()
            self.bubble.deleteLater()
            self.bubble = None

    def turn_off(self) -> None:
        set_tours_enabled(False)
        self.close_bubble()
        if self.toggle is not None:
            self.toggle.blockSignals(True)
            self.toggle.setChecked(False)
            self.toggle.blockSignals(False)

    def _toggled(self, on: bool) -> None:
        set_tours_enabled(on)
        if not on:
            self.close_bubble()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Resize and self.bubble is not None:
            self.bubble.place()
        return False
