"""File names made from what people typed (a name, a structure, an attachment): accepted by every system.

Most file systems take at most 255 bytes per name, and an emoji is 4 bytes in UTF-8: a 240-letter last name once
made ``codes`` fail for everyone ("File name too long"). Names are cut by bytes, keep their extension, and a list
of them is made unique.
"""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_NAME_BYTES = 150  # well under 255, so a suffix " (12)" or ".part" still fits


def cut_bytes(text: str, max_bytes: int) -> str:
    """The longest start of ``text`` whose UTF-8 encoding is at most ``max_bytes`` (never half a character)."""
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes].decode("utf-8", errors="ignore")


def safe_filename(name: str, max_bytes: int = MAX_NAME_BYTES, default: str = "fichier") -> str:
    """A name every system accepts (Windows included): no reserved characters, no trailing dots or spaces, at most
    ``max_bytes`` bytes in UTF-8, the extension (up to 10 characters) kept when the stem is cut."""
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip().rstrip(". ")
    stem, dot, ext = cleaned.rpartition(".")
    if not dot or not stem or len(ext) > 10 or " " in ext:
        stem, ext = cleaned, ""
    suffix = f".{ext}" if ext else ""
    room = max(1, max_bytes - len(suffix.encode("utf-8")))
    stem = cut_bytes(stem, room).strip().rstrip(". ")
    return f"{stem}{suffix}" if stem else (f"{default}{suffix}" if suffix else default)


def unique_names(names: list[str]) -> list[str]:
    """'photo.jpg', 'photo.jpg' -> 'photo.jpg', 'photo (2).jpg' (compared ignoring case, as on Windows and macOS)."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        candidate, n = name, 2
        stem, dot, ext = name.rpartition(".")
        while candidate.lower() in seen:
            candidate = f"{stem} ({n}).{ext}" if dot and stem else f"{name} ({n})"
            n += 1
        seen.add(candidate.lower())
        out.append(candidate)
    return out
