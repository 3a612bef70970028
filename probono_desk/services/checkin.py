"""Check-in at the door: a scanned or typed code, a photo, or a name search → an outcome; undo; walk-ins; counts.

The desk screen and ``probono-desk checkin`` call the same methods. Refused attempts write nothing; each check-in,
undo, code issue and walk-in is one transaction with its journal row (ids and facts only, no personal data).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from probono_desk.core.checkin import (
    AlreadyCheckedIn,
    CheckedIn,
    Damaged,
    NoCodeInImage,
    OtherEvent,
    Outcome,
    Revoked,
    Team,
    Unknown,
)
from probono_desk.core.checkin_search import SearchRow, exact_ids, query_words, rough_ids, tokens
from probono_desk.core.clock import iso
from probono_desk.core.codes import Problem, event_tag, new_code, read_code
from probono_desk.core.errors import InvalidInput, NotFound
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.ids import new_id
from probono_desk.core.models import Situation
from probono_desk.core.text import display_name, normalize_email
from probono_desk.services.checkin_doubles import DoubleArrival, double_arrivals
from probono_desk.storage import checkin as store
from probono_desk.storage.checkin import CheckinRow, Seat
from probono_desk.storage.db import Writer
from probono_desk.storage.sync_arrivals import arrivals_set_aside, undo_duplicate_arrivals

if TYPE_CHECKING:
    from probono_desk.services.event import Event

UNDO_SECONDS = 120  # how long the desk can take back its last check-in with one key
SEARCH_LIMIT = 30


@dataclass(frozen=True)
class Found:
    """A search result: who, where they sit, and since when they are here (None: not arrived yet)."""

    seat: Seat
    present_since: str | None

    @property
    def name(self) -> str:
        return display_name(self.seat.first_name, self.seat.last_name)


@dataclass(frozen=True)
class Undone:
    volunteer_id: str
    name: str
    at: str


@dataclass(frozen=True)
class TeamCount:
    structure_id: str | None  # None: volunteers without a team yet
    name: str
    table: str
    colour: str
    arrived: int
    expected: int
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Counts:
    arrived: int
    expected: int
    teams: list[TeamCount] = field(default_factory=list)


def _doubles(count: int) -> dict[str, int]:
    return {"duplicate_arrivals_undone": count} if count else {}


def team_of(seat: Seat) -> Team:
    return Team(name=seat.team, table=seat.table, referent=seat.referent, colour=seat.colour)


class CheckinService:
    def __init__(self, event: Event) -> None:
        self.event = event
        self._search_cache: tuple[tuple[int, int], list[SearchRow]] | None = None

    @cached_property
    def tag(self) -> str:
        """This event's tag: the first three letters of all its codes."""
        return event_tag(self.event.info.id)

    # --- codes -------------------------------------------------------------------------------------------------

    def code_of(self, volunteer_id: str) -> str:
        """The volunteer's code, issued on first use and the same ever after (until revoked)."""
        code = store.active_code(self.event.db, volunteer_id)
        if code:
            return code
        return self.ensure_codes([volunteer_id])[volunteer_id]

    def ensure_codes(self, volunteer_ids: Iterable[str] | None = None) -> dict[str, str]:
        """Issue a code to every volunteer (or those given) who has none, in one transaction; return all codes."""
        db = self.event.db
        wanted = set(volunteer_ids) if volunteer_ids is not None else None
        missing = [v for v in store.volunteers_without_code(db) if wanted is None or v in wanted]
        if missing:
            with self.event.write() as w:
                for volunteer_id in missing:
                    self._issue(w, volunteer_id)
                w.log("code.issue_many", "event", self.event.info.id, {"count": len(missing)})
        codes = store.active_codes(db)
        if wanted is not None:
            unknown = wanted - set(codes)
            if unknown:
                raise NotFound(what=", ".join(sorted(unknown)))
            return {v: codes[v] for v in wanted}
        return codes

    def _issue(self, w: Writer, volunteer_id: str) -> str:
        while True:  # a collision of 66 random bits will not happen, but the primary key would refuse it
            code = new_code(self.tag)
            if store.find_code(w.db, code) is None:
                break
        store.insert_code(w.db, code, volunteer_id, w.at)
        return code

    def reissue(self, volunteer_id: str) -> str:
        """A lost badge: the old code is revoked (and refused with its own message), a new one issued."""
        if store.seat(self.event.db, volunteer_id) is None:
            raise NotFound(what=volunteer_id)
        with self.event.write() as w:
            revoked = store.revoke_codes(w.db, volunteer_id, w.at)
            self._issue(w, volunteer_id)
            w.log("code.reissue", "volunteer", volunteer_id, {"revoked": revoked})
        self._forget_search()
        code = store.active_code(self.event.db, volunteer_id)
        assert code is not None
        return code

    # --- checking in -------------------------------------------------------------------------------------------

    def scan(self, text: str, method: str = "scan") -> Outcome:
        """What a scanner typed, a camera read or a person keyed in → the outcome (and the check-in, if any)."""
        reading = read_code(text, self.tag)
        if reading.problem is Problem.OTHER_EVENT:
            return OtherEvent()
        if reading.problem is Problem.DAMAGED:
            return Damaged()
        if reading.problem is not None:
            return Unknown()
        row = store.find_code(self.event.db, reading.code)
        if row is None:
            return Unknown()
        if row.revoked_at is not None:
            seat = store.seat(self.event.db, row.volunteer_id)
            name = display_name(seat.first_name, seat.last_name) if seat else ""
            return Revoked(row.volunteer_id, name, row.revoked_at)
        return self.check_in_volunteer(row.volunteer_id, method=method)

    def scan_image(self, path: str | Path) -> Outcome:
        """A photo or scan of a badge. With several codes in the picture, the first one of this event counts."""
        from probono_desk.scan.decode import decode_file

        texts = decode_file(path)
        if not texts:
            return NoCodeInImage()
        first: Outcome | None = None
        for text in texts:
            outcome = self.scan(text, method="image")
            if isinstance(outcome, CheckedIn | AlreadyCheckedIn):
                return outcome
            first = first or outcome
        assert first is not None
        return first

    def check_in_volunteer(self, volunteer_id: str, method: str = "search") -> CheckedIn | AlreadyCheckedIn:
        seat = store.seat(self.event.db, volunteer_id)
        if seat is None:
            raise NotFound(what=volunteer_id)
        before = self._search_version()
        with self.event.write() as w:
            outcome = self._check_in(w, seat, method)
        self._carry_search(before)
        return outcome

    def _check_in(self, w: Writer, seat: Seat, method: str) -> CheckedIn | AlreadyCheckedIn:
        name = display_name(seat.first_name, seat.last_name)
        active = store.active_checkin(w.db, seat.volunteer_id)
        if active is not None:
            also = tuple((d.at, d.station) for d in arrivals_set_aside(w.db, seat.volunteer_id))
            return AlreadyCheckedIn(
                seat.volunteer_id, name, seat.organisation, team_of(seat), active.at, active.station, also
            )
        row = CheckinRow(new_id(), seat.volunteer_id, w.at, w.station, method)
        store.insert_checkin(w.db, row)
        w.log("checkin.add", "volunteer", seat.volunteer_id, {"checkin_id": row.id, "method": method})
        return CheckedIn(
            seat.volunteer_id,
            name,
            seat.organisation,
            team_of(seat),
            row.at,
            row.station,
            row.id,
            walk_in=method == "walk_in",
        )

    def last_undoable(self) -> Undone | None:
        """The check-in "undo" would take back: this station's latest, if recent enough."""
        since = iso(self.event.clock.now() - timedelta(seconds=UNDO_SECONDS))
        row = store.last_checkin_of_station(self.event.db, self.event.station, since)
        if row is None:
            return None
        seat = store.seat(self.event.db, row.volunteer_id)
        return Undone(row.volunteer_id, display_name(seat.first_name, seat.last_name) if seat else "", row.at)

    def undo_last(self) -> Undone | None:
        """Take back this station's latest check-in of the last two minutes (a wrong person picked, a test scan)."""
        since = iso(self.event.clock.now() - timedelta(seconds=UNDO_SECONDS))
        before = self._search_version()
        with self.event.write() as w:
            row = store.last_checkin_of_station(w.db, self.event.station, since)
            if row is None:
                return None
            store.undo_checkin(w.db, row.id, w.at, w.station)
            doubles = undo_duplicate_arrivals(w.db, row.volunteer_id, w.at, w.station)
            w.log("checkin.undo", "volunteer", row.volunteer_id, {"checkin_id": row.id} | _doubles(doubles))
        self._carry_search(before)
        seat = store.seat(self.event.db, row.volunteer_id)
        return Undone(row.volunteer_id, display_name(seat.first_name, seat.last_name) if seat else "", row.at)

    def cancel_checkin(self, volunteer_id: str) -> Undone:
        """A later correction from the volunteers list: this person is no longer counted present, whenever and
        wherever they were checked in (journaled as ``checkin.cancel``, a correction, not the desk's quick undo)."""
        seat = store.seat(self.event.db, volunteer_id)
        if seat is None:
            raise NotFound(what=volunteer_id)
        name = display_name(seat.first_name, seat.last_name)
        with self.event.write() as w:
            row = store.active_checkin(w.db, volunteer_id)
            if row is None:
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{name} n'est pas enregistré·e présent·e."), name=name)
            store.undo_checkin(w.db, row.id, w.at, w.station)
            # "not here" for every door: the arrivals another door recorded meanwhile go too (on every station)
            doubles = undo_duplicate_arrivals(w.db, volunteer_id, w.at, w.station)
            w.log(
                "checkin.cancel",
                "volunteer",
                volunteer_id,
                {"checkin_id": row.id, "checked_in_at": row.at, "checked_in_station": row.station, "correction": True}
                | _doubles(doubles),
            )
        return Undone(volunteer_id, name, row.at)

    def double_arrivals(self) -> list[DoubleArrival]:
        """People checked in at two doors while the stations were apart: the first arrival counts, the other is
        kept and shown at both doors (``services.checkin_doubles``)."""
        return double_arrivals(self.event)

    def arrivals(self) -> dict[str, str]:
        """volunteer id -> time of their (active) check-in, for everyone present."""
        return store.arrival_times(self.event.db)

    def register_walk_in(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str = "",
        organisation: str = "",
        situation: Situation | None = None,
        skills: tuple[str, ...] = (),
    ) -> CheckedIn:
        """Somebody who did not register: added, given a code and checked in, all in one transaction."""
        with self.event.write() as w:
            volunteer = self.event.roster.add_volunteer(
                first_name=first_name,
                last_name=last_name,
                email=email,
                organisation=organisation,
                situation=situation,
                skills=skills,
                walk_in=True,
            )
            self._issue(w, volunteer.id)
            w.log("code.issue", "volunteer", volunteer.id)
            seat = store.seat(w.db, volunteer.id)
            assert seat is not None
            outcome = self._check_in(w, seat, "walk_in")
        self._forget_search()
        assert isinstance(outcome, CheckedIn)
        return outcome

    # --- finding people ----------------------------------------------------------------------------------------

    def _forget_search(self) -> None:
        self._search_cache = None

    def _search_version(self) -> tuple[int, int]:
        return (self.event.data_version(), store.changes_here(self.event.db))

    def _carry_search(self, before: tuple[int, int]) -> None:
        """After one of our own writes that leaves the people unchanged (a check-in, an undo), keep the index."""
        if self._search_cache is not None and self._search_cache[0] == before:
            self._search_cache = (self._search_version(), self._search_cache[1])

    def search_index(self) -> list[SearchRow]:
        """Every volunteer's search key and tokens, in name order. Rebuilt when the file changed; the list is never
        modified afterwards, so a worker thread may search a snapshot of it."""
        version = self._search_version()
        if self._search_cache is None or self._search_cache[0] != version:
            rows = [(vid, key, email, tokens(key)) for vid, key, email in store.search_rows(self.event.db)]
            self._search_cache = (version, rows)
        return self._search_cache[1]

    def search_exact(self, query: str, limit: int = SEARCH_LIMIT) -> list[Found] | None:
        """The fast tier: people matching every word as typed (or the full email). None: nobody does, the
        typo-tolerant tier is needed (``rough_ids`` over ``search_index()``, off the UI thread if need be)."""
        words = query_words(query)
        if not words:
            return []
        ids = exact_ids(self.search_index(), words, normalize_email(query))
        return self.found(ids, limit) if ids else None

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[Found]:
        """People matching a name, email or organisation, ignoring accents and case; typos forgiven when nothing
        matches as typed. A full email address finds its one person."""
        found = self.search_exact(query, limit)
        if found is not None:
            return found
        return self.found(rough_ids(self.search_index(), query_words(query)) or [], limit)

    def found(self, ids: list[str], limit: int = SEARCH_LIMIT) -> list[Found]:
        """The first ``limit`` of these people (ids in name order), with their seat and arrival time."""
        chosen = ids[:limit]
        db = self.event.db
        since = store.arrivals_of(db, chosen)
        return [Found(s, since.get(s.volunteer_id)) for s in store.seats_of(db, chosen)]

    def seat(self, volunteer_id: str) -> Seat:
        found = store.seat(self.event.db, volunteer_id)
        if found is None:
            raise NotFound(what=volunteer_id)
        return found

    # --- counts ------------------------------------------------------------------------------------------------

    def present_ids(self) -> set[str]:
        return store.present_ids(self.event.db)

    def counts(self) -> Counts:
        """Arrived / expected overall and per team, and who each team still waits for (names only)."""
        db = self.event.db
        present = store.present_ids(db)
        teams: dict[str | None, list[Seat]] = {}
        for seat in store.seats(db):
            teams.setdefault(seat.structure_id, []).append(seat)
        out: list[TeamCount] = []
        for sid, name, table, colour in store.team_labels(db):
            members = teams.get(sid, [])
            out.append(_team_count(sid, name, table, colour, members, present))
        if teams.get(None):
            out.append(_team_count(None, "", "", "", teams[None], present))
        total = sum(len(m) for m in teams.values())
        return Counts(arrived=len(present), expected=total, teams=out)

    # --- badges and codes for the mail merge -------------------------------------------------------------------

    def badges_pdf(self, out: Path, *, progress: Callable[[int, int], None] | None = None, **options: Any) -> Path:
        from probono_desk.services.badges import badges_pdf

        return badges_pdf(self, out, progress=progress, **options)

    def export_codes(self, folder: str | Path) -> Path:
        from probono_desk.services.badges import export_codes

        return export_codes(self, Path(folder))


def _team_count(
    sid: str | None, name: str, table: str, colour: str, members: list[Seat], present: set[str]
) -> TeamCount:
    missing = tuple(display_name(s.first_name, s.last_name) for s in members if s.volunteer_id not in present)
    arrived = sum(1 for s in members if s.volunteer_id in present)
    return TeamCount(sid, name, table, colour, arrived, len(members), missing)
