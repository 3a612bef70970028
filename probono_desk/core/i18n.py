"""Translation of messages outside Qt (command line, core errors).

French is the source language. Marked strings use ``QT_TRANSLATE_NOOP(context, text)`` (or a literal
``translate(context, text)``) so that ``pyside6-lupdate`` collects them into ``resources/i18n/probono_desk_en.ts``,
the one file that holds the English of the whole app: the command line reads it (plain XML), the window loads
the compiled ``.qm`` through ``QTranslator``.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


_chosen: str | None = None


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


def translate(context: str, text: str, language: str | None = None) -> str:
    lang = language or _chosen or ui_language()
    if lang == "fr":
        return text
    return _catalog(str(translations_dir() / f"probono_desk_{lang}.ts")).get((context, text), text)
