"""Milestones reordered per event: positions stay dense, ticks keep pointing at their milestone."""

from __future__ import annotations

from probono_desk.services.event import Event


def test_move_milestone_keeps_ticks_and_dense_positions(demo: Event) -> None:
    missions = demo.missions
    sid = demo.roster.structures()[0].id
    first, *_, last = missions.milestones()
    missions.tick(sid, last.id)
    missions.move_milestone(last.id, 0)
    after = missions.milestones()
    assert after[0].id == last.id and after[1].id == first.id
    assert [m.position for m in after] == list(range(len(after)))
    assert set(missions.ticks(sid)) == {last.id}
    missions.move_milestone(last.id, 99)  # clamped to the end
    assert missions.milestones()[-1].id == last.id
    journal = demo.db.execute("SELECT COUNT(*) FROM journal WHERE action = 'milestone.move'").fetchone()[0]
    missions.move_milestone(last.id, len(after) - 1)  # already there: nothing written
    assert demo.db.execute("SELECT COUNT(*) FROM journal WHERE action = 'milestone.move'").fetchone()[0] == journal
