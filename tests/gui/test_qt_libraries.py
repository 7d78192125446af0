"""Before Qt aborts for want of X11 libraries, one line names the Debian/Ubuntu packages to install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui.qt_libraries import PACKAGES, install_message, missing_libraries, uses_xcb

ROOT = Path(__file__).resolve().parents[1].parent

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f2a)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms1.so.1 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f29)
\tlibxcb-icccm.so.4 => not found
"""


@pytest.mark.parametrize(
    ("env", "platform", "expected"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),  # the tests, scripts
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({}, "linux", False),  # no display at all: nothing to open a window on
        ({"DISPLAY": ":0"}, "darwin", False),
    ],
)
def test_only_a_display_through_xcb_is_checked(env: dict[str, str], platform: str, expected: bool) -> None:
    assert uses_xcb(env, platform) is expected


def test_missing_libraries_from_ldd_and_the_dlopened_cursor_library() -> None:
    assert missing_libraries(LDD_MISSING, loads=lambda _: True) == [
        "libxcb-icccm.so.4", "libxcb-keysyms1.so.1", "libxcb-keysyms.so.1",
    ]
    assert missing_libraries("", loads=lambda soname: soname != "libxcb-cursor.so.0") == ["libxcb-cursor.so.0"]
    assert missing_libraries("\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\n", loads=lambda _: True) == []


def test_the_message_is_one_line_naming_the_packages() -> None:
    message = install_message(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libweird.so.2"])
    assert "\n" not in message
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in message
    assert "libweird.so.2" in message
    assert PACKAGES["libxkbcommon-x11.so.0"] == "libxkbcommon-x11-0"


def test_the_app_says_it_and_exits_before_qt_starts(tmp_path: Path) -> None:
    # As on a fresh desktop: a display, no platform chosen, the plugin's libraries not installed.
    script = (
        "import sys, gui.qt_libraries as q; "
        "q._ldd = lambda path: '\\tlibxcb-icccm.so.4 => not found\\n'; "
        "q._loads = lambda soname: False; "
        "import main; sys.exit(main.main([]))"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":97", CHRONICLE_RECOVERY_DIR=str(tmp_path / "recovery"))
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.splitlines() == [
        "chronicle: Qt cannot open a window: system libraries are missing; on Debian/Ubuntu install them with: "
        "sudo apt install libxcb-icccm4 libxcb-cursor0 (or run the command line, which needs no window)"
    ]
