"""Issue 17, item 13: a loop of symbolic links and a dangling link are told as such, not 'no such file'."""

from __future__ import annotations

from pathlib import Path

from model.loaders.discover import discover
from model.loaders.result import LoadError


def _error(path: Path) -> str:
    (found,) = list(discover(path, (".txt",)))
    assert isinstance(found, LoadError)
    return str(found)


def test_a_symlink_loop_is_called_a_loop(tmp_path: Path) -> None:
    link = tmp_path / "circular.txt"
    link.symlink_to(link)
    message = _error(link).removeprefix(f"{link}: ")
    assert message == "a loop of symbolic links, not a file"


def test_a_dangling_link_names_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert "symbolic link to a missing file" in _error(link)


def test_a_missing_file_is_still_no_such_file(tmp_path: Path) -> None:
    assert "no such file" in _error(tmp_path / "missing.txt")
