"""Before Qt opens a window on Linux: are the X11 (xcb) libraries its platform plugin needs installed?

Without them Qt prints its own message ("xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb
platform plugin") and aborts the process. We look first and say in one line which Debian/Ubuntu
packages to install. No Qt import here: the check runs before any QApplication exists.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# Shared libraries the xcb plugin (and Qt's XcbQpa library under it) loads -> the Debian/Ubuntu package.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
}
# Loaded by Qt at run time (dlopen), so ldd does not list it: tried the same way.
_DLOPENED = ("libxcb-cursor.so.0",)


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Will Qt open windows through xcb? Not under QT_QPA_PLATFORM=offscreen (the tests), nor in a
    Wayland session (Qt takes its Wayland plugin there), nor off Linux."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    if not platform.startswith("linux"):
        return False
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(env.get("DISPLAY"))


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def _ldd(path: Path) -> str:
    try:
        return subprocess.run(["ldd", str(path)], capture_output=True, text=True, timeout=15).stdout
    except (OSError, subprocess.SubprocessError):
        return ""  # cannot tell: let Qt try


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(ldd_output: str, loads: Callable[[str], bool] | None = None) -> list[str]:
    """Sonames ldd reports "not found", then the dlopened ones that do not load."""
    loads = loads or _loads
    missing = []
    for line in ldd_output.splitlines():
        name, _, where = line.strip().partition(" => ")
        if where.strip() == "not found" and name not in missing:
            missing.append(name)
    missing += [soname for soname in _DLOPENED if soname not in missing and not loads(soname)]
    return missing


def install_message(missing: list[str]) -> str:
    """One line: the packages to install, and any library we cannot name a package for."""
    packages = list(dict.fromkeys(PACKAGES[m] for m in missing if m in PACKAGES))
    unknown = [m for m in missing if m not in PACKAGES]
    message = "Qt cannot open a window: system libraries are missing"
    if packages:
        message += f"; on Debian/Ubuntu install them with: sudo apt install {' '.join(packages)}"
    if unknown:
        message += f" (also missing: {', '.join(unknown)})"
    return message + " (or run the command line, which needs no window)"


def xcb_problem(env: Mapping[str, str] | None = None) -> str | None:
    """The one-line message when Qt would abort for want of xcb libraries, else None."""
    if not uses_xcb(os.environ if env is None else env):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    missing = missing_libraries(_ldd(plugin))
    return install_message(missing) if missing else None
