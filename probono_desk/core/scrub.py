"""Finding what is known of anonymised people inside free text (team notes, deliverables and their versions,
evaluation comments, the journal) and replacing it: their full names by their new anonymous name, their e-mail
addresses and phone numbers by a placeholder.

- A full name in either order (« Hélène Dupont », « DUPONT Hélène », « Dupont, Hélène »), ignoring case and accents
  (« helene dupont » finds Hélène Dupont), whatever the spaces, hyphens or apostrophes between its words.
- A last name alone when written as a name — as registered or in capitals, as whole words: « Dupont a fini » loses
  it, « un petit problème » keeps « petit » even when someone is called Petit. First names alone are kept: too
  common to tell apart from words.
- An e-mail address ignoring case; a phone number whatever its separators or prefix (06 12 34 56 78, 0612345678,
  +33 6 12 34 56 78, 0033 6…): its last nine digits.

Words are looked up in a table (not one pattern per person), so thousands of people cost no more than a few.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

EMAIL_GONE = "[e-mail effacé]"
PHONE_GONE = "[téléphone effacé]"

_WORD = re.compile(r"\w+")
_GAP = re.compile(r"[\s,'’\-.]{1,4}")  # what may stand between the words of one name
_EMAIL = re.compile(r"[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_DIGITS_RUN = re.compile(r"\+?\d[\d\s.\-()/]*\d")
PHONE_KEY = 9  # the digits after the trunk prefix in France (and most of Europe)


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


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return _unaccent(word).casefold()


def _words(text: str) -> tuple[str, ...]:
    return tuple(_key(w) for w in _WORD.findall(text))


def _spellings(name: str) -> set[str]:
    """A last name as it may be written as a name: as registered or in capitals, with or without its accents."""
    plain = " ".join(name.split())
    return {plain, plain.upper(), _unaccent(plain), _unaccent(plain).upper()}


def _phone_key(phone: str) -> str | None:
    digits = re.sub(r"\D", "", phone)
    if len(digits) >= PHONE_KEY:
        return digits[-PHONE_KEY:]
    return digits if len(digits) >= 6 else None


@dataclass(frozen=True)
class _Name:
    words: tuple[str, ...]  # folded words
    new: str
    forms: frozenset[str] | None  # for a last name alone: the spellings that count (as registered, in capitals)


class _Scrubber:
    def __init__(self, people: Iterable[Known]) -> None:
        self.emails: dict[str, str] = {}
        self.phones: dict[str, str] = {}
        self.names: dict[tuple[str, ...], list[_Name]] = {}  # by their first one or two words
        for p in people:
            if p.email.strip():
                self.emails[p.email.strip().casefold()] = EMAIL_GONE
            phone = _phone_key(p.phone)
            if phone:
                self.phones[phone] = PHONE_GONE
            first, last = _words(p.first_name), _words(p.last_name)
            if first and last:
                for words in (first + last, last + first):
                    self._add(_Name(words, p.new_name, None))
            if last and len("".join(last)) >= 3:
                plain = " ".join(p.last_name.split())
                self._add(_Name(last, p.new_name, frozenset(_spellings(plain))))
        for found in self.names.values():
            found.sort(key=lambda n: (-len(n.words), n.forms is not None))  # full names before a last name alone
        self.lengths = sorted({len(k) for k in self.phones}, reverse=True)

    def _add(self, name: _Name) -> None:
        self.names.setdefault(name.words[:2], []).append(name)

    def __call__(self, text: str) -> str:
        if not text:
            return text
        if self.emails and "@" in text:
            text = _EMAIL.sub(lambda m: self.emails.get(m.group().casefold(), m.group()), text)
        if self.phones:
            text = _DIGITS_RUN.sub(self._phones_in, text)
        if self.names:
            text = self._names_in(text)
        return text

    def _phones_in(self, match: re.Match[str]) -> str:
        run = match.group()
        places = [i for i, c in enumerate(run) if c.isdigit()]
        digits = "".join(run[i] for i in places)
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(digits):
            hit = next((n for n in self.lengths if digits[i : i + n] in self.phones), 0)
            if not hit:
                i += 1
                continue
            start = i
            if start >= 1 and digits[start - 1] == "0":  # the trunk 0 …
                start -= 1
            elif start >= 2 and digits[start - 2 : start] == "33":  # … or the country code, with 00 or + before
                start -= 2
                if start >= 2 and digits[start - 2 : start] == "00":
                    start -= 2
            begin = places[start]
            if begin > 0 and run[begin - 1] == "+":
                begin -= 1
            spans.append((begin, places[i + hit - 1] + 1))
            i += hit
        for begin, end in reversed(spans):
            run = run[:begin] + PHONE_GONE + run[end:]
        return run

    def _names_in(self, text: str) -> str:
        words = list(_WORD.finditer(text))
        keys = [_key(w.group()) for w in words]
        pieces: list[str] = []
        done = 0
        i = 0
        while i < len(words):
            length, new = self._name_at(text, words, keys, i)
            if not length:
                i += 1
                continue
            pieces += [text[done : words[i].start()], new]
            done = words[i + length - 1].end()
            i += length
        return "".join(pieces) + text[done:] if pieces else text

    def _name_at(self, text: str, words: list[re.Match[str]], keys: list[str], i: int) -> tuple[int, str]:
        candidates = [*self.names.get(tuple(keys[i : i + 2]), ()), *self.names.get((keys[i],), ())]
        for name in candidates:
            n = len(name.words)
            if tuple(keys[i : i + n]) != name.words:
                continue
            if any(not _GAP.fullmatch(text[words[j].end() : words[j + 1].start()]) for j in range(i, i + n - 1)):
                continue
            start = words[i].start()
            if name.forms is not None:
                end = words[i + n - 1].end()
                if (start > 0 and text[start - 1] == "-") or text[end : end + 1] == "-":
                    continue  # part of a hyphenated name (« Saint-Martin », « Martin-Lebrun » are no « Martin »)
                if " ".join(text[start:end].split()) not in name.forms:
                    continue
            return n, name.new
        return 0, ""


def scrubber(people: Iterable[Known]) -> Callable[[str], str]:
    """A function that rewrites a text without what is known of ``people`` (the same text when none of it)."""
    return _Scrubber(people)
