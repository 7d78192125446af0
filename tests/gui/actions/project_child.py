"""A Chronicle window in a child process: makes one edit, waits for its autosave, then idles.

The parent test SIGKILLs it (a crash after an edit) and checks that the next start offers the restore.
Prints "autosaved <path>" once the recovery file is written.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.main_window import MainWindow  # noqa: E402
from model.state.session import Session  # noqa: E402
from model.state.workflow import Workflow  # noqa: E402
from tests.fakes import fake_result  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    session = Session()
    window = MainWindow(session, Workflow(session))
    window.project.autosave_timer.setInterval(100)
    window.project.autosaved.connect(lambda path: print(f"autosaved {path}", flush=True))
    window.show()
    session.set_result(fake_result())
    first = session.events[0]
    session.replace_events([replace(first, starred=True, headline="Edited before the crash")])
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
