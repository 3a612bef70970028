"""Who of a team is here, and which needed skill is missing: the rules behind the "Équipes" boards, pure.

A member is present once checked in; before check-in closes (or while nobody has been checked in at all, i.e. the
door is not using the app) not yet arrived ("attendu"); after it closes, absent. A structure's needed skill is a gap
when nobody in its team holds it, or, once check-in has begun, when nobody present holds it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.teams_model import skill_key

CHECKIN_CLOSES = "09:30"  # fallback; the service asks the schedule (end of "Accueil et check-in", delays included)
PRESENT, EXPECTED, ABSENT = "present", "attendu", "absent"


def presence_of(volunteer_id: str, present: Collection[str], now_hhmm: str, closes: str = CHECKIN_CLOSES) -> str:
    """PRESENT, EXPECTED or ABSENT (see the module's docstring); times as HH:MM."""
    if volunteer_id in present:
        return PRESENT
    return ABSENT if present and now_hhmm >= closes else EXPECTED


@dataclass(frozen=True)
class Presence:
    """Check-in as the boards see it at one moment: who is in, the time, when check-in closes (HH:MM)."""

    present: frozenset[str]
    now_hhmm: str
    closes: str = CHECKIN_CLOSES

    @property
    def begun(self) -> bool:
        return bool(self.present)

    @property
    def closed(self) -> bool:
        return self.begun and self.now_hhmm >= self.closes

    def of(self, volunteer_id: str) -> str:
        return presence_of(volunteer_id, self.present, self.now_hhmm, self.closes)


@dataclass(frozen=True)
class SkillGap:
    skill: str  # as the structure wrote it
    among_present: bool  # True: nobody present holds it (check-in begun); False: nobody in the team holds it


def needed_keys(structure: Structure) -> set[str]:
    """The structure's needed skills, folded (to compare with a volunteer's)."""
    return {skill_key(s) for s in structure.skills_needed}


def is_needed(skill: str, needed: Collection[str]) -> bool:
    """Whether a volunteer's skill is one of the folded ``needed_keys`` (its chip is highlighted)."""
    return skill_key(skill) in needed


def skill_gaps(structure: Structure, members: Iterable[tuple[Volunteer, str]], checkin_begun: bool) -> list[SkillGap]:
    """The structure's needed skills nobody covers, in its order; ``members``: (volunteer, presence) pairs."""
    held = [({skill_key(x) for x in volunteer.skills}, presence) for volunteer, presence in members]
    gaps = []
    for skill in structure.skills_needed:
        key = skill_key(skill)
        holders = [presence for keys, presence in held if key in keys]
        if checkin_begun:
            if PRESENT not in holders:
                gaps.append(SkillGap(skill, among_present=True))
        elif not holders:
            gaps.append(SkillGap(skill, among_present=False))
    return gaps
