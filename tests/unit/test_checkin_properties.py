"""Nothing forged, end to end through the check-in service: a mutated or random code never checks anybody in and
writes nothing; an issued code, however the scanner or the keyboard mangles its case and separators, always finds
its person. (The code rules alone are covered in test_checkin_codes.py.)"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from probono_desk.core.checkin import AlreadyCheckedIn, CheckedIn
from probono_desk.core.clock import FixedClock
from probono_desk.core.codes import ALPHABET, format_code, qr_payload
from probono_desk.services.event import Event


@cache
def door() -> tuple[Event, dict[str, str]]:
    """One event with 12 people and their codes, shared by the examples (hypothesis runs many per test)."""
    ev = Event.in_memory(clock=FixedClock(datetime(2019, 12, 5, 8, 30)), station="porte")
    for n in range(12):
        ev.roster.add_volunteer(first_name=f"Prénom{n}", last_name=f"Nom{n}")
    return ev, ev.checkin.ensure_codes()


def journal_rows(ev: Event) -> int:
    return int(ev.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0])


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_mutated_issued_code_never_checks_anybody_in(data: st.DataObject) -> None:
    ev, codes = door()
    code = data.draw(st.sampled_from(sorted(codes.values())))
    position = data.draw(st.integers(3, len(code) - 1))  # the tag stays: a code of this event, damaged
    replacement = data.draw(st.sampled_from(ALPHABET).filter(lambda c: c != code[position]))
    mutated = code[:position] + replacement + code[position + 1 :]
    before = journal_rows(ev)
    outcome = ev.checkin.scan(format_code(mutated))
    assert not isinstance(outcome, CheckedIn | AlreadyCheckedIn), mutated
    assert journal_rows(ev) == before


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_random_text_never_checks_anybody_in(text: str) -> None:
    ev, _codes = door()
    before = journal_rows(ev)
    assert not isinstance(ev.checkin.scan(text), CheckedIn | AlreadyCheckedIn)
    assert journal_rows(ev) == before


@settings(max_examples=200, deadline=None)
@given(st.data(), st.sampled_from(["", "-", " ", ")", "6"]), st.booleans(), st.booleans())
def test_an_issued_code_is_never_refused(data: st.DataObject, sep: str, upper: bool, as_qr: bool) -> None:
    ev, codes = door()
    volunteer_id = data.draw(st.sampled_from(sorted(codes)))
    code = codes[volunteer_id]
    text = qr_payload(code) if as_qr else format_code(code, sep=sep, upper=upper)
    outcome = ev.checkin.scan(text)
    assert isinstance(outcome, CheckedIn | AlreadyCheckedIn) and outcome.volunteer_id == volunteer_id, text
