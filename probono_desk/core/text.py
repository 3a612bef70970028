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


_SCIENTIFIC = re.compile(r"^(\d+)(?:[.,](\d+))?[eE]\+?(\d{1,2})$")


def _spreadsheet_number(raw: str) -> str:
    """'612345678.0' -> '612345678'; '6.12345678E8' / '6,12345678E+08' (Excel) -> '612345678'."""
    if re.fullmatch(r"\d+([.,]0+)?", raw):
        return re.split(r"[.,]", raw)[0]
    match = _SCIENTIFIC.match(raw)
    if match:
        whole, fraction, exponent = match.group(1), match.group(2) or "", int(match.group(3))
        if len(fraction) <= exponent:
            return whole + fraction + "0" * (exponent - len(fraction))
    return raw


def normalize_phone(text: str | None) -> str:
    """French numbers as '06 12 34 56 78'; numbers that lost their leading zero in a spreadsheet get it back.

    Handles 612345678, 6.12345678E8 (Excel), +33 6…, +33 (0)6…, 0033…, 33 6…. Anything else (foreign numbers)
    is kept, trimmed.
    """
    raw = clean(text)
    if not raw:
        return ""
    raw = _spreadsheet_number(raw)
    digits = re.sub(r"[^\d+]", "", raw.replace("(0)", ""))
    if digits.startswith("+33"):
        digits = "0" + digits[3:]
    elif digits.startswith("0033"):
        digits = "0" + digits[4:]
    elif digits.startswith("33") and len(digits) == 11:
        digits = "0" + digits[2:]
    if len(digits) == 9 and digits[0] in "123456789":
        digits = "0" + digits
    if len(digits) == 10 and digits.startswith("0") and digits.isdigit() and digits[1] != "0":
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    return raw


_LIST_SEPARATORS = re.compile(r"[,;\n\r|\u2022]+|\s+-\s+")
_BULLET = re.compile(r"^[\s\-*\u2022\u2013\u2014>·]+")


def _split_slashes(item: str, known: set[str]) -> list[str]:
    """'Rédaction/Graphisme' -> two items; 'Finance / comptabilité' stays whole.

    A slash separates items when what follows starts with a capital (form options are capitalised) and the
    whole is not a known item; a lowercase continuation ('… / tableaux de bord') belongs to the same item.
    """
    if "/" not in item or fold(item) in known:
        return [item]
    pieces = [p.strip() for p in item.split("/")]
    out: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if out and (not piece[:1].isupper() or fold(f"{out[-1]} / {piece}") in known):
            out[-1] = f"{out[-1]} / {piece}"
        else:
            out.append(piece)
    return out


def split_list(text: str | None, known: tuple[str, ...] | list[str] | set[str] = ()) -> list[str]:
    """'Rédaction, Graphisme ; Marketing' -> ['Rédaction', 'Graphisme', 'Marketing'] (order kept, no duplicates).

    Splits on , ; | newlines and bullets; on / only between items (see ``_split_slashes``), so
    'Finance / comptabilité' and 'Data / tableaux de bord' stay whole. ``known`` lists items that must never
    be split (the skills the event already knows).
    """
    if not text:
        return []
    known_keys = {fold(k) for k in known} | KNOWN_SLASHED
    seen: set[str] = set()
    out: list[str] = []
    for part in _LIST_SEPARATORS.split(str(text)):
        for piece in _split_slashes(clean(_BULLET.sub("", part)), known_keys):
            item = clean(piece).strip(" .")
            key = fold(item)
            if item and key not in seen:
                seen.add(key)
                out.append(item)
    return out


# Skills of the usual forms whose name holds a slash.
KNOWN_SLASHED = {
    "finance / comptabilite",
    "data / tableaux de bord",
    "numerique / outils",
    "juridique / droit",
    "rh / recrutement",
    "ux / ui",
}


def display_name(first: str, last: str) -> str:
    return clean(f"{first} {last}")
