"""Small modules, short functions (STYLE.md, issue 15): no file of probono_desk/ over 450 lines, no function over
60. Both allow-lists are empty and stay so (an entry may only shrink, and one back under the limit must leave its
list). Read from the syntax tree, so nested functions and methods are named in full."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "probono_desk"
MAX_FILE_LINES = 450
MAX_FUNCTION_LINES = 60

# file (relative to probono_desk/) -> its length today; split it, then remove it from here (empty: keep it so).
LONG_FILES: dict[str, int] = {}
# "file::Class.function" -> its length (decorators aside, first line to last); empty: keep it so.
LONG_FUNCTIONS: dict[str, int] = {}


def _sources() -> dict[str, str]:
    return {path.relative_to(PACKAGE).as_posix(): path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py")}


def _functions(tree: ast.AST, prefix: str = "") -> list[tuple[str, int]]:
    """Every function with its qualified name and its length in lines."""
    found: list[tuple[str, int]] = []
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            name = prefix + node.name
            found.append((name, (node.end_lineno or node.lineno) - node.lineno + 1))
            found += _functions(node, name + ".")
        elif isinstance(node, ast.ClassDef):
            found += _functions(node, f"{prefix}{node.name}.")
        else:
            found += _functions(node, prefix)
    return found


def _check(sizes: dict[str, int], known: dict[str, int], limit: int) -> list[str]:
    problems = []
    for name, size in sorted(sizes.items()):
        if size > limit and size > known.get(name, limit):
            was = f"listed at {known[name]}" if name in known else "new"
            problems.append(f"{name}: {size} lines (limit {limit}, {was}): split it")
    for name in sorted(known):
        if sizes.get(name, 0) <= limit:
            problems.append(f"{name}: {sizes.get(name, 0)} lines now, within {limit}: remove it from the list")
    return problems


def test_no_file_grows_over_450_lines() -> None:
    sizes = {name: len(text.splitlines()) for name, text in _sources().items()}
    assert _check(sizes, LONG_FILES, MAX_FILE_LINES) == []


def test_no_function_grows_over_60_lines() -> None:
    sizes: dict[str, int] = {}
    for name, text in _sources().items():
        for function, length in _functions(ast.parse(text)):
            key = f"{name}::{function}"
            sizes[key] = max(sizes.get(key, 0), length)
    assert _check(sizes, LONG_FUNCTIONS, MAX_FUNCTION_LINES) == []


def test_the_check_catches_growth_and_stale_entries() -> None:
    assert _check({"a.py": 451}, {}, 450) == ["a.py: 451 lines (limit 450, new): split it"]
    assert _check({"a.py": 500}, {"a.py": 490}, 450) == ["a.py: 500 lines (limit 450, listed at 490): split it"]
    assert _check({"a.py": 480}, {"a.py": 490}, 450) == []  # shrinking is fine
    assert _check({"a.py": 300}, {"a.py": 490}, 450) == ["a.py: 300 lines now, within 450: remove it from the list"]
    tree = ast.parse("class A:\n    def f(self):\n        def g():\n            pass\n        return g\n")
    assert _functions(tree) == [("A.f", 4), ("A.f.g", 2)]
