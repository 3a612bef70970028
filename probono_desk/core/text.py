"""Text helpers: comparisons that ignore accents and case, and clean-ups of what people type in forms."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lowercase, no accents, single spaces: 'Élodie  LÉGER' -> 'elodie leger'. For search and matching."""
    if not text:
        return ""
    if text.isascii():
        return _SPACES.sub(" ", text.lower()).strip()
    return _fold_unicode(text)


@lru_cache(maxsize=65536)
def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss")
    return _SPACES.sub(" ", stripped.casefold()).strip()


def clean(text: str | None) -> str:
    """Trimmed text with inner runs of whitespace (including line breaks and NBSP) turned into one space."""
    if text is None:
        return ""
    return _SPACES.sub(" ", str(text).replace("\u00a0", " ")).strip()


def normalize_email(text: str | None) -> str:
    value = clean(text).strip("<>").lower()
    if value.startswith("mailto:"):
        value = value[len("mailto:") :]
    return value


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def normalize_phone(text: str | None) -> str:
    """French numbers as '06 12 34 56 78'; numbers that lost their leading zero in a spreadsheet get it back.

    Anything else (foreign numbers) is kept, trimmed.
    """
    raw = clean(text)
    if not raw:
        return ""
    if re.fullmatch(r"\d+(\.0+)?", raw):  # a spreadsheet number: 612345678 or 612345678.0
        raw = raw.split(".")[0]
    digits = re.sub(r"[^\d+]", "", raw)
    if digits.startswith("+33"):
        digits = "0" + digits[3:]
    elif digits.startswith("0033"):
        digits = "0" + digits[4:]
    if len(digits) == 9 and digits[0] in "123456789":
        digits = "0" + digits
    if len(digits) == 10 and digits.startswith("0") and digits.isdigit():
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    return raw


def split_list(text: str | None) -> list[str]:
    """'Rédaction, Graphisme ; Marketing' -> ['Rédaction', 'Graphisme', 'Marketing'] (order kept, no duplicates)."""
    if not text:
        return []
    parts = re.split(r"[,;\n|]+", str(text))
    seen: set[str] = set()
    out: list[str] = []
    for part in parts:
        item = clean(part)
        key = fold(item)
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def display_name(first: str, last: str) -> str:
    return clean(f"{first} {last}")
