"""What a station's link reports (``SyncState``) and how it ends when refused: shared by the client
(``sync.client``, the thread) and the session it runs (``sync.session``, the asyncio side)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

CONNECTING, CONNECTED, ALONE, REFUSED, STOPPED = "connecting", "connected", "alone", "refused", "stopped"


@dataclass(frozen=True)
class SyncState:
    """What a station shows: its link, who else is there, the last exchange, what waits to be sent."""

    status: str = CONNECTING
    hub: str | None = None
    stations: tuple[str, ...] = ()
    pending: int = 0
    last_sync: str | None = None
    reason: str = ""  # why refused or alone, for the log and the banner's tooltip
    caught_up: bool = False


class Refused(Exception):
    """The hub refused this station: wrong code (certificate or credential), or another event."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(kind, detail)
        self.kind = kind  # "code" | "event"
        self.detail = detail


def now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")
