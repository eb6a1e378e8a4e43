"""The package's shape, counted: few modules at the top, no import cycle anywhere.

import-linter's layers keep packages in order, but a cycle inside one package (or through an
import inside a function) passes it; grimp, the graph import-linter is built on, sees every
import statement wherever it is.
"""

from __future__ import annotations

from pathlib import Path

import grimp

import calmcli


def test_no_import_cycle_between_modules() -> None:
    graph = grimp.build_graph("calmcli", cache_dir=None)
    on_a_cycle = sorted(
        (importer, imported)
        for importer in graph.modules
        for imported in graph.find_modules_directly_imported_by(importer)
        if graph.find_shortest_chain(importer=imported, imported=importer)
    )
    assert on_a_cycle == []


def test_at_most_six_modules_at_the_top() -> None:
    top = sorted(p.name for p in Path(calmcli.__file__).parent.glob("*.py"))
    assert len(top) <= 6, top
