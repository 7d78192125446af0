from __future__ import annotations

import os
import sys
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
