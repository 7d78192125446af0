"""Crash recovery: unsaved work is autosaved to a recovery file, offered back on the next start.

A recovery file is an ordinary project file (same schema) with two extra metadata keys:
``recovery_of`` (the project it belongs to, "" when untitled) and ``pid`` (the process that
writes it, so a second running Chronicle does not offer the first one's live work).

Where: for a saved project, beside it (``talks.chronicle.autosave-<token>``: each running
Chronicle has its own token, so one never deletes another's recovery file); for untitled work, or
when the project's folder is gone (moved or unmounted: it is never recreated), in the recovery
folder: ``$CHRONICLE_RECOVERY_DIR`` if set, else ``recovery/`` under the folder for application
data the GUI passes in (Qt's AppDataLocation, ``gui.settings.default_recovery_folder``).
Removed on a clean save or close, by the instance that wrote it. No Qt here: the project layer is
read by the command line too.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from model.core.result import ExtractionResult
from model.project.store import PROJECT_SUFFIX, Edit, ProjectError, read_summary, save_project

RECOVERY_SUFFIX = ".autosave"
ENV_FOLDER = "CHRONICLE_RECOVERY_DIR"


@dataclass(frozen=True)
class Recovery:
    """An autosave left behind by a session that did not end cleanly."""

    path: Path
    project_path: Path | None  # the saved project it belongs to; None for untitled work
    saved: str  # ISO time of the autosave
    articles: int
    events: int
    project_save_id: str = ""  # the project file's save_id as the crashed window had read it

    def describe(self) -> str:
        what = self.project_path.name if self.project_path else "an untitled project"
        return f"Unsaved work on {what} ({self.articles} articles, {self.events} events, autosaved {self.saved} UTC)"


def recovery_folder(folder: str | os.PathLike[str] | None = None, *, app_data: str | os.PathLike[str] | None = None) -> Path:
    """``folder`` if given, else ``$CHRONICLE_RECOVERY_DIR``, else ``recovery/`` under ``app_data``
    (the platform's folder for application data, which the GUI asks Qt for), else under ``~/.chronicle``."""
    if folder is not None:
        return Path(folder)
    if os.environ.get(ENV_FOLDER):
        return Path(os.environ[ENV_FOLDER])
    return Path(app_data or Path.home() / ".chronicle") / "recovery"


def recovery_path(project_path: Path | None, token: str, folder: str | os.PathLike[str] | None = None) -> Path:
    """Where this instance's (``token``) autosave of this project (or of untitled work) goes."""
    if project_path is not None:
        if project_path.parent.is_dir():
            return project_path.with_name(f"{project_path.name}{RECOVERY_SUFFIX}-{token}")
        stem = project_path.name[: -len(PROJECT_SUFFIX)] if project_path.name.endswith(PROJECT_SUFFIX) else project_path.name
        return recovery_folder(folder) / f"{stem}-{token}{PROJECT_SUFFIX}{RECOVERY_SUFFIX}"
    return recovery_folder(folder) / f"untitled-{token}{PROJECT_SUFFIX}{RECOVERY_SUFFIX}"


def recovery_target(
    current: Path | None, project_path: Path | None, token: str, folder: str | os.PathLike[str] | None = None
) -> Path:
    """The autosave to write now: the one already written, unless its folder has gone meanwhile."""
    if current is not None and current.parent.is_dir():
        return current
    return recovery_path(project_path, token, folder)


def write_recovery(
    path: Path, result: ExtractionResult, edits: Sequence[Edit], project_path: Path | None, project_save_id: str = ""
) -> None:
    if project_path is None or path.parent != project_path.parent:
        path.parent.mkdir(parents=True, exist_ok=True)  # the recovery folder; never a project's moved folder
    meta = {"recovery_of": str(project_path or ""), "pid": str(os.getpid()), "project_save_id": project_save_id}
    save_project(result, path, edits=edits, meta=meta)


def find_recovery(
    projects: Iterable[str | os.PathLike[str]] = (), folder: str | os.PathLike[str] | None = None
) -> list[Recovery]:
    """Autosaves left by sessions that are no longer running, newest first.

    Looks in the recovery folder (untitled work) and beside each of ``projects`` (the recent ones).
    A file that cannot be read is skipped: it is not the user's only copy of a saved project.
    """
    candidates: list[Path] = []
    root = recovery_folder(folder)
    if root.is_dir():
        candidates.extend(sorted(root.glob(f"*{PROJECT_SUFFIX}{RECOVERY_SUFFIX}")))
    for project in projects:
        folder_of = Path(project).parent
        name = Path(project).name
        if not folder_of.is_dir():
            continue
        # talks.chronicle.autosave (older Chronicle) and talks.chronicle.autosave-<token>
        for beside in sorted(folder_of.glob(f"{_glob_escape(name)}{RECOVERY_SUFFIX}*")):
            if beside.name.endswith(_SIDE_FILES) or not beside.is_file() or beside in candidates:
                continue
            if beside.name != f"{name}{RECOVERY_SUFFIX}" and not beside.name.startswith(f"{name}{RECOVERY_SUFFIX}-"):
                continue
            candidates.append(beside)
    found: list[Recovery] = []
    for path in candidates:
        try:
            meta, n_articles, n_events = read_summary(path)
        except ProjectError:
            continue
        if _alive_elsewhere(meta.get("pid", "")):
            continue
        of = meta.get("recovery_of", "")
        found.append(
            Recovery(path, Path(of) if of else None, meta.get("saved", ""), n_articles, n_events, meta.get("project_save_id", ""))
        )
    found.sort(key=lambda r: r.saved, reverse=True)
    return found


_SIDE_FILES = ("-wal", "-shm", "-journal")


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


def discard_recovery(path: Path | None) -> None:
    if path is None:
        return
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _alive_elsewhere(pid_text: str) -> bool:
    """True if another process that is still running owns the autosave (its work is not lost)."""
    try:
        pid = int(pid_text)
    except ValueError:
        return False
    if pid == os.getpid() or pid <= 0 or sys.platform == "win32":  # os.kill(pid, 0) terminates on Windows
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True
