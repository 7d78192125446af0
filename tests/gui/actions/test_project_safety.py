"""Issue 17 in the app: two windows on one project, each window's own autosave, read-only storage,
wrong-typed rows shown in Problems, an autosave failure that stays visible."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from gui.main_window import MainWindow
from model.project import open_project, save_project, store
from tests.fakes import fake_result


class Answers:
    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str]] = []

    def __call__(self, kind: str, text: str) -> str:
        self.asked.append((kind, text))
        return self.answers.pop(0)


def opened(make_window, qtbot, path: Path) -> MainWindow:
    window = make_window()
    with qtbot.waitSignal(window.workflow.projectOpened, timeout=10000):
        window.open_paths([str(path)])
    return window


def edit_headline(window: MainWindow, headline: str) -> None:
    event = window.session.events[0]
    window.session.replace_events([replace(event, headline=headline)])


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "talks.chronicle"
    save_project(fake_result(), path)
    return path


def test_a_second_window_saving_over_the_first_ones_save_is_asked_first(make_window, qtbot, project_file: Path) -> None:
    a, b = opened(make_window, qtbot, project_file), opened(make_window, qtbot, project_file)
    edit_headline(a, "A's headline")
    edit_headline(b, "B's headline")
    with qtbot.waitSignal(a.project.saved, timeout=10000):
        a.project.save()
    b.project.ask = Answers("cancel")
    with qtbot.waitSignal(b.session.errorsChanged, timeout=10000):
        b.project.save()
    (kind, text), = b.project.ask.asked
    assert kind == "changed" and "changed on disk" in text
    assert open_project(project_file).result.events[0].headline == "A's headline"  # A's save is kept
    assert b.isWindowModified() and "changed on disk" in b.session.errors[-1]

    b.project.ask = Answers("overwrite")
    with qtbot.waitSignal(b.project.saved, timeout=10000):
        b.project.save()
    assert open_project(project_file).result.events[0].headline == "B's headline"
    assert not b.isWindowModified()


def test_save_as_is_offered_when_the_file_changed(make_window, qtbot, project_file: Path, tmp_path: Path) -> None:
    a, b = opened(make_window, qtbot, project_file), opened(make_window, qtbot, project_file)
    edit_headline(a, "A's headline")
    edit_headline(b, "B's headline")
    with qtbot.waitSignal(a.project.saved, timeout=10000):
        a.project.save()
    b.project.ask = Answers("save_as")
    b.project.choose_save_path = lambda: str(tmp_path / "mine.chronicle")
    with qtbot.waitSignal(b.project.saved, timeout=10000):
        b.project.save()
    assert open_project(tmp_path / "mine.chronicle").result.events[0].headline == "B's headline"
    assert open_project(project_file).result.events[0].headline == "A's headline"


def test_one_window_saving_and_closing_leaves_the_others_autosave(make_window, qtbot, project_file: Path) -> None:
    a, b = opened(make_window, qtbot, project_file), opened(make_window, qtbot, project_file)
    for window in (a, b):
        window.project.autosave_timer.setInterval(30)
    edit_headline(b, "B's unsaved headline")
    with qtbot.waitSignal(b.project.autosaved, timeout=10000) as b_saved:
        pass
    edit_headline(a, "A's headline")
    with qtbot.waitSignal(a.project.autosaved, timeout=10000) as a_saved:
        pass
    assert a_saved.args[0] != b_saved.args[0]
    a.project.ask = Answers("overwrite")
    with qtbot.waitSignal(a.project.saved, timeout=10000):
        a.project.save()
    a.close()
    assert not Path(a_saved.args[0]).exists()
    assert Path(b_saved.args[0]).is_file()  # B's recovery file survives A's clean close
    assert open_project(b_saved.args[0]).result.events[0].headline == "B's unsaved headline"


def test_a_project_on_read_only_storage_opens_and_save_goes_to_save_as(
    make_window, qtbot, project_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_connect = store._connect
    monkeypatch.setattr(
        store, "_connect",
        lambda p, mode: real_connect(p, mode) if "immutable" in mode or Path(p) != project_file
        else (_ for _ in ()).throw(sqlite3.OperationalError("unable to open database file")),
    )
    window = opened(make_window, qtbot, project_file)
    assert window.project.read_only and "read-only" in window.statusBar().currentMessage()
    assert window.windowTitle().startswith("talks (read-only)")
    assert len(window.session.events) == len(fake_result().events)
    edit_headline(window, "kept elsewhere")
    chosen: list[str] = []
    window.project.choose_save_path = lambda: chosen.append("asked") or str(tmp_path / "copy.chronicle")
    with qtbot.waitSignal(window.project.saved, timeout=10000):
        window.project.save()
    assert chosen == ["asked"] and window.project.path == tmp_path / "copy.chronicle"
    assert "read-only" not in window.windowTitle()


def test_rows_left_out_on_load_are_listed_in_problems(make_window, qtbot, project_file: Path) -> None:
    db = sqlite3.connect(project_file)
    db.execute("UPDATE events SET confidence = 'high' WHERE pos = 0")
    db.commit()
    db.close()
    window = opened(make_window, qtbot, project_file)
    assert len(window.session.events) == len(fake_result().events) - 1
    assert any("left out" in e and "confidence" in e for e in window.session.errors)


def test_an_autosave_failure_stays_shown_until_an_autosave_succeeds(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window(fake_result())
    project = window.project
    project.autosave_timer.setInterval(30)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the recovery folder should be", encoding="utf-8")
    project.recovery_folder = blocker
    edit_headline(window, "first")
    qtbot.waitUntil(lambda: project.autosave_problem.isVisibleTo(window), timeout=10000)
    assert "Autosave failed" in project.autosave_problem.text()
    window.statusBar().showMessage("something else", 10)
    qtbot.wait(50)
    assert project.autosave_problem.isVisibleTo(window)  # not a message that times out
    project.recovery_folder = tmp_path / "recovery"
    edit_headline(window, "second")
    with qtbot.waitSignal(project.autosaved, timeout=10000):
        pass
    assert not project.autosave_problem.isVisibleTo(window)
