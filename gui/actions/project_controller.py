"""The project file in the app: File > New / Open Project / Save / Save As / Recent, the title's "*",
autosave after idle time, Save/Discard/Cancel on close, and the restore offer after a crash.

The main window creates it with what it needs (the session, the workflow, the job runner); it adds
its own menu entries and watches the window's close through an event filter. Saving runs in a job
of the app's runner, in the project's lane (saves, autosaves and restores one at a time), on a
snapshot of the lists, so the window stays responsive with big projects. Nothing waits on the GUI
thread: a save or autosave still running when the workspace changes (New, Open, close) reports
to the workspace it was started for (``_epoch``), and its recovery file goes or stays as the user
decided for that workspace.

Questions to the user go through ``ask(kind, text) -> answer`` (``"changed"``: the file was saved
by another window since it was read -> ``"reload" | "save_as" | "overwrite" | "cancel"``) and the
file dialogs through
``choose_save_path()`` / ``choose_open_path()`` (return "" for cancel), so tests can answer them;
the dialogs and their answers are in ``gui.actions.project_dialogs``, File > Open recent in
``gui.actions.recent_projects``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from gui.actions.project_dialogs import AskFn, ask_with_dialog, choose_open_path, choose_save_path
from gui.actions.recent_projects import RecentProjectsMenu, add_recent, recent_projects
from gui.settings import default_recovery_folder
from model.core.result import ExtractionResult
from model.project import (
    PROJECT_SUFFIX,
    Edit,
    Project,
    ProjectChangedError,
    is_project_path,
    open_project,
    project_name,
    save_project,
)
from model.project.recovery import Recovery, discard_recovery, find_recovery, recovery_target, write_recovery
from model.state.change_journal import ChangeJournal
from model.state.job_runner import JobRunner
from model.state.jobs import FunctionJob, Job
from model.state.session import Session
from model.state.workflow import Workflow

AUTOSAVE_IDLE_MS = 3000
LANE = "project"  # the runner's lane: the project file is written by one job at a time


class SaveJob(Job):
    """save_project in a worker, reporting rows written (``progress``)."""

    def __init__(self, result: ExtractionResult, path: Path, edits: list[Edit], expected: str | None = None) -> None:
        super().__init__()
        self._args = (result, path, edits, expected)
        self.written: dict[str, str] = {}
        self.conflict: ProjectChangedError | None = None  # another window saved the file meanwhile

    def work(self) -> object:
        result, path, edits, expected = self._args
        progress = lambda done, total: self.progress.emit(done, total)  # noqa: E731
        self.written = save_project(result, path, edits=edits, progress=progress, expected=expected)
        return path

    def describe_error(self, exc: Exception) -> str:
        if isinstance(exc, ProjectChangedError):
            self.conflict = exc
        return str(exc) or type(exc).__name__


class ProjectController(QObject):
    saved = Signal(str)  # the project's path, after a successful save
    autosaved = Signal(str)  # the recovery file's path
    restored = Signal()

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        workflow: Workflow,
        jobs: JobRunner,
        *,
        ask: AskFn | None = None,
        recovery_folder: str | Path | None = None,
        autosave_ms: int = AUTOSAVE_IDLE_MS,
    ) -> None:
        super().__init__(window)
        self.window = window  # its title, status bar, File menu and close
        self.session = session
        self.workflow = workflow
        self.jobs = jobs
        self.ask: AskFn = ask or partial(ask_with_dialog, window)
        self.choose_save_path: Callable[[], str] = lambda: choose_save_path(window, self.path)
        self.choose_open_path: Callable[[], str] = partial(choose_open_path, window)
        self.recovery_folder = recovery_folder if recovery_folder is not None else default_recovery_folder()
        self.path: Path | None = None
        # The change counter (title's "*", autosave) and the journal of edits saved with the project.
        self.journal = ChangeJournal(session, lambda: self.path is not None, self)
        self._token = uuid.uuid4().hex[:12]  # names this session's untitled autosave
        self._recovery: Path | None = None  # the autosave this session wrote (or restored from)
        self._saving = False
        self._autosaving = False
        self._close_accepted = False
        self._discarded = False  # the user chose Discard: the autosave goes too
        self._disk_id: str | None = None  # save_id of the file as this window last read or wrote it
        self.read_only = False  # opened from read-only storage: Save goes to Save As
        # An autosave failure stays in the status bar until an autosave or a save succeeds.
        self.autosave_problem = QLabel("", window)
        self.autosave_problem.setStyleSheet("color: #b00020;")
        self.autosave_problem.hide()
        window.statusBar().addPermanentWidget(self.autosave_problem)
        # Bumped when the workspace changes; a job reports to the workspace of its epoch only.
        self._epoch = 0
        self._discard_left: dict[int, bool] = {}  # an epoch left -> its autosave is to go

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave_now)

        self._build_actions()
        self.journal.changed.connect(self._update_title)
        # Restarted by every edit: autosave after a pause, not during a burst.
        self.journal.edited.connect(self.autosave_timer.start)
        self.workflow.projectOpened.connect(self._on_project_opened)
        self.workflow.project_handler = self.open_project
        window.installEventFilter(self)
        self._update_title()

    # --- state ---------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return self.journal.modified

    @property
    def name(self) -> str:
        return project_name(self.path) if self.path is not None else "Untitled"

    @property
    def busy(self) -> bool:
        return self._saving or self._autosaving

    def _update_title(self) -> None:
        shown = f"{self.name} (read-only)" if self.read_only else self.name
        self.window.setWindowTitle(f"{shown}[*] — Chronicle")
        self.window.setWindowModified(self.modified)

    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def _snapshot(self) -> ExtractionResult:
        # New lists of the same (replaced, not mutated) objects: the worker reads a stable state.
        return ExtractionResult(list(self.session.articles), list(self.session.events))

    # --- menus ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        w = self.window
        self.new_action = self._action("&New project", "Ctrl+N", self.new_project, "Close this project, start an empty one")
        self.open_project_action = self._action("Open &project…", "Ctrl+Shift+O", self.open_project_dialog, "Open a .chronicle project")
        self.save_action = self._action("&Save", "Ctrl+S", self.save, "Save the project")
        self.save_as_action = self._action("Save &as…", "Ctrl+Shift+S", self.save_as, "Save the project to a new file")
        self.recent_menu = RecentProjectsMenu(self.open_project, w)
        file_menu = self._file_menu()
        if not file_menu.actions():
            file_menu.addSeparator()
        first = file_menu.actions()[0]
        for action in (self.new_action, self.open_project_action):
            file_menu.insertAction(first, action)
        file_menu.insertMenu(first, self.recent_menu)
        file_menu.insertAction(first, self.save_action)
        file_menu.insertAction(first, self.save_as_action)
        file_menu.insertSeparator(first)

    def _action(self, text: str, shortcut: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # the shortcut works whichever child has the focus
        return action

    def _file_menu(self) -> QMenu:
        for action in self.window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and menu.title().replace("&", "") == "File":
                return menu
        return self.window.menuBar().addMenu("&File")

    # --- new / open ------------------------------------------------------------------------
    def new_project(self) -> None:
        self._if_changes_settled(self._new_now)

    def _new_now(self) -> None:
        self.workflow.cancel()
        self.autosave_timer.stop()
        self._drop_recovery()
        self.path = None
        self._disk_id, self.read_only = None, False
        self._token = uuid.uuid4().hex[:12]
        self.session.clear()
        self.session.clear_errors()
        self.journal.restart()

    def open_project_dialog(self) -> None:
        path = self.choose_open_path()
        if path:
            self.open_project(path)

    def open_project(self, path: str) -> None:
        """Open a saved project (asking first about unsaved changes); loads in the workflow's worker."""
        self._if_changes_settled(lambda: self.workflow.load_project(path))

    def _on_project_opened(self, path: str, project: object) -> None:
        assert isinstance(project, Project)
        self.autosave_timer.stop()
        self._drop_recovery()
        self.path = Path(path)
        self._disk_id, self.read_only = project.save_id, project.read_only
        self.journal.restart(project.edits)
        add_recent(self.path)
        self.session.add_errors(list(project.problems))  # rows left out on load: in Problems
        if project.read_only:
            self._status(f"{self.path.name} is on read-only storage: opened read-only; use Save As to keep changes", 0)

    def _if_changes_settled(self, then: Callable[[], None]) -> None:
        """Run ``then`` once unsaved changes are saved or discarded; not at all on Cancel."""
        if not self.modified:
            then()
            return
        answer = self.ask("unsaved", f"Save the changes to {self.name} before closing it?")
        if answer == "save":
            self.save(then=then)
        elif answer in ("discard", "keep"):
            self._discarded = answer == "discard"
            then()

    # --- save ------------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Save to the project's file (Save As for untitled work); False if nothing was started."""
        if self.path is None or self.read_only:
            return self.save_as(then)
        return self._start_save(self.path, then, self._disk_id)

    def save_as(self, then: Callable[[], None] | None = None) -> bool:
        chosen = self.choose_save_path()
        if not chosen:
            return False
        path = Path(chosen if is_project_path(chosen) else chosen + PROJECT_SUFFIX)
        return self._start_save(path, then)

    def _start_save(self, path: Path, then: Callable[[], None] | None, expected: str | None = None) -> bool:
        if self._saving:
            self._status("A save is already running")
            return False
        self._saving = True
        changes = self.journal.count
        epoch = self._epoch
        job = SaveJob(self._snapshot(), path, list(self.journal.edits), expected if path == self.path else None)
        job.progress.connect(lambda done, total: self._status(f"Saving {path.name}… {100 * done // max(total, 1)}%", 0))
        job.finished.connect(lambda _r: self._on_saved(path, changes, then, epoch, job.written.get("save_id")))
        job.failed.connect(lambda message: self._on_save_failed(message, path, then, epoch, job.conflict is not None))
        self.jobs.start(job, lane=LANE)
        self._status(f"Saving {path.name}…", 0)
        return True

    def _on_saved(
        self, path: Path, changes: int, then: Callable[[], None] | None, epoch: int, save_id: str | None
    ) -> None:
        self._saving = False
        if epoch != self._epoch:  # the workspace it saved was closed meanwhile: the file is written, that is all
            self._status(f"Saved {path}")
            return
        if self.path != path:  # Save As: the old autosave belonged to the old name
            discard_recovery(self._recovery)
            self._recovery = None
        self.path = path
        self._disk_id, self.read_only = save_id, False
        self.autosave_problem.hide()
        self.journal.mark_saved(changes)
        if not self.modified:
            discard_recovery(self._recovery)
            self._recovery = None
        add_recent(path)
        self._update_title()
        self._status(f"Saved {path}")
        self.saved.emit(str(path))
        if then is not None:
            then()

    def _on_save_failed(
        self, message: str, path: Path, then: Callable[[], None] | None, epoch: int, conflict: bool
    ) -> None:
        self._saving = False
        self._status(f"Not saved: {message}", 15000)
        if conflict and epoch == self._epoch:
            self._resolve_conflict(path, then)
            return
        self.session.add_errors([message])

    def _resolve_conflict(self, path: Path, then: Callable[[], None] | None) -> None:
        """Another window saved this file since we read it: never overwrite its work silently."""
        answer = self.ask(
            "changed",
            f"{path.name} was changed on disk (saved by another window or program) since you opened it.\n\n"
            "Reload it (your unsaved changes here are dropped), save yours under another name, "
            "or overwrite the other save?",
        )
        if answer == "reload":
            self.journal.mark_saved(self.journal.count)  # the user chose to drop them
            self.workflow.load_project(str(path))
        elif answer == "save_as":
            self.save_as(then)
        elif answer == "overwrite":
            self._start_save(path, then, None)
        else:
            self.session.add_errors([f"{path}: not saved: changed on disk by another window; save as or reload"])

    # --- autosave and recovery -------------------------------------------------------------
    def autosave_now(self) -> None:
        """Write unsaved work to the recovery file (in the worker); nothing to do when saved."""
        if not self.modified or self._autosaving:
            return
        if self._saving:
            self.autosave_timer.start()
            return
        target = recovery_target(self._recovery, self.path, self._token, self.recovery_folder)
        changes = self.journal.count
        epoch = self._epoch
        self._autosaving = True
        job = FunctionJob(write_recovery, target, self._snapshot(), list(self.journal.edits), self.path, self._disk_id or "")
        job.finished.connect(lambda _r: self._on_autosaved(target, changes, epoch))
        job.failed.connect(self._on_autosave_failed)
        self.jobs.start(job, lane=LANE)

    def _on_autosaved(self, target: Path, changes: int, epoch: int) -> None:
        self._autosaving = False
        if epoch != self._epoch:
            # Written for a workspace the user has left: it goes unless they chose to keep that work.
            if self._discard_left.get(epoch, True):
                discard_recovery(target)
            return
        self._recovery = target
        self.autosave_problem.hide()
        if not self.modified:  # saved meanwhile: this autosave is not needed
            discard_recovery(target)
            self._recovery = None
            return
        self.autosaved.emit(str(target))
        if changes != self.journal.count:
            self.autosave_timer.start()

    def _on_autosave_failed(self, message: str) -> None:
        self._autosaving = False
        self._status(f"Autosave failed: {message}", 15000)
        self.autosave_problem.setText(f"Autosave failed: {message}")
        self.autosave_problem.setToolTip(message)
        self.autosave_problem.show()

    def offer_recovery(self) -> bool:
        """On start: offer the newest work left by a crash. True if it is being restored."""
        found = find_recovery(recent_projects(), self.recovery_folder)
        if not found:
            return False
        newest = found[0]
        more = f"\n\n({len(found) - 1} older autosave(s) too.)" if len(found) > 1 else ""
        answer = self.ask(
            "restore", f"Chronicle did not close normally last time.\n\n{newest.describe()}.\n\nRestore it?{more}"
        )
        if answer == "restore":
            self.restore(newest)
            return True
        if answer == "discard":
            for recovery in found:
                discard_recovery(recovery.path)
        return False

    def restore(self, recovery: Recovery) -> None:
        self.workflow.cancel()
        self._status(f"Restoring {recovery.path.name}…", 0)
        job = FunctionJob(open_project, recovery.path)
        job.finished.connect(lambda project: self._on_restored(recovery, project))
        job.failed.connect(self._on_restore_failed)
        self.jobs.start(job, lane=LANE)

    def _on_restored(self, recovery: Recovery, project: object) -> None:
        assert isinstance(project, Project)
        belongs = recovery.project_path
        self.path = belongs if belongs is not None and belongs.is_file() else None
        self.session.set_result(project.result)
        self._recovery = recovery.path  # kept until the work is saved or discarded
        self._disk_id = recovery.project_save_id or None  # a save made since the crash is not overwritten silently
        # The restored work is not saved in the project yet.
        self.journal.restart(
            [*project.edits, Edit.now("restore", f"restored unsaved work from {recovery.path}")], saved=False
        )
        self._status(f"Restored unsaved work ({len(project.result.articles)} articles, {len(project.result.events)} events)")
        self.restored.emit()

    def _on_restore_failed(self, message: str) -> None:
        self._status(f"Could not restore: {message}", 15000)
        self.session.add_errors([message])

    # --- closing ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            if self._close_accepted or not self.modified:
                self._close_accepted = False
                self._closing()
                return False
            answer = self.ask("unsaved", f"Save the changes to {self.name} before closing?")
            if answer in ("discard", "keep"):
                self._discarded = answer == "discard"
                self._closing()
                return False
            event.ignore()
            if answer == "save":
                self.save(then=self._close_again)  # closes once the save has succeeded
            return True
        return super().eventFilter(watched, event)

    def _close_again(self) -> None:
        self._close_accepted = True
        self.window.close()

    def _closing(self) -> None:
        """A clean close: the work is saved or discarded, so no recovery file stays."""
        self.autosave_timer.stop()
        self._drop_recovery()

    def _drop_recovery(self) -> None:
        """The workspace is left: its autosave goes unless the user chose to keep it. An autosave
        still running for it is not waited for: it is removed when it lands (``_on_autosaved``)."""
        discard = not self.modified or self._discarded
        if discard:
            discard_recovery(self._recovery)
        self._recovery = None
        self._discarded = False
        self._discard_left[self._epoch] = discard
        self._epoch += 1
        self._autosaving = False  # a new autosave may start for the new workspace

    def shutdown(self) -> None:
        """App exit: no new autosave; a save still running ends in the runner's drain."""
        self.autosave_timer.stop()
