"""The boards' incremental checks: after any moves, pins and unplacements, ``LiveFormation`` says exactly what a
full ``assess`` of the new memberships says — every checklist, every "why here" line, the people left out."""

from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.teams import assess, form_teams
from probono_desk.core.teams_live import LiveFormation
from tests.pools import generate

Memberships = dict[str, tuple[str, bool]]


def _event(seed: int, n: int = 60, k: int = 6) -> tuple[list[Volunteer], list[Structure]]:
    volunteers, structures = generate(n, k, seed)
    rng = random.Random(seed)
    structures = [replace(s, capacity=rng.choice([None, None, 8, 12])) for s in structures]
    placed = form_teams(volunteers, structures).assignment()
    out = []
    for v in volunteers:
        sid = placed.get(v.id) if rng.random() < 0.9 else None
        out.append(replace(v, structure_id=sid, pinned=bool(sid) and rng.random() < 0.1))
    return out, structures


def _memberships(volunteers: list[Volunteer]) -> Memberships:
    return {v.id: (v.structure_id, v.pinned) for v in volunteers if v.structure_id}


def _apply(volunteers: list[Volunteer], memberships: Memberships) -> list[Volunteer]:
    out = []
    for v in volunteers:
        sid, pinned = memberships.get(v.id, (None, False))
        out.append(replace(v, structure_id=sid, pinned=pinned))
    return out


def _step(rng: random.Random, memberships: Memberships, volunteers: list[Volunteer], structures: list[Structure]) -> None:
    """One change as the services make them: a move (unpins), a pin or unpin, taking someone out of the teams,
    an undo putting a pinned person back, or a formation moving many at once."""
    v = rng.choice(volunteers).id
    kind = rng.choice(["move", "move", "move", "pin", "out", "back_pinned", "many"])
    sid = rng.choice(structures).id
    if kind == "move":
        memberships[v] = (sid, False)
    elif kind == "pin" and v in memberships:
        memberships[v] = (memberships[v][0], not memberships[v][1])
    elif kind == "out":
        memberships.pop(v, None)
    elif kind == "back_pinned":
        memberships[v] = (sid, True)
    elif kind == "many":
        for other in rng.sample(volunteers, 8):
            memberships[other.id] = (rng.choice(structures).id, False)


def _same(live: LiveFormation, volunteers: list[Volunteer], structures: list[Structure]) -> None:
    expected = assess(volunteers, structures)
    got = live.formation()
    for mine, full in zip(got.teams, expected.teams, strict=True):
        assert mine == full, mine.structure.name
    assert got.why == expected.why
    assert got.unassigned == expected.unassigned
    assert got == expected


def test_a_fresh_live_formation_is_assess() -> None:
    volunteers, structures = _event(3)
    _same(LiveFormation(volunteers, structures), volunteers, structures)


def test_random_moves_keep_it_equal_to_a_full_check() -> None:
    for seed in range(6):
        rng = random.Random(seed)
        volunteers, structures = _event(seed)
        live = LiveFormation(volunteers, structures)
        memberships = _memberships(volunteers)
        for _ in range(40):
            before = live.formation()
            _step(rng, memberships, volunteers, structures)
            changed = live.update(memberships)
            volunteers = _apply(volunteers, memberships)
            _same(live, volunteers, structures)
            # the teams reported as changed are at least those whose board differs (the others keep their widgets)
            differs = {a.structure.id for a, b in zip(before.teams, live.formation().teams, strict=True) if a != b}
            assert differs <= changed


def test_a_move_between_two_teams_rechecks_only_those_two() -> None:
    volunteers, structures = _event(11)
    volunteers = [replace(v, pinned=False) for v in volunteers]
    live = LiveFormation(volunteers, structures)
    mover = next(v for v in volunteers if v.structure_id)
    target = next(s.id for s in structures if s.id != mover.structure_id)
    memberships = _memberships(volunteers)
    memberships[mover.id] = (target, False)
    assert live.update(memberships) == {mover.structure_id, target}
    _same(live, _apply(volunteers, memberships), structures)
    assert live.update(memberships) == set()


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10_000), ops=st.lists(st.tuples(st.integers(0, 59), st.integers(-1, 5), st.booleans()),
                                                 min_size=1, max_size=12))
def test_any_memberships_give_the_full_check(seed: int, ops: list[tuple[int, int, bool]]) -> None:
    volunteers, structures = _event(seed % 50)
    live = LiveFormation(volunteers, structures)
    memberships = _memberships(volunteers)
    for v, t, pinned in ops:  # one person at a time, as the screen applies what this station wrote
        vid = volunteers[v].id
        if t < 0:
            memberships.pop(vid, None)
            live.apply({vid: (None, False)})
        else:
            memberships[vid] = (structures[t].id, pinned)
            live.apply({vid: (structures[t].id, pinned)})
    _same(live, _apply(volunteers, memberships), structures)
