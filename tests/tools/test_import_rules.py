"""tools/import_rules.py: the import rules import-linter cannot express, on small made-up trees."""

from __future__ import annotations

from pathlib import Path

from tools.import_rules import IGNORED, cycles, import_graph, third_party_problems

ROOT = Path(__file__).resolve().parents[2]


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_a_cycle_through_a_type_only_import_is_found(tmp_path: Path) -> None:
    root = _tree(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/a.py": "from pkg.b import thing\n",
        "pkg/b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.a import other\n",
        "pkg/c.py": "import pkg.a\n",
    })
    assert cycles(import_graph(root, ["pkg"])) == [["pkg.a", "pkg.b", "pkg.a"]]


def test_a_cycle_through_an_import_inside_a_function_and_a_relative_import_is_found(tmp_path: Path) -> None:
    root = _tree(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/sub/__init__.py": "",
        "pkg/sub/a.py": "from . import b\n",
        "pkg/sub/b.py": "def f():\n    from pkg.sub.c import g\n",
        "pkg/sub/c.py": "from ..sub.a import h\n",
    })
    assert cycles(import_graph(root, ["pkg"])) == [["pkg.sub.a", "pkg.sub.b", "pkg.sub.c", "pkg.sub.a"]]


def test_importing_a_submodule_from_its_package_is_not_a_cycle_with_the_package(tmp_path: Path) -> None:
    # As grimp counts it: "from pkg import schema" imports pkg.schema, not pkg/__init__.
    root = _tree(tmp_path, {
        "pkg/__init__.py": "from pkg.store import save\n",
        "pkg/store.py": "from pkg import schema\n",
        "pkg/schema.py": "",
    })
    assert cycles(import_graph(root, ["pkg"])) == []


def test_an_ignored_edge_breaks_the_cycle(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"pkg/__init__.py": "", "pkg/a.py": "import pkg.b\n", "pkg/b.py": "import pkg.a\n"})
    assert cycles(import_graph(root, ["pkg"], frozenset({("pkg.b", "pkg.a")}))) == []


def test_widgets_in_model_and_spacy_at_run_time_outside_nlp_are_reported(tmp_path: Path) -> None:
    root = _tree(tmp_path, {
        "model/__init__.py": "",
        "model/render/__init__.py": "",
        "model/render/ok.py": "from PySide6.QtGui import QPainter\nfrom PySide6.QtCore import Qt\n",
        "model/render/bad.py": "from PySide6.QtWidgets import QWidget\n",
        "model/state/__init__.py": "",
        "model/state/typed.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from spacy.tokens import Doc\n",
        "model/state/run.py": "def f():\n    import spacy\n",
        "model/nlp/__init__.py": "",
        "model/nlp/stage.py": "from spacy.tokens import Doc\n",
    })
    problems = third_party_problems(root, ["model"])
    assert len(problems) == 2
    assert problems[0].startswith(str(Path("model/render/bad.py")) + ":1: PySide6.QtWidgets in model")
    assert problems[1].startswith(str(Path("model/state/run.py")) + ":2: spaCy imported at run time")


def test_the_repository_keeps_the_rules() -> None:
    assert cycles(import_graph(ROOT, ["model", "gui"], IGNORED)) == []
    assert third_party_problems(ROOT, ["model", "gui"]) == []
