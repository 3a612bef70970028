"""A day plan checked: everything wrong with it, errors first (a plan with no error can run)."""

from __future__ import annotations

from dataclasses import replace

from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.schedule import DAY_CLOSES, DAY_OPENS, Plan, Problem, french_hm, minutes_text
from probono_desk.core.text import clean

# --- validation ----------------------------------------------------------------------------------------------------


def _msg(template: str, **values: object) -> str:
    return translate("errors", template).format(**values)


def validate(plan: Plan) -> list[Problem]:
    """Everything wrong with a plan, errors first. A plan with no error can run."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    for p in plan.phases:
        if not clean(p.title):
            errors.append(
                Problem(
                    "error",
                    _msg(
                        QT_TRANSLATE_NOOP("errors", "Une phase de {start} n'a pas de titre."), start=french_hm(p.start)
                    ),
                    p.id,
                )
            )
        if p.end <= p.start:
            errors.append(
                Problem(
                    "error",
                    _msg(
                        QT_TRANSLATE_NOOP("errors", "« {title} » se termine ({end}) avant de commencer ({start})."),
                        title=p.title,
                        start=french_hm(p.start),
                        end=french_hm(p.end),
                    ),
                    p.id,
                )
            )
        if p.start < DAY_OPENS or p.end > DAY_CLOSES:
            errors.append(
                Problem(
                    "error",
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "errors", "« {title} » ({start}–{end}) sort de la journée ({opens}–{closes})."
                        ),
                        title=p.title,
                        start=french_hm(p.start),
                        end=french_hm(p.end),
                        opens=french_hm(DAY_OPENS),
                        closes=french_hm(DAY_CLOSES),
                    ),
                    p.id,
                )
            )
        if p.warning_s < 0 or p.danger_s < 0 or p.danger_s > p.warning_s:
            errors.append(
                Problem(
                    "error",
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "« {title} » : l'alerte rouge ({danger}) doit venir après l'alerte orange ({warning}).",
                        ),
                        title=p.title,
                        danger=minutes_text(p.danger_s),
                        warning=minutes_text(p.warning_s),
                    ),
                    p.id,
                )
            )
    ordered = sorted(plan.phases, key=lambda p: (p.start, p.end))
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after.start < before.end:
            errors.append(
                Problem(
                    "error",
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "« {first} » ({first_start}–{first_end}) chevauche « {second} » "
                            "({second_start}–{second_end}).",
                        ),
                        first=before.title,
                        first_start=french_hm(before.start),
                        first_end=french_hm(before.end),
                        second=after.title,
                        second_start=french_hm(after.start),
                        second_end=french_hm(after.end),
                    ),
                    after.id,
                )
            )
        elif after.start > before.end:
            warnings.append(
                Problem(
                    "warning",
                    _msg(
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
                    ),
                    after.id,
                )
            )
    r = plan.readouts
    if r.talk_s <= 0 or r.questions_s < 0:
        errors.append(
            Problem(
                "error",
                _msg(
                    QT_TRANSLATE_NOOP(
                        "errors", "Le passage d'une équipe doit durer au moins une minute de présentation."
                    )
                ),
            )
        )
    readout = plan.readout_phase()
    if r.teams and readout is None:
        warnings.append(
            Problem(
                "warning",
                _msg(
                    QT_TRANSLATE_NOOP(
                        "errors", "Aucune phase « Restitutions » : les passages des équipes ne seront pas affichés."
                    )
                ),
            )
        )
    if r.teams and readout is not None and len(r.teams) * r.slot_s > readout.duration:
        warnings.append(
            Problem(
                "warning",
                _msg(
                    QT_TRANSLATE_NOOP(
                        "errors", "Les {count} passages ({total}) dépassent la phase « {title} » ({length})."
                    ),
                    count=len(r.teams),
                    total=minutes_text(len(r.teams) * r.slot_s),
                    title=readout.title,
                    length=minutes_text(readout.duration),
                ),
                readout.id,
            )
        )
    return errors + warnings


def errors_of(plan: Plan) -> list[Problem]:
    return [p for p in validate(plan) if p.level == "error"]


def checked(plan: Plan) -> Plan:
    """The plan, sorted by start, if it has no error; otherwise ``InvalidInput`` with the first error."""
    plan = replace(plan, phases=tuple(sorted(plan.phases, key=lambda p: (p.start, p.end))))
    errors = errors_of(plan)
    if errors:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{detail}"), detail=errors[0].message)
    return plan
