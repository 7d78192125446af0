from __future__ import annotations

import inspect
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

# Qt must never need a screen in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from gui.qt_workarounds import pin_none  # noqa: E402

# The tests make Qt objects by the hundred thousand, as a long session does (gui/qt_workarounds.py).
pin_none()

SAMPLES = ROOT / "resources" / "samples"
GUI_TESTS = ROOT / "tests" / "gui"

# Source text of a test, or of a fixture or helper it uses, that loads the model: main.py with a
# command that loads it, in a subprocess; a load in-process; Dask workers.
_LOADS_MODEL = re.compile(
    r"""["'](?:tag|extract|export)["']\s*,"""  # an argument list: ("extract", path) or [..., "tag", f]
    r"|start_model_load|load_pipeline\("
    r"|extract_to_parquet"
)
# A test (or its module's helper) that starts main.py itself: the app loads the model in the
# background. Not looked for in fixtures: tests/cli's `chronicle` runs any command, the test says which.
_STARTS_APP = re.compile(r"main\.py")


def _source(function: object) -> str:
    try:
        return inspect.getsource(function)  # type: ignore[arg-type]
    except (OSError, TypeError):
        return ""


def _runs_model(item: pytest.Function) -> bool:
    """True when the test or a fixture it uses loads the model: through the nlp fixture (directly or
    through fixtures built on it, e.g. sample_result), or by a command or call that loads it."""
    if "nlp" in item.fixturenames:
        return True
    functions: list[object] = [item.function]
    # The module's own helpers the test calls (`_run("extract", …)`, `run_app(…)`), one level deep.
    module = sys.modules.get(item.function.__module__)
    for name in item.function.__code__.co_names:
        helper = getattr(module, name, None)
        if inspect.isfunction(helper) and helper.__module__ == item.function.__module__:
            functions.append(helper)
    if any(_LOADS_MODEL.search(s) or _STARTS_APP.search(s) for s in map(_source, functions)):
        return True
    fixtures = [
        fixturedef.func
        for name in item.fixturenames
        for fixturedef in item._fixtureinfo.name2fixturedefs.get(name, ())
        if not fixturedef.func.__module__.startswith(("_pytest", "pytestqt"))
    ]
    return any(_LOADS_MODEL.search(_source(f)) for f in fixtures)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Markers set here, from what a test uses, so that `pytest -m "not needs_model"` is the fast half
    and `-m "not gui"` runs without widgets. Nobody marks a test by hand."""
    for item in items:
        if not isinstance(item, pytest.Function):
            continue
        if item.path.is_relative_to(GUI_TESTS) or "qtbot" in item.fixturenames:
            item.add_marker(pytest.mark.gui)
        if _runs_model(item):
            item.add_marker(pytest.mark.needs_model)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline, loaded once per test session (it takes about a second)."""
    from model.nlp.loading import load_pipeline

    return load_pipeline()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """QSettings (recent files, geometry, chosen model) and autosaved untitled work (crash recovery)
    go to a temporary folder, never the user's."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("ChronicleTests")
    QCoreApplication.setApplicationName("ChronicleTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("CHRONICLE_RECOVERY_DIR", str(folder / "recovery"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def _model_only_when_marked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Keep the needs_model marker honest: a test without it that loads the model in-process fails
    (and then _LOADS_MODEL above, or the test, must say so)."""
    if request.node.get_closest_marker("needs_model") is not None:
        yield
        return
    import model.nlp.loading as loading

    calls: list[tuple[str, ...]] = []
    real = loading.load_base_pipeline

    def recorded(disable: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
        nlp = real(disable)  # a test of the missing-model message raises here, and loads nothing
        calls.append(disable)
        return nlp

    monkeypatch.setattr(loading, "load_base_pipeline", recorded)
    yield
    if calls:
        pytest.fail("this test loads the spaCy model but is not marked needs_model (see tests/conftest.py)")
