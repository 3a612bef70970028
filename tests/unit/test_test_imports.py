"""The tests stand on their own: no test module imports another test module (``test_*.py``, a ``conftest.py``) or a
benchmark. What they share lives in ``tests/helpers.py`` (Qt-free; ``tests/ui/helpers.py`` for the window's),
fixtures in the ``conftest.py`` files. Read from the syntax tree of every ``tests/**/*.py``, imports inside functions
included."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
# Modules edited on other branches while this rule landed, still reaching into a test module for what now lives in
# tests/helpers.py and tests/ui/conftest.py; this list only shrinks.
PENDING: dict[str, set[str]] = {
    "e2e/test_the_day.py": {"tests.unit.test_checkin_codes"},
    "ui/test_desk.py": {"tests.unit.test_checkin_codes", "tests.unit.test_checkin_service"},
    "ui/test_desk_doubles.py": {"tests.ui.test_desk"},
    "ui/test_desk_scanner.py": {"tests.unit.test_checkin_service"},
    "unit/test_anonymise_leftovers.py": {"tests.unit.test_privacy"},
}


def _imported(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            # ``from tests.unit import test_x`` imports a module too
            found |= {f"{node.module}.{a.name}" for a in node.names if a.name.startswith("test_") or a.name == "conftest"}
    return found


def _forbidden(module: str) -> bool:
    parts = module.split(".")
    if parts[0] == "benchmarks":
        return True
    return parts[0] == "tests" and any(part.startswith("test_") or part == "conftest" for part in parts[1:])


def test_no_test_module_imports_another_or_a_benchmark() -> None:
    offending = {}
    for path in sorted(TESTS.rglob("*.py")):
        name = path.relative_to(TESTS).as_posix()
        bad = {module for module in _imported(path) if _forbidden(module)} - PENDING.get(name, set())
        if bad:
            offending[name] = sorted(bad)
    assert offending == {}


def test_the_rule_sees_a_test_module_a_conftest_and_a_benchmark() -> None:
    assert _forbidden("tests.unit.test_privacy")
    assert _forbidden("tests.conftest")
    assert _forbidden("benchmarks.bench_teams")
    assert not _forbidden("tests.helpers")
    assert not _forbidden("tests.unit.exports")


def test_every_pending_import_is_still_there() -> None:
    """An entry comes off ``PENDING`` once its module stops importing the test module."""
    stale = {name: modules - _imported(TESTS / name) for name, modules in PENDING.items()}
    assert {name: modules for name, modules in stale.items() if modules} == {}
