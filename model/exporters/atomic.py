"""Atomic file writes: a failed export never clobbers the file that was there before."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from model.exporters.base import ExportError


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write to a temporary file in the same folder, then ``os.replace`` it over ``path``.

    Same folder so the rename stays on one file system (and is atomic there). A failure is an
    ``ExportError`` naming ``path`` (the file the user chose), never the temporary file.
    """
    try:
        _write_atomic(Path(path), data)
    except OSError as exc:
        reason = exc.strerror or " ".join(str(exc).split()) or type(exc).__name__
        if reason.startswith(f"{path}: "):
            reason = reason[len(f"{path}: ") :]
        raise ExportError(f"{path}: cannot write: {reason}") from None


def _write_atomic(path: Path, data: bytes | str) -> None:
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path = Path(path)
    parent = path.parent
    if not parent.is_dir():
        raise FileNotFoundError(f"the folder {parent} does not exist")
    if path.is_dir():
        raise IsADirectoryError("is a folder, not a file")
    # Keep the mode of the file we replace; mkstemp's 0600 would otherwise leak into the output.
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    # os.umask can only be read by setting it; restore at once.
    current = os.umask(0o022)
    os.umask(current)
    return current
