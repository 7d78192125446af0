"""The project file in the app: File > New / Open Project / Save / Save As / Recent, the title's "*",
autosave after idle time, Save/Discard/Cancel on close, and the restore offer after a crash.

The main window creates it with one line (``self.project = ProjectController(self)``); it adds its
own menu entries and watches the window's close through an event filter. Saving runs in a worker
(one at a time) on a snapshot of the lists, so the window stays responsive with big projects.

Questions to the user go through ``ask(kind, text) -> answer`` so tests can answer them:
``"unsaved"`` -> ``"save" | "discard" | "cancel" | "keep"`` (go on without saving but keep the
autosave, as after a crash); ``"restore"`` -> ``"restore" | "discard" | "later"``; ``"changed"`` (the
file was saved by another window since it was read) -> ``"reload" | "save_as" | "overwrite" |
"cancel"``. Without a screen (offscreen, as in tests and screenshot runs) nobody can answer a
dialog, so the default answers are "keep", "later" and "cancel": nothing blocks and nothing is lost.
File dialogs go through ``choose_save_path()`` / ``choose_open_path()`` (return "" for cancel).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox

from model.nlp.pipeline import ExtractionResult
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
from model.state.jobs import FunctionJob, Job

if TYPE_CHECKING:
    from gui.main_window import MainWindow

RECENT_KEY = "recentProjects"
MAX_RECENT = 10
AUTOSAVE_IDLE_MS = 3000
PROJECT_FILTER = f"Chronicle projects (*{PROJECT_SUFFIX});;All files (*)"

AskFn = Callable[[str, str], str]


class SaveJob(Job):
    """save_project in a worker, reporting rows written."""

    progress = Signal(int, int)

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
        window: MainWindow,
        *,
        ask: AskFn | None = None,
        recovery_folder: str | Path | None = None,
        autosave_ms: int = AUTOSAVE_IDLE_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.workflow = window.workflow
        self.ask: AskFn = ask or self._ask_with_dialog
        self.choose_save_path: Callable[[], str] = self._save_dialog
        self.choose_open_path: Callable[[], str] = self._open_dialog
        self.recovery_folder = recovery_folder
        self.path: Path | None = None
        self.edits: list[Edit] = []  # the journal of user edits, saved with the project
        self._token = uuid.uuid4().hex[:12]  # names this session's untitled autosave
        self._recovery: Path | None = None  # the autosave this session wrote (or restored from)
        self._changes = 0  # bumped by every change; saved when it equals _saved_changes
        self._saved_changes = 0
        self._last_change: tuple[str, list[str]] | None = None
        self._saving = False
        self._autosaving = False
        self._close_accepted = False
        self._discarded = False  # the user chose Discard: the autosave goes too
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # saves and autosaves one after the other, never interleaved
        self._jobs: set[Job] = set()
        self._disk_id: str | None = None  # save_id of the file as this window last read or wrote it
        self.read_only = False  # opened from read-only storage: Save goes to Save As
        # An autosave failure stays in the status bar until an autosave or a save succeeds.
        self.autosave_problem = QLabel("", window)
        self.autosave_problem.setStyleSheet("color: #b00020;")
        self.autosave_problem.hide()
        window.statusBar().addPermanentWidget(self.autosave_problem)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave_now)

        self._build_actions()
        self.session.edited.connect(self._on_edited)
        self.session.eventsChanged.connect(lambda ids: self._note_change("event", ids))
        self.session.articlesChanged.connect(lambda ids: self._note_change("article", ids))
        self.session.resultChanged.connect(self._on_result_changed)
        self.workflow.projectOpened.connect(self._on_project_opened)
        self.workflow.project_handler = self.open_project
        window.installEventFilter(self)
        self._update_title()

    # --- state ---------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return self._changes != self._saved_changes

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
        self.recent_menu = QMenu("Open &recent", w)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
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

    # --- recent projects -------------------------------------------------------------------
    def recent_projects(self) -> list[str]:
        """The recent projects that still exist, newest first (missing ones are dropped)."""
        value = QSettings().value(RECENT_KEY, [])
        # An INI file gives back a one-item list as a bare string.
        paths = [value] if isinstance(value, str) else [str(v) for v in value] if isinstance(value, list) else []
        existing = [p for p in paths if p and Path(p).is_file()][:MAX_RECENT]
        if existing != paths:
            QSettings().setValue(RECENT_KEY, existing)
        return existing

    def _add_recent(self, path: Path) -> None:
        shown = str(path.absolute())
        paths = [shown] + [p for p in self.recent_projects() if p != shown]
        QSettings().setValue(RECENT_KEY, paths[:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_projects()
        for n, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{n % 10} {project_name(path)}  —  {path}")
            action.triggered.connect(partial(self.open_project, path))
        if not recent:
            self.recent_menu.addAction("No recent projects").setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear list").triggered.connect(lambda: QSettings().setValue(RECENT_KEY, []))

    # --- changes -------------------------------------------------------------------------
    def _note_change(self, kind: str, ids: list[str]) -> None:
        self._last_change = (kind, list(ids))

    def _on_result_changed(self) -> None:
        if self._last_change is None:
            self._last_change = ("events", [])
        if self.path is not None:
            self._changes += 1  # articles added to a saved project (a reload resets this after)
            self._update_title()

    def _on_edited(self) -> None:
        kind, ids = self._last_change or ("events", [])
        self._last_change = None
        if kind == "event":
            entry = Edit.now("event", f"edited {len(ids)} event(s): {', '.join(ids[:10])}", event_id=ids[0] if len(ids) == 1 else "")
        elif kind == "article":
            entry = Edit.now("article", f"edited {len(ids)} article(s): {', '.join(ids[:10])}", article_id=ids[0] if len(ids) == 1 else "")
        else:
            entry = Edit.now("events", f"event list changed ({len(self.session.events)} events)")
        self.edits.append(entry)
        self._changes += 1
        self._update_title()
        self.autosave_timer.start()  # restarted by every edit: autosave after a pause, not during a burst

    def record_edit(self, kind: str, description: str, *, event_id: str = "", article_id: str = "") -> None:
        """A descriptive journal entry (e.g. an undo command's text) beside the automatic ones."""
        self.edits.append(Edit.now(kind, description, event_id=event_id, article_id=article_id))

    # --- new / open ------------------------------------------------------------------------
    def new_project(self) -> None:
        self._if_changes_settled(self._new_now)

    def _new_now(self) -> None:
        self.workflow.cancel()
        self.autosave_timer.stop()
        self._pool.waitForDone()
        self._drop_recovery()
        self.path = None
        self._disk_id, self.read_only = None, False
        self.edits = []
        self._token = uuid.uuid4().hex[:12]
        self.session.clear()
        self.session.clear_errors()
        self._saved_changes = self._changes
        self._update_title()

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
        self._pool.waitForDone()
        self._drop_recovery()
        self.path = Path(path)
        self.edits = list(project.edits)
        self._saved_changes = self._changes
        self._disk_id, self.read_only = project.save_id, project.read_only
        self._add_recent(self.path)
        self._update_title()
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
        changes = self._changes
        job = SaveJob(self._snapshot(), path, list(self.edits), expected if path == self.path else None)
        job.progress.connect(lambda done, total: self._status(f"Saving {path.name}… {100 * done // max(total, 1)}%", 0))
        job.finished.connect(lambda _r: self._on_saved(job, path, changes, then))
        job.failed.connect(lambda message: self._on_save_failed(job, message, path, then))
        self._start(job)
        self._status(f"Saving {path.name}…", 0)
        return True

    def _on_saved(self, job: Job, path: Path, changes: int, then: Callable[[], None] | None) -> None:
        self._jobs.discard(job)
        self._saving = False
        if self.path != path:  # Save As: the old autosave belonged to the old name
            discard_recovery(self._recovery)
            self._recovery = None
        self.path = path
        self._saved_changes = changes
        self._disk_id, self.read_only = job.written.get("save_id") if isinstance(job, SaveJob) else None, False
        self.autosave_problem.hide()
        if not self.modified:
            discard_recovery(self._recovery)
            self._recovery = None
        self._add_recent(path)
        self._update_title()
        self._status(f"Saved {path}")
        self.saved.emit(str(path))
        if then is not None:
            then()

    def _on_save_failed(self, job: Job, message: str, path: Path, then: Callable[[], None] | None = None) -> None:
        self._jobs.discard(job)
        self._saving = False
        self._status(f"Not saved: {message}", 15000)
        if isinstance(job, SaveJob) and job.conflict is not None:
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
            self._saved_changes = self._changes  # the user chose to drop them
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
        changes = self._changes
        self._autosaving = True
        job = FunctionJob(write_recovery, target, self._snapshot(), list(self.edits), self.path, self._disk_id or "")
        job.finished.connect(lambda _r: self._on_autosaved(job, target, changes))
        job.failed.connect(lambda message: self._on_autosave_failed(job, message))
        self._start(job)

    def _on_autosaved(self, job: Job, target: Path, changes: int) -> None:
        self._jobs.discard(job)
        self._autosaving = False
        self._recovery = target
        self.autosave_problem.hide()
        if not self.modified:  # saved meanwhile: this autosave is not needed
            discard_recovery(target)
            self._recovery = None
            return
        self.autosaved.emit(str(target))
        if changes != self._changes:
            self.autosave_timer.start()

    def _on_autosave_failed(self, job: Job, message: str) -> None:
        self._jobs.discard(job)
        self._autosaving = False
        self._status(f"Autosave failed: {message}", 15000)
        self.autosave_problem.setText(f"Autosave failed: {message}")
        self.autosave_problem.setToolTip(message)
        self.autosave_problem.show()

    def offer_recovery(self) -> bool:
        """On start: offer the newest work left by a crash. True if it is being restored."""
        found = find_recovery(self.recent_projects(), self.recovery_folder)
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
        job.finished.connect(lambda project: self._on_restored(job, recovery, project))
        job.failed.connect(lambda message: self._on_restore_failed(job, message))
        self._start(job)

    def _on_restored(self, job: Job, recovery: Recovery, project: object) -> None:
        assert isinstance(project, Project)
        self._jobs.discard(job)
        belongs = recovery.project_path
        self.path = belongs if belongs is not None and belongs.is_file() else None
        self.session.set_result(project.result)
        self.edits = list(project.edits) + [Edit.now("restore", f"restored unsaved work from {recovery.path}")]
        self._recovery = recovery.path  # kept until the work is saved or discarded
        self._disk_id = recovery.project_save_id or None  # a save made since the crash is not overwritten silently
        self._changes += 1
        self._saved_changes = self._changes - 1  # the restored work is not saved in the project yet
        self._update_title()
        self._status(f"Restored unsaved work ({len(project.result.articles)} articles, {len(project.result.events)} events)")
        self.restored.emit()

    def _on_restore_failed(self, job: Job, message: str) -> None:
        self._jobs.discard(job)
        self._status(f"Could not restore: {message}", 15000)
        self.session.add_errors([message])

    def _start(self, job: Job) -> None:
        self._jobs.add(job)  # kept alive until it reports
        job.start(self._pool)

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
        self._pool.waitForDone()  # an autosave finishing later would leave a stale recovery file
        self._drop_recovery()

    def _drop_recovery(self) -> None:
        """This session is done with its autosave: remove it unless the user chose to keep it."""
        if not self.modified or self._discarded:
            discard_recovery(self._recovery)
        self._recovery = None
        self._discarded = False

    def shutdown(self) -> None:
        """Wait for a running save (app exit)."""
        self.autosave_timer.stop()
        self._pool.waitForDone()

    # --- default dialogs -------------------------------------------------------------------
    def _ask_with_dialog(self, kind: str, text: str) -> str:
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            # nobody can answer: decide nothing, lose nothing
            return {"unsaved": "keep", "changed": "cancel"}.get(kind, "later")
        box = QMessageBox(self.window)
        box.setWindowTitle("Chronicle")
        box.setText(text)
        box.setIcon(QMessageBox.Icon.Question)
        if kind == "restore":
            restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
            later = box.addButton("Not now", QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(restore)
            box.setEscapeButton(later)
            box.exec()
            clicked = box.clickedButton()
            return "restore" if clicked is restore else "discard" if clicked is discard else "later"
        if kind == "changed":
            box.setIcon(QMessageBox.Icon.Warning)
            choices = {
                "reload": box.addButton("Reload", QMessageBox.ButtonRole.DestructiveRole),
                "save_as": box.addButton("Save as…", QMessageBox.ButtonRole.AcceptRole),
                "overwrite": box.addButton("Overwrite", QMessageBox.ButtonRole.DestructiveRole),
                "cancel": box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole),
            }
            box.setDefaultButton(choices["save_as"])
            box.setEscapeButton(choices["cancel"])
            box.exec()
            return next((k for k, b in choices.items() if b is box.clickedButton()), "cancel")
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(buttons(answer), "cancel")

    def _save_dialog(self) -> str:
        suggested = str(self.path) if self.path is not None else f"Untitled{PROJECT_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(self.window, "Save project", suggested, PROJECT_FILTER)
        return path

    def _open_dialog(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open project", "", PROJECT_FILTER)
        return path
