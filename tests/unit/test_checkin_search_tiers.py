"""The name search in two tiers: the exact/prefix tier answers at once; the typo tier is a pure function over a
snapshot of the index (run off the UI thread by the desk), and can be stopped when the query is stale."""

from __future__ import annotations

from dataclasses import replace

from probono_desk.core.checkin_search import query_words, rough_ids
from probono_desk.services.event import Event


def test_exact_tier_answers_or_says_the_typo_tier_is_needed(demo: Event) -> None:
    found = demo.checkin.search_exact("dupont")
    assert found is not None and [f.name for f in found] == ["Amélie Dupont", "Manon Dupont"]
    assert demo.checkin.search_exact("dupnot") is None
    assert demo.checkin.search_exact("   ") == []
    rows = demo.checkin.search_index()
    ids = rough_ids(rows, query_words("amelie dupnot"))
    assert [f.name for f in demo.checkin.found(ids or [])] == ["Amélie Dupont"]
    assert [f.name for f in demo.checkin.search("amelie dupnot")] == ["Amélie Dupont"]


def test_results_in_name_order_with_arrival_time_and_limit(demo: Event) -> None:
    everyone = demo.checkin.search_exact("e", limit=500)
    assert everyone is not None
    names = [(f.seat.last_name.casefold(), f.seat.first_name.casefold()) for f in everyone]
    assert names == sorted(names)
    first = everyone[0].seat.volunteer_id
    demo.checkin.check_in_volunteer(first)
    again = demo.checkin.search_exact("e", limit=3)
    assert again is not None and len(again) == 3
    assert again[0].present_since == "2019-12-05T08:30:00" and again[1].present_since is None


def test_a_stale_typo_search_stops(demo: Event) -> None:
    rows = demo.checkin.search_index()
    assert rough_ids(rows, query_words("dupnot"), stopped=lambda: True) is None


def test_index_survives_check_ins_and_follows_new_people(demo: Event) -> None:
    index = demo.checkin.search_index()
    vid = demo.roster.volunteers()[0].id
    demo.checkin.check_in_volunteer(vid)
    demo.checkin.undo_last()
    assert demo.checkin.search_index() is index  # check-ins leave the people as they are: no rebuild
    demo.checkin.register_walk_in(first_name="Zoé", last_name="Tardive")
    assert demo.checkin.search_index() is not index
    assert [f.name for f in demo.checkin.search("tardive")] == ["Zoé Tardive"]
    volunteer = demo.roster.volunteer(vid)
    demo.roster.update_volunteer(replace(volunteer, last_name="Renommée"))
    assert vid in {f.seat.volunteer_id for f in demo.checkin.search("renommee")}
