"""The hybrid logical clock: follows wall time, never goes back, always passes what it has seen."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from probono_desk.core import hlc


def test_follows_wall_time_when_it_moves_on() -> None:
    assert hlc.tick(hlc.Hlc(1000, 7), 2000) == hlc.Hlc(2000, 0)


def test_never_goes_back_when_the_laptop_clock_does() -> None:
    last = hlc.Hlc(5000, 2)
    assert hlc.tick(last, 4000) == hlc.Hlc(5000, 3)
    assert hlc.tick(last, 5000) == hlc.Hlc(5000, 3)


def test_receiving_a_stamp_from_a_laptop_ahead_passes_it() -> None:
    mine = hlc.Hlc(1000, 0)
    theirs = hlc.Hlc(9000, 4)
    after = hlc.receive(mine, theirs, 1500)
    assert after > theirs and after > mine
    assert hlc.tick(after, 1600) > after  # and the next local write is later still


def test_a_full_counter_borrows_the_next_millisecond() -> None:
    assert hlc.tick(hlc.Hlc(10, hlc.MAX_COUNTER), 5) == hlc.Hlc(11, 0)


@given(st.lists(st.tuples(st.integers(0, 10**13), st.integers(0, 10**5 - 1)), min_size=2, max_size=30))
def test_the_encoding_sorts_like_the_clock(stamps: list[tuple[int, int]]) -> None:
    clocks = [hlc.Hlc(w, c) for w, c in stamps]
    assert sorted(clocks) == sorted(clocks, key=lambda h: h.encode())
    assert all(hlc.decode(h.encode()) == h for h in clocks)


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 10**6)), max_size=40))
def test_stamps_only_grow(events: list[tuple[bool, int]]) -> None:
    clock = hlc.Hlc(0, 0)
    for is_remote, moment in events:
        after = hlc.receive(clock, hlc.Hlc(moment, 3), moment // 2) if is_remote else hlc.tick(clock, moment)
        assert after > clock
        clock = after


def test_ties_are_broken_by_the_station() -> None:
    stamp = hlc.Hlc(1000, 0).encode()
    assert hlc.version(stamp, "01aaa") < hlc.version(stamp, "01aab")
    assert hlc.ZERO < hlc.version(stamp, "01aaa")
