"""The one atomic file writer (model.core.atomic) and its one file-mode policy, for data exports,
images and project files alike."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from model.core.atomic import file_mode, replace_file, write_atomic
from model.project import save_project
from tests.fakes import fake_result


def test_replacing_keeps_the_old_file_mode(tmp_path: Path) -> None:
    out = tmp_path / "x.txt"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    write_atomic(out, "new")
    assert out.read_text(encoding="utf-8") == "new"
    assert out.stat().st_mode & 0o777 == 0o640


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def test_a_new_file_gets_the_usual_mode_not_a_private_temporary_one(tmp_path: Path) -> None:
    out = tmp_path / "new.json"
    write_atomic(out, b"{}")
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()


def test_a_failed_fill_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "x.txt"
    out.write_text("precious", encoding="utf-8")

    def fail(temp: Path) -> None:
        temp.write_text("half", encoding="utf-8")
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        replace_file(out, fail)
    assert [p.name for p in tmp_path.iterdir()] == ["x.txt"]
    assert out.read_text(encoding="utf-8") == "precious"


@pytest.mark.parametrize("kind", ["project", "image", "data"])
def test_every_writer_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path, kind: str) -> None:
    out = tmp_path / {"project": "talks.chronicle", "image": "timeline.svg", "data": "events.json"}[kind]
    out.write_bytes(b"not yet")
    out.chmod(0o640)
    if kind == "project":
        save_project(fake_result(), out)  # not a project yet: written beside and renamed over
    elif kind == "image":
        from gui.export.image_export import write_atomically

        write_atomically(out, b"<svg/>")
    else:
        write_atomic(out, "{}")
    assert file_mode(out) == 0o640
