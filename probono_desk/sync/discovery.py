"""Finding the hub on the venue network: mDNS (zeroconf) ``_probono._tcp`` with the event's id and tag.

The advertisement carries no secret: the event's id, its badge tag (so a joiner can tell which hub matches the code
it typed), the event's name and the hub station's name. The join code is still needed to connect.

Multicast goes out only when the hub listens on the LAN; a hub bound to loopback (the tests) advertises nothing.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from probono_desk.sync import protocol

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FoundHub:
    """A hub heard on the network."""

    instance: str
    event_id: str
    tag: str
    event_name: str
    station: str
    host: str
    port: int

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


def service_properties(event_id: str, tag: str, event_name: str, station: str) -> dict[str, str]:
    return {"event": event_id, "tag": tag, "name": event_name[:100], "station": station[:60], "v": "1"}


def instance_name(event_name: str, station: str) -> str:
    """An mDNS instance label (≤ 63 bytes, no dots)."""
    label = f"{event_name} — {station}".replace(".", " ").strip()
    while len(label.encode("utf-8")) > 60:
        label = label[:-1]
    return f"{label or 'probono'}.{protocol.SERVICE_TYPE}"


def parse_service(instance: str, properties: dict[Any, Any], addresses: list[str], port: int) -> FoundHub | None:
    """What a heard advertisement says, or None when it is not a probono-desk hub we can use."""

    def text(key: str) -> str:
        value = properties.get(key.encode()) if key.encode() in properties else properties.get(key)
        if isinstance(value, bytes):
            return value.decode("utf-8", "replace")
        return str(value) if value is not None else ""

    event_id = text("event")
    usable = [a for a in addresses if _usable(a)]
    if not event_id or not usable or not 0 < port < 65536:
        return None
    usable.sort(key=lambda a: (ipaddress.ip_address(a).version, a))  # IPv4 first: easier to type and to read
    return FoundHub(instance, event_id, text("tag"), text("name"), text("station"), usable[0], port)


def _usable(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return not (ip.is_unspecified or ip.is_multicast or ip.is_link_local and ip.version == 6)


def lan_addresses() -> list[str]:
    """This laptop's IPv4 addresses on its networks (no loopback), private ranges first. No traffic is sent."""
    import ifaddr

    found = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str):
                try:
                    address = ipaddress.ip_address(ip.ip)
                except ValueError:
                    continue
                if not address.is_loopback and not address.is_link_local:
                    found.append(address)
    found.sort(key=lambda a: (not a.is_private, str(a)))
    return [str(a) for a in found]


def mdns_allowed() -> bool:
    """False when ``PROBONO_NO_MDNS`` is set (tests, or a network where multicast is unwelcome)."""
    import os

    return not os.environ.get("PROBONO_NO_MDNS")


def default_listen() -> str:
    """Where a hub listens unless told: the whole LAN, or ``PROBONO_HUB_LISTEN`` (the tests: 127.0.0.1)."""
    import os

    return os.environ.get("PROBONO_HUB_LISTEN") or "0.0.0.0"


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class Advertiser:
    """Announce a hub on the LAN until ``close()``."""

    def __init__(self, *, event_id: str, tag: str, event_name: str, station: str, addresses: list[str], port: int):
        from zeroconf import ServiceInfo, Zeroconf

        self.zeroconf = Zeroconf(interfaces=addresses)
        self.info = ServiceInfo(
            protocol.SERVICE_TYPE,
            instance_name(event_name, station),
            port=port,
            properties=service_properties(event_id, tag, event_name, station),
            parsed_addresses=addresses,
        )
        self.zeroconf.register_service(self.info, allow_name_change=True)

    def close(self) -> None:
        try:
            self.zeroconf.unregister_service(self.info)
        finally:
            self.zeroconf.close()


class Browser:
    """Listen for hubs on the LAN; ``on_change`` gets the current list (from zeroconf's thread)."""

    def __init__(self, on_change: Callable[[list[FoundHub]], None] | None = None) -> None:
        from zeroconf import ServiceBrowser, Zeroconf

        self.on_change = on_change
        self.found: dict[str, FoundHub] = {}
        self.lock = threading.Lock()
        addresses = lan_addresses() if mdns_allowed() else []
        self.zeroconf = Zeroconf(interfaces=addresses) if addresses else None
        self.browser = (
            ServiceBrowser(self.zeroconf, protocol.SERVICE_TYPE, handlers=[self._on_service]) if self.zeroconf else None
        )

    def _on_service(self, zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
        from zeroconf import ServiceStateChange

        if state_change is ServiceStateChange.Removed:
            with self.lock:
                self.found.pop(name, None)
        else:
            info = zeroconf.get_service_info(service_type, name, timeout=1500)
            hub = parse_service(name, info.properties, info.parsed_addresses(), info.port or 0) if info else None
            with self.lock:
                if hub is None:
                    self.found.pop(name, None)
                else:
                    self.found[name] = hub
        if self.on_change is not None:
            self.on_change(self.hubs())

    def hubs(self) -> list[FoundHub]:
        with self.lock:
            return sorted(self.found.values(), key=lambda h: (h.event_name, h.station))

    def close(self) -> None:
        if self.browser is not None:
            self.browser.cancel()
        if self.zeroconf is not None:
            self.zeroconf.close()


def hubs_for(hubs: list[FoundHub], *, event_id: str | None = None, tag: str | None = None) -> list[FoundHub]:
    """The heard hubs of one event (by id when the station has the file, by the code's tag when it has not)."""
    return [h for h in hubs if (event_id is None or h.event_id == event_id) and (tag is None or h.tag == tag)]
