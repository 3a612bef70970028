"""Finding what is known of anonymised people inside free text (team notes, deliverables and their versions,
evaluation comments, the journal) and replacing it: their full names by their new anonymous name, their e-mail
addresses and phone numbers by a placeholder.

Matched ignoring case and accents' absence (« helene dupont » finds Hélène Dupont), and a phone number whatever its
separators or prefix (06 12 34 56 78, 0612345678, +33 6 12 34 56 78). A last name alone is replaced when written
as a name (capitalised or in capitals, as a whole word): « Dupont a fini » loses it, « un petit problème » keeps
« petit » even when someone is called Petit. First names alone are kept: too common to tell apart from words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

EMAIL_GONE = "[e-mail effacé]"
PHONE_GONE = "[téléphone effacé]"


@dataclass(frozen=True)
class Known:
    """What was known of one anonymised person, and the name that replaces theirs."""

    first_name: str
    last_name: str
    email: str
    phone: str
    new_name: str


def _unaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _words(text: str) -> str:
    r"""A literal that tolerates any run of spaces between its words."""
    return r"\s+".join(re.escape(w) for w in text.split())


def _name_patterns(first: str, last: str) -> list[str]:
    found: list[str] = []
    for f, lname in {(first, last), (_unaccent(first), _unaccent(last))}:
        if f.strip() and lname.strip():
            found += [_words(f"{f} {lname}"), _words(f"{lname} {f}"), _words(f"{lname}, {f}")]
    return found


def _phone_pattern(phone: str) -> str | None:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 6:
        return None
    if phone.strip().startswith("+") or digits.startswith("00"):
        return None if len(digits) < 8 else r"[\s.\-]*".join(digits[-9:])
    if digits.startswith("0") and len(digits) == 10:  # a French number: 0, +33 or 0033 before the nine digits
        return r"(?:\+\s*33\s*(?:\(0\)\s*)?|0033\s*|0)" + r"[\s.\-]*" + r"[\s.\-]*".join(digits[1:])
    return r"[\s.\-]*".join(digits)


def scrubber(people: Iterable[Known]) -> Callable[[str], str]:
    """A function that rewrites a text without what is known of ``people`` (unchanged text when none of it)."""
    replace_by: dict[str, str] = {}  # group name → replacement
    patterns: list[tuple[str, str]] = []  # (regex, replacement)
    last_names: list[tuple[str, str]] = []
    for p in people:
        for pat in _name_patterns(p.first_name, p.last_name):
            patterns.append((pat, p.new_name))
        if p.email.strip():
            patterns.append((re.escape(p.email.strip()), EMAIL_GONE))
        phone = _phone_pattern(p.phone)
        if phone:
            patterns.append((phone, PHONE_GONE))
        last = p.last_name.strip()
        if len(last) >= 3:
            for form in {last, last.upper(), _unaccent(last), _unaccent(last).upper()}:
                last_names.append((re.escape(form), p.new_name))
    if not patterns and not last_names:
        return lambda text: text
    patterns.sort(key=lambda item: -len(item[0]))  # longest first: « Jean Dupont » before « Dupont »
    groups: list[str] = []
    for index, (pat, new) in enumerate(patterns):
        replace_by[f"g{index}"] = new
        groups.append(f"(?P<g{index}>{pat})")
    loose = re.compile("|".join(groups), re.IGNORECASE) if groups else None
    strict_groups: list[str] = []
    for index, (pat, new) in enumerate(sorted(last_names, key=lambda item: -len(item[0]))):
        replace_by[f"l{index}"] = new
        strict_groups.append(f"(?P<l{index}>{pat})")
    strict = re.compile(r"(?<!\w)(?:" + "|".join(strict_groups) + r")(?!\w)") if strict_groups else None

    def swap(match: re.Match[str]) -> str:
        return replace_by[match.lastgroup or ""]

    def scrub(text: str) -> str:
        if not text:
            return text
        if loose is not None:
            text = loose.sub(swap, text)
        if strict is not None:
            text = strict.sub(swap, text)
        return text

    return scrub
