"""Issue 17, item 13: a bad project given on the app's command line is one line on stderr, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"junk, not a project", "not a Chronicle project"), (b"SQLite format 3\x00" + b"\x10\x00", "truncated")],
)
def test_a_bad_project_on_the_apps_command_line_is_one_line(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "bad.chronicle"
    path.write_bytes(content)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHRONICLE_AUTOQUIT_MS="100", CHRONICLE_RECOVERY_DIR=str(tmp_path / "r"))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), str(path)], capture_output=True, text=True, env=env, timeout=300
    )
    assert "Traceback" not in proc.stderr
    ours = [line for line in proc.stderr.splitlines() if str(path) in line]
    assert len(ours) == 1 and words in ours[0], proc.stderr
