"""The join code: what a station types (or its webcam reads) to join the event a hub serves.

A code is 16 letters of the badges' layout-proof alphabet (``core.codes.ALPHABET``), printed ``BKTF-HJSD-LNOP-RSTU``:
the event's 3-letter tag (the same as its badges'), 12 random letters (21**12 ≈ 2**52.7) and a check letter computed
like a badge's, so a mistyped code is caught before anything goes on the network.

Everything else a station needs is derived from the code by a slow key derivation (scrypt), never sent:
- the NATS credential (user and password) that opens the event's account on the hub, and nothing else;
- the seed of the hub's TLS key. The certificate is built deterministically from it (``sync.tls``), so the joiner
  knows the exact certificate — hence its fingerprint — before connecting and trusts that one alone. Any station
  that holds the code can become the hub with the same certificate: after a takeover the code stays the same.

The address is typed beside the code (``--hub HOST:PORT``), found by mDNS, or read from the QR code, which carries
the full ticket ``PROBONO-HUB/HOST:PORT/CODE`` (QR alphanumeric characters only, so the symbol stays small).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from probono_desk.core.codes import ALPHABET, event_tag, letters_of

BASE = len(ALPHABET)
TAG_LEN = 3
SECRET_LEN = 12
CODE_LEN = TAG_LEN + SECRET_LEN + 1
GROUPS = (4, 4, 4, 4)
TICKET_PREFIX = "PROBONO-HUB"
SALT = b"probono-desk/join/1"
STATION_USER = "poste"

_VALUE = {c: i for i, c in enumerate(ALPHABET)}

assert sum(GROUPS) == CODE_LEN


def _weight(position: int) -> int:
    return 1 if position % 2 == 0 else 2


def _check_letter(payload: str) -> str:
    total = sum(_weight(i) * _VALUE[c] for i, c in enumerate(payload))
    inverse = pow(_weight(len(payload)), -1, BASE)
    return ALPHABET[(-total * inverse) % BASE]


def _valid(code: str) -> bool:
    return len(code) == CODE_LEN and sum(_weight(i) * _VALUE[c] for i, c in enumerate(code)) % BASE == 0


def new_join_code(event_id: str) -> str:
    """A fresh code for the event ``event_id`` (lowercase letters, no separators)."""
    number = secrets.randbelow(BASE**SECRET_LEN)
    body = []
    for _ in range(SECRET_LEN):
        number, digit = divmod(number, BASE)
        body.append(ALPHABET[digit])
    payload = event_tag(event_id) + "".join(body)
    return payload + _check_letter(payload)


def format_join_code(code: str) -> str:
    """``BKTF-HJSD-LNOP-RSTU``: four groups of four, uppercase, as the hub shows it."""
    parts, start = [], 0
    for size in GROUPS:
        parts.append(code[start : start + size])
        start += size
    return "-".join(parts).upper()


class JoinCodeError(ValueError):
    """A typed code that cannot be a join code (wrong length, or a letter mistyped)."""


def read_join_code(text: str) -> str:
    """The canonical code in whatever was typed (case, spaces, dashes ignored), or ``JoinCodeError``."""
    letters = letters_of(text)
    if len(letters) != CODE_LEN or not _valid(letters):
        raise JoinCodeError(text)
    return letters


def code_tag(code: str) -> str:
    return code[:TAG_LEN]


def belongs_to(code: str, event_id: str) -> bool:
    """Whether ``code`` was made for the event ``event_id`` (its tag); a check before anything is written."""
    return code_tag(code) == event_tag(event_id)


@dataclass(frozen=True)
class JoinSecrets:
    """What the code opens: a NATS user and password, and the seed of the hub's TLS key."""

    user: str
    password: str
    tls_seed: bytes


def derive_secrets(code: str) -> JoinSecrets:
    """Slow on purpose (scrypt, ~50 ms): a code seen nowhere in clear cannot be found by trying codes offline."""
    material = hashlib.scrypt(code.encode("ascii"), salt=SALT, n=2**14, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=64)
    return JoinSecrets(user=STATION_USER, password=material[:24].hex(), tls_seed=material[32:64])


@dataclass(frozen=True)
class HubAddress:
    host: str
    port: int

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


def parse_address(text: str) -> HubAddress:
    """``HOST:PORT`` (``[v6]:PORT`` for an IPv6 address); ``ValueError`` when it is not one."""
    text = text.strip()
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        if not sep or not rest.startswith(":"):
            raise ValueError(text)
        port_text = rest[1:]
    else:
        host, sep, port_text = text.rpartition(":")
        if not sep:
            raise ValueError(text)
    if not host or any(c.isspace() or c in "/@" for c in host) or not port_text.isdigit():
        raise ValueError(text)
    port = int(port_text)
    if not 0 < port < 65536:
        raise ValueError(text)
    return HubAddress(host, port)


@dataclass(frozen=True)
class Ticket:
    """The full form a QR code carries: the hub's address and the code."""

    address: HubAddress
    code: str

    def text(self) -> str:
        return f"{TICKET_PREFIX}/{str(self.address).upper()}/{self.code.upper()}"


def read_ticket(text: str) -> Ticket:
    """A ticket read from a QR code (or pasted); ``ValueError``/``JoinCodeError`` when it is not a valid one."""
    parts = text.strip().split("/")
    if len(parts) != 3 or parts[0].upper() != TICKET_PREFIX:
        raise ValueError(text)
    address = parse_address(parts[1])
    return Ticket(HubAddress(address.host.lower(), address.port), read_join_code(parts[2]))
