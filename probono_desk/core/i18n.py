"""Translation of messages outside Qt (command line, core errors).

French is the source language. Marked strings use ``QT_TRANSLATE_NOOP(context, text)`` (or a literal
``translate(context, text)``) so that ``pyside6-lupdate`` collects them into ``resources/i18n/probono_desk_en.ts``,
the one file that holds the English of the whole app: the command line reads it (plain XML), the window loads
the compiled ``.qm`` through ``QTranslator``.

Two languages are in play. The *interface* language (Paramètres, ``PROBONO_LANG``, the locale) is the one of the
window and of the command line's messages. An *event* has its own language, chosen at creation: every document and
export of the event speaks it, whatever the interface. ``speaking(lang)`` sets that language for the code run inside
it (this thread only: a worker that prints a PDF does not switch the window's messages); ``translate`` without an
explicit language follows it, so the labels deep in ``core`` (kinds, situations, states) follow the document too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("fr", "en")
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


_chosen: str | None = None
_speaking: ContextVar[str | None] = ContextVar("probono_desk_document_language", default=None)


def set_language(language: str | None) -> None:
    """The window's language (chosen in Paramètres), so core texts follow it rather than the locale."""
    global _chosen
    _chosen = language


def ui_language(environ: dict[str, str] | None = None) -> str:
    """'fr' or 'en' from the usual locale variables: French unless the locale says otherwise."""
    env = os.environ if environ is None else environ
    for var in ("PROBONO_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(var, "")
        if value:
            if var == "LANGUAGE":
                value = value.split(":")[0]
            return "fr" if value.lower().startswith("fr") else "en"
    return "fr"


@lru_cache(maxsize=4)
def _catalog(path: str) -> dict[tuple[str, str], str]:
    """(context, French source) -> translation, read from one ``.ts`` file (as lrelease does, an unfinished
    message with a text counts; an empty one falls back to the French)."""
    import xml.etree.ElementTree as ET  # read for a language other than French only: not at every start

    catalog: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return catalog
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            translation = msg.find("translation")
            if (
                source
                and translation is not None
                and translation.text
                and translation.get("type") not in ("obsolete", "vanished")
            ):
                catalog[(name, source)] = translation.text
    return catalog


@lru_cache(maxsize=1)
def translations_dir() -> Path:
    from probono_desk.core.resources import resource_path

    return resource_path("i18n")


def interface_language() -> str:
    """The language of the window and the command line's messages: Paramètres, else the environment."""
    return _chosen or ui_language()


def normalise_language(value: str | None, default: str = "fr") -> str:
    """'en', 'EN', 'en_GB.UTF-8', 'English' -> 'en'; anything else that is not English -> 'fr' (the default)."""
    text = (value or "").strip().lower()
    if not text:
        return default
    return "en" if text.startswith("en") else "fr"


def current_language() -> str:
    """The language texts are being written in now: the document's (inside ``speaking``), else the interface's."""
    return _speaking.get() or interface_language()


@contextmanager
def speaking(language: str | None) -> Iterator[str]:
    """Everything translated inside speaks ``language`` (an event's documents and exports); ``None`` changes
    nothing. Nested uses restore the outer language on exit."""
    if language is None:
        yield current_language()
        return
    token = _speaking.set(normalise_language(language))
    try:
        yield normalise_language(language)
    finally:
        _speaking.reset(token)


def translate_to(language: str, context: str, text: str) -> str:
    """``text`` in ``language``, whatever the interface's language."""
    return translate(context, text, normalise_language(language))


def translate(context: str, text: str, language: str | None = None) -> str:
    lang = language or current_language()
    if lang == "fr":
        return text
    return _catalog(str(translations_dir() / f"probono_desk_{lang}.ts")).get((context, text), text)
