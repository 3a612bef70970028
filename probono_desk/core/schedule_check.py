"""A day plan checked: everything wrong with it, errors first (a plan with no error can run)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.schedule import DAY_CLOSES, DAY_OPENS, Phase, Plan, Problem, french_hm, minutes_text
from probono_desk.core.text import clean

# --- validation ----------------------------------------------------------------------------------------------------


def _msg(template: str, **values: object) -> str:
    return translate("errors", template).format(**values)


def validate(plan: Plan) -> list[Problem]:
    """Everything wrong with a plan, errors first. A plan with no error can run."""
    phase_errors = [problem for phase in plan.phases for problem in _phase_errors(phase)]
    overlaps, gaps = _sequence_problems(plan.phases)
    slot_errors, readout_warnings = _readout_problems(plan)
    return phase_errors + overlaps + slot_errors + gaps + readout_warnings


def _phase_errors(p: Phase) -> list[Problem]:
    """What is wrong with one phase on its own: no title, backwards, outside the day, alerts in the wrong order."""
    start, end = french_hm(p.start), french_hm(p.end)
    cases: list[tuple[bool, str, dict[str, object]]] = [
        (
            not clean(p.title),
            QT_TRANSLATE_NOOP("errors", "Une phase de {start} n'a pas de titre."),
            {"start": start},
        ),
        (
            p.end <= p.start,
            QT_TRANSLATE_NOOP("errors", "« {title} » se termine ({end}) avant de commencer ({start})."),
            {"title": p.title, "start": start, "end": end},
        ),
        (
            p.start < DAY_OPENS or p.end > DAY_CLOSES,
            QT_TRANSLATE_NOOP("errors", "« {title} » ({start}–{end}) sort de la journée ({opens}–{closes})."),
            {
                "title": p.title,
                "start": start,
                "end": end,
                "opens": french_hm(DAY_OPENS),
                "closes": french_hm(DAY_CLOSES),
            },
        ),
        (
            p.warning_s < 0 or p.danger_s < 0 or p.danger_s > p.warning_s,
            QT_TRANSLATE_NOOP(
                "errors", "« {title} » : l'alerte rouge ({danger}) doit venir après l'alerte orange ({warning})."
            ),
            {"title": p.title, "danger": minutes_text(p.danger_s), "warning": minutes_text(p.warning_s)},
        ),
    ]
    return [Problem("error", _msg(template, **values), p.id) for wrong, template, values in cases if wrong]


def _sequence_problems(phases: Sequence[Phase]) -> tuple[list[Problem], list[Problem]]:
    """(overlaps, gaps) between phases one after the other by start: an overlap is an error, a gap a warning."""
    overlaps: list[Problem] = []
    gaps: list[Problem] = []
    ordered = sorted(phases, key=lambda p: (p.start, p.end))
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after.start < before.end:
            message = _msg(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "« {first} » ({first_start}–{first_end}) chevauche « {second} » ({second_start}–{second_end}).",
                ),
                first=before.title,
                first_start=french_hm(before.start),
                first_end=french_hm(before.end),
                second=after.title,
                second_start=french_hm(after.start),
                second_end=french_hm(after.end),
            )
            overlaps.append(Problem("error", message, after.id))
        elif after.start > before.end:
            message = _msg(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Trou de {gap} entre « {first} » et « {second} » ({start}–{end}) : "
                    "l'écran affichera la phase suivante à venir.",
                ),
                gap=minutes_text(after.start - before.end),
                first=before.title,
                second=after.title,
                start=french_hm(before.end),
                end=french_hm(after.start),
            )
            gaps.append(Problem("warning", message, after.id))
    return overlaps, gaps


def _readout_problems(plan: Plan) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings) of the readouts: a turn too short, no readout phase, turns that overflow it."""
    r = plan.readouts
    errors: list[Problem] = []
    warnings: list[Problem] = []
    if r.talk_s <= 0 or r.questions_s < 0:
        message = _msg(
            QT_TRANSLATE_NOOP("errors", "Le passage d'une équipe doit durer au moins une minute de présentation.")
        )
        errors.append(Problem("error", message))
    readout = plan.readout_phase()
    if r.teams and readout is None:
        message = _msg(
            QT_TRANSLATE_NOOP(
                "errors", "Aucune phase « Restitutions » : les passages des équipes ne seront pas affichés."
            )
        )
        warnings.append(Problem("warning", message))
    if r.teams and readout is not None and len(r.teams) * r.slot_s > readout.duration:
        message = _msg(
            QT_TRANSLATE_NOOP("errors", "Les {count} passages ({total}) dépassent la phase « {title} » ({length})."),
            count=len(r.teams),
            total=minutes_text(len(r.teams) * r.slot_s),
            title=readout.title,
            length=minutes_text(readout.duration),
        )
        warnings.append(Problem("warning", message, readout.id))
    return errors, warnings


def errors_of(plan: Plan) -> list[Problem]:
    return [p for p in validate(plan) if p.level == "error"]


def checked(plan: Plan) -> Plan:
    """The plan, sorted by start, if it has no error; otherwise ``InvalidInput`` with the first error."""
    plan = replace(plan, phases=tuple(sorted(plan.phases, key=lambda p: (p.start, p.end))))
    errors = errors_of(plan)
    if errors:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{detail}"), detail=errors[0].message)
    return plan
