"""Rules the printed documents share: the half-days and the hours of the day, dates, attendance counts.

Dates, times and durations are written the way the document's language writes them (``core.i18n.speaking``):
'5 décembre 2019', '9h00', '3 h 30' in French; '5 December 2019', '9:00', '3 h 30 min' in English.

Pure functions on plain data (the day plan as ``(start "HH:MM", end "HH:MM", title)`` rows), so the sign-in
sheets, the certificates and the report agree on the same hours, and the rules are tested without a PDF.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from probono_desk.core.dates import clock_time, long_date  # noqa: F401 - long_date re-exported for the documents
from probono_desk.core.i18n import current_language, translate
from probono_desk.core.models import Situation, Structure, Volunteer
from probono_desk.core.text import fold
from probono_desk.core.trail_hours import counted_span, day_minutes

DayPlanRow = tuple[str, str, str]

DEFAULT_MORNING = ("09:00", "12:30")
DEFAULT_AFTERNOON = ("13:30", "17:00")
LUNCH_WORDS = ("dejeuner", "repas", "lunch", "pause midi")


def minutes(hhmm: str) -> int:
    """'09:30' -> 570. Accepts '9:30' and '9h30'."""
    text = hhmm.strip().lower().replace("h", ":")
    hours, _, mins = text.partition(":")
    return int(hours) * 60 + int(mins or 0)


def plan_time(total: int) -> str:
    """570 -> '09:30', the day plan's way of writing a time (the inverse of ``minutes``)."""
    return f"{total // 60:02d}:{total % 60:02d}"


def french_time(value: str) -> str:
    """'09:00' -> '9h00' (the way a French sheet writes times), '9:00' in English."""
    total = minutes(value)
    return clock_time(total * 60)


def french_duration(total_minutes: int) -> str:
    """420 -> '7 h', 210 -> '3 h 30' ('3 h 30 min' in English)."""
    hours, mins = divmod(max(0, total_minutes), 60)
    if mins == 0:
        return f"{hours} h"
    return f"{hours} h {mins:02d} min" if current_language() == "en" else f"{hours} h {mins:02d}"


def decimal(value: float, digits: int = 1) -> str:
    """4.25 -> '4,3' in French, '4.3' in English."""
    text = f"{value:.{digits}f}"
    return text if current_language() == "en" else text.replace(".", ",")


def _valid(rows: Iterable[DayPlanRow]) -> list[tuple[int, int, str]]:
    out = []
    for start, end, title in rows:
        try:
            s, e = minutes(start), minutes(end)
        except ValueError:
            continue
        if e > s:
            out.append((s, e, title))
    return sorted(out)


def is_lunch(title: str) -> bool:
    key = fold(title)
    return any(word in key for word in LUNCH_WORDS)


@dataclass(frozen=True)
class HalfDay:
    key: str  # "matin" | "apres-midi"
    label: str  # "Matin" | "Après-midi"
    start: str  # "HH:MM"
    end: str

    @property
    def minutes(self) -> int:
        return max(0, minutes(self.end) - minutes(self.start))

    @property
    def span(self) -> str:
        return f"{french_time(self.start)} – {french_time(self.end)}"


def half_days(rows: Sequence[DayPlanRow]) -> tuple[HalfDay, HalfDay]:
    """Morning = first phase to lunch, afternoon = end of lunch to last phase. Without a plan, or without a
    lunch phase in it, the usual 9h00–12h30 / 13h30–17h00 (the sign-in sheets go round at 12h30 and 13h30)."""
    phases = _valid(rows)
    lunch = next(((s, e) for s, e, title in phases if is_lunch(title)), None)
    if not phases or lunch is None:
        morning, afternoon = DEFAULT_MORNING, DEFAULT_AFTERNOON
        if phases:  # a plan without a lunch: keep its bounds, cut at the default lunch
            morning = (plan_time(phases[0][0]), DEFAULT_MORNING[1])
            afternoon = (DEFAULT_AFTERNOON[0], plan_time(max(e for _, e, _ in phases)))
    else:
        morning = (plan_time(phases[0][0]), plan_time(lunch[0]))
        afternoon = (plan_time(lunch[1]), plan_time(max(e for _, e, _ in phases)))
    return (
        HalfDay("matin", translate("documents", "Matin"), *morning),
        HalfDay("apres-midi", translate("documents", "Après-midi"), *afternoon),
    )


def day_span(rows: Sequence[DayPlanRow]) -> tuple[str, str]:
    morning, afternoon = half_days(rows)
    return morning.start, afternoon.end


@dataclass(frozen=True)
class WorkedDay:
    """What a certificate and the per-organisation summary state for one person."""

    start: str  # "HH:MM": their arrival, or the start of the day (of the afternoon) when they came earlier
    end: str  # "HH:MM": the end of the day
    minutes: int  # lunch excluded

    @property
    def lunch_excluded(self) -> bool:
        """Whether the span runs over the lunch break (then the certificate says it is deducted)."""
        return self.minutes < minutes(self.end) - minutes(self.start)


def worked_day(rows: Sequence[DayPlanRow], arrival: str | None = None) -> WorkedDay | None:
    """The day given by someone who arrived at ``arrival`` ('HH:MM' or an ISO moment; None: the whole day), by the
    bilan's rule (``core.trail_hours``): from the arrival, or the start of the day when earlier, to the end of the
    day, lunch excluded — so the certificates, the summary and the bilan's "heures sur la journée" agree. None for
    someone who came after the end of the day (they gave no time: no certificate)."""
    halves = [(h.start, h.end) for h in half_days(rows)]
    moment = arrival or halves[0][0]
    span = counted_span(moment, halves)
    if span is None:
        return None
    return WorkedDay(plan_time(span[0]), plan_time(span[1]), day_minutes(moment, halves))


def worked_minutes(rows: Sequence[DayPlanRow], arrival: str | None = None) -> int:
    """The minutes of ``worked_day`` (0 after the end of the day); the whole day, lunch excluded, without an arrival
    (7 h for the usual day)."""
    day = worked_day(rows, arrival)
    return day.minutes if day else 0


# --- attendance -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attendance:
    registered: int  # signed up beforehand (walk-ins excluded)
    present: int  # checked in (walk-ins included)
    walk_ins: int  # came without registering
    no_shows: int  # registered and not checked in

    @property
    def rate(self) -> float:
        """Share of the registered who came."""
        return (self.registered - self.no_shows) / self.registered if self.registered else 0.0


def attendance(volunteers: Iterable[Volunteer], present: set[str]) -> Attendance:
    people = list(volunteers)
    registered = [v for v in people if not v.walk_in]
    return Attendance(
        registered=len(registered),
        present=sum(1 for v in people if v.id in present),
        walk_ins=sum(1 for v in people if v.walk_in),
        no_shows=sum(1 for v in registered if v.id not in present),
    )


def situation_label(situation: Situation | None) -> str:
    """The situation in the document's language."""
    if situation is None:
        return translate("documents", "non renseignée")
    return translate("situation", situation.label)


def teams_of(
    structures: Sequence[Structure], volunteers: Iterable[Volunteer]
) -> list[tuple[Structure, list[Volunteer]]]:
    """Each structure with its members sorted by last then first name (accents ignored)."""
    members: dict[str, list[Volunteer]] = {s.id: [] for s in structures}
    for v in volunteers:
        if v.structure_id in members:
            members[v.structure_id].append(v)
    return [(s, sorted(members[s.id], key=person_sort_key)) for s in structures]


def person_sort_key(v: Volunteer) -> tuple[str, str]:
    return fold(v.last_name), fold(v.first_name)
