"""SIGKILL during repeated saves: the project always opens with the last committed state."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from model.project import open_project
from tests.model.project.states import state_number

SAVER = Path(__file__).with_name("kill_saver.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_killed_at_random_points_the_file_opens_with_the_last_committed_state(tmp_path: Path) -> None:
    path = tmp_path / "crash.chronicle"
    rng = random.Random(20261202)
    n = 0
    for _round in range(6):
        proc = subprocess.Popen(
            [sys.executable, str(SAVER), str(path), str(n)], stdout=subprocess.PIPE, text=True,
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
        )
        assert proc.stdout is not None
        committed = [proc.stdout.readline()]  # wait for one save, so each round writes over a project
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
        committed += out.splitlines()
        last = max(int(line.split()[1]) for line in committed if line.startswith("committed"))

        reopened = state_number(open_project(path).result)  # a whole state, never a mix
        # The save running when the kill came may have committed without having said so yet.
        assert reopened in (last, last + 1)
        n = reopened + 1
