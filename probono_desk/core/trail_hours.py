"""The volunteer hours given, the "mécénat de compétences" figure sponsors ask for, and the rule that counts them.

The rule (stated on the bilan's page as ``HOURS_RULE``):
- on the day, each volunteer checked in counts from their arrival (or the start of the day when they came earlier)
  to the end of the day, lunch break excluded: the overlap of [arrival, end of day] with the morning and the
  afternoon of the day plan — so never more than the day's length (7 h for 9h00–12h30 / 13h30–17h00), and nothing
  for someone who came after the end;
- in the Trail, each session counts its duration once for every volunteer of the team who took part (the
  structure's people and the referent are not volunteers; the referent's notes are not sessions).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.trail import EntryKind, TrailEntry

HOURS_RULE = QT_TRANSLATE_NOOP(
    "bilan",
    "Heures de mécénat de compétences = heures sur la journée + heures de Trail. "
    "Journée : pour chaque bénévole enregistré·e à l'accueil, de son arrivée (ou du début de la journée s'il·elle "
    "est arrivé·e avant) à la fin de la journée, pause déjeuner déduite, au plus la durée de la journée "
    "({day_length}). Trail : la durée de chaque séance, comptée une fois par bénévole de l'équipe présent·e à la "
    "séance (les personnes de la structure, le·la référent·e et ses notes de suivi ne comptent pas).",
)
# The day's part of ``HOURS_RULE``, word for word: stated under the certificates' per-organisation summary, whose
# total is the bilan's "heures sur la journée".
DAY_RULE = QT_TRANSLATE_NOOP(
    "bilan",
    "Journée : pour chaque bénévole enregistré·e à l'accueil, de son arrivée (ou du début de la journée s'il·elle "
    "est arrivé·e avant) à la fin de la journée, pause déjeuner déduite, au plus la durée de la journée "
    "({day_length}).",
)


def _minutes(hhmm: str) -> int:
    text = hhmm.strip().lower().replace("h", ":")
    hours, _, mins = text.partition(":")
    return int(hours) * 60 + int(mins or 0)


def arrival_minute(arrival: str) -> int:
    """'09:12', '9h12' or an ISO moment '2019-12-05T09:12:38' -> 552 (seconds dropped)."""
    clock = arrival[11:16] if len(arrival) >= 16 and arrival[10] in "T " else arrival
    return _minutes(clock)


def counted_span(arrival: str, halves: Sequence[tuple[str, str]]) -> tuple[int, int] | None:
    """(from, to) in minutes of the day: the span a certificate states for someone who arrived at ``arrival`` — their
    arrival, or the start of the day (of the afternoon, for an arrival over lunch) when earlier, to the end of the
    day. Its minutes, lunch excluded, are ``day_minutes``. None for someone who came after the end of the day."""
    start = arrival_minute(arrival)
    bounds = sorted((_minutes(b), _minutes(e)) for b, e in halves)
    last = max((e for _, e in bounds), default=0)
    for begin, end in bounds:
        if end > max(begin, start):
            return max(begin, start), last
    return None


def day_minutes(arrival: str, halves: Sequence[tuple[str, str]]) -> int:
    """Minutes of the day given by someone who arrived at ``arrival`` ('HH:MM', or an ISO moment)."""
    start = arrival_minute(arrival)
    total = 0
    for begin, end in halves:
        b, e = _minutes(begin), _minutes(end)
        total += max(0, e - max(b, start))
    return total


def day_length(halves: Sequence[tuple[str, str]]) -> int:
    return sum(max(0, _minutes(e) - _minutes(b)) for b, e in halves)


def session_minutes(entry: TrailEntry) -> int:
    """Volunteer-minutes of one log entry: its duration for each volunteer present; a note gives none."""
    if entry.kind is not EntryKind.SESSION:
        return 0
    return entry.duration_minutes * entry.volunteer_count


@dataclass(frozen=True)
class Hours:
    day_minutes: int = 0
    trail_minutes: int = 0
    day_people: int = 0  # volunteers counted on the day
    trail_people: int = 0  # distinct volunteers who took part in a session
    sessions: int = 0

    @property
    def total_minutes(self) -> int:
        return self.day_minutes + self.trail_minutes


def count_hours(
    arrivals: Iterable[str], halves: Sequence[tuple[str, str]], entries: Iterable[TrailEntry] = ()
) -> Hours:
    """``arrivals``: one arrival time per volunteer checked in; ``entries``: the Trail logs counted."""
    day = [day_minutes(a, halves) for a in arrivals]
    sessions = [e for e in entries if e.kind is EntryKind.SESSION]
    people = {p.volunteer_id for e in sessions for p in e.participants if p.volunteer_id}
    return Hours(
        day_minutes=sum(day),
        trail_minutes=sum(session_minutes(e) for e in sessions),
        day_people=sum(1 for m in day if m > 0),
        trail_people=len(people),
        sessions=len(sessions),
    )


def hours_text(total_minutes: int) -> str:
    """1230 -> '20 h 30', 420 -> '7 h'."""
    hours, mins = divmod(max(0, total_minutes), 60)
    return f"{hours} h" if mins == 0 else f"{hours} h {mins:02d}"
