"""The English file is complete: every text the code translates is collected in resources/i18n/probono_desk_en.ts
(lupdate misses a string hidden in an f-string or behind a one-argument helper), every message has its English,
and each English keeps the placeholders, HTML tags, line breaks and & accelerators of its French."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from probono_desk.core.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("i18n", "probono_desk_en.ts")


def _messages() -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message of the .ts."""
    found = []
    for ctx in ET.parse(TS).getroot().iter("context"):
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            assert translation is not None
            found.append(
                (
                    ctx.findtext("name") or "",
                    msg.findtext("source") or "",
                    translation.text or "",
                    translation.get("type"),
                )
            )
    return found


def _is_translate(func: ast.expr) -> bool:
    return (isinstance(func, ast.Name) and func.id == "translate") or (
        isinstance(func, ast.Attribute) and func.attr == "translate"
    )


def _wrappers(tree: ast.Module) -> tuple[dict[str, str], set[str]]:
    """Helpers that end in ``return translate("ctx", text)`` (one argument) or ``translate(context, text)``."""
    one: dict[str, str] = {}
    two: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.body:
            ret = node.body[-1]
            if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call) and _is_translate(ret.value.func):
                args = ret.value.args
                params = [a.arg for a in node.args.args]
                if len(args) >= 2 and isinstance(args[0], ast.Constant) and isinstance(args[1], ast.Name):
                    one[node.name] = str(args[0].value)
                elif len(args) >= 2 and isinstance(args[0], ast.Name) and args[0].id in params:
                    two.add(node.name)
    return one, two


def _translated_literals(path: Path) -> list[tuple[int, str, str]]:
    """(line, context, text) of every literal the module passes to a translation call."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    one, two = _wrappers(tree)
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)
        if not isinstance(node, ast.Call):
            return
        f, args = node.func, node.args
        consts = [a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        name = f.id if isinstance(f, ast.Name) else None
        if name in one and args and len(consts) >= 1 and isinstance(args[0], ast.Constant):
            found.append((node.lineno, one[name], consts[0]))
        elif (name in two or _is_translate(f) or name == "QT_TRANSLATE_NOOP") and len(args) >= 2:
            if all(isinstance(a, ast.Constant) for a in args[:2]) and len(consts) >= 2:
                found.append((node.lineno, consts[0], consts[1]))
        elif isinstance(f, ast.Attribute) and f.attr == "tr" and cls and args and isinstance(args[0], ast.Constant):
            if isinstance(f.value, ast.Name) and f.value.id == "self" and consts:
                found.append((node.lineno, cls, consts[0]))

    visit(tree, "")
    return found


def test_every_translated_literal_is_in_the_ts_file() -> None:
    collected = {(c, s) for c, s, _t, _type in _messages()}
    missing = []
    for path in sorted((ROOT / "probono_desk").rglob("*.py")):
        for line, context, text in _translated_literals(path):
            if (context, text) not in collected:
                missing.append(f"{path.relative_to(ROOT)}:{line} [{context}] {text!r}")
    assert missing == []


def test_the_scan_sees_what_lupdate_would_miss(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "def _(text):\n    return translate('teams', text)\n\n"
        "class Board:\n    def f(self):\n        return f\"{self.tr('Équipe')}\" + _('Taille')\n",
        encoding="utf-8",
    )
    assert sorted(_translated_literals(module)) == [(6, "Board", "Équipe"), (6, "teams", "Taille")]


def test_every_message_has_its_english() -> None:
    messages = _messages()
    assert len(messages) > 850
    unfinished = [f"[{c}] {s}" for c, s, t, kind in messages if kind is not None or not t.strip()]
    assert unfinished == []


def _shape(text: str) -> tuple[object, ...]:
    return (
        sorted(re.findall(r"\{[^}]*\}|%\d+|%n", text)),
        sorted(re.findall(r"</?\w+[^>]*>", text)),
        text.count("\n"),
        text.count("&") - text.count("&nbsp;"),
        text[:1] == " ",
        text[-1:] == " ",
    )


def test_english_keeps_placeholders_tags_line_breaks_and_accelerators() -> None:
    broken = [f"[{c}] {s!r} -> {t!r}" for c, s, t, _kind in _messages() if _shape(s) != _shape(t)]
    assert broken == []


def test_accelerators_of_a_menu_do_not_clash() -> None:
    english = {s: t for c, s, t, _kind in _messages() if c == "MainWindow"}
    file_menu = [
        english[s]
        for s in (
            "&Nouvel événement…",
            "&Ouvrir…",
            "&Importer…",
            "&Sauvegarder une copie…",
            "&Restaurer une sauvegarde…",
            "&Anonymiser après l'événement…",
            "&Fermer",
        )
    ]
    keys = [t[t.index("&") + 1].lower() for t in file_menu]
    assert len(set(keys)) == len(keys), file_menu
