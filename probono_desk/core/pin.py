"""The organiser's PIN: kept only as a salted scrypt hash (memory-hard, about 250 ms a guess on a 2-core laptop),
compared in constant time. The salt and the cost travel with the hash, so a hash made at another cost (an older
version's PBKDF2, a lighter test cost) still verifies, and is replaced when the PIN is next typed (``needs_rehash``).

Measured on the 2-core build machine: scrypt n=2^16, r=10, p=1 (84 MB) takes 0.23–0.27 s; n=2^16, r=8 took 0.19 s,
n=2^17, r=8 0.38 s. A 6-character PIN of digits alone is then a million guesses, about 70 hours on one core.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP

PIN_MIN, PIN_MAX = 6, 64
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 16, 10, 1
# Tests only: a lighter cost for the hashes they make (log2 of n), so a suite that types PINs does not spend a
# quarter of a second on each. Hashes keep their own cost, so verifying never depends on it.
TEST_COST_ENV = "PROBONO_PIN_TEST_COST"
# Never accept a stored cost above this (a tampered file could otherwise ask for gigabytes).
MAX_LOG2_N, MAX_R, MAX_P = 20, 32, 4
ITERATIONS = 200_000  # the PBKDF2 of earlier versions, still verified


def check_pin_format(pin: str) -> str:
    pin = pin.strip()
    if not (PIN_MIN <= len(pin) <= PIN_MAX) or any(c.isspace() for c in pin):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Le code PIN doit compter de {low} à {high} caractères (chiffres ou lettres, sans espace)."
            ),
            low=PIN_MIN,
            high=PIN_MAX,
        )
    return pin


def _cost() -> tuple[int, int, int]:
    lighter = os.environ.get(TEST_COST_ENV, "")
    if lighter.isdigit() and 1 <= int(lighter) < SCRYPT_LOG2_N:
        return int(lighter), 1, 1
    return SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P


def _scrypt(pin: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    n = 1 << log2_n
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=129 * n * r * p + (1 << 20), dklen=32)


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """'scrypt$LOG2N$R$P$SALT$HASH' (hex); a fresh random salt each time. Refuses a PIN too short."""
    return hash_checked(check_pin_format(pin), salt=salt)


def hash_checked(pin: str, *, salt: bytes | None = None) -> str:
    """The hash of a PIN already accepted (an old, shorter PIN being rehashed keeps working until it is changed)."""
    salt = salt if salt is not None else os.urandom(16)
    log2_n, r, p = _cost()
    digest = _scrypt(pin.strip(), salt, log2_n, r, p)
    return f"scrypt${log2_n}${r}${p}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, *fields = stored.split("$")
        if scheme == "scrypt":
            log2_n, r, p, salt_hex, digest_hex = fields
            cost = int(log2_n), int(r), int(p)
            if not (1 <= cost[0] <= MAX_LOG2_N and 1 <= cost[1] <= MAX_R and 1 <= cost[2] <= MAX_P):
                return False
            digest = _scrypt(pin.strip(), bytes.fromhex(salt_hex), *cost)
        elif scheme == "pbkdf2_sha256":
            iterations, salt_hex, digest_hex = fields
            digest = hashlib.pbkdf2_hmac("sha256", pin.strip().encode(), bytes.fromhex(salt_hex), int(iterations))
        else:
            return False
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)


def needs_rehash(stored: str) -> bool:
    """True for a hash of an older scheme or another cost than today's: rehash it once the PIN is typed right."""
    log2_n, r, p = _cost()
    return not stored.startswith(f"scrypt${log2_n}${r}${p}$")


def too_short(pin: str) -> bool:
    """An old PIN (4 digits were allowed) that still works but should be changed."""
    return len(pin.strip()) < PIN_MIN
