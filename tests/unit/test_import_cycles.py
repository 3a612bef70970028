"""No import cycles at run time (imports under ``TYPE_CHECKING`` aside): a module can be read, tested and moved on
its own. The graph is grimp's (the engine of ``lint-imports``), built from the source, lazy imports included."""

from __future__ import annotations

from fnmatch import fnmatchcase

import grimp

# The imports that still close a cycle, each to break (issue 15); this list only shrinks (empty: keep it so). A
# pattern may stand for several modules.
KNOWN_CYCLE_EDGES: list[tuple[str, str]] = []
# Cycles in work being merged, listed so the merge stays green (empty: none is pending). (The change feed's cycles
# are gone: storage/db.py calls the feed's modules, which no longer import it; sync.feed opens their write. The
# schema steps import their registry from storage/steps.py; db.py and backup.py share storage/connection.py.)
LANDING_CYCLE_EDGES: list[tuple[str, str]] = []


def _known(importer: str, imported: str) -> bool:
    return any(
        fnmatchcase(importer, a) and fnmatchcase(imported, b) for a, b in [*KNOWN_CYCLE_EDGES, *LANDING_CYCLE_EDGES]
    )


def cycles(graph: grimp.ImportGraph, skip_known: bool = True) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    edges = {
        m: sorted(i for i in graph.find_modules_directly_imported_by(m) if not (skip_known and _known(m, i)))
        for m in sorted(graph.modules)
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in edges:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            if child < len(edges[node]):
                work.append((node, child + 1))
                nxt = edges[node][child]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


def _graph() -> grimp.ImportGraph:
    return grimp.build_graph("probono_desk", exclude_type_checking_imports=True, cache_dir=None)


def test_no_import_cycle_but_the_known_ones() -> None:
    assert cycles(_graph()) == []


def test_every_known_cycle_edge_still_closes_a_cycle() -> None:
    """A known edge whose cycle is gone comes off the list: the list only shrinks."""
    graph = _graph()
    in_cycles = {m for component in cycles(graph, skip_known=False) for m in component}
    stale = [
        (a, b)
        for a, b in KNOWN_CYCLE_EDGES
        if not any(
            fnmatchcase(m, a) and fnmatchcase(i, b) and m in in_cycles and i in in_cycles
            for m in graph.modules
            for i in graph.find_modules_directly_imported_by(m)
        )
    ]
    assert stale == []
