"""The command line's English: read from resources/i18n/probono_desk_en.ts, the one file of the English."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from probono_desk.core import i18n
from probono_desk.core.i18n import translate

ROOT = Path(__file__).resolve().parents[2]
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context><name>cli</name>
{messages}
</context>
</TS>
"""


def _ts(folder: Path, name: str, pairs: dict[str, str]) -> None:
    messages = "".join(
        f"<message><source>{s}</source><translation>{t}</translation></message>" for s, t in pairs.items()
    )
    (folder / name).write_text(TS.format(messages=messages), encoding="utf-8")


def test_translate_reads_the_one_en_ts_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _ts(tmp_path, "probono_desk_en.ts", {"bonjour": "hello", "erreur": ""})  # lupdate leaves new ones empty
    _ts(tmp_path, "cli_en.ts", {"bonjour": "hi", "erreur": "error", "lieu": "venue"})  # no longer read
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert translate("cli", "bonjour", "en") == "hello"
    assert translate("cli", "erreur", "en") == "erreur"  # not translated yet: the French, never an empty line
    assert translate("cli", "lieu", "en") == "lieu"
    assert translate("cli", "bonjour", "fr") == "bonjour"


def _marked(path: Path, contexts: set[str]) -> set[tuple[str, str]]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
            context, text = (arg.value for arg in node.args if isinstance(arg, ast.Constant))
            if context in contexts:
                found.add((context, text))
    return found


@pytest.mark.parametrize(
    "module",
    [
        "core/registrations.py",
        "core/import_headers.py",
        "services/registrations.py",
        "core/errors.py",
        "services/event.py",
    ],
)
def test_import_messages_have_english(module: str) -> None:
    missing = [
        text
        for context, text in _marked(ROOT / "probono_desk" / module, {"errors", "import", "fields"})
        if translate(context, text, "en") == text and context != "fields"
    ]
    assert missing == []
