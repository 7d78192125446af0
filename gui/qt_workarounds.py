"""Work-arounds for bugs in the Qt bindings.

Applied explicitly by whatever starts making Qt objects in a process: the app (``gui.app.run_app``),
the image export (``gui.export.image_export.ensure_gui_application``, which the command line's
``export`` uses), the tests (``tests/conftest.py``) and the benchmarks that build widgets. Never
as an import side effect: ``main.py extract`` must not patch the interpreter it runs in.
"""

from __future__ import annotations

import ctypes
import sys


def pin_none() -> None:
    """PySide6 6.12 on Python 3.11: every call of a void Qt method returns None without a new
    reference, so None's refcount falls by one per call and a long session (painting, model
    signals) ends in "Fatal Python error: none_dealloc". Python 3.12 made None immortal
    (PEP 683); give it the same effectively-infinite count here. No-op on 3.12+.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # The same holds for True: every Signal.emit() with a connected slot returns it without a
    # new reference, so a session of a few thousand emits (each edit, each selection) ended in
    # "Fatal Python error: bool_dealloc". Pin both booleans too.
    for singleton in (None, True, False):
        refcnt = ctypes.c_ssize_t.from_address(id(singleton))
        if refcnt.value < 1 << 40:
            refcnt.value += 1 << 40
