"""Clean shutdown (issue 8): the CLI commands and the app, run as a user would, exit with the
expected status and print no fatal error, no traceback and no storm of Qt warnings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
QT_WARNINGS = ("QObject::", "QThread: Destroyed", "QBasicTimer", "QPainter::", "QWidget::")
MAX_QT_WARNING_LINES = 3


def _run(*args: str | Path, tmp_path: Path, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # The app's settings, autosave and recovery files go to the test's folder, never the user's.
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        CHRONICLE_RECOVERY_DIR=str(tmp_path / "recovery"),
        **(env_extra or {}),
    )
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True, text=True, env=env, timeout=600, cwd=tmp_path,
    )


def assert_clean(stderr: str) -> None:
    assert "Fatal Python error" not in stderr, stderr
    assert "Traceback" not in stderr, stderr
    assert "Segmentation fault" not in stderr, stderr
    qt_lines = [line for line in stderr.splitlines() if any(w in line for w in QT_WARNINGS)]
    assert len(qt_lines) < MAX_QT_WARNING_LINES, qt_lines


def test_extract_exits_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    proc = _run("extract", SAMPLES, "-o", out, tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert_clean(proc.stderr)
    assert out.stat().st_size > 0


def test_export_exits_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "timeline.png"
    proc = _run("export", SAMPLES, "-o", out, tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert_clean(proc.stderr)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_export_with_a_bad_input_exits_non_zero_but_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "timeline.svg"
    proc = _run("export", SAMPLES, tmp_path / "missing.txt", "-o", out, tmp_path=tmp_path)
    assert proc.returncode == 1
    assert_clean(proc.stderr)
    assert f"chronicle: {tmp_path / 'missing.txt'}: no such file or directory" in proc.stderr.splitlines()
    assert out.exists()


@pytest.mark.parametrize("delay", ["50", "600"])
def test_the_app_exits_cleanly_after_analysing_the_samples(tmp_path: Path, delay: str) -> None:
    proc = _run(SAMPLES, tmp_path=tmp_path, env_extra={"CHRONICLE_AUTOQUIT_MS": delay})
    assert proc.returncode == 0, proc.stderr
    assert_clean(proc.stderr)


def test_the_app_exits_cleanly_with_only_bad_input(tmp_path: Path) -> None:
    bad = []
    for i in range(5):
        path = tmp_path / f"bad-{i}.json"
        path.write_text("{not json", encoding="utf-8")
        bad.append(path)
    proc = _run(*bad, tmp_path / "missing.txt", tmp_path=tmp_path, env_extra={"CHRONICLE_AUTOQUIT_MS": "100"})
    assert proc.returncode == 0, proc.stderr
    assert_clean(proc.stderr)
