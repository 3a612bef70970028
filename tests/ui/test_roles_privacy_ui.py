"""Organiser-only actions ask for the organiser's PIN (when one is set); consent is visible; delete, export one
person's data and anonymise from the window."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.chrono import ChronoScreen
from probono_desk.ui.context import EventContext
from probono_desk.ui.deliverables import DeliverablesScreen
from probono_desk.ui.main_window import MainWindow
from probono_desk.ui.pin_dialog import PinDialog
from probono_desk.ui.projector import ProjectorWindow
from probono_desk.ui.settings import SettingsScreen
from probono_desk.ui.volunteers import VolunteersModel, VolunteersScreen

PIN = "432100"


def give_pin(dialog: PinDialog, pin: str) -> None:
    dialog.field.setText(pin)
    dialog.ok_button.click()


def test_settings_say_when_no_pin_is_set_then_set_and_change_it(qtbot: QtBot, ctx: EventContext) -> None:
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    box = screen.pin_box
    assert box.status.text().startswith("Aucun PIN : tout le monde peut supprimer")
    assert box.button.text() == "Définir le PIN"
    box.new.setText("12")
    assert not box.save() and "de 6 à 64 caractères" in box.message.text()
    box.new.setText(PIN)
    assert box.save() and box.status.text().startswith("PIN défini.")
    assert ctx.ev.evaluations.check_pin(PIN)  # the same PIN as the kiosk's
    box.new.setText("9999")
    box.current.setText("0000")
    assert not box.save() and box.message.text() == "Code PIN actuel incorrect."
    assert ctx.ev.privacy.check_pin(PIN)


def test_consent_is_a_column_and_missing_consent_is_highlighted(qtbot: QtBot, ctx: EventContext) -> None:
    ev = ctx.ev
    target = ev.roster.volunteers()[0]
    from dataclasses import replace

    ev.roster.update_volunteer(replace(target, consent=None))
    screen = VolunteersScreen(ctx)
    qtbot.addWidget(screen)
    model = screen.model
    assert model.headerData(VolunteersModel.COL_CONSENT, Qt.Orientation.Horizontal) == "Consentement"
    values = {}
    for row in range(model.rowCount()):
        vid = model.data(model.index(row, 0), VolunteersModel.ID_ROLE)
        values[vid] = (
            model.data(model.index(row, VolunteersModel.COL_CONSENT)),
            model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole),
        )
    assert values[target.id][0] == "non renseigné" and values[target.id][1] is not None
    consenting = next(v.id for v in ev.roster.volunteers() if v.consent)
    assert values[consenting] == ("oui", None)


def select(screen: VolunteersScreen, volunteer_id: str) -> None:
    for row in range(screen.proxy.rowCount()):
        if screen.proxy.data(screen.proxy.index(row, 0), VolunteersModel.ID_ROLE) == volunteer_id:
            screen.table.selectRow(row)
            return
    raise AssertionError(volunteer_id)


def test_delete_a_person_confirms_then_asks_the_pin(qtbot: QtBot, ctx: EventContext) -> None:
    ctx.ev.privacy.set_pin(PIN)
    screen = VolunteersScreen(ctx)
    qtbot.addWidget(screen)
    victim = ctx.ev.roster.volunteers()[2]
    select(screen, victim.id)
    box = screen.delete_current()
    assert victim.name in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    dialog = screen._pin_dialog
    give_pin(dialog, "0000")
    assert dialog.error.text() == "Code incorrect."
    assert victim.id in {v.id for v in ctx.ev.roster.volunteers()}
    give_pin(dialog, PIN)
    assert victim.id not in {v.id for v in ctx.ev.roster.volunteers()}


def test_export_one_persons_data_from_the_list(qtbot: QtBot, ctx: EventContext, tmp_path: Path) -> None:
    ctx.ev.privacy.set_pin(PIN)
    screen = VolunteersScreen(ctx)
    qtbot.addWidget(screen)
    person = ctx.ev.roster.volunteers()[4]
    select(screen, person.id)
    screen.export_current(tmp_path / "demande.json")
    assert not (tmp_path / "demande.json").exists()  # not before the PIN
    give_pin(screen._pin_dialog, PIN)
    data = json.loads((tmp_path / "demande.json").read_text(encoding="utf-8"))
    assert data["inscription"]["email"] == person.email
    assert (tmp_path / "demande.csv").exists()


def test_exports_ask_the_pin_only_when_one_is_set(qtbot: QtBot, ctx: EventContext) -> None:
    screen = DeliverablesScreen(ctx)
    qtbot.addWidget(screen)
    asked: list[str] = []
    screen._ask_export = asked.append  # type: ignore[method-assign]  # stands for the file dialog
    screen.ask_export(".csv")
    assert asked == [".csv"]  # no PIN on the event: straight to the file dialog
    ctx.ev.privacy.set_pin(PIN)
    screen.ask_export(".xlsx")
    assert asked == [".csv"]
    give_pin(screen._pin_dialog, PIN)
    assert asked == [".csv", ".xlsx"]


def test_projector_escape_asks_the_pin_only_if_set(qtbot: QtBot, demo: Event) -> None:
    window = ProjectorWindow(lambda: demo.schedule.at(), "Marathon")
    qtbot.addWidget(window)
    window.needs_pin = demo.privacy.has_pin
    window.pin_check = demo.privacy.check_pin
    window.open_on(None)
    with qtbot.waitSignal(window.closed, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    demo.privacy.set_pin(PIN)
    window.open_on(None)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.pin_dialog.isVisible()
    give_pin(window.pin_dialog, "1111")
    assert window.isVisible()
    with qtbot.waitSignal(window.closed, timeout=1000):
        give_pin(window.pin_dialog, PIN)


def test_editing_the_plan_once_the_day_started_asks_the_pin(qtbot: QtBot, ctx: EventContext, clock: FixedClock) -> None:
    screen = ChronoScreen(ctx)
    qtbot.addWidget(screen)
    before = screen.model.rowCount()
    screen.add_phase()  # before the day starts: free
    assert screen.model.rowCount() == before + 1 or len(ctx.ev.schedule.plan().phases) == before + 1
    ctx.ev.privacy.set_pin(PIN)
    ctx.ev.schedule.start()
    count = len(ctx.ev.schedule.plan().phases)
    screen.add_phase()
    assert len(ctx.ev.schedule.plan().phases) == count  # waits for the PIN
    give_pin(screen._pin_dialog, PIN)
    assert len(ctx.ev.schedule.plan().phases) == count + 1
    screen.add_phase()  # unlocked for this window
    assert len(ctx.ev.schedule.plan().phases) == count + 2


def test_anonymise_from_the_menu(qtbot: QtBot, ctx: EventContext) -> None:
    ctx.ev.privacy.set_pin(PIN)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.anonymise_action.text() == "&Anonymiser après l'événement…"
    box = window.ask_anonymise()
    assert "Anonymiser 50 personne(s)" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    give_pin(window._pin_dialog, PIN)
    qtbot.waitUntil(lambda: getattr(window, "_anonymised_box", None) is not None, timeout=20_000)  # off the UI thread
    assert all(v.name.startswith("Bénévole anonyme") for v in ctx.ev.roster.volunteers())
    assert "50 personne(s) anonymisée(s)" in window._anonymised_box.text()


# --- Paramètres: Enter in the PIN field sets the PIN ------------------------------------------------------------------

def test_enter_in_the_pin_field_sets_the_pin(qtbot: QtBot, demo: Event, ctx: EventContext) -> None:
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    box = screen.pin_box
    qtbot.keyClicks(box.new, "202612")
    qtbot.keyClick(box.new, Qt.Key.Key_Return)
    assert demo.privacy.has_pin() and demo.privacy.check_pin("202612")
    assert box.message.text() == "PIN enregistré."
    qtbot.keyClicks(box.current, "202612")
    qtbot.keyClicks(box.new, "777777")
    qtbot.keyClick(box.current, Qt.Key.Key_Return)  # Enter in « PIN actuel » too
    assert demo.privacy.check_pin("777777")
    ctx._timer.stop()
