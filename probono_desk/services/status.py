"""Counts for the status line, the dashboard and ``probono-desk status``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from probono_desk.storage import checkin as checkin_store
from probono_desk.storage import roster as store
from probono_desk.storage import teams as team_store

if TYPE_CHECKING:
    from probono_desk.services.event import Event


class StatusService:
    def __init__(self, event: Event) -> None:
        self.event = event

    def roster_version(self) -> int:
        """Grows with every change to people, teams, structures or staff — not with check-ins."""
        from probono_desk.storage.schema_changes import roster_version

        return roster_version(self.event.db)

    def change_mark(self) -> tuple[int, int]:
        """Moves with every commit to the file, from this connection (the journal's end) or another one
        (``PRAGMA data_version``): a cheap "has anything changed?" for screens that rebuild a lot."""
        from probono_desk.storage.db import journal_end

        return self.event.data_version(), journal_end(self.event.db)

    def present_ids(self) -> set[str]:
        """Volunteers checked in (the check-in tables come with every event file's migrations)."""
        return checkin_store.present_ids(self.event.db)

    def summary(self, at: datetime | None = None) -> dict[str, Any]:
        """Counts now; ``at`` is the moment of the schedule part (default: the event's clock)."""
        db = self.event.db
        info = self.event.info
        present = self.present_ids()
        members: dict[str, list[str]] = {}
        for volunteer_id, (structure_id, _pinned) in team_store.memberships(db).items():
            members.setdefault(structure_id, []).append(volunteer_id)
        structures = []
        for s in store.list_structures(db):
            ids = members.get(s.id, [])
            structures.append(
                {
                    "id": s.id,
                    "name": s.name,
                    "table": s.table_label,
                    "referent": s.referent_name,
                    "members": len(ids),
                    "present": sum(1 for i in ids if i in present),
                }
            )
        return {
            "event": {"name": info.name, "date": info.date, "venue": info.venue},
            "volunteers": store.count_volunteers(db),
            "present": len(present),
            "structures": structures,
            "schedule": self.event.schedule.status_block(at),
        }
