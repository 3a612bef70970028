"""Certificates of participation (attestations), one page per volunteer who was there, then the per-organisation
summary of people and hours the companies need for their skills-based sponsorship receipts."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from probono_desk.core.documents import (
    DayPlanRow,
    WorkedDay,
    french_duration,
    french_time,
    half_days,
    long_date,
    worked_day,
)
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.models import EventInfo, Structure, Volunteer
from probono_desk.core.text import fold
from probono_desk.core.trail_hours import DAY_RULE, hours_text
from probono_desk.output.pdf import (
    ACCENT,
    FONT,
    FONT_BOLD,
    LINE,
    MUTED,
    Band,
    FittedText,
    OnDraw,
    SignatureLine,
    grid_table,
    layout_table,
    new_doc,
    para,
    rich,
    shorten,
    style,
    styles,
    tint,
)

Progress = Callable[[int, int], None]
Person = tuple[Volunteer, Structure | None, WorkedDay]
ORGANISER_ORG = "Pro Bono Lab"
NO_ORGANISATION = QT_TRANSLATE_NOOP("certificates", "Sans organisation renseignée")


def nbsp(text: str) -> str:
    """Keep '5 décembre 2019' and '7 h 30' on one line."""
    return text.replace(" ", "\u00a0")


def _b(text: str) -> str:
    return f"<b>{escape(shorten(text, 160))}</b>"


def _statement(info: EventInfo, structure: Structure | None, day: WorkedDay) -> str:
    """The certificate's sentence (markup): the event, the date and place, the person's own span and hours (lunch
    deducted when the span runs over it), the structure helped and its mission."""
    where = translate("certificates", " à {venue}").format(venue=escape(shorten(info.venue, 120))) if info.venue else ""
    mission = ""
    if structure is not None:
        mission = translate("certificates", ", au sein de l'équipe qui a accompagné {structure}").format(
            structure=_b(structure.name)
        )
        if structure.city:
            mission += f" ({escape(shorten(structure.city, 80))})"
        if structure.mission_theme or structure.problem:
            topic = translate("certificates", "{theme} : {problem}").format(
                theme=structure.mission_theme, problem=structure.problem
            )
            topic = (
                topic if structure.mission_theme and structure.problem else structure.mission_theme or structure.problem
            )
            mission += translate("certificates", " sur sa mission « {topic} »").format(topic=escape(shorten(topic, 240)))
    return (
        translate(
            "certificates",
            "a participé bénévolement au {event}, le {date}{where}, de {start} à {end}, soit {hours} de mission "
            "(pause déjeuner déduite){mission}.",
        )
        if day.lunch_excluded
        else translate(
            "certificates",
            "a participé bénévolement au {event}, le {date}{where}, de {start} à {end}, soit {hours} de mission"
            "{mission}.",
        )
    ).format(
        event=_b(info.name),
        date=_b(nbsp(long_date(info.date))),
        where=where,
        start=french_time(day.start),
        end=french_time(day.end),
        hours=_b(nbsp(french_duration(day.minutes))),
        mission=mission,
    )


def _details_table(
    info: EventInfo, volunteer: Volunteer, structure: Structure | None, day: WorkedDay, width: float
) -> Any:
    """The facts an employer checks, one per line: event, date, place, span, hours, structure, organisation."""
    details = [
        (translate("certificates", "Événement"), info.name),
        (translate("certificates", "Date"), long_date(info.date)),
        (translate("certificates", "Lieu"), info.venue or "—"),
        (translate("certificates", "Horaires"), f"{french_time(day.start)} – {french_time(day.end)}"),
        (translate("certificates", "Durée de la mission"), french_duration(day.minutes)),
        (translate("certificates", "Structure accompagnée"), structure.name if structure else "—"),
        (translate("certificates", "Organisation du / de la bénévole"), volunteer.organisation or "—"),
    ]
    label = style("dl", 9, colour=MUTED)
    value = style("dv", 10, bold=True)
    return layout_table(  # one page per person: each value at most 3 lines
        [[para(k, label), para(v, value)] for k, v in details],
        [62 * mm, width - 62 * mm],
        [
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, LINE),
            ("BACKGROUND", (0, 0), (-1, -1), tint(ACCENT, 0.95)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ],
        max_lines=3,
    )


def _signature(info: EventInfo, organiser: str) -> list[Any]:
    """Place and date, for whom and by whom, a line to sign on."""
    return [
        para(
            translate("certificates", "Fait à {venue}, le {date}.").format(
                venue=shorten(info.venue, 120) or "…………", date=long_date(info.date)
            ),
            style("done", 11),
        ),
        Spacer(1, 6 * mm),
        para(translate("certificates", "Pour {org},").format(org=ORGANISER_ORG), style("for", 11, align=TA_RIGHT)),
        para(
            organiser or translate("certificates", "l'équipe organisatrice"),
            style("who", 11, bold=True, align=TA_RIGHT),
            max_lines=2,
        ),
        Spacer(1, 16 * mm),
        SignatureLine(70 * mm),
        para(translate("certificates", "Signature"), style("sig", 8, colour=MUTED, align=TA_RIGHT)),
    ]


def certificate_page(
    info: EventInfo,
    volunteer: Volunteer,
    structure: Structure | None,
    day: WorkedDay,
    organiser: str,
    width: float,
) -> list[Any]:
    body = style("cert", 12, leading=18, space_after=8)
    text = _statement(info, structure, day)
    return [
        Band(
            translate("certificates", "Attestation de participation"),
            colour=ACCENT,
            subtitle=f"{info.name} · {long_date(info.date)}",
        ),
        Spacer(1, 22 * mm),
        para(
            translate("certificates", "{org} atteste que").format(org=ORGANISER_ORG),
            style("intro", 12, colour=MUTED, align=TA_CENTER),
        ),
        Spacer(1, 5 * mm),
        FittedText(volunteer.name, FONT_BOLD, max_size=28, min_size=14, max_lines=2, leading=1.2),
        FittedText(volunteer.organisation, FONT, max_size=14, min_size=9, max_lines=2, colour=MUTED, leading=1.25)
        if volunteer.organisation
        else Spacer(1, 1),
        Spacer(1, 12 * mm),
        rich(text, body),
        para(
            translate(
                "certificates",
                "Cette attestation peut être remise à l'employeur comme justificatif d'une action de mécénat de "
                "compétences.",
            ),
            style("hint", 9, colour=MUTED, space_after=10),
        ),
        _details_table(info, volunteer, structure, day, width),
        Spacer(1, 14 * mm),
        KeepTogether(_signature(info, organiser)),
    ]


def _people_table(people: Sequence[Person], width: float) -> Any:
    """One organisation's people: name, structure helped, their span of the day, their hours; then its total."""
    rows: list[list[Any]] = [
        [
            translate("certificates", "Nom"),
            translate("certificates", "Structure accompagnée"),
            translate("certificates", "Horaires"),
            translate("certificates", "Durée"),
        ]
    ]
    for volunteer, structure, day in people:
        rows.append(
            [
                para(volunteer.name, style("pc", 9)),
                para(structure.name if structure else "—", style("ps", 9)),
                f"{french_time(day.start)} – {french_time(day.end)}",
                french_duration(day.minutes),
            ]
        )
    count = (
        translate("certificates", "{n} personne") if len(people) == 1 else translate("certificates", "{n} personnes")
    ).format(n=len(people))
    rows.append([translate("certificates", "Total"), count, "", french_duration(sum(d.minutes for *_, d in people))])
    return grid_table(
        rows,
        [60 * mm, width - 60 * mm - 54 * mm, 30 * mm, 24 * mm],
        header_colour=MUTED,
        numbers_from=2,
        extra=[("FONT", (0, -1), (-1, -1), FONT_BOLD, 9)],
    )


def company_summary(present: Sequence[Person], plan: Sequence[DayPlanRow], width: float) -> list[Any]:
    """One overview table (organisation, people, hours), the rule that counts the hours under it, then each
    organisation's people with their own hours. Its total is the bilan's "heures sur la journée"."""
    st = styles()
    morning, afternoon = half_days(plan)
    groups: dict[str, list[Person]] = {}
    no_organisation = translate("certificates", NO_ORGANISATION)
    for person in present:
        groups.setdefault(person[0].organisation or no_organisation, []).append(person)
    order = sorted(groups, key=lambda org: (org == no_organisation, fold(org)))
    story: list[Any] = [
        Band(
            translate("certificates", "Récapitulatif par organisation"),
            colour=ACCENT,
            subtitle=translate("certificates", "Mécénat de compétences — personnes et heures"),
        ),
        Spacer(1, 5 * mm),
        para(
            translate(
                "certificates",
                "Bénévoles présent·es, regroupé·es par organisation, avec les heures données par chacun·e "
                "(journée {start} – {end}, pause déjeuner déduite).",
            ).format(start=french_time(morning.start), end=french_time(afternoon.end)),
            st["body"],
        ),
        Spacer(1, 4 * mm),
    ]
    total = translate("certificates", "Total")
    overview: list[list[Any]] = [
        [
            translate("certificates", "Organisation"),
            translate("certificates", "Personnes"),
            translate("certificates", "Heures"),
        ]
    ]
    for org in order:
        overview.append(
            [para(org, style("oc", 9)), str(len(groups[org])), french_duration(sum(d.minutes for *_, d in groups[org]))]
        )
    overview.append([total, str(len(present)), french_duration(sum(d.minutes for *_, d in present))])
    story.append(
        grid_table(
            overview,
            [width - 60 * mm, 30 * mm, 30 * mm],
            header_colour=ACCENT,
            numbers_from=1,
            extra=[("FONT", (0, -1), (-1, -1), FONT_BOLD, 9)],
        )
    )
    rule = translate("bilan", DAY_RULE).format(day_length=hours_text(morning.minutes + afternoon.minutes))
    same = translate("certificates", "Le total est celui de la ligne « Sur la journée » du bilan du programme.")
    story += [Spacer(1, 2 * mm), para(f"{rule} {same}", style("rule", 8, colour=MUTED, leading=10))]
    for org in order:
        story.append(CondPageBreak(40 * mm))
        story.append(KeepTogether([para(org, st["h2"], max_lines=3), _people_table(groups[org], width)]))
    return story


def draw_certificates(
    target: str | Path | Any,
    info: EventInfo,
    teams: Sequence[tuple[Structure, Sequence[Volunteer]]],
    arrivals: Mapping[str, str],
    plan: Sequence[DayPlanRow],
    *,
    organiser: str = "",
    unassigned: Sequence[Volunteer] = (),
    summary: bool = True,
    progress: Progress | None = None,
) -> int:
    """One certificate per volunteer who gave time on the day (team members, then ``unassigned`` people), sorted by
    name, then the summary; returns the number of certificates. ``arrivals``: volunteer id -> arrival moment of
    everyone checked in; each page states that person's own span and hours (``core.documents.worked_day``, the
    bilan's rule). Someone checked in after the end of the day gave no time: no certificate, not in the summary."""
    from probono_desk.core.documents import person_sort_key

    pairs = [(v, s) for s, members in teams for v in members] + [(v, None) for v in unassigned]
    people: list[Person] = []
    for volunteer, structure in pairs:
        day = worked_day(plan, arrivals[volunteer.id]) if volunteer.id in arrivals else None
        if day is not None and day.minutes > 0:
            people.append((volunteer, structure, day))
    people.sort(key=lambda person: person_sort_key(person[0]))
    doc = new_doc(
        target,
        title=translate("certificates", "Attestations de participation — {name}").format(name=info.name),
        footer=translate("certificates", "{name} · attestations").format(name=info.name),
    )
    story: list[Any] = []
    total = len(people)
    for index, (volunteer, structure, day) in enumerate(people):
        if index:
            story.append(PageBreak())
        story.extend(certificate_page(info, volunteer, structure, day, organiser, doc.width))
        if progress is not None:
            story.append(OnDraw(partial(progress, index + 1, total)))
    if summary:
        if people:
            story.append(PageBreak())
        story.extend(company_summary(people, plan, doc.width))
    doc.build(story)
    return total
