"""``Event``: one open event file, its clock, its station, and the services that work on it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date as date_cls
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from probono_desk.core.clock import Clock, SystemClock, iso
from probono_desk.core.errors import InvalidInput, ReadOnlyEvent
from probono_desk.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, interface_language, normalise_language
from probono_desk.core.ids import new_id
from probono_desk.core.models import EventInfo
from probono_desk.core.text import clean
from probono_desk.services import outputs
from probono_desk.storage import roster as roster_store
from probono_desk.storage.backup import backup_copy
from probono_desk.storage.db import (
    Writer,
    data_version,
    default_backup_dir,
    get_meta,
    open_event_db,
    set_meta,
    writable_location,
    write,
)

if TYPE_CHECKING:
    from probono_desk.services.checkin import CheckinService
    from probono_desk.services.deliverables import DeliverablesService
    from probono_desk.services.documents import DocumentsService
    from probono_desk.services.evaluations import EvaluationsService
    from probono_desk.services.missions import MissionsService
    from probono_desk.services.privacy import PrivacyService
    from probono_desk.services.registrations import RegistrationsService
    from probono_desk.services.roster import RosterService
    from probono_desk.services.schedule import ScheduleService
    from probono_desk.services.stations import StationsService
    from probono_desk.services.status import StatusService
    from probono_desk.services.teams import TeamsService
    from probono_desk.services.trail import TrailService


def default_station() -> str:
    try:
        return socket.gethostname() or "poste"
    except OSError:
        return "poste"


class Event:
    """An open event file. Not thread-safe: a worker thread opens its own ``Event`` on the same path."""

    def __init__(
        self,
        db: Database,
        path: Path | None,
        *,
        clock: Clock | None = None,
        station: str | None = None,
        actor: str = "",
        read_only: bool = False,
    ) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only  # a write-protected medium: everything reads, every write is refused
        self.clock: Clock = clock or SystemClock()
        self.station = station or default_station()
        self.actor = actor
        self.last_backup: str | None = None
        self._held = outputs.hold(path) if path is not None else None  # no output may replace it

    # --- opening ---------------------------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | Path, *, clock: Clock | None = None, station: str | None = None, actor: str = ""
    ) -> Event:
        path = Path(path)
        if path.is_file() and not writable_location(path):  # a locked USB key: show the data, write nothing
            db = open_event_db(path, readonly=True)
            return cls(db, path, clock=clock, station=station, actor=actor, read_only=True)
        try:
            return cls(open_event_db(path), path, clock=clock, station=station, actor=actor)
        except ReadOnlyEvent:  # the permissions said yes, the medium said no (a locked SD card on some systems)
            db = open_event_db(path, readonly=True)
            return cls(db, path, clock=clock, station=station, actor=actor, read_only=True)

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        name: str,
        date: str,
        venue: str = "",
        language: str | None = None,
        clock: Clock | None = None,
        station: str | None = None,
        actor: str = "",
    ) -> Event:
        """``language``: the one its documents speak ('fr' or 'en'); by default the interface's."""
        info = validate_event_info(name, date, venue)
        lang = validate_language(language)
        path = Path(path)
        if path.exists() and not path.is_file():
            outputs.check_output(path)  # a device, a pipe, a folder: refused, and never removed on a failure below
        db = open_event_db(path, create=True)
        event = cls(db, path, clock=clock, station=station, actor=actor)
        try:
            with event.write() as w:
                roster_store.insert_event(w.db, info, w.at)
                set_meta(w.db, LANGUAGE_KEY, lang)
                w.log("event.create", "event", info.id, {"name": info.name, "date": info.date, "language": lang})
        except BaseException:
            db.conn.close()
            path.unlink(missing_ok=True)
            raise
        return event

    @classmethod
    def in_memory(
        cls,
        *,
        name: str = "Test",
        date: str = "2019-12-05",
        language: str = "fr",
        clock: Clock | None = None,
        station: str = "test",
    ) -> Event:
        from probono_desk.storage.db import memory_db
        from probono_desk.storage.migrations import migrations

        db = memory_db()
        migrations.apply(db)
        event = cls(db, None, clock=clock, station=station)
        info = validate_event_info(name, date, "")
        with event.write() as w:
            roster_store.insert_event(w.db, info, w.at)
            set_meta(w.db, LANGUAGE_KEY, validate_language(language))
        return event

    def close(self) -> None:
        self.db.conn.close()
        outputs.release(self._held)
        self._held = None

    def __enter__(self) -> Event:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------------------------

    def now_iso(self) -> str:
        return iso(self.clock.now())

    def require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyEvent(path=str(self.path))

    @contextmanager
    def write(self, actor: str | None = None) -> Iterator[Writer]:
        self.require_writable()
        with write(
            self.db, at=self.now_iso(), station=self.station, actor=self.actor if actor is None else actor
        ) as writer:
            yield writer

    def data_version(self) -> int:
        return data_version(self.db)

    def backup(self, reason: str = "auto", keep: int | None = None) -> Path | None:
        if self.path is None or self.read_only:  # nothing changes, and nothing can be written beside it
            return None
        target = backup_copy(self.db, default_backup_dir(self.path), reason=reason, keep=keep)
        self.last_backup = self.now_iso()
        return target

    # --- what it is ------------------------------------------------------------------------------------------

    @property
    def info(self) -> EventInfo:
        info = roster_store.get_event(self.db)
        assert info is not None, "an event file always has its event row"
        return info

    def rename(self, name: str, date: str, venue: str = "") -> EventInfo:
        info = validate_event_info(name, date, venue, event_id=self.info.id)
        with self.write() as w:
            roster_store.update_event(w.db, info)
            w.log("event.update", "event", info.id, {"name": info.name, "date": info.date, "venue": info.venue})
        return info

    @property
    def language(self) -> str:
        """The language of the event's documents and exports; a file from before languages reads as French."""
        return normalise_language(get_meta(self.db, LANGUAGE_KEY), default="fr")

    def set_language(self, language: str) -> str:
        lang = validate_language(language)
        if lang == self.language:
            return lang
        with self.write() as w:
            set_meta(w.db, LANGUAGE_KEY, lang)
            w.log("event.language", "event", self.info.id, {"language": lang})
        return lang

    # --- services --------------------------------------------------------------------------------------------

    @cached_property
    def roster(self) -> RosterService:
        from probono_desk.services.roster import RosterService

        return RosterService(self)

    @cached_property
    def registrations(self) -> RegistrationsService:
        from probono_desk.services.registrations import RegistrationsService

        return RegistrationsService(self)

    @cached_property
    def documents(self) -> DocumentsService:
        from probono_desk.services.documents import DocumentsService

        return DocumentsService(self)

    @cached_property
    def status(self) -> StatusService:
        from probono_desk.services.status import StatusService

        return StatusService(self)

    @cached_property
    def schedule(self) -> ScheduleService:
        from probono_desk.services.schedule import ScheduleService

        return ScheduleService(self)

    @cached_property
    def deliverables(self) -> DeliverablesService:
        from probono_desk.services.deliverables import DeliverablesService

        return DeliverablesService(self)

    @cached_property
    def trail(self) -> TrailService:
        from probono_desk.services.trail import TrailService

        return TrailService(self)

    @cached_property
    def evaluations(self) -> EvaluationsService:
        from probono_desk.services.evaluations import EvaluationsService

        return EvaluationsService(self)

    @cached_property
    def teams(self) -> TeamsService:
        from probono_desk.services.teams import TeamsService

        return TeamsService(self)

    @cached_property
    def missions(self) -> MissionsService:
        from probono_desk.services.missions import MissionsService

        return MissionsService(self)

    @cached_property
    def privacy(self) -> PrivacyService:
        from probono_desk.services.privacy import PrivacyService

        return PrivacyService(self)

    @cached_property
    def stations(self) -> StationsService:
        from probono_desk.services.stations import StationsService

        return StationsService(self)

    @cached_property
    def checkin(self) -> CheckinService:
        from probono_desk.services.checkin import CheckinService

        return CheckinService(self)


LANGUAGE_KEY = "language"


def validate_language(language: str | None) -> str:
    """'fr' or 'en'; ``None`` or empty: the interface's language."""
    if language is None or not str(language).strip():
        return interface_language()
    lang = str(language).strip().lower()
    if lang not in LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Langue « {value} » inconnue : choisissez fr ou en."), value=language
        )
    return lang


def validate_event_info(name: str, date: str, venue: str = "", event_id: str | None = None) -> EventInfo:
    name = clean(name)
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Donnez un nom à l'événement."))
    try:
        parsed = date_cls.fromisoformat(clean(date))
    except ValueError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Date « {value} » invalide : attendu AAAA-MM-JJ (par exemple 2019-12-05)."),
            value=date,
        ) from exc
    return EventInfo(id=event_id or new_id(), name=name, date=parsed.isoformat(), venue=clean(venue))
