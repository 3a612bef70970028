"""What the import contracts (``lint-imports``, pyproject.toml) cannot say: no query is run outside storage/, the
connection stays there, and the faces never hold the database handle. Read from the syntax tree, so a comment or a
string never counts."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "probono_desk"
QUERY_CALLS = {"execute", "executemany", "executescript", "query", "table_names", "rows_where"}
# Queries run outside storage/ (issue 15: each belongs in a storage/ function named for what it answers). Empty, and
# it stays so: a new query goes to storage/.
KNOWN_QUERIES: dict[str, int] = {}
# The connection itself (``.conn``) outside storage/ and sync/. Empty, and it stays so: ask storage/db.py instead.
KNOWN_CONNECTIONS: dict[str, int] = {}


def _modules(*parts: str) -> list[Path]:
    found: list[Path] = []
    for part in parts:
        target = PACKAGE / part
        found += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    return found


def _queries(path: Path) -> int:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sum(
        1
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in QUERY_CALLS
    )


def test_queries_are_run_in_storage_only() -> None:
    outside = [p for p in _modules(".") if "storage" not in p.relative_to(PACKAGE).parts]
    found = {str(p.relative_to(PACKAGE)): n for p in outside if (n := _queries(p))}
    assert {name: n for name, n in found.items() if n > KNOWN_QUERIES.get(name, 0)} == {}


def test_the_connection_is_held_by_storage_only() -> None:
    """The SQLite connection under sqlite-utils (``.conn``) is for storage/ (and sync/, which copies and closes the
    file it receives); the event facade closes its own."""
    found: dict[str, int] = {}
    for path in _modules("."):
        relative = path.relative_to(PACKAGE)
        if {"storage", "sync"} & set(relative.parts):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if n := sum(1 for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr == "conn"):
            found[str(relative)] = n
    assert {name: n for name, n in found.items() if n > KNOWN_CONNECTIONS.get(name, 0)} == {}


def test_the_faces_never_hold_the_database_handle() -> None:
    """No ``ev.db``, no ``.conn`` in ui/, app.py or the command line: a screen or a command asks a service."""
    offenders = []
    for path in _modules("ui", "app.py", *(p.name for p in PACKAGE.glob("cli*.py"))):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in {"db", "conn"}:
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
