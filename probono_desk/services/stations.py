"""Several stations on one event: hosting the hub, joining it, and what the window and ``status`` show of it.

The same use cases serve the window (« Héberger », « Rejoindre », the status bar) and the command line (``hub``,
``sync``, ``status --json``). Everything that talks to the network runs in the sync client's own thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from probono_desk.core.codes import event_tag
from probono_desk.core.errors import InvalidInput, ProbonoError
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.joincode import (
    HubAddress,
    JoinCodeError,
    Ticket,
    belongs_to,
    format_join_code,
    new_join_code,
    parse_address,
    read_join_code,
)
from probono_desk.sync import local
from probono_desk.sync.state import SyncState

if TYPE_CHECKING:  # the network (asyncio, TLS, the hub: ≈100 ms to load) waits for the first hub or link
    from probono_desk.services.event import Event
    from probono_desk.sync.client import SyncClient
    from probono_desk.sync.discovery import Advertiser
    from probono_desk.sync.hub import HubServer

StateListener = Callable[[SyncState], None]

PRACTICE_NEVER_LINKS = QT_TRANSLATE_NOOP(
    "errors",
    "Une copie d'exercice ne se relie jamais aux autres postes : ses essais arriveraient dans l'événement réel.",
)


class HubFailed(ProbonoError):
    template = QT_TRANSLATE_NOOP("errors", "Impossible d'héberger l'événement : {detail}")


def read_code(text: str) -> str:
    """The canonical join code in what was typed; a clear refusal when a letter is wrong or missing."""
    try:
        return read_join_code(text)
    except JoinCodeError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Code de connexion « {value} » mal tapé : 16 lettres, par exemple BKTF-HJSD-LNOP-RSTU."
            ),
            value=text.strip(),
        ) from exc


def read_address(text: str) -> HubAddress:
    try:
        return parse_address(text)
    except ValueError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Adresse « {value} » invalide : attendu HÔTE:PORT, par exemple 192.168.1.12:4222."
            ),
            value=text.strip(),
        ) from exc


@dataclass
class HostedHub:
    """A running hub: the server, this station's own link to it, and what to show to the others."""

    server: HubServer
    client: SyncClient
    address: HubAddress
    code: str
    advertiser: Advertiser | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def display_code(self) -> str:
        return format_join_code(self.code)

    def ticket(self) -> str:
        """What the QR code carries: the address and the code (``PROBONO-HUB/HOST:PORT/CODE``)."""
        return Ticket(self.address, self.code).text()

    def first_line(self) -> str:
        """``HOST:PORT JOINCODE``: the command line's first line of output."""
        return f"{self.address} {self.display_code}"

    def stop(self) -> None:
        if self.advertiser is not None:
            try:
                self.advertiser.close()
            except Exception:  # noqa: BLE001 - the network may be gone already
                pass
            self.advertiser = None
        self.client.stop()
        self.server.stop()


class StationsService:
    def __init__(self, event: Event) -> None:
        self.event = event

    # --- the join code -------------------------------------------------------------------------------------------

    def join_code(self) -> str:
        """The event's join code: the one this station already hosted or joined with, else a new one (kept in this
        laptop's settings, so a hub restarted or taken over by this station keeps the code the others hold)."""
        event_id = self.event.info.id
        known = local.get(self.event.db, local.CODE)
        if known and belongs_to(known, event_id):
            return known
        code = new_join_code(event_id)
        local.put(self.event.db, local.CODE, code)  # this laptop's setting, never in the event file (it travels)
        return code

    # --- hosting ---------------------------------------------------------------------------------------------------

    def host(
        self,
        *,
        port: int = 0,
        listen: str = "0.0.0.0",
        on_state: StateListener | None = None,
        store: Path | None = None,
    ) -> HostedHub:
        """Start the hub for this event on ``listen:port`` (0: a free port) and connect this station to it."""
        if self.event.path is None:
            raise HubFailed(detail="événement en mémoire")
        self._refuse_practice()
        info = self.event.info
        return start_hub(
            path=self.event.path,
            event_id=info.id,
            event_name=info.name,
            station=self.event.station,
            code=self.join_code(),
            port=port,
            listen=listen,
            on_state=on_state,
            store=store,
        )

    # --- joining ---------------------------------------------------------------------------------------------------

    def join(self, address: HubAddress, code: str, on_state: StateListener | None = None) -> SyncClient:
        """Link this station to the hub at ``address``; the client runs until ``stop()``."""
        client = self.prepare(address, code, on_state)
        client.start()
        return client

    def prepare(self, address: HubAddress, code: str, on_state: StateListener | None = None) -> SyncClient:
        """The client for ``join`` (not started), the code checked against this event. The code is kept in the file
        once the hub has accepted it (so this station can take over with it)."""
        self._refuse_practice()
        info = self.event.info
        if not belongs_to(code, info.id):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Ce code de connexion est celui d'un autre événement."))
        if self.event.path is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Un événement en mémoire ne se synchronise pas."))
        from probono_desk.sync.client import SyncClient

        client = SyncClient(
            path=self.event.path,
            address=address,
            code=code,
            station_name=self.event.station,
            on_state=on_state,
            event_id=info.id,
        )
        return client

    def _refuse_practice(self) -> None:
        """A practice copy keeps the real event's id: linked to the day's hub, its trainees and simulated arrivals
        would land in every real station's file. It never hosts nor joins."""
        from probono_desk.services.practice_marks import is_practice

        if is_practice(self.event):
            raise InvalidInput(PRACTICE_NEVER_LINKS)

    def resume_plan(self) -> tuple[str, HubAddress, str] | None:
        """What this file was doing when it was last open: ("hub", its address, code) or ("station", the hub's
        address, code); None when it never linked or left."""
        db = self.event.db
        role, hub, code = local.get(db, local.ROLE), local.get(db, local.HUB), local.get(db, local.CODE)
        if role not in ("hub", "station") or not hub or not code:
            return None
        try:
            return role, parse_address(hub), code
        except ValueError:
            return None

    def leave(self) -> None:
        """This station stops linking (« Se déconnecter »): it will not resume at the next opening."""
        local.put(self.event.db, local.ROLE, "")

    # --- what is shown -----------------------------------------------------------------------------------------------

    def notice_count(self) -> int:
        """How many notices the merge left (``services.stations_notices`` words them)."""
        from probono_desk.sync import feed

        return len(feed.notices(self.event.db))

    def summary(self) -> dict[str, Any]:
        """``{"pending": N, "last": ISO|None, "hub": "HOST:PORT"|None, "duplicates": N}`` for ``status --json`` and
        the status bar; ``duplicates``: people checked in at two doors while apart (the later arrival set aside)."""
        from probono_desk.sync import feed

        db = self.event.db
        return {
            "pending": feed.pending_count(db),
            "last": feed.last_sync(db) or None,
            "hub": local.get(db, local.HUB) or None,
            "duplicates": len(feed.duplicate_arrivals(db)),
        }


def join_new(
    path: Path, address: HubAddress, code: str, station: str, on_state: StateListener | None = None
) -> SyncClient:
    """A client for a station with no file yet: the hub's snapshot becomes ``path`` (not started)."""
    from probono_desk.sync.client import SyncClient

    return SyncClient(path=path, address=address, code=code, station_name=station, on_state=on_state)


def start_hub(
    *,
    path: Path,
    event_id: str,
    event_name: str,
    station: str,
    code: str,
    port: int = 0,
    listen: str = "0.0.0.0",
    on_state: StateListener | None = None,
    store: Path | None = None,
) -> HostedHub:
    """The hub and this station's link to it; from any thread (the window runs it on a worker)."""
    from probono_desk.sync.client import SyncClient
    from probono_desk.sync.discovery import Advertiser, lan_addresses, mdns_allowed
    from probono_desk.sync.hub import HubError, HubServer, bootstrap

    server = HubServer(event_id, code, host=listen, port=port, folder=store)
    try:
        bound = server.start()
        metadata = bootstrap(server, event_id, event_name)
    except (HubError, OSError) as exc:
        server.stop()
        raise HubFailed(detail=str(exc)) from exc
    except Exception as exc:
        server.stop()
        raise HubFailed(detail=type(exc).__name__) from exc
    everywhere = listen in ("0.0.0.0", "", "::")
    advertised, advertiser = listen, None
    if everywhere:
        addresses = lan_addresses()
        advertised = addresses[0] if addresses else "127.0.0.1"
        if addresses and mdns_allowed():
            try:
                advertiser = Advertiser(
                    event_id=event_id,
                    tag=event_tag(event_id),
                    event_name=event_name,
                    station=station,
                    addresses=addresses,
                    port=bound,
                )
            except Exception:  # noqa: BLE001 - no multicast here: the address is typed instead
                advertiser = None
    client = SyncClient(
        path=path,
        address=HubAddress("127.0.0.1" if everywhere else listen, bound),
        code=code,
        station_name=station,
        on_state=on_state,
        serve_snapshots=True,
        event_id=event_id,
    )
    client.start()
    return HostedHub(server, client, HubAddress(advertised, bound), code, advertiser, metadata)
