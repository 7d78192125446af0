"""The import rules import-linter cannot express (its contracts are in ``pyproject.toml``).

1. No import cycle between modules of ``model``/``gui``, type-only imports included: a cycle
   between two modules of one layer passes the layer contracts. Every ``import`` anywhere in a
   module (top level, inside a function, under ``if TYPE_CHECKING:``) is an edge, counted as
   grimp counts it.
2. ``model`` uses Qt's non-widget modules only (``PySide6.QtCore``, ``PySide6.QtGui``): import-linter
   sees PySide6 as one package, so it cannot tell ``QtGui`` from ``QtWidgets``.
3. spaCy outside ``model.nlp`` and ``model.timex`` only under ``if TYPE_CHECKING:`` (to name the
   ``Doc``/``Language`` that flow through results and the session): the spaCy contract lists those
   lines in its ``ignore_imports``, and this makes sure they stay type-only.

    python tools/import_rules.py        # one line per broken rule and exit 1, or exit 0
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

# Edges left out of the check, each with the reason; keep this empty but for work in flight.
IGNORED: frozenset[tuple[str, str]] = frozenset()


def module_files(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Dotted module name -> file, for every .py file under the packages."""
    found: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _imported_modules(tree: ast.AST, module: str, is_package: bool, known: Mapping[str, Path]) -> Iterator[str]:
    """The known modules a module's import statements name, counted as grimp counts them."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = module.split(".")
                if not is_package:
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            # "from model.core import result" imports the module model.core.result;
            # "from model.core.result import ExtractionResult" imports model.core.result.
            for alias in node.names:
                name = f"{target}.{alias.name}"
                if name in known:
                    yield name
                elif target in known:
                    yield target


def import_graph(
    root: Path, packages: Iterable[str], ignored: frozenset[tuple[str, str]] = frozenset()
) -> dict[str, set[str]]:
    """Module -> the modules of ours it imports (less the ``ignored`` importer/imported pairs)."""
    files = module_files(root, packages)
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        imported = set(_imported_modules(tree, module, path.name == "__init__.py", files)) - {module}
        graph[module] = {target for target in imported if (module, target) not in ignored}
    return graph


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """One cycle (as a closed path) for every strongly connected group of two or more modules."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:  # iterative Tarjan: deep graphs must not hit the recursion limit
        nonlocal counter
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_one_cycle(graph, set(group)) for group in sorted(groups)]


def _one_cycle(graph: Mapping[str, set[str]], group: set[str]) -> list[str]:
    """A shortest closed path through the group's first module (breadth-first inside the group)."""
    start = min(group)
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for child in sorted(graph.get(node, set()) & group):
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return [*reversed(path), start]
                if child not in previous:
                    previous[child] = node
                    following.append(child)
        frontier = following
    return [start, start]  # unreachable for a real group


QT_IN_MODEL = ("PySide6.QtCore", "PySide6.QtGui")
SPACY_AT_RUN_TIME = ("model.nlp", "model.timex")


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def absolute_imports(tree: ast.AST) -> Iterator[tuple[str, int, bool]]:
    """(module named, line, type-only) for every absolute import statement of a module."""

    def walk(node: ast.AST, type_only: bool) -> Iterator[tuple[str, int, bool]]:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno, type_only
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            yield node.module, node.lineno, type_only
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            for statement in node.body:
                yield from walk(statement, True)
            for statement in node.orelse:
                yield from walk(statement, type_only)
            return
        for child in ast.iter_child_nodes(node):
            yield from walk(child, type_only)

    yield from walk(tree, False)


def _within(module: str, packages: Iterable[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def third_party_problems(root: Path, packages: Iterable[str]) -> list[str]:
    """Rules 2 and 3, one line each: ``path:line: message``."""
    problems: list[str] = []
    for module, path in module_files(root, packages).items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        where = path.relative_to(root)
        for name, line, type_only in absolute_imports(tree):
            if _within(module, ["model"]) and _within(name, ["PySide6"]) and not _within(name, QT_IN_MODEL):
                problems.append(f"{where}:{line}: {name} in model (only {', '.join(QT_IN_MODEL)}; widgets go in gui)")
            if _within(name, ["spacy"]) and not type_only and not _within(module, SPACY_AT_RUN_TIME):
                problems.append(f"{where}:{line}: spaCy imported at run time outside "
                                f"{' and '.join(SPACY_AT_RUN_TIME)} (import it under TYPE_CHECKING)")
    return problems


def main(argv: list[str]) -> int:
    packages = argv or ["model", "gui"]
    root = Path(__file__).resolve().parent.parent
    problems = [f"import cycle: {' -> '.join(c)}" for c in cycles(import_graph(root, packages, IGNORED))]
    problems += third_party_problems(root, packages)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"import rules kept in {', '.join(packages)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
