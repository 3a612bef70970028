"""Duplicate arrivals, as the desk shows them: the same person checked in at two doors while the stations were
apart. The change feed keeps the first check-in and sets the later one aside on every station
(``storage.sync_apply``); both doors must see it, on the amber card when the person is scanned again and as a line
when the other door's check-in lands while the desk is open."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from probono_desk.core.checkin import hour
from probono_desk.core.i18n import translate
from probono_desk.core.text import display_name
from probono_desk.storage import checkin as store
from probono_desk.storage.sync_arrivals import arrivals_set_aside

if TYPE_CHECKING:
    from probono_desk.services.event import Event


@dataclass(frozen=True)
class DoubleArrival:
    checkin_id: str  # the check-in set aside (the later one)
    volunteer_id: str
    name: str
    first_at: str
    first_station: str
    at: str
    station: str

    def text(self) -> str:
        return translate(
            "checkin",
            "Arrivée en double : {name} — déjà enregistré·e à {first} ({first_station}), "
            "scanné·e aussi à {at} ({station})",
        ).format(
            name=self.name,
            first=hour(self.first_at),
            first_station=self.first_station,
            at=hour(self.at),
            station=self.station,
        )


def double_arrivals(event: Event, volunteer_id: str | None = None) -> list[DoubleArrival]:
    """The duplicate arrivals whose first check-in still stands, oldest first."""
    found = []
    for dup in arrivals_set_aside(event.db, volunteer_id):
        if dup.first_at is None:
            continue
        seat = store.seat(event.db, dup.volunteer_id)
        name = display_name(seat.first_name, seat.last_name) if seat else ""
        found.append(
            DoubleArrival(
                dup.checkin_id, dup.volunteer_id, name, dup.first_at, dup.first_station or "", dup.at, dup.station
            )
        )
    return found
