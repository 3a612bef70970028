"""Rules the printed documents share: the half-days and the hours of the day, dates, attendance counts.

Dates, times and durations are written the way the document's language writes them (``core.i18n.speaking``):
'5 décembre 2019', '9h00', '3 h 30' in French; '5 December 2019', '9:00', '3 h 30 min' in English.

Pure functions on plain data (the day plan as ``(start "HH:MM", end "HH:MM", title)`` rows), so the sign-in
sheets, the certificates and the report agree on the same hours, and the rules are tested without a PDF.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date as date_cls

from probono_desk.core.i18n import current_language, translate
from probono_desk.core.models import Situation, Structure, Volunteer
from probono_desk.core.text import fold

DayPlanRow = tuple[str, str, str]

DEFAULT_MORNING = ("09:00", "12:30")
DEFAULT_AFTERNOON = ("13:30", "17:00")
LUNCH_WORDS = ("dejeuner", "repas", "lunch", "pause midi")

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def minutes(hhmm: str) -> int:
    """'09:30' -> 570. Accepts '9:30' and '9h30'."""
    text = hhmm.strip().lower().replace("h", ":")
    hours, _, mins = text.partition(":")
    return int(hours) * 60 + int(mins or 0)


def hhmm(total: int) -> str:
    return f"{total // 60:02d}:{total % 60:02d}"


def french_time(value: str) -> str:
    """'09:00' -> '9h00' (the way a French sheet writes times), '9:00' in English."""
    total = minutes(value)
    return clock_time(total * 60)


def clock_time(seconds: int) -> str:
    """Seconds since midnight as a document writes a time: '10h15' in French, '10:15' in English."""
    total = int(seconds) // 60
    separator = ":" if current_language() == "en" else "h"
    return f"{total // 60}{separator}{total % 60:02d}"


def french_duration(total_minutes: int) -> str:
    """420 -> '7 h', 210 -> '3 h 30' ('3 h 30 min' in English)."""
    hours, mins = divmod(max(0, total_minutes), 60)
    if mins == 0:
        return f"{hours} h"
    return f"{hours} h {mins:02d} min" if current_language() == "en" else f"{hours} h {mins:02d}"


def long_date(iso_date: str) -> str:
    """'2019-12-05' -> '5 décembre 2019' ('5 December 2019' in English); anything unparsable is returned as is."""
    try:
        day = date_cls.fromisoformat(iso_date[:10])
    except ValueError:
        return iso_date
    if current_language() == "en":
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS[day.month - 1]} {day.year}"


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
            morning = (hhmm(phases[0][0]), DEFAULT_MORNING[1])
            afternoon = (DEFAULT_AFTERNOON[0], hhmm(max(e for _, e, _ in phases)))
    else:
        morning = (hhmm(phases[0][0]), hhmm(lunch[0]))
        afternoon = (hhmm(lunch[1]), hhmm(max(e for _, e, _ in phases)))
    return (
        HalfDay("matin", translate("documents", "Matin"), *morning),
        HalfDay("apres-midi", translate("documents", "Après-midi"), *afternoon),
    )


def day_span(rows: Sequence[DayPlanRow]) -> tuple[str, str]:
    morning, afternoon = half_days(rows)
    return morning.start, afternoon.end


def worked_minutes(rows: Sequence[DayPlanRow]) -> int:
    """The hours a certificate states: both half-days, lunch excluded (7 h for the usual day)."""
    morning, afternoon = half_days(rows)
    return morning.minutes + afternoon.minutes


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
