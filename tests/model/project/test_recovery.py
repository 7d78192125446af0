"""Recovery files: where they go, what find_recovery offers, and what it leaves alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from model.project import ProjectError, open_project, save_project
from model.project.recovery import (
    discard_recovery,
    find_recovery,
    recovery_path,
    recovery_target,
    write_recovery,
)
from tests.fakes import fake_result


def test_untitled_work_goes_to_the_recovery_folder_and_is_found(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    path = recovery_path(None, "t1", folder)
    assert path.parent == folder and path.name.endswith(".chronicle.autosave")
    result = fake_result()
    result.events[0].starred = True
    write_recovery(path, result, [], None)

    (found,) = find_recovery(folder=folder)
    assert found.path == path and found.project_path is None
    assert (found.articles, found.events) == (2, 5)
    assert "an untitled project" in found.describe()
    assert open_project(found.path).result.events[0].starred

    discard_recovery(found.path)
    assert find_recovery(folder=folder) == []


def test_a_saved_projects_autosave_sits_beside_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHRONICLE_RECOVERY_DIR", str(tmp_path / "elsewhere"))
    project = tmp_path / "talks.chronicle"
    save_project(fake_result(), project)
    path = recovery_path(project, "mine")
    assert path == tmp_path / "talks.chronicle.autosave-mine"
    write_recovery(path, fake_result(), [], project)
    assert find_recovery() == []  # not in the recovery folder...
    (found,) = find_recovery(projects=[project])  # ...but beside a recent project
    assert found.project_path == project and "talks.chronicle" in found.describe()


def test_the_autosave_of_a_running_process_is_not_offered(tmp_path: Path) -> None:
    path = recovery_path(None, "live", tmp_path)
    write_recovery(path, fake_result(), [], None)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        import sqlite3

        db = sqlite3.connect(path)
        db.execute("UPDATE meta SET value = ? WHERE key = 'pid'", (str(sleeper.pid),))
        db.commit()
        db.close()
        assert find_recovery(folder=tmp_path) == []
    finally:
        sleeper.kill()
        sleeper.wait()
    assert [r.path for r in find_recovery(folder=tmp_path)] == [path]  # its owner is gone: offered


def test_unreadable_recovery_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "untitled-x.chronicle.autosave").write_bytes(b"garbage")
    assert find_recovery(folder=tmp_path) == []


def test_the_recovery_folder_is_the_given_one_then_the_environment_then_app_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.project.recovery import ENV_FOLDER, recovery_folder

    monkeypatch.setenv(ENV_FOLDER, str(tmp_path / "env"))
    assert recovery_folder(tmp_path / "given", app_data=tmp_path / "data") == tmp_path / "given"
    assert recovery_folder(app_data=tmp_path / "data") == tmp_path / "env"
    monkeypatch.delenv(ENV_FOLDER)
    assert recovery_folder(app_data=tmp_path / "data") == tmp_path / "data" / "recovery"
    assert recovery_folder() == Path.home() / ".chronicle" / "recovery"


def test_the_project_layer_runs_without_qt() -> None:
    # The command line reads and writes projects; recovery must not pull Qt in.
    code = "import sys, model.project.recovery; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[3]).returncode == 0


def test_two_instances_autosave_to_files_of_their_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 17, item 4: A saving and closing removes only A's autosave; B's (crashed) is offered."""
    monkeypatch.setenv("CHRONICLE_RECOVERY_DIR", str(tmp_path / "elsewhere"))
    project = tmp_path / "talks.chronicle"
    save_project(fake_result(), project)
    mine, theirs = recovery_path(project, "aaaa"), recovery_path(project, "bbbb")
    assert mine != theirs
    crashed = fake_result()
    crashed.events[0].headline = "B's unsaved headline"
    write_recovery(theirs, crashed, [], project)  # B autosaves, then crashes
    write_recovery(mine, fake_result(), [], project)
    discard_recovery(mine)  # A saves and closes cleanly
    assert theirs.is_file()
    (found,) = find_recovery(projects=[project])
    assert found.path == theirs and found.project_path == project


def test_an_older_shared_autosave_is_still_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHRONICLE_RECOVERY_DIR", str(tmp_path / "elsewhere"))
    project = tmp_path / "talks.chronicle"
    save_project(fake_result(), project)
    old = tmp_path / "talks.chronicle.autosave"
    write_recovery(old, fake_result(), [], project)
    assert [r.path for r in find_recovery(projects=[project])] == [old]


def test_a_moved_project_folder_is_never_recreated_by_autosave(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 17, item 13: the autosave goes to the recovery folder when the project's folder is gone."""
    monkeypatch.setenv("CHRONICLE_RECOVERY_DIR", str(tmp_path / "recovery"))
    folder = tmp_path / "work"
    folder.mkdir()
    project = folder / "talks.chronicle"
    save_project(fake_result(), project)
    first = recovery_target(None, project, "tok")
    assert first.parent == folder
    folder.rename(tmp_path / "moved")
    target = recovery_target(first, project, "tok")
    assert target.parent == tmp_path / "recovery" and "talks" in target.name
    write_recovery(target, fake_result(), [], project)
    assert not folder.exists()
    (found,) = find_recovery()
    assert found.project_path == project
    with pytest.raises(ProjectError):  # written to the old place directly: fails, recreates nothing
        write_recovery(first, fake_result(), [], project)
    assert not folder.exists()


def test_a_recovery_remembers_which_save_of_the_project_it_started_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHRONICLE_RECOVERY_DIR", str(tmp_path / "elsewhere"))
    project = tmp_path / "talks.chronicle"
    save_id = save_project(fake_result(), project)["save_id"]
    write_recovery(recovery_path(project, "t"), fake_result(), [], project, save_id)
    (found,) = find_recovery(projects=[project])
    assert found.project_save_id == save_id
