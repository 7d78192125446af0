"""The project file in the app: save, close, reopen; the title's "*"; autosave; Save/Discard/Cancel on
close; recent projects; and the restore offer after the app was killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui.actions.recent_projects import recent_projects
from gui.main_window import MainWindow
from model.project import open_project
from tests.fakes import fake_result

CHILD = Path(__file__).with_name("project_child.py")


class Answers:
    """Stands in for the dialogs: records each question, gives the next prepared answer."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str]] = []

    def __call__(self, kind: str, text: str) -> str:
        self.asked.append((kind, text))
        return self.answers.pop(0)


def shown(window: MainWindow) -> tuple[list[str], list[list[object]], list[list[object]]]:
    """What the views show: the timeline's markers, the event table's and the article list's cells."""
    events = window.event_model
    articles = window.article_model
    return (
        sorted(window.timeline.marker_ids()),
        [[events.data(events.index(r, c)) for c in range(events.columnCount())] for r in range(events.rowCount())],
        [[articles.data(articles.index(r, c)) for c in range(articles.columnCount())] for r in range(articles.rowCount())],
    )


def edit_first_event(window: MainWindow, **changes: object) -> None:
    event = window.session.events[0]
    window.session.replace_events([replace(event, **changes)])  # type: ignore[arg-type]


def test_save_close_reopen_shows_the_same(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window(fake_result())
    project = window.project
    assert window.windowTitle() == "Untitled[*] — Chronicle" and not window.isWindowModified()
    edit_first_event(window, starred=True, headline="The user's headline", tags=["summit"])
    assert window.isWindowModified() and project.modified

    project.choose_save_path = lambda: str(tmp_path / "talks")
    with qtbot.waitSignal(project.saved, timeout=10000):
        project.save_action.trigger()
    path = tmp_path / "talks.chronicle"
    assert path.is_file() and project.path == path
    assert window.windowTitle() == "talks[*] — Chronicle" and not window.isWindowModified()
    before = shown(window)
    assert "The user's headline" in str(before[1])
    assert open_project(path).edits[0].event_id == window.session.events[0].id  # the edit is journalled
    assert window.close()

    again = make_window()
    with qtbot.waitSignal(again.workflow.projectOpened, timeout=10000):
        again.open_paths([str(path)])  # as `python main.py talks.chronicle` or a drop does
    qtbot.waitUntil(lambda: len(again.timeline.marker_ids()) == len(before[0]))
    assert shown(again) == before
    assert again.session.events[0].starred and again.session.events[0].tags == ["summit"]
    assert again.windowTitle() == "talks[*] — Chronicle" and not again.isWindowModified()
    assert recent_projects() == [str(path)]


def test_an_edit_is_autosaved_after_idle_time_and_the_autosave_goes_on_save(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window(fake_result())
    project = window.project
    project.autosave_timer.setInterval(50)
    edit_first_event(window, hidden=True)
    with qtbot.waitSignal(project.autosaved, timeout=10000) as autosaved:
        pass
    recovery = Path(autosaved.args[0])
    assert recovery.parent == Path(os.environ["CHRONICLE_RECOVERY_DIR"]) and recovery.is_file()
    assert open_project(recovery).result.events[0].hidden

    project.choose_save_path = lambda: str(tmp_path / "p.chronicle")
    with qtbot.waitSignal(project.saved, timeout=10000):
        project.save()
    assert not recovery.exists()

    # A saved project's autosave sits beside it.
    edit_first_event(window, starred=True)
    with qtbot.waitSignal(project.autosaved, timeout=10000) as autosaved:
        pass
    assert Path(autosaved.args[0]).name.startswith("p.chronicle.autosave-")  # this window's own
    assert Path(autosaved.args[0]).parent == tmp_path


def test_close_with_unsaved_changes_asks_save_discard_or_cancel(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window(fake_result())
    project = window.project
    project.autosave_timer.setInterval(20)
    edit_first_event(window, starred=True)
    with qtbot.waitSignal(project.autosaved, timeout=10000) as autosaved:
        pass
    recovery = Path(autosaved.args[0])

    project.ask = Answers("cancel")
    assert not window.close()
    assert window.isVisible() and project.ask.asked[0][0] == "unsaved"

    project.ask = Answers("save")
    project.choose_save_path = lambda: str(tmp_path / "kept.chronicle")
    with qtbot.waitSignal(project.saved, timeout=10000):
        window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert open_project(tmp_path / "kept.chronicle").result.events[0].starred
    assert not recovery.exists()


def test_discard_on_close_removes_the_autosave(make_window, qtbot) -> None:
    window = make_window(fake_result())
    project = window.project
    project.autosave_timer.setInterval(20)
    edit_first_event(window, starred=True)
    with qtbot.waitSignal(project.autosaved, timeout=10000) as autosaved:
        pass
    project.ask = Answers("discard")
    assert window.close()
    assert not Path(autosaved.args[0]).exists()


def test_open_project_asks_about_unsaved_work_first(make_window, qtbot, tmp_path: Path) -> None:
    from model.project import save_project

    other = tmp_path / "other.chronicle"
    saved = fake_result()
    saved.events[0].headline = "From the other project"
    save_project(saved, other)
    window = make_window(fake_result())
    edit_first_event(window, headline="Unsaved edit")
    window.project.ask = Answers("cancel")
    window.project.choose_open_path = lambda: str(other)
    window.project.open_project_action.trigger()
    assert window.session.events[0].headline == "Unsaved edit"  # cancelled: nothing replaced

    window.project.ask = Answers("discard")
    with qtbot.waitSignal(window.workflow.projectOpened, timeout=10000):
        window.project.open_project_action.trigger()
    assert window.session.events[0].headline == "From the other project"
    assert window.windowTitle() == "other[*] — Chronicle"


def test_new_project_starts_empty(make_window, qtbot) -> None:
    window = make_window(fake_result())
    window.project.new_action.trigger()
    assert window.session.events == [] and window.timeline.marker_ids() == []
    assert window.windowTitle() == "Untitled[*] — Chronicle"


def test_recent_projects_keep_ten_and_drop_missing_files(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window(fake_result())
    project = window.project
    for n in range(12):
        project.choose_save_path = lambda n=n: str(tmp_path / f"p{n}.chronicle")
        with qtbot.waitSignal(project.saved, timeout=10000):
            project.save_as()
    recent = recent_projects()
    assert recent == [str(tmp_path / f"p{n}.chronicle") for n in range(11, 1, -1)]
    (tmp_path / "p11.chronicle").unlink()
    assert recent_projects()[0] == str(tmp_path / "p10.chronicle")
    project.recent_menu.fill()
    labels = [a.text() for a in project.recent_menu.actions() if a.text()]
    assert labels[0].startswith("&1 p10") and len([t for t in labels if "chronicle" in t]) == 9


def test_save_failure_is_reported_and_the_work_kept(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window(fake_result())
    edit_first_event(window, starred=True)
    window.project.choose_save_path = lambda: str(tmp_path / "missing-folder" / "p.chronicle")
    with qtbot.waitSignal(window.session.errorsChanged, timeout=10000):
        window.project.save()
    assert "cannot save" in window.session.errors[-1]
    assert window.isWindowModified() and window.session.events[0].starred


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_after_the_app_is_killed_the_next_start_offers_the_restore(make_window, qtbot) -> None:
    child = subprocess.Popen([sys.executable, str(CHILD)], stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    assert child.stdout is not None
    line = child.stdout.readline()  # blocks until the child has autosaved its edit
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()  # our end of the pipe (left open it is a ResourceWarning, an error here)
    assert line.startswith("autosaved "), line

    window = make_window()
    answers = Answers("restore")
    window.project.ask = answers
    with qtbot.waitSignal(window.project.restored, timeout=10000):
        assert window.project.offer_recovery()
    (kind, text), = answers.asked
    assert kind == "restore" and "an untitled project" in text and "5 events" in text
    event = window.session.events[0]
    assert event.starred and event.headline == "Edited before the crash"
    qtbot.waitUntil(lambda: len(window.timeline.marker_ids()) == 5)
    assert window.isWindowModified()  # restored work is still unsaved
    assert window.project.journal.edits[-1].kind == "restore"

    # Not offered twice once it is saved somewhere.
    window.project.choose_save_path = lambda: str(Path(os.environ["CHRONICLE_RECOVERY_DIR"]).parent / "r.chronicle")
    with qtbot.waitSignal(window.project.saved, timeout=10000):
        window.project.save()
    window.project.ask = Answers()
    assert not window.project.offer_recovery()


def test_the_restore_can_be_declined_and_later_discarded(make_window, qtbot) -> None:
    from model.project.recovery import recovery_path, write_recovery

    path = recovery_path(None, "old")
    write_recovery(path, fake_result(), [], None)
    window = make_window()
    window.project.ask = Answers("later", "discard")
    assert not window.project.offer_recovery()
    assert path.exists() and window.session.events == []
    assert not window.project.offer_recovery()
    assert not path.exists()


def test_save_shortcut_is_ctrl_s(make_window) -> None:
    window = make_window()
    project = window.project
    assert project.save_action.shortcut().toString() == "Ctrl+S"
    assert project.save_as_action.shortcut().toString() == "Ctrl+Shift+S"
    assert project.open_project_action.shortcut().toString() == "Ctrl+Shift+O"
    assert project.new_action.shortcut().toString() == "Ctrl+N"
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    titles = [a.text() for a in file_menu.actions()]
    assert titles[:2] == ["&New project", "Open &project…"] and "&Save" in titles
    assert Qt.Key.Key_S  # noqa: B015 - imported for readers: shortcuts are Qt key sequences


def test_main_py_opens_a_project_without_extraction_and_exits_cleanly(tmp_path: Path) -> None:
    from model.project import save_project

    result = fake_result()
    result.events[0].starred = True
    path = tmp_path / "x.chronicle"
    save_project(result, path)
    shot = tmp_path / "window.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHRONICLE_AUTOQUIT_MS="200", CHRONICLE_SCREENSHOT=str(shot))
    root = Path(__file__).resolve().parents[3]
    proc = subprocess.run(
        [sys.executable, str(root / "main.py"), str(path)], capture_output=True, text=True, env=env, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    assert "Fatal Python error" not in proc.stderr and "Traceback" not in proc.stderr
    assert shot.is_file()  # the auto-quit ran after the project opened: no extraction was needed
    assert not list(tmp_path.glob("*.autosave"))


def test_a_new_project_does_not_wait_for_a_running_autosave(make_window, qtbot, monkeypatch) -> None:
    """The autosave still being written when the user starts anew: New is done at once (no wait on the
    GUI thread), and the discarded work's recovery file goes when the autosave lands."""
    import threading

    import gui.actions.project_controller as controller

    gate = threading.Event()
    written: list[Path] = []
    write = controller.write_recovery

    def slow_write(target, *args, **kwargs):
        assert gate.wait(30)
        write(target, *args, **kwargs)
        written.append(Path(target))

    monkeypatch.setattr(controller, "write_recovery", slow_write)
    window = make_window(fake_result())
    project = window.project
    edit_first_event(window, starred=True)
    project.autosave_now()
    assert project.busy and window.jobs.lane_busy(controller.LANE)
    project.ask = Answers("discard")
    project.new_action.trigger()
    assert window.session.events == [] and not project.modified  # done, the autosave still running
    gate.set()
    qtbot.waitUntil(lambda: bool(written) and not window.jobs.busy)
    assert not written[0].exists()
