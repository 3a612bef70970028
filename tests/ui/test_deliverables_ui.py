"""The Livrables screen and the kiosk: autosave from typing, restore a version, attachments, Trail, the PIN lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from probono_desk.core.clock import FixedClock
from probono_desk.core.evaluations import Audience, QuestionKind
from probono_desk.services.event import Event
from probono_desk.storage import roster as roster_store
from probono_desk.ui.context import EventContext
from probono_desk.ui.deliverables import DeliverablesScreen
from probono_desk.ui.kiosk import KioskWindow
from probono_desk.ui.main_window import MainWindow
from tests.helpers import assign_teams, list_texts


@pytest.fixture
def screen(qtbot: QtBot, ctx: EventContext) -> DeliverablesScreen:
    widget = DeliverablesScreen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def saved_summary(ev: Event, sid: str) -> str:
    row = ev.db.execute("SELECT summary FROM deliverables WHERE structure_id = ?", [sid]).fetchone()
    return row[0] if row else ""


def test_typing_is_autosaved_and_the_indicator_says_when(qtbot: QtBot, screen: DeliverablesScreen) -> None:
    ev = screen.ctx.ev
    sid = screen.current_structure()
    assert sid is not None
    screen.form._debounce.setInterval(50)  # the 2 s debounce, shortened for the test
    # QTest types ASCII only: accented text arrives as a paste would.
    qtbot.keyClicks(screen.form.title, "Plan d'action benevoles")
    qtbot.keyClicks(screen.form.summary, "Recruter, accueillir, ")
    screen.form.summary.insertPlainText("fidéliser — « œuvre » commune.")
    assert screen.form.indicator.text() == "Modifications en cours…"
    qtbot.waitUntil(lambda: saved_summary(ev, sid) == "Recruter, accueillir, fidéliser — « œuvre » commune.")
    assert screen.form.indicator.text() == "Enregistré à 08:30:00"
    title = ev.db.execute("SELECT title FROM deliverables WHERE structure_id = ?", [sid]).fetchone()[0]
    assert title == "Plan d'action benevoles"
    assert screen.form.last_save_ms < 200  # one small transaction: typing never waits on it
    # Switching structure saves what is pending at once, without waiting for the timer.
    screen.form._debounce.setInterval(60_000)
    qtbot.keyClicks(screen.form.summary, " Fin.")
    screen.select_structure(screen.structures_model.row_at(1)[0].id)
    assert saved_summary(ev, sid).endswith("Fin.")
    assert screen.form.summary.toPlainText() == ""


def test_restore_a_version_from_the_list(qtbot: QtBot, screen: DeliverablesScreen, clock: FixedClock) -> None:
    ev = screen.ctx.ev
    sid = screen.current_structure()
    assert sid is not None
    qtbot.keyClicks(screen.form.summary, "Premiere version du texte.")
    screen.form.save_now()
    clock.advance(minutes=6)
    screen.form.summary.selectAll()
    qtbot.keyClicks(screen.form.summary, "Deuxieme version, toute differente.")
    screen.form.save_now()
    assert screen.form.versions_model.rowCount() == 2
    screen.form.versions.setCurrentIndex(screen.form.versions_model.index(1, 0))  # the oldest (newest first)
    assert screen.form.restore_button.isEnabled()
    qtbot.mouseClick(screen.form.restore_button, Qt.MouseButton.LeftButton)
    assert screen.form.summary.toPlainText() == "Premiere version du texte."
    assert saved_summary(ev, sid) == "Premiere version du texte."
    assert screen.form.versions_model.rowCount() == 3  # the restore is a version too; nothing lost
    assert "restauration" in list_texts(screen.form.versions_model)[0]


def test_states_buttons_record_times(qtbot: QtBot, screen: DeliverablesScreen, clock: FixedClock) -> None:
    form = screen.form
    qtbot.keyClicks(form.title, "Kit")
    qtbot.keyClicks(form.summary, "Synthese")
    clock.advance(minutes=5)
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)  # submit: saves first, then the state
    from probono_desk.core.deliverables import DeliverableState

    assert form.state_times[DeliverableState.SUBMITTED].text() == "8h35"
    assert form.next_button.text() == "Valider (référent·e)"
    assert screen.structures.currentIndex().data().startswith("◐")


def test_attachments_add_list_and_remove_after_confirmation(
    qtbot: QtBot, screen: DeliverablesScreen, tmp_path: Path
) -> None:
    panel = screen.form.attachments
    photo = tmp_path / "tableau blanc.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 5000)
    with qtbot.waitSignal(panel.files_added) as added:  # read, hashed and stored in a worker
        panel.add_files([photo])
    assert added.args == [1]
    assert panel.model.rowCount() == 1
    index = panel.model.index(0, 1)
    assert panel.model.data(panel.model.index(0, 0)) == "tableau blanc.jpg"
    assert panel.model.data(index) == "4,9 Ko" and panel.model.data(panel.model.index(0, 2)) == "image/jpeg"
    panel.table.selectRow(0)
    box = panel.ask_remove_selected()
    assert box is not None and "tableau blanc.jpg" in box.text()
    assert panel.model.rowCount() == 1  # nothing removed until confirmed
    keep = next(b for b in box.buttons() if b.text() == "Garder")
    keep.click()
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    box = panel.ask_remove_selected()
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Retirer").click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert screen.ctx.ev.deliverables.attachments(screen.current_structure() or "") == []


def test_attachment_too_big_shows_the_french_message(
    qtbot: QtBot, screen: DeliverablesScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "film.mov"
    with big.open("wb") as handle:
        handle.truncate(26 * 1024 * 1024)
    shown: list[str] = []
    monkeypatch.setattr("probono_desk.ui.attachments.show_error", lambda _parent, exc: shown.append(exc.message()))
    with qtbot.waitSignal(screen.form.attachments.files_added) as added:
        screen.form.attachments.add_files([big])
    assert added.args == [0]
    assert shown and "la limite est de 25,0 Mo par fichier" in shown[0]


def test_trail_picker_lists_only_present_members(
    qtbot: QtBot, ctx: EventContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ev = ctx.ev
    structures = ev.roster.structures()
    volunteers = ev.roster.volunteers()
    with ev.write() as w:
        for i, v in enumerate(volunteers):
            roster_store.set_membership(w.db, v.id, structures[i % 5].id, w.at)
    team = [v for v in ev.roster.volunteers() if v.structure_id == structures[0].id]
    present = {v.id for v in team[:4]}
    monkeypatch.setattr(ev.status, "present_ids", lambda: set(present))
    screen = DeliverablesScreen(ctx)
    qtbot.addWidget(screen)
    screen.tabs.setCurrentWidget(screen.trail)
    assert screen.trail.model.rowCount() == 4  # absent members are not offered
    screen.trail.set_picked(team[0].id, True, "jeudis", True)
    screen.trail.set_picked(team[1].id, True)
    assert screen.trail.count.text().startswith("2 choisi")
    assert screen.trail.save()
    rows = ev.db.execute("SELECT volunteer_id, availability, agrees_contact FROM trail_members").fetchall()
    assert sorted(rows) == sorted([(team[0].id, "jeudis", 1), (team[1].id, "", 0)])


def test_kiosk_cannot_be_left_without_the_pin(qtbot: QtBot, ctx: EventContext) -> None:
    ev = ctx.ev
    ev.evaluations.set_pin("201912")
    kiosk = KioskWindow(ctx, Audience.VOLUNTEERS)
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    # Close (Alt+F4, the window's button) is refused and asks for the PIN.
    kiosk.close()
    assert kiosk.isVisible() and kiosk.is_locked()
    assert kiosk.stack.currentWidget() is kiosk.pin_page
    # Esc too.
    kiosk.cancel_unlock()
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.stack.currentWidget() is kiosk.pin_page
    # A wrong PIN is refused.
    qtbot.keyClicks(kiosk.pin, "123456")
    qtbot.keyClick(kiosk.pin, Qt.Key.Key_Return)
    assert kiosk.isVisible() and kiosk.pin_error.text() == "Code incorrect."
    # The right one leaves.
    with qtbot.waitSignal(kiosk.kiosk_left):
        qtbot.keyClicks(kiosk.pin, "201912")
        qtbot.keyClick(kiosk.pin, Qt.Key.Key_Return)
    assert not kiosk.isVisible()


def test_kiosk_takes_one_respondent_after_another(qtbot: QtBot, ctx: EventContext) -> None:
    ev = ctx.ev
    ev.evaluations.set_pin("201912")
    kiosk = KioskWindow(ctx, Audience.VOLUNTEERS)
    qtbot.addWidget(kiosk)
    kiosk.show()
    assert not kiosk.submit()  # nothing answered
    assert "équipe" in kiosk.error.text()
    kiosk.team.setCurrentIndex(2)
    for key, answer in (("satisfaction", 4), ("useful", True), ("again", False)):
        next(b for b in kiosk.inputs[key].buttons() if b.property("answer") == answer).click()
    qtbot.keyClicks(kiosk.inputs["comment"], "Tres bien organise")
    assert kiosk.submit()
    assert kiosk.stack.currentWidget() is kiosk.thanks_page
    [answer] = ev.evaluations.answers(Audience.VOLUNTEERS)
    assert answer.answers == {"satisfaction": 4, "useful": True, "again": False, "comment": "Tres bien organise"}
    assert answer.structure_id == ev.roster.structures()[1].id
    kiosk.next_respondent()
    assert kiosk.team.currentIndex() == 0 and kiosk.inputs["comment"].toPlainText() == ""
    assert all(b.isChecked() is False for b in kiosk.inputs["satisfaction"].buttons())
    kiosk._unlocked = True
    kiosk.close()


def test_export_runs_off_the_ui_thread(qtbot: QtBot, screen: DeliverablesScreen, tmp_path: Path) -> None:
    out = tmp_path / "export.xlsx"
    screen.export_to(out)
    qtbot.waitUntil(lambda: out.exists() and screen.export_xlsx.isEnabled(), timeout=10_000)
    assert "Écrit" in screen.task_status.text()
    from openpyxl import load_workbook

    assert load_workbook(out).sheetnames[0] == "Bénévoles"


def test_trail_and_results_models_pass_the_model_tester(qtmodeltester: object, ctx: EventContext) -> None:
    ev = ctx.ev
    first, other = ev.roster.structures()[:2]
    team = [v for v in ev.roster.volunteers() if v.structure_id == first.id]
    for v in team[:3]:
        ev.checkin.check_in_volunteer(v.id)
    ev.evaluations.submit(Audience.VOLUNTEERS, first.id, {"satisfaction": 5, "useful": True, "again": True})
    ev.evaluations.submit(Audience.VOLUNTEERS, other.id, {"satisfaction": 3, "useful": True, "again": False, "comment": "Bien"})
    screen = DeliverablesScreen(ctx)
    screen.trail.load(first.id)
    screen.evaluations.load(first.id)
    results = screen.evaluations.results_model
    assert [results.index(r, 1).data() for r in range(2)] == ["Réponses", "Êtes-vous satisfait·e de la journée ?"]
    assert results.index(0, 2).data(results.SORT_ROLE) == 1  # this team's answers, a number for sorting
    assert results.index(1, 2).data() == "5,0 / 5 (1)" and results.index(1, 3).data() == "4,0 / 5 (2)"
    for model in (screen.trail.model, results, screen.evaluations.comments_model, screen.evaluations.questions_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    screen.deleteLater()


def test_the_trail_is_ticked_and_typed_in_the_table(qtbot: QtBot, ctx: EventContext) -> None:
    ev = ctx.ev
    first = ev.roster.structures()[0]
    team = [v for v in ev.roster.volunteers() if v.structure_id == first.id]
    for v in team[:3]:
        ev.checkin.check_in_volunteer(v.id)
    screen = DeliverablesScreen(ctx)
    qtbot.addWidget(screen)
    screen.trail.load(first.id)
    model = screen.trail.model
    assert not screen.trail.dirty
    for row in (0, 1):  # what a click on the boxes does
        model.setData(model.index(row, model.COL_PICK), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(0, model.COL_AVAILABILITY), "le soir", Qt.ItemDataRole.EditRole)
    model.setData(model.index(0, model.COL_AGREES), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert screen.trail.dirty and screen.trail.count.text().startswith("2 choisi")
    assert model.index(0, model.COL_AGREES).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert screen.trail.save()
    rows = ev.db.execute("SELECT volunteer_id, availability, agrees_contact FROM trail_members").fetchall()
    picked = [model.rows()[0].volunteer_id, model.rows()[1].volunteer_id]
    assert sorted(rows) == sorted([(picked[0], "le soir", 1), (picked[1], "", 0)])


def test_screen_is_in_the_main_window(qtbot: QtBot, ctx: EventContext) -> None:
    from probono_desk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    screen = window.show_screen("deliverables")
    assert screen is not None and screen.nav_title == "Livrables"


def test_adding_and_opening_attachments_leave_the_ui_thread_free(
    qtbot: QtBot, screen: DeliverablesScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 25 MB slide deck is read, hashed and stored in a worker: the slot returns before the file is in."""
    from probono_desk.services.deliverables import DeliverablesService

    threads: list[bool] = []
    real = DeliverablesService.add_attachment

    def spy(self: DeliverablesService, structure_id: str, path: Path) -> object:
        threads.append(_is_main_thread())
        return real(self, structure_id, path)

    monkeypatch.setattr(DeliverablesService, "add_attachment", spy)
    monkeypatch.setattr("probono_desk.ui.attachments.QDesktopServices.openUrl", lambda _url: True)
    panel = screen.form.attachments
    slides, folder = tmp_path / "restitution.pdf", tmp_path / "un dossier"
    slides.write_bytes(b"%PDF" + b"x" * 100_000)
    folder.mkdir()
    shown: list[str] = []
    monkeypatch.setattr("probono_desk.ui.attachments.show_error", lambda _parent, exc: shown.append(exc.message()))
    with qtbot.waitSignal(panel.files_added) as added:
        panel.add_files([slides, folder])
        assert panel.model.rowCount() == 0 and not panel.add_button.isEnabled()  # not yet: the worker has it
    assert added.args == [1] and threads == [False, False]
    assert shown and "un dossier" in shown[0]  # the folder is refused in French, the slides went in
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.opened) as opened:
        panel.open_selected()
    assert opened.args[0].read_bytes() == slides.read_bytes()


def _is_main_thread() -> bool:
    from PySide6.QtCore import QCoreApplication, QThread

    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


# --- The referent saves the team's Trail pair and sees that it is saved -----------------------------------------------

def test_saving_the_trail_says_it_is_saved(qtbot: QtBot, demo_path: Path, clock: FixedClock) -> None:
    ev = Event.open(demo_path, clock=clock, station="table-1")
    assign_teams(ev)
    first = ev.roster.structures()[0]
    team = [v for v in ev.roster.volunteers() if v.structure_id == first.id]
    for v in team[:3]:
        ev.checkin.check_in_volunteer(v.id)
    window = MainWindow(EventContext(ev))
    qtbot.addWidget(window)
    window.show()
    screen = window.show_screen("deliverables")
    assert isinstance(screen, DeliverablesScreen)
    screen.tabs.setCurrentWidget(screen.trail)
    screen.trail.load(first.id)
    screen.trail.set_picked(team[0].id, True)
    screen.trail.set_picked(team[1].id, True)
    assert screen.trail.save()
    assert screen.trail.status.text().startswith("Trail enregistré à")  # the window refreshed and kept the word
    window.ctx.close()


def test_the_organisers_edit_the_evaluation_form_as_a_list_of_questions(screen: DeliverablesScreen) -> None:
    """The evaluation form's questions show with their kind; one typed is added at the end and kept in the file,
    the selected one is removed."""
    panel = screen.evaluations
    before = list_texts(panel.questions_model)
    assert before and all(line.endswith(("(1–5)", "(oui/non)", "(texte)")) for line in before)
    panel.new_label.setText("Recommanderiez-vous la journée ?")
    panel.new_kind.setCurrentIndex(panel.new_kind.findData(QuestionKind.YES_NO.value))
    assert panel.add_question()
    assert list_texts(panel.questions_model) == [*before, "Recommanderiez-vous la journée ?  (oui/non)"]
    saved = screen.ctx.ev.evaluations.questionnaire(panel._audience()).questions
    assert saved[-1].label == "Recommanderiez-vous la journée ?"
    panel.questions.setCurrentIndex(panel.questions_model.index(0, 0))
    panel.remove_question()
    assert list_texts(panel.questions_model) == [*before[1:], "Recommanderiez-vous la journée ?  (oui/non)"]
