"""No import cycles in `policies` or `gateway`, and every module imports on its own.

A cycle works only as long as the modules happen to be imported in one order (or an
import is tucked inside a function): importing the other one first fails, or sees a
half-initialised module. Two checks:

- each module is imported alone, in a fresh interpreter;
- the import graph, read from the sources with `ast` (module-level and function-level
  imports of the package's own modules; imports under `if TYPE_CHECKING:` never run and
  are left out), has no cycle. A cycle is named in the failure, e.g.
  `gateway.cli -> gateway.commands -> gateway.cli`.
"""

from __future__ import annotations

import ast
import graphlib
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("policies", "gateway")


def modules(package: str) -> dict[str, Path]:
    """Every module of `package` (packages by their __init__), by dotted name."""
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


ALL = {name: path for package in PACKAGES for name, path in modules(package).items()}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement that can run, at any depth (functions, classes, try)."""
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def imported_by(name: str, path: Path) -> set[str]:
    """The package-own modules that importing `name` imports directly."""
    is_package = path.name == "__init__.py"
    targets: set[str] = set()
    for node in _imports(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                parts = name.split(".") if is_package else name.split(".")[:-1]
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*parts, *([base] if base else [])])
            # `from pkg import mod` imports the module pkg.mod; `from mod import name`, mod.
            candidates = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in ALL else base
                for alias in node.names
            ]
        for candidate in candidates:
            # `import a.b.c` runs a.b.c (its packages' __init__ too, but those are not
            # what this module depends on): keep the longest package-own name.
            while candidate and candidate not in ALL:
                candidate = candidate.rpartition(".")[0]
            if candidate and candidate != name:
                targets.add(candidate)
    return targets


GRAPH = {name: imported_by(name, path) for name, path in ALL.items()}


def cycles(package: str) -> list[str]:
    """Import cycles among the modules of `package`, each as 'a -> b -> a'."""
    graph = {
        name: {t for t in targets if t.split(".")[0] == package}
        for name, targets in GRAPH.items()
        if name.split(".")[0] == package
    }
    found = []
    while True:
        try:
            graphlib.TopologicalSorter(graph).prepare()
        except graphlib.CycleError as err:
            # Each node of err.args[1] is imported by the next one: reversed, each
            # imports the next.
            cycle = list(reversed(err.args[1]))
            found.append(" -> ".join(cycle))
            graph[cycle[0]].discard(cycle[1])  # report it once, then look for others
            continue
        return found


def test_the_graph_sees_imports_of_every_kind() -> None:
    assert "policies" in GRAPH["gateway.app"]  # from policies import Policy
    assert "gateway.pipeline" in GRAPH["gateway.handler"]  # from gateway.pipeline import ...
    assert "gateway.config" in GRAPH["gateway.exits"]  # inside a function
    assert "gateway.commands" in GRAPH["gateway.cli"]  # from gateway import commands


def test_no_import_cycles_in_gateway() -> None:
    assert cycles("gateway") == []


def test_no_import_cycles_in_policies() -> None:
    assert cycles("policies") == []


def test_the_engine_never_imports_the_gateway() -> None:
    assert {
        name: sorted(t for t in targets if t.startswith("gateway"))
        for name, targets in GRAPH.items()
        if name.startswith("policies") and any(t.startswith("gateway") for t in targets)
    } == {}


def _import_alone(name: str) -> str | None:
    run = subprocess.run(
        [sys.executable, "-c", f"import {name}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if run.returncode == 0:
        return None
    last = run.stderr.strip().splitlines()[-1:] or [f"exit {run.returncode}"]
    return f"{name}: {last[0]}"


def test_every_module_imports_alone() -> None:
    # Two at a time: each interpreter mostly waits for the disk and the imports.
    with ThreadPoolExecutor(2) as pool:
        failures = [f for f in pool.map(_import_alone, sorted(ALL)) if f]
    assert failures == []
