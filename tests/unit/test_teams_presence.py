"""Presence and skill gaps on the "Équipes" boards, as pure rules (core/teams_presence.py), without Qt."""

from __future__ import annotations

from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.teams_presence import (
    ABSENT,
    EXPECTED,
    PRESENT,
    Presence,
    SkillGap,
    is_needed,
    needed_keys,
    presence_of,
    skill_gaps,
)

STRUCTURE = Structure("s1", "Les Amis du Parc", skills_needed=("Juridique", "Comptabilité", "Graphisme"))
LAWYER = Volunteer("v1", "Awa", "Diallo", skills=("juridique",))
ACCOUNTANT = Volunteer("v2", "Noé", "Martin", skills=("Comptabilite", "Juridique"))


def test_presence_before_during_and_after_check_in() -> None:
    assert presence_of("v1", set(), "11:00") == EXPECTED  # the door does not use the app: nobody turns absent
    assert presence_of("v1", {"v2"}, "09:00", closes="09:30") == EXPECTED
    assert presence_of("v1", {"v2"}, "09:30", closes="09:30") == ABSENT
    assert presence_of("v2", {"v2"}, "12:00", closes="09:30") == PRESENT
    moment = Presence(frozenset({"v2"}), "10:00", "09:45")
    assert (moment.begun, moment.closed, moment.of("v1"), moment.of("v2")) == (True, True, ABSENT, PRESENT)
    assert not Presence(frozenset(), "10:00").begun


def test_before_check_in_a_gap_is_a_skill_nobody_in_the_team_holds() -> None:
    gaps = skill_gaps(STRUCTURE, [(LAWYER, EXPECTED), (ACCOUNTANT, EXPECTED)], checkin_begun=False)
    assert gaps == [SkillGap("Graphisme", among_present=False)]


def test_once_check_in_has_begun_a_gap_is_a_skill_nobody_present_holds() -> None:
    gaps = skill_gaps(STRUCTURE, [(LAWYER, PRESENT), (ACCOUNTANT, ABSENT)], checkin_begun=True)
    assert gaps == [SkillGap("Comptabilité", among_present=True), SkillGap("Graphisme", among_present=True)]


def test_a_skill_is_needed_whatever_its_accents_and_case() -> None:
    needed = needed_keys(STRUCTURE)
    assert is_needed("comptabilite", needed) and is_needed("JURIDIQUE", needed)
    assert not is_needed("Cuisine", needed)
