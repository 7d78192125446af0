"""What every exporter shares: the result it reads, its registry entry, its error."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from model.core.atomic import write_atomic
from model.core.documents import Article
from model.core.events import Event


class ResultLike(Protocol):
    """The part of ``model.core.result.ExtractionResult`` exporters read (kept loose so tests need no NLP)."""

    @property
    def articles(self) -> Sequence[Article]: ...

    @property
    def events(self) -> Sequence[Event]: ...


class ExportError(ValueError):
    """An export the user asked for that cannot be done (unknown format, bad output path)."""

    user_facing = True  # its one line is the whole story: background jobs print no traceback


Render = Callable[[ResultLike], "bytes | str"]
Write = Callable[[ResultLike, Path], list[Path]]


@dataclass(frozen=True)
class Exporter:
    """One data format: how to render it, and how to write it when one file is not enough."""

    name: str
    label: str  # for file dialogs: "CSV (*.csv)"
    suffix: str  # default file suffix, with the dot
    render: Render
    # Formats that may produce several files (TimeML) write themselves; others get an atomic single file.
    write: Write | None = None


def articles_by_id(result: ResultLike) -> dict[str, Article]:
    return {a.id: a for a in result.articles}


def write_export(path: Path, data: bytes | str) -> None:
    """Replace ``path`` with an export (``model.core.atomic.write_atomic``); a failure is an
    ``ExportError`` naming ``path`` (the file the user chose), never the temporary file."""
    try:
        write_atomic(path, data)
    except OSError as exc:
        reason = exc.strerror or " ".join(str(exc).split()) or type(exc).__name__
        if reason.startswith(f"{path}: "):
            reason = reason[len(f"{path}: ") :]
        raise ExportError(f"{path}: cannot write: {reason}") from None
