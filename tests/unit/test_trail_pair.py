"""The Trail's pure rules (core/trail_pair.py): who may carry on with a structure, and when — no event file."""

from __future__ import annotations

import pytest

from probono_desk.core.errors import InvalidInput, NotFound
from probono_desk.core.models import Volunteer
from probono_desk.core.trail_pair import TrailChoice, TrailRequest, default_dates, validate_trail

DAY = "2026-12-05"
TEAM = {
    f"v{i}": Volunteer(f"v{i}", f"Prénom{i}", f"Nom{i}", structure_id="s1" if i < 4 else "s2") for i in range(1, 6)
}
PRESENT = {"v1", "v2", "v3", "v4"}


def request(*ids: str, **dates: str) -> TrailRequest:
    return TrailRequest("s1", tuple(TrailChoice(i, f" soir {i} ", i == "v1") for i in ids), **dates)


def test_two_present_members_make_a_plan_with_the_default_dates() -> None:
    plan = validate_trail(request("v1", "v2"), TEAM, PRESENT, DAY)
    assert [(m.volunteer_id, m.name, m.availability, m.agrees_contact) for m in plan.members] == [
        ("v1", "Prénom1 Nom1", "soir v1", True),
        ("v2", "Prénom2 Nom2", "soir v2", False),
    ]
    assert (plan.start_date, plan.end_date) == default_dates(DAY) == ("2026-12-06", "2027-02-28")
    assert plan.first_meeting == ""


def test_nobody_chosen_yet_is_allowed() -> None:
    assert validate_trail(request(), TEAM, PRESENT, DAY).members == ()


@pytest.mark.parametrize(
    ("ids", "words"),
    [
        (("v1",), "1 choisi"),
        (("v1", "v2", "v3", "v4"), "4 choisi"),
        (("v1", "v1"), "deux fois"),
        (("v1", "v4"), "Prénom4 Nom4 ne fait pas partie"),
    ],
)
def test_the_team_rules_refuse_with_the_reason(ids: tuple[str, ...], words: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        validate_trail(request(*ids), TEAM, PRESENT, DAY)
    assert words in str(refused.value)


def test_someone_not_checked_in_is_refused_by_name() -> None:
    with pytest.raises(InvalidInput, match="Prénom3 Nom3 n'est pas enregistré"):
        validate_trail(request("v1", "v3"), TEAM, {"v1", "v2"}, DAY)


def test_an_unknown_person_is_not_found() -> None:
    with pytest.raises(NotFound, match="ghost"):
        validate_trail(request("v1", "ghost"), TEAM, PRESENT, DAY)


@pytest.mark.parametrize(
    ("dates", "words"),
    [
        ({"start_date": "2026-12-01"}, "Dates du Trail invalides"),  # before the day
        ({"end_date": "2026-12-04"}, "Dates du Trail invalides"),  # ends before it starts
        ({"end_date": "2027-04-30"}, "Dates du Trail invalides"),  # longer than three months
        ({"start_date": "demain"}, "Date « demain » invalide (début du Trail)"),
        ({"first_meeting": "2027-03-15 18:00"}, "doit tomber entre"),
        ({"first_meeting": "bientôt"}, "rendez-vous « bientôt » invalide"),
    ],
)
def test_dates_outside_the_trail_are_refused(dates: dict[str, str], words: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        validate_trail(request("v1", "v2", **dates), TEAM, PRESENT, DAY)
    assert words in str(refused.value)


def test_the_first_meeting_is_kept_to_the_minute() -> None:
    plan = validate_trail(
        request("v1", "v2", first_meeting=" 2026-12-10 18:30:45 ", first_meeting_place=" Mairie "), TEAM, PRESENT, DAY
    )
    assert (plan.first_meeting, plan.first_meeting_place) == ("2026-12-10T18:30", "Mairie")
