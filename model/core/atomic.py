"""The one way Chronicle replaces a file: data exports, images and project files alike.

A temporary file is filled beside the target (same folder: the rename stays on one file system,
where it is atomic), flushed to disk, given the file-mode policy below, and renamed over the
target; the folder is flushed too, so the rename survives a crash. On any failure the temporary
file is removed and the target is left as it was.

File mode: replacing a file keeps its mode (a 0640 project stays 0640); a new file gets what any
program's new file gets, 0666 less the umask (``mkstemp``'s private 0600 must not leak into a file
meant for sharing).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def replace_file(
    path: str | os.PathLike[str],
    fill: Callable[[Path], None],
    *,
    temp: Path | None = None,
    remove: Callable[[Path], None] | None = None,
    before_rename: Callable[[], None] | None = None,
) -> None:
    """Have ``fill`` write a temporary file beside ``path``, then put it in place in one step.

    ``temp`` names the temporary file (default: a fresh hidden name beside the target; a given
    name is removed first if it exists); ``remove`` deletes a temporary file and anything it left
    beside it (default: the file alone); ``before_rename`` runs just before the rename (a project
    drops the old file's SQLite journal there).
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"the folder {folder} does not exist")
    if target.is_dir():
        raise IsADirectoryError("is a folder, not a file")
    mode = file_mode(target)
    drop = remove or _unlink
    if temp is None:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        os.close(fd)
        temp = Path(name)
    else:
        drop(temp)
    try:
        fill(temp)
        fsync(temp)
        os.chmod(temp, mode)
        if before_rename is not None:
            before_rename()
        os.replace(temp, target)
    except BaseException:
        drop(temp)
        raise
    fsync(folder)


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data

    def fill(temp: Path) -> None:
        temp.write_bytes(payload)

    replace_file(path, fill)


def file_mode(path: Path) -> int:
    """The mode a file written to ``path`` gets: the replaced file's, else 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_umask()


def fsync(path: Path) -> None:
    """Flush a file to disk (a full disk says so here), or a folder's entries (best effort: some
    file systems cannot fsync a folder)."""
    folder = path.is_dir()
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        if folder:
            return
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not folder:
            raise
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _umask() -> int:
    # os.umask can only be read by setting it; restore at once.
    current = os.umask(0o022)
    os.umask(current)
    return current
