"""Check-in codes: what a badge carries, how it is minted, and how whatever a scanner typed is read back.

A code is 19 letters of ``ALPHABET``: a 3-letter event tag, 15 random letters (21**15 ≈ 2**65.9) and one check
letter. The alphabet holds only letters that sit on the same key in QWERTY and AZERTY (no a/q, z/w, m), so a USB
scanner set to the wrong layout still types them right. Everything else a mismatched scanner may produce instead of
separators or digits (``)`` for ``-``, ``6`` for ``-``, ``&é"'``…) is not in the alphabet and is simply ignored,
as are spaces, dashes and case (Caps Lock).

The check letter makes ``sum(w_i * v_i) ≡ 0 (mod 21)`` with weights alternating 1, 2. Both weights are invertible
modulo 21 and so is their difference, hence every single substitution and every swap of two adjacent different
letters changes the sum: such a mistyped code is reported as damaged, never taken for somebody else's.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from enum import Enum

ALPHABET = "bcdefghijklnoprstuvxy"
BASE = len(ALPHABET)  # 21
TAG_LEN = 3
BODY_LEN = 15  # 15 * log2(21) = 65.9 bits of randomness
CODE_LEN = TAG_LEN + BODY_LEN + 1
GROUPS = (3, 4, 4, 4, 4)  # how a code is printed: tag, then four groups of four
NEAR = 3  # a reading this many letters short or long of CODE_LEN is a damaged code rather than something else

_VALUE = {c: i for i, c in enumerate(ALPHABET)}

assert sum(GROUPS) == CODE_LEN


def _weight(position: int) -> int:
    return 1 if position % 2 == 0 else 2


def check_letter(payload: str) -> str:
    """The letter that completes ``payload`` (tag + body, CODE_LEN - 1 letters) into a valid code."""
    total = sum(_weight(i) * _VALUE[c] for i, c in enumerate(payload))
    weight = _weight(len(payload))
    inverse = pow(weight, -1, BASE)
    return ALPHABET[(-total * inverse) % BASE]


def has_valid_check(code: str) -> bool:
    return len(code) == CODE_LEN and sum(_weight(i) * _VALUE[c] for i, c in enumerate(code)) % BASE == 0


def event_tag(event_id: str) -> str:
    """Three letters derived from the event's id: the same for every badge of an event, stable across reprints."""
    number = int.from_bytes(hashlib.blake2b(event_id.encode("utf-8"), digest_size=8).digest(), "big")
    letters = []
    for _ in range(TAG_LEN):
        number, digit = divmod(number, BASE)
        letters.append(ALPHABET[digit])
    return "".join(letters)


def new_code(tag: str) -> str:
    """A fresh random code of the event whose tag is ``tag``."""
    if len(tag) != TAG_LEN or any(c not in _VALUE for c in tag):
        raise ValueError(f"bad event tag {tag!r}")
    number = secrets.randbelow(BASE**BODY_LEN)
    body = []
    for _ in range(BODY_LEN):
        number, digit = divmod(number, BASE)
        body.append(ALPHABET[digit])
    payload = tag + "".join(body)
    return payload + check_letter(payload)


def letters_of(text: str) -> str:
    """The alphabet's letters in ``text``, lowercase, in order; everything else (separators, digits, punctuation
    a mismatched keyboard layout produced, whitespace) is dropped."""
    return "".join(c for c in text.casefold() if c in _VALUE)


def format_code(code: str, sep: str = "-", upper: bool = True) -> str:
    """'bkt-fhjs-…' in the printed groups (uppercase by default: easier to read on paper)."""
    parts = []
    start = 0
    for size in GROUPS:
        parts.append(code[start : start + size])
        start += size
    text = sep.join(parts)
    return text.upper() if upper else text


def qr_payload(code: str) -> str:
    """What the QR code holds: uppercase letters only, so QR alphanumeric mode keeps the symbol small."""
    return code.upper()


class Problem(str, Enum):
    NOT_A_CODE = "not_a_code"  # nothing like a check-in code (an empty field, a product barcode, a URL…)
    DAMAGED = "damaged"  # a code with a letter missing, extra, wrong or swapped
    OTHER_EVENT = "other_event"  # a valid code, but minted for another event


@dataclass(frozen=True)
class Reading:
    """What a scanned or typed text says: a canonical code of this event, or the problem with it."""

    code: str = ""
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def read_code(text: str, tag: str) -> Reading:
    letters = letters_of(text)
    if len(letters) != CODE_LEN:
        # Letters no code holds (a, m, q, w, z) never come from a layout mismatch: more than a stray one means
        # this is some other text (a URL, a word), not a mistyped code.
        foreign = sum(1 for c in text.casefold() if "a" <= c <= "z" and c not in _VALUE)
        if letters and abs(len(letters) - CODE_LEN) <= NEAR and foreign <= 1:
            return Reading(letters, Problem.DAMAGED)
        return Reading(letters, Problem.NOT_A_CODE)
    if not has_valid_check(letters):
        return Reading(letters, Problem.DAMAGED)
    if letters[:TAG_LEN] != tag:
        return Reading(letters, Problem.OTHER_EVENT)
    return Reading(letters)
