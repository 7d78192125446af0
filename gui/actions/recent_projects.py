"""File > Open recent: the last projects opened or saved, newest first, kept in QSettings."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QWidget

from model.project import project_name

RECENT_KEY = "recentProjects"
MAX_RECENT = 10


def recent_projects() -> list[str]:
    """The recent projects that still exist, newest first (missing ones are dropped)."""
    value = QSettings().value(RECENT_KEY, [])
    # An INI file gives back a one-item list as a bare string.
    paths = [value] if isinstance(value, str) else [str(v) for v in value] if isinstance(value, list) else []
    existing = [p for p in paths if p and Path(p).is_file()][:MAX_RECENT]
    if existing != paths:
        QSettings().setValue(RECENT_KEY, existing)
    return existing


def add_recent(path: Path) -> None:
    shown = str(path.absolute())
    paths = [shown] + [p for p in recent_projects() if p != shown]
    QSettings().setValue(RECENT_KEY, paths[:MAX_RECENT])


class RecentProjectsMenu(QMenu):
    """Filled each time it opens; a click opens that project through ``open_project``."""

    def __init__(self, open_project: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__("Open &recent", parent)
        self._open = open_project
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        self.clear()
        recent = recent_projects()
        for n, path in enumerate(recent, start=1):
            action = self.addAction(f"&{n % 10} {project_name(path)}  —  {path}")
            action.triggered.connect(partial(self._open, path))
        if not recent:
            self.addAction("No recent projects").setEnabled(False)
        else:
            self.addSeparator()
            self.addAction("Clear list").triggered.connect(lambda: QSettings().setValue(RECENT_KEY, []))
