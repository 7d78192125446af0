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
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    message = _error(loop)
    assert "loop" in message and "no such file" not in message


def test_a_dangling_link_names_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert "symbolic link to a missing file" in _error(link)


def test_a_missing_file_is_still_no_such_file(tmp_path: Path) -> None:
    assert "no such file" in _error(tmp_path / "missing.txt")
