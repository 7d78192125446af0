"""Paths as given to the files to read: directories walked (supported suffixes only, sorted),
missing paths and unsupported files reported."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

from model.loaders.parquet_corpus import is_companion_table
from model.loaders.result import LoadError


def discover(raw: str | Path, suffixes: tuple[str, ...]) -> Iterator[Path | LoadError]:
    shown = str(raw)
    if not shown.strip():  # Path("") is the current folder: never load it by accident
        yield LoadError(repr(shown), "empty path")
        return
    if "\x00" in shown:
        yield LoadError(repr(shown), "not a valid path")
        return
    path = Path(raw)
    try:
        if path.is_dir():
            yield from _walk(path, shown, suffixes)
            return
        if not path.exists():
            yield LoadError(shown, _why_missing(path))
            return
        if not path.is_file():
            yield LoadError(shown, "not a regular file")
            return
    except OSError as exc:
        yield LoadError(shown, f"cannot access: {exc.strerror or exc}")
        return
    except ValueError:
        yield LoadError(repr(shown), "not a valid path")
        return
    if path.suffix.lower() not in suffixes:
        kind = f"'{path.suffix}'" if path.suffix else "without a suffix"
        yield LoadError(shown, f"unsupported file type {kind} (supported: {', '.join(suffixes)})")
        return
    yield path


def _why_missing(path: Path) -> str:
    """exists() is False for a dangling link and a loop of links too: say which it is."""
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:  # Python < 3.13 reports a loop this way
            return "a loop of symbolic links, not a file"
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return "a loop of symbolic links, not a file"
            return f"a symbolic link to a missing file ({os.readlink(path)})"
    return "no such file or directory"


def _walk(root: Path, shown: str, suffixes: tuple[str, ...]) -> Iterator[Path | LoadError]:
    found: list[Path] = []
    problems: list[LoadError] = []

    def on_error(exc: OSError) -> None:
        problems.append(LoadError(exc.filename or shown, f"cannot read directory: {exc.strerror or exc}"))

    # Hidden folders (.git, .venv…) hold no articles; symlinked folders are not followed (no loops).
    for folder, dirs, files in os.walk(root, onerror=on_error):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = Path(folder) / name
            # Regular files only: reading a FIFO or device found in a folder would block.
            # An extraction's events table beside its articles holds no articles.
            if (
                not name.startswith(".")
                and path.suffix.lower() in suffixes
                and path.is_file()
                and not is_companion_table(path)
            ):
                found.append(path)
    yield from problems
    if not found and not problems:
        yield LoadError(shown, f"directory holds no article files ({', '.join(suffixes)})")
    yield from sorted(found, key=lambda p: p.as_posix())
