"""Issue 17: two windows on one file, a full disk, read-only storage, wrong-typed rows and the
messages for each; nothing the user saved is lost silently."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from model.project import ProjectChangedError, ProjectError, open_project, save_project, store
from tests.fakes import fake_result
from tests.model.project.states import state, state_number

ROOT = Path(__file__).resolve().parents[3]


# --- item 3: two app instances on one project ---------------------------------------------------
def test_a_save_over_someone_elses_save_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "p.chronicle"
    save_project(state(0), path)
    first, second = open_project(path), open_project(path)  # two windows
    save_project(state(1), path, expected=first.save_id)  # A saves
    with pytest.raises(ProjectChangedError, match="changed on disk") as info:
        save_project(state(2), path, expected=second.save_id)  # B saves: refused
    assert "\n" not in str(info.value) and str(path) in str(info.value)
    assert state_number(open_project(path).result) == 1  # A's save is still there
    save_project(state(2), path, expected=None)  # B chose "overwrite"
    assert state_number(open_project(path).result) == 2


def test_each_save_gets_a_new_identity_and_a_higher_revision(tmp_path: Path) -> None:
    path = tmp_path / "p.chronicle"
    written = save_project(fake_result(), path)
    project = open_project(path)
    assert project.save_id == written["save_id"] and project.meta["revision"] == "1"
    again = save_project(fake_result(), path, expected=project.save_id)
    assert again["revision"] == "2" and again["save_id"] != written["save_id"]
    assert open_project(path).save_id == again["save_id"]


def test_a_file_replaced_by_something_else_counts_as_changed(tmp_path: Path) -> None:
    path = tmp_path / "p.chronicle"
    save_project(fake_result(), path)
    project = open_project(path)
    path.write_text("someone put a text file here", encoding="utf-8")
    with pytest.raises(ProjectChangedError):
        save_project(fake_result(), path, expected=project.save_id)
    assert path.read_text(encoding="utf-8") == "someone put a text file here"


# --- item 5: nearly full disk -----------------------------------------------------------------
def test_the_saved_file_is_whole_on_its_own_even_while_a_reader_holds_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "p.chronicle"
    save_project(state(0), path)
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM events").fetchone()  # blocks any checkpoint of the old file
    alone = tmp_path / "copy" / "p.chronicle"
    alone.parent.mkdir()
    try:
        save_project(state(1), path)
        shutil.copyfile(path, alone)  # the file without any -wal beside it, the reader still there
    finally:
        reader.close()
    assert state_number(open_project(alone).result) == 1


class _CheckpointFails:
    """A connection whose WAL checkpoint cannot complete (as on a full disk); the rest is real."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def execute(self, sql: str, *args: object) -> object:
        if "wal_checkpoint" in sql:
            return self._db.execute("SELECT 0, 5, 2")  # 5 frames in the WAL, 2 copied into the file
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._db, name)


def test_a_save_whose_checkpoint_fails_is_reported_and_the_old_file_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.chronicle"
    save_project(state(0), path)
    real_connect = store._connect
    monkeypatch.setattr(store, "_connect", lambda p, mode: _CheckpointFails(real_connect(p, mode)) if mode == "rwc" else real_connect(p, mode))
    with pytest.raises(ProjectError, match="could not be completed"):
        save_project(state(1), path)
    monkeypatch.undo()
    assert state_number(open_project(path).result) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.chronicle"]


FULL_DISK = """
import resource, signal, sys
from model.project import ProjectError, save_project
from tests.model.project.states import state
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    save_project(state(1), sys.argv[1])
except ProjectError as exc:
    print("failed:", exc)
else:
    print("saved")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_save_that_does_not_fit_is_reported_and_the_last_good_state_stays(tmp_path: Path) -> None:
    path = tmp_path / "p.chronicle"
    small = state(0)
    del small.events[40:]
    save_project(small, path)
    limit = path.stat().st_size + 8192  # room for a little more, not for state(1)
    proc = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(path), str(limit)], capture_output=True, text=True, cwd=ROOT, timeout=120,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert proc.stdout.startswith("failed:"), proc.stdout + proc.stderr
    assert "cannot save" in proc.stdout and len(proc.stdout.strip().splitlines()) == 1
    reopened = open_project(path)
    assert len(reopened.result.events) == 40 and {e.headline for e in reopened.result.events} == {"state 0"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.chronicle"]  # no temp file left


# --- item 6: read-only storage ------------------------------------------------------------------
def test_a_project_on_read_only_storage_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.chronicle"
    save_project(fake_result(), path)
    before = path.read_bytes()
    real_connect = store._connect

    def read_only_medium(p: Path, mode: str) -> sqlite3.Connection:
        # As SQLite does on read-only media with a WAL file: only an immutable open works (a test
        # run as root cannot make real read-only storage).
        if "immutable" not in mode:
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(p, mode)

    monkeypatch.setattr(store, "_connect", read_only_medium)
    project = open_project(path)
    assert project.read_only
    assert len(project.result.events) == len(fake_result().events)
    assert path.read_bytes() == before


def test_a_writable_project_is_not_read_only(tmp_path: Path) -> None:
    path = tmp_path / "p.chronicle"
    save_project(fake_result(), path)
    assert not open_project(path).read_only


# --- item 12: wrong-typed values ----------------------------------------------------------------
def test_rows_with_wrong_typed_values_are_left_out_and_listed(tmp_path: Path) -> None:
    path = tmp_path / "p.chronicle"
    result = fake_result()
    save_project(result, path)
    db = sqlite3.connect(path)
    ids = [e.id for e in result.events]
    db.execute("UPDATE events SET confidence = 'very sure' WHERE id = ?", (ids[0],))
    db.execute("UPDATE events SET participants = '[{\"name\": \"Biden\"}]' WHERE id = ?", (ids[1],))
    db.execute("UPDATE events SET sentence_start = 2147483648, sentence_end = 2147483700 WHERE id = ?", (ids[2],))
    db.commit()
    db.close()
    project = open_project(path)
    assert [e.id for e in project.result.events] == ids[3:]
    assert len(project.problems) == 3
    for problem, event_id, word in zip(project.problems, ids, ("confidence", "participants", "offsets"), strict=False):
        assert event_id in problem and word in problem and str(path) in problem and "\n" not in problem
    assert len(project.result.articles) == len(result.articles)


def test_an_article_row_with_wrong_types_is_left_out_with_its_events(tmp_path: Path) -> None:
    path = tmp_path / "p.chronicle"
    result = fake_result()
    save_project(result, path)
    db = sqlite3.connect(path)
    db.execute("UPDATE articles SET dct_confidence = 'high' WHERE id = 'b'")
    db.commit()
    db.close()
    project = open_project(path)
    assert [a.id for a in project.result.articles] == ["a"]
    assert all(e.article == "a" for e in project.result.events)
    assert any("article row" in p and "(b)" in p for p in project.problems)


# --- item 13: messages --------------------------------------------------------------------------
@pytest.mark.parametrize("keep", [10, 60, 4096 + 100])
def test_a_truncated_project_is_called_truncated(tmp_path: Path, keep: int) -> None:
    path = tmp_path / "p.chronicle"
    save_project(state(0), path)
    path.write_bytes(path.read_bytes()[:keep])
    with pytest.raises(ProjectError) as info:
        open_project(path)
    said = str(info.value).removeprefix(f"{path}: ")  # the test's folder name holds the word too
    assert said.startswith("damaged project file (truncated") and "another program" not in said


def test_saving_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    target = tmp_path / "moved-away" / "p.chronicle"
    with pytest.raises(ProjectError, match="folder .*moved-away does not exist"):
        save_project(fake_result(), target)
    assert not target.parent.exists()


def test_saving_into_a_read_only_folder_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access
    monkeypatch.setattr(store.os, "access", lambda p, m: False if m == os.W_OK else real_access(p, m))
    with pytest.raises(ProjectError, match="read-only") as info:
        save_project(fake_result(), tmp_path / "p.chronicle")
    assert "unable to open database file" not in str(info.value)


def test_a_symlink_loop_is_not_no_such_file(tmp_path: Path) -> None:
    link = tmp_path / "circular.chronicle"
    link.symlink_to(link)
    with pytest.raises(ProjectError) as info:
        open_project(link)
    said = str(info.value).removeprefix(f"{link}: ")
    assert said == "a loop of symbolic links, not a file"
