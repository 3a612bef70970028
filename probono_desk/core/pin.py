"""The organiser's PIN that unlocks the kiosk: kept only as a salted PBKDF2 hash, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import os

from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP

ITERATIONS = 200_000
PIN_MIN, PIN_MAX = 4, 12


def check_pin_format(pin: str) -> str:
    pin = pin.strip()
    if not (pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Le code PIN doit compter de {low} à {high} chiffres."),
            low=PIN_MIN,
            high=PIN_MAX,
        )
    return pin


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """'pbkdf2_sha256$ITER$SALT$HASH' (hex); a fresh random salt each time."""
    pin = check_pin_format(pin)
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt_hex, digest_hex = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        digest = hashlib.pbkdf2_hmac("sha256", pin.strip().encode(), bytes.fromhex(salt_hex), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)
