"""A formation as the command line prints it: the JSON contract of ``teams --json``, or readable text."""

from __future__ import annotations

from typing import Any

from probono_desk.core.i18n import translate
from probono_desk.core.models import Volunteer
from probono_desk.core.teams import Formation
from probono_desk.core.teams_explain import RULE_LABELS


def _member(v: Volunteer, why: str) -> dict[str, Any]:
    return {
        "id": v.id,
        "name": v.name,
        "organisation": v.organisation,
        "situation": translate("situation", v.situation.label) if v.situation else "",
        "skills": list(v.skills),
        "preference": v.preference,
        "why": why,
    }


def formation_json(formation: Formation, why: dict[str, str] | None = None) -> dict[str, Any]:
    """{"teams": [{"structure", "members": [{id, name, organisation, situation, skills, preference, why}],
    "checks": [{rule, met, why}]}], "unassigned": [...]}"""
    why = formation.why if why is None else why
    return {
        "teams": [
            {
                "structure": team.structure.name,
                "members": [_member(v, why.get(v.id, "")) for v in team.members],
                "checks": [{"rule": c.rule, "met": c.met, "why": c.why} for c in team.checks],
            }
            for team in formation.teams
        ],
        "unassigned": [_member(v, "") for v in formation.unassigned],
    }


def formation_text(formation: Formation, why: dict[str, str] | None = None) -> str:
    why = formation.why if why is None else why
    lines: list[str] = []
    for team in formation.teams:
        s = team.structure
        lines.append(f"Table {s.table_label} · {s.name} — {len(team.members)}")
        for c in team.checks:
            mark = "✓" if c.met else "✗"
            rule = translate("teams", RULE_LABELS.get(c.rule, c.rule))
            lines.append(f"  {mark} " + translate("teams", "{rule} : {why}").format(rule=rule, why=c.why))
        for v in team.members:
            lines.append(f"    {v.name} — {why.get(v.id, '')}")
        lines.append("")
    if formation.unassigned:
        lines.append(
            translate("teams", "Sans équipe : {names}").format(names=", ".join(v.name for v in formation.unassigned))
        )
    return "\n".join(lines).rstrip()
