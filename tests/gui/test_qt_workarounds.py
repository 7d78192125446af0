from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Each void Qt call on PySide6 6.12 / Python 3.11 used to drop one reference to None;
# a few hundred thousand of them (a long session) killed the process with none_dealloc.
SCRIPT = """
import sys
from gui.qt_workarounds import pin_none
pin_none()
from PySide6.QtCore import QObject
obj = QObject()
before = sys.getrefcount(None)
for i in range(300_000):
    obj.setObjectName("x")
assert sys.getrefcount(None) > 1000, sys.getrefcount(None)
print("ok")
"""


def test_many_void_qt_calls_then_a_clean_exit() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
    assert "Fatal Python error" not in proc.stderr


# Signal.emit() returns True without a new reference: every emit with a connected slot dropped one.
EMIT_SCRIPT = """
import sys
from gui.qt_workarounds import pin_none
pin_none()
from PySide6.QtCore import QObject, Signal

class Source(QObject):
    changed = Signal(str)

source = Source()
source.changed.connect(lambda _text: None)
for i in range(200_000):
    source.changed.emit("x")
assert sys.getrefcount(True) > 1000, sys.getrefcount(True)
print("ok")
"""


def test_many_signal_emits_then_a_clean_exit() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", EMIT_SCRIPT], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
    assert "Fatal Python error" not in proc.stderr


# The work-around is applied where Qt objects are made, never by an import: the command line's
# extract imports nothing of gui, and importing gui (or the app module) must not patch anything.
NO_SIDE_EFFECT_SCRIPT = """
import sys
import gui, gui.app, gui.export.image_export
assert sys.getrefcount(None) < 1 << 40, sys.getrefcount(None)
gui.export.image_export.ensure_gui_application()  # what `main.py export` does before painting
assert sys.getrefcount(None) > 1 << 40 and sys.getrefcount(True) > 1 << 40
print("ok")
"""


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683)")
def test_importing_gui_patches_nothing_and_the_image_export_applies_the_work_around() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", NO_SIDE_EFFECT_SCRIPT], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
