"""The real process: `python main.py` starts, analyses, closes and exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, env_extra: dict[str, str], home: Path) -> subprocess.CompletedProcess[str]:
    # Settings, autosaves and caches in the test's folder, never the user's.
    isolated = {
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "CHRONICLE_RECOVERY_DIR": str(home / "recovery"),
    }
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **isolated, **env_extra)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_app_on_samples_exits_cleanly(tmp_path, qapp) -> None:
    shot = tmp_path / "window.png"
    proc = run_app(
        env_extra={"CHRONICLE_AUTOQUIT_MS": "300", "CHRONICLE_SCREENSHOT": str(shot), "CHRONICLE_SELECT_EVENT": "first"},
        home=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Fatal Python error" not in proc.stderr
    assert "Traceback" not in proc.stderr
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 600  # fits the (800 px) offscreen screen
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # the window really drew itself: text, markers, highlights


def test_app_with_only_bad_input_exits_cleanly(tmp_path) -> None:
    # A missing first path is refused before the app opens (tests/cli/test_command_line_edges.py);
    # after an existing one it is the app's to report.
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = run_app(str(empty), str(tmp_path / "missing.txt"), env_extra={"CHRONICLE_AUTOQUIT_MS": "100"}, home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Fatal Python error" not in proc.stderr
