"""The scan field between two people: what a name search or stray letters leave in it must never make the next badge
"Code inconnu". Keys are sent one by one with the field's clock moved between them, as a person (hundreds of ms
apart) or a USB scanner (a few ms apart) types them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from probono_desk.core.checkin import CheckedIn
from probono_desk.core.codes import event_tag, format_code, new_code, qr_payload
from probono_desk.core.errors import WriteFailed
from probono_desk.ui.desk import DeskScreen
from probono_desk.ui.desk_burst import KeyBurst, burst_code, trailing_code
from probono_desk.ui.desk_widgets import CARD_COLOURS

PERSON_MS = 250  # a person typing
SCANNER_MS = 4  # a USB scanner typing


@pytest.fixture
def desk(desk: DeskScreen) -> DeskScreen:
    """The shared desk (tests/ui/conftest.py) with a key clock the test moves: a person's or a scanner's pace."""
    now = [1000.0]
    desk.field.clock = lambda: now[0]
    desk.field_time = now  # type: ignore[attr-defined]
    return desk


def typed(qtbot: QtBot, desk: DeskScreen, text: str, every_ms: int, enter: bool = False) -> None:
    now = desk.field_time  # type: ignore[attr-defined]
    for char in text:
        now[0] += every_ms / 1000
        qtbot.keyClick(desk.field, char)
    if enter:
        now[0] += every_ms / 1000
        qtbot.keyClick(desk.field, Qt.Key.Key_Return)


def pause(desk: DeskScreen, seconds: float = 3.0) -> None:
    desk.field_time[0] += seconds  # type: ignore[attr-defined]


def code_of(desk: DeskScreen, first_name: str) -> tuple[str, str]:
    ev = desk.ctx.ev
    v = next(v for v in ev.roster.volunteers() if v.first_name == first_name)
    return v.id, ev.checkin.code_of(v.id)


def present(desk: DeskScreen) -> set[str]:
    return set(desk.ctx.ev.status.present_ids())


def test_badge_scanned_right_after_a_name_check_in(qtbot: QtBot, desk: DeskScreen) -> None:
    therese, _ = code_of(desk, "Thérèse")
    other, code = code_of(desk, "Amélie")
    typed(qtbot, desk, "therese", PERSON_MS, enter=True)
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.volunteer_id == therese
    assert desk.field.text() == "" and desk.field.hasFocus()
    pause(desk)
    typed(qtbot, desk, format_code(code), SCANNER_MS, enter=True)
    assert desk.card.title.text().startswith("Bienvenue Amélie")
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.volunteer_id == other
    assert present(desk) == {therese, other}


def test_picked_from_the_list_then_a_badge(qtbot: QtBot, desk: DeskScreen) -> None:
    typed(qtbot, desk, "dupont", PERSON_MS, enter=True)
    assert desk.results_model.rowCount() == 2
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert isinstance(desk.last_outcome, CheckedIn) and desk.field.text() == ""
    pause(desk)
    vid, code = code_of(desk, "Thérèse")
    typed(qtbot, desk, qr_payload(code), SCANNER_MS, enter=True)
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.volunteer_id == vid


@pytest.mark.parametrize("stray", ["dup", "Mar", "xy z", "jean-"])
def test_slow_stray_letters_then_a_scan(qtbot: QtBot, desk: DeskScreen, stray: str) -> None:
    vid, code = code_of(desk, "Thérèse")
    typed(qtbot, desk, stray, PERSON_MS)
    pause(desk, 1.5)
    typed(qtbot, desk, format_code(code), SCANNER_MS, enter=True)
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.volunteer_id == vid
    assert desk.card.background == CARD_COLOURS["ok"][0]
    assert desk.field.text() == "" and present(desk) == {vid}


def test_several_names_listed_then_a_scan(qtbot: QtBot, desk: DeskScreen) -> None:
    """The list of two Duponts is up, nobody picked: the next person's badge is checked in, not a Dupont."""
    typed(qtbot, desk, "dupont", PERSON_MS, enter=True)
    assert desk.results.isVisible()
    vid, code = code_of(desk, "Thérèse")
    pause(desk)
    typed(qtbot, desk, qr_payload(code), SCANNER_MS, enter=True)
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.volunteer_id == vid
    assert present(desk) == {vid} and not desk.results.isVisible()


def test_another_events_badge_after_stray_letters_says_so(qtbot: QtBot, desk: DeskScreen) -> None:
    """Only the burst tells this one: the letters are a complete code, but not of this event."""
    typed(qtbot, desk, "dup", PERSON_MS)
    pause(desk)
    typed(qtbot, desk, qr_payload(new_code(event_tag("another-event"))), SCANNER_MS, enter=True)
    assert desk.card.title.text() == "Badge d'un autre événement"
    assert present(desk) == set()


def test_a_person_typing_19_letters_is_not_a_scanner(qtbot: QtBot, desk: DeskScreen) -> None:
    """The same stray letters and another event's code, typed at a person's pace: no burst, so the field is read
    as a whole (a damaged code), never cut at the end."""
    typed(qtbot, desk, "dup", PERSON_MS)
    typed(qtbot, desk, new_code(event_tag("another-event")), PERSON_MS, enter=True)
    assert desk.card.title.text() == "Code abîmé ou mal saisi"


def test_a_code_typed_by_hand_after_stray_letters(qtbot: QtBot, desk: DeskScreen) -> None:
    vid, code = code_of(desk, "Thérèse")
    typed(qtbot, desk, "tp ", PERSON_MS)
    typed(qtbot, desk, format_code(code, upper=False), PERSON_MS, enter=True)
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.volunteer_id == vid


def test_a_name_that_matches_nobody_then_a_scan(qtbot: QtBot, desk: DeskScreen) -> None:
    typed(qtbot, desk, "zzkq", PERSON_MS, enter=True)
    assert desk.card.title.text() == "Personne ne correspond" and desk.field.text() == ""
    vid, code = code_of(desk, "Thérèse")
    pause(desk)
    typed(qtbot, desk, qr_payload(code), SCANNER_MS, enter=True)
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.volunteer_id == vid


def test_failed_name_check_in_retries_on_enter(
    qtbot: QtBot, desk: DeskScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write fails (full disk): the field is emptied all the same, and Enter tries again, as the card says."""
    vid, _code = code_of(desk, "Thérèse")
    real = desk.service.check_in_volunteer

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise WriteFailed(detail="disk full")

    monkeypatch.setattr(desk.service, "check_in_volunteer", refuse)
    typed(qtbot, desk, "therese", PERSON_MS, enter=True)
    assert desk.card.title.text() == "Arrivée NON enregistrée" and desk.field.text() == ""
    monkeypatch.setattr(desk.service, "check_in_volunteer", real)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert isinstance(desk.last_outcome, CheckedIn) and present(desk) == {vid}


def test_failed_scan_keeps_the_code_selected(qtbot: QtBot, desk: DeskScreen, monkeypatch: pytest.MonkeyPatch) -> None:
    """The code stays for a retry, selected: the next badge scanned replaces it instead of following it."""
    _vid, code = code_of(desk, "Thérèse")
    real = desk.service.scan

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise WriteFailed(detail="disk full")

    monkeypatch.setattr(desk.service, "scan", refuse)
    typed(qtbot, desk, qr_payload(code), SCANNER_MS, enter=True)
    assert desk.field.text() == qr_payload(code) and desk.field.selectedText() == qr_payload(code)
    monkeypatch.setattr(desk.service, "scan", real)
    other, other_code = code_of(desk, "Amélie")
    pause(desk)
    typed(qtbot, desk, qr_payload(other_code), SCANNER_MS, enter=True)
    assert isinstance(desk.last_outcome, CheckedIn) and desk.last_outcome.volunteer_id == other


def test_key_burst_and_codes() -> None:
    code = new_code("bcd")
    keys = KeyBurst()
    for n, char in enumerate("dup"):
        keys.key(char, n * 300)
    for n, char in enumerate(code):
        keys.key(char, 2000 + n * 5)
    assert keys.take() == code and keys.take() == ""
    assert burst_code("xx" + format_code(code)) == code
    assert burst_code(code[:-1] + ("b" if code[-1] != "b" else "c")) is None  # a wrong check letter
    assert burst_code(code[:-1]) is None
    assert trailing_code("therese " + format_code(code), "bcd") == code
    assert trailing_code("therese " + format_code(code), "bce") is None  # not this event's
    assert trailing_code(code, "bcd") is None  # the whole text: read as a code by the usual path
