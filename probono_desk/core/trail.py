"""After the day: each structure's path from the diagnostic to the bilan, as pure rules.

The diagnostic (needs in priority order, confidential), the deliverable's recommendations as a checklist, the
Trail's dated log (sessions and the referent's follow-up notes), and the reminders that say which Trail went quiet.
Time is always passed in (``today``), never read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.text import clean, fold

# Printed on every page of the diagnostic and on the team sheet that refers to it (in the event's language).
CONFIDENTIAL = QT_TRANSLATE_NOOP("trail", "Confidentiel — usage réservé à la mission")
QUIET_DAYS = 21  # a Trail with no session for three weeks is flagged
MAX_SESSION_MINUTES = 12 * 60
MAX_NEEDS = 12
MAX_TEXT = 4000


class SessionFormat(str, Enum):
    COLLECTIVE = "seance_collective"
    MEETING = "rendez_vous"
    PHONE = "telephone"
    VIDEO = "visio"

    @property
    def label(self) -> str:
        return FORMAT_LABELS[self]


FORMAT_LABELS: dict[SessionFormat, str] = {
    SessionFormat.COLLECTIVE: QT_TRANSLATE_NOOP("trail", "Séance collective"),
    SessionFormat.MEETING: QT_TRANSLATE_NOOP("trail", "Rendez-vous"),
    SessionFormat.PHONE: QT_TRANSLATE_NOOP("trail", "Téléphone"),
    SessionFormat.VIDEO: QT_TRANSLATE_NOOP("trail", "Visio"),
}


class EntryKind(str, Enum):
    SESSION = "seance"  # a Trail session with the structure
    NOTE = "note"  # the referent's own follow-up note


class RecoState(str, Enum):
    TODO = "a_lancer"
    DOING = "en_cours"
    DONE = "fait"
    DROPPED = "abandonne"

    @property
    def label(self) -> str:
        return RECO_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self in (RecoState.TODO, RecoState.DOING)


RECO_LABELS: dict[RecoState, str] = {
    RecoState.TODO: QT_TRANSLATE_NOOP("trail", "À lancer"),
    RecoState.DOING: QT_TRANSLATE_NOOP("trail", "En cours"),
    RecoState.DONE: QT_TRANSLATE_NOOP("trail", "Fait"),
    RecoState.DROPPED: QT_TRANSLATE_NOOP("trail", "Abandonné"),
}


# What the English command line types (its help names these).
ENGLISH_NAMES = {
    "group session": SessionFormat.COLLECTIVE.value,
    "group": SessionFormat.COLLECTIVE.value,
    "meeting": SessionFormat.MEETING.value,
    "phone": SessionFormat.PHONE.value,
    "video": SessionFormat.VIDEO.value,
    "to start": RecoState.TODO.value,
    "under way": RecoState.DOING.value,
    "done": RecoState.DONE.value,
    "dropped": RecoState.DROPPED.value,
}


def _choice(text: str, enum: type[SessionFormat] | type[RecoState], labels: dict) -> str | None:  # type: ignore[type-arg]
    key = fold(text).replace("-", " ").replace("_", " ")
    for member in enum:
        if key in (fold(member.value).replace("_", " "), fold(labels[member]).replace("-", " ")):
            return member.value
    english = ENGLISH_NAMES.get(key)
    return english if english in {m.value for m in enum} else None


def parse_format(text: str) -> SessionFormat:
    """'visio', 'Téléphone', 'seance_collective', 'rendez-vous'… -> the format; anything else is refused."""
    found = _choice(text, SessionFormat, FORMAT_LABELS)
    if found is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "Format de séance « {value} » inconnu : séance collective, rendez-vous, téléphone ou visio.",
            ),
            value=text,
        )
    return SessionFormat(found)


def parse_state(text: str) -> RecoState:
    found = _choice(text, RecoState, RECO_LABELS)
    if found is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "État « {value} » inconnu : à lancer, en cours, fait ou abandonné."),
            value=text,
        )
    return RecoState(found)


def parse_duration(text: str | int) -> int:
    """Minutes from '90', '1h30', '1 h 30', '2h', '45min'; 0 < minutes ≤ 12 h."""
    raw = fold(str(text)).replace(" ", "")
    match = re.fullmatch(r"(?:(\d{1,2})h(\d{1,2})?|(\d{1,3})(?:min|mn|m)?)", raw)
    total = -1
    if match:
        if match.group(3) is not None:
            total = int(match.group(3))
        else:
            total = int(match.group(1)) * 60 + int(match.group(2) or 0)
    if not 0 < total <= MAX_SESSION_MINUTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Durée « {value} » invalide : en minutes (90) ou en heures (1h30), 12 h au plus."
            ),
            value=str(text),
        )
    return total


# --- the diagnostic ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Diagnostic:
    """The 2-hour meeting before the day that turns the structure's needs into a prioritised mission."""

    structure_id: str
    date: str = ""  # YYYY-MM-DD
    lab_people: str = ""  # who met them for Pro Bono Lab
    structure_people: str = ""  # who represented the structure
    needs: tuple[str, ...] = ()  # priority order: the first is the most pressing; they are the skills looked for
    summary: str = ""  # confidential
    document_name: str = ""  # the attached diagnostic document (confidential), if any
    document_size: int = 0
    updated_at: str = ""

    @property
    def recorded(self) -> bool:
        return bool(self.date or self.needs or self.summary or self.document_name)


def clean_needs(needs: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Trimmed, empty and repeated (ignoring accents and case) needs dropped, order kept."""
    out: list[str] = []
    seen: set[str] = set()
    for need in needs:
        text = clean(need)
        if text and fold(text) not in seen:
            seen.add(fold(text))
            out.append(text)
    if len(out) > MAX_NEEDS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Au plus {n} besoins par diagnostic."), n=MAX_NEEDS)
    return tuple(out)


# --- recommendations ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recommendation:
    id: str
    structure_id: str
    text: str
    owner: str = ""
    target_date: str = ""
    state: RecoState = RecoState.TODO
    position: int = 0
    updated_at: str = ""


_ITEM_START = re.compile(r"^\s*(?:[-*•·–—>]+|\d{1,2}\s*[.)/-]|[a-z]\))\s*", re.IGNORECASE)


def recommendations_from_text(text: str) -> list[str]:
    """The deliverable's recommendations as items: one per line, bullets and numbering removed; a line that does
    not start a new item (no bullet, no number, lower-case start) continues the one before."""
    items: list[str] = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        bulleted = bool(_ITEM_START.match(line))
        body = clean(_ITEM_START.sub("", line, count=1))
        if not body:
            continue
        if items and not bulleted and body[:1].islower():
            items[-1] = f"{items[-1]} {body}"
        else:
            items.append(body)
    return items


@dataclass(frozen=True)
class RecoCount:
    planned: int = 0  # every item not dropped
    done: int = 0
    doing: int = 0
    todo: int = 0
    dropped: int = 0

    @property
    def open(self) -> int:
        return self.doing + self.todo


def count_recommendations(items: list[Recommendation] | tuple[Recommendation, ...]) -> RecoCount:
    states = [r.state for r in items]
    dropped = states.count(RecoState.DROPPED)
    return RecoCount(
        planned=len(states) - dropped,
        done=states.count(RecoState.DONE),
        doing=states.count(RecoState.DOING),
        todo=states.count(RecoState.TODO),
        dropped=dropped,
    )


# --- the Trail log -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    name: str
    volunteer_id: str | None = None  # a volunteer of the team; None: someone of the structure, the referent…


@dataclass(frozen=True)
class TrailEntry:
    id: str
    structure_id: str
    date: str  # YYYY-MM-DD
    kind: EntryKind = EntryKind.SESSION
    format: SessionFormat | None = None  # sessions only
    duration_minutes: int = 0
    participants: tuple[Participant, ...] = ()
    notes: str = ""
    decisions: str = ""
    next_step: str = ""
    next_date: str = ""
    author: str = ""
    created_at: str = ""

    @property
    def volunteer_count(self) -> int:
        return sum(1 for p in self.participants if p.volunteer_id)


# --- reminders ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrailFacts:
    """What the reminders need to know of one structure's Trail."""

    structure_id: str
    name: str
    start_date: str = ""
    end_date: str = ""
    has_members: bool = False
    sessions: tuple[TrailEntry, ...] = ()  # sessions only, any order
    open_recommendations: int = 0

    @property
    def active(self) -> bool:
        """A Trail exists once its volunteers are named or something was logged."""
        return self.has_members or bool(self.sessions)


class FlagKind(str, Enum):
    QUIET = "silence"
    OVERDUE = "echu"


@dataclass(frozen=True)
class Flag:
    structure_id: str
    name: str
    kind: FlagKind
    days: int  # days without a session (QUIET) or past the end date (OVERDUE)
    open_recommendations: int = 0
    since: str = ""  # the last session's date, or the Trail's start when none


@dataclass(frozen=True)
class Upcoming:
    structure_id: str
    name: str
    date: str
    next_step: str
    late: bool = False  # the date has passed and no session was logged since


@dataclass(frozen=True)
class Reminders:
    upcoming: tuple[Upcoming, ...] = ()
    flags: tuple[Flag, ...] = field(default_factory=tuple)

    def flagged(self, structure_id: str) -> list[Flag]:
        return [f for f in self.flags if f.structure_id == structure_id]


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def reminders(trails: list[TrailFacts], today: date, *, quiet_days: int = QUIET_DAYS) -> Reminders:
    """The next planned session of every Trail (the latest session's next step), and the Trails to chase:
    - QUIET: started, not yet ended, and no session for ``quiet_days`` (counted from the start when none);
    - OVERDUE: past its end date with recommendations still to launch or under way."""
    upcoming: list[Upcoming] = []
    flags: list[Flag] = []
    for t in trails:
        if not t.active:
            continue
        logged = (s for s in t.sessions if s.kind is EntryKind.SESSION and _day(s.date))  # notes do not count
        dated = sorted(logged, key=lambda s: (s.date, s.created_at))
        last = dated[-1] if dated else None
        if last is not None and _day(last.next_date):
            upcoming.append(
                Upcoming(t.structure_id, t.name, last.next_date, last.next_step, late=_day(last.next_date) < today)  # type: ignore[operator]
            )
        start, end = _day(t.start_date), _day(t.end_date)
        if end is not None and today > end:
            if t.open_recommendations:
                flags.append(Flag(t.structure_id, t.name, FlagKind.OVERDUE, (today - end).days, t.open_recommendations))
            continue
        since = _day(last.date) if last is not None else start
        if since is None or today < (start or since):
            continue
        quiet = (today - since).days
        if quiet >= quiet_days:
            flags.append(
                Flag(t.structure_id, t.name, FlagKind.QUIET, quiet, t.open_recommendations, since=since.isoformat())
            )
    upcoming.sort(key=lambda u: (u.date, u.name))
    flags.sort(key=lambda f: (f.kind != FlagKind.OVERDUE, -f.days, f.name))
    return Reminders(tuple(upcoming), tuple(flags))
