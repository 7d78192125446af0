"""Saving and reopening a `.chronicle` project: the articles, the extraction results, the user's edits.

    save_project(result, "talks.chronicle", edits=journal)   # one transaction; never half-written
    project = open_project("talks.chronicle")                 # .result, .edits, .meta
    result = load_project("talks.chronicle")                  # just the ExtractionResult

Reopening never re-runs extraction: the events are read back as saved, so
``ExtractionResult.docs`` is empty after a load. Anything that needs the parsed doc of an
article (a DCT edit re-dating its expressions) must parse that one article again from its
stored text (``Article.text`` is kept exactly as read, so the stored offsets stay valid) and
rebuild that article's events only; the other articles' events and curation stay as stored.

Writing: the file is an SQLite database in WAL mode and every save is one transaction.
Saving over an existing project of the current version rewrites it in place inside that
transaction (a crash or a failed write leaves the last committed state). Saving anywhere else
(first save, Save As, an older or foreign file) writes a temporary file beside the target and
renames it over the target only once it is complete, so a failed save leaves the previous
file intact. Every problem is a ``ProjectError`` whose message is one line naming the file.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from model.core.documents import Article, DocumentDate, EventMention, Evidence, TextSpan
from model.core.events import Event, EventDate
from model.nlp.pipeline import ExtractionResult
from model.project import schema

PROJECT_SUFFIX = ".chronicle"
SQLITE_HEADER = b"SQLite format 3\x00"
_CHUNK = 2000  # rows per executemany, between progress reports

ProgressFn = Callable[[int, int], None]


class ProjectError(Exception):
    """A project file that cannot be read or written; str() is one line naming the file."""


@dataclass(frozen=True)
class Edit:
    """One entry of the journal of user edits kept in the project."""

    time: str  # ISO 8601, UTC
    kind: str  # e.g. "event", "article", "events", "restore"
    event_id: str = ""
    article_id: str = ""
    description: str = ""

    @classmethod
    def now(cls, kind: str, description: str = "", *, event_id: str = "", article_id: str = "") -> Edit:
        stamp = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
        return cls(stamp, kind, event_id, article_id, description)


@dataclass
class Project:
    path: Path
    result: ExtractionResult
    edits: list[Edit] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return project_name(self.path)


def is_project_path(path: str | os.PathLike[str]) -> bool:
    return str(path).lower().endswith(PROJECT_SUFFIX)


def project_name(path: str | os.PathLike[str]) -> str:
    name = Path(path).name
    return name[: -len(PROJECT_SUFFIX)] if is_project_path(name) else name


# --- saving ------------------------------------------------------------------------------------
def save_project(
    result: ExtractionResult,
    path: str | os.PathLike[str],
    *,
    edits: Sequence[Edit] = (),
    meta: dict[str, str] | None = None,
    progress: ProgressFn | None = None,
) -> None:
    """Write the whole workspace to ``path`` in one transaction (see the module docstring)."""
    target = Path(path)
    try:
        if _version_of(target) == schema.SCHEMA_VERSION:
            _write_in_place(target, result, edits, meta or {}, progress)
        else:
            _write_beside_and_rename(target, result, edits, meta or {}, progress)
    except ProjectError:
        raise
    except sqlite3.Error as exc:
        raise ProjectError(f"{target}: cannot save: {_one_line(exc)}") from exc
    except OSError as exc:
        raise ProjectError(f"{target}: cannot save: {exc.strerror or _one_line(exc)}") from exc


def _version_of(path: Path) -> int | None:
    """The schema version of an existing Chronicle project at ``path``; None for anything else."""
    try:
        with path.open("rb") as f:
            if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        db = _connect(path, "rw")
    except (OSError, sqlite3.Error):
        return None
    try:
        if db.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
            return None
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        db.close()


def _write_in_place(
    path: Path, result: ExtractionResult, edits: Sequence[Edit], meta: dict[str, str], progress: ProgressFn | None
) -> None:
    db = _connect(path, "rw")
    try:
        _configure(db)
        db.execute("BEGIN IMMEDIATE")
        try:
            created = db.execute("SELECT value FROM meta WHERE key = 'created'").fetchone()
            for table in ("meta", "articles", "events", "event_mentions", "edits"):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            _fill(db, result, edits, {**({"created": created[0]} if created else {}), **meta}, progress)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:  # SQLite may already have rolled back (disk full)
                db.execute("ROLLBACK")
            raise
    finally:
        db.close()  # the last connection checkpoints the WAL into the file and removes it


def _write_beside_and_rename(
    path: Path, result: ExtractionResult, edits: Sequence[Edit], meta: dict[str, str], progress: ProgressFn | None
) -> None:
    temp = path.with_name(f".{path.name}.{os.getpid()}.saving")
    _remove_database(temp)
    try:
        db = _connect(temp, "rwc")
        try:
            _configure(db)
            db.execute("BEGIN IMMEDIATE")
            schema.create(db)
            _fill(db, result, edits, meta, progress)
            db.execute("COMMIT")
        finally:
            db.close()
        _fsync(temp)
        # A WAL left beside the old file by a crash must not be replayed into the new one.
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(temp, path)
        _fsync(path.parent)
    except BaseException:
        _remove_database(temp)
        raise


def _configure(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")  # a committed save survives a crash right after it


def _fill(
    db: sqlite3.Connection,
    result: ExtractionResult,
    edits: Sequence[Edit],
    meta: dict[str, str],
    progress: ProgressFn | None,
) -> None:
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    values = {"app": "Chronicle", "created": now, **meta, "saved": now}
    db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(values.items()))
    total = len(result.articles) + len(result.events)
    done = 0

    def insert(sql: str, rows: Iterable[tuple[object, ...]]) -> None:
        nonlocal done
        chunk: list[tuple[object, ...]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= _CHUNK:
                db.executemany(sql, chunk)
                done += len(chunk)
                chunk.clear()
                if progress is not None:
                    progress(done, total)
        if chunk:
            db.executemany(sql, chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)

    insert(
        f"INSERT INTO articles VALUES ({', '.join('?' * 13)})",
        (_article_row(i, a) for i, a in enumerate(result.articles)),
    )
    insert(
        f"INSERT INTO events VALUES ({', '.join('?' * 24)})",
        (_event_row(i, e) for i, e in enumerate(result.events)),
    )
    db.executemany(
        "INSERT INTO event_mentions (article, mentions) VALUES (?, ?)",
        [(a.id, json.dumps([[m.start, m.end, m.event_class] for m in a.event_mentions]))
         for a in result.articles if a.event_mentions],
    )
    db.executemany(
        "INSERT INTO edits (time, kind, event_id, article_id, description) VALUES (?, ?, ?, ?, ?)",
        [(e.time, e.kind, e.event_id, e.article_id, e.description) for e in edits],
    )


def _article_row(pos: int, a: Article) -> tuple[object, ...]:
    evidence = json.dumps([[e.start, e.end, e.text, e.reason] for e in a.dct.evidence], ensure_ascii=False)
    return (
        pos, a.id, a.path, a.text, a.title, a.source, a.url, a.metadata_date, a.format,
        a.dct.value, a.dct.source, a.dct.confidence, evidence,
    )


def _event_row(pos: int, e: Event) -> tuple[object, ...]:
    return (
        pos, e.id, e.article,
        e.date.value, e.date.start.isoformat(), e.date.end.isoformat(), e.date.granularity,
        e.headline,
        e.sentence.start, e.sentence.end, e.sentence.text,
        e.trigger.start, e.trigger.end, e.trigger.text,
        e.timex.start, e.timex.end, e.timex.text,
        json.dumps(e.participants, ensure_ascii=False), e.modality, e.confidence, e.cluster,
        int(e.starred), int(e.hidden), json.dumps(e.tags, ensure_ascii=False),
    )


# --- loading -----------------------------------------------------------------------------------
def load_project(path: str | os.PathLike[str]) -> ExtractionResult:
    return open_project(path).result


def open_project(path: str | os.PathLike[str]) -> Project:
    """Read a project back as saved (migrating an older file first); never re-runs extraction."""
    source = Path(path)
    _check_header(source)
    try:
        db = _open_current(source)
        try:
            return _read(db, source)
        finally:
            db.close()
    except ProjectError:
        raise
    except (sqlite3.DatabaseError, ValueError, TypeError, IndexError) as exc:
        raise ProjectError(f"{source}: damaged project file (corrupt database: {_one_line(exc)})") from exc
    except OSError as exc:
        raise ProjectError(f"{source}: cannot read: {exc.strerror or _one_line(exc)}") from exc


def _check_header(path: Path) -> None:
    try:
        if path.is_dir():
            raise ProjectError(f"{path}: is a directory, not a Chronicle project")
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise ProjectError(f"{path}: no such file") from None
    except OSError as exc:
        raise ProjectError(f"{path}: cannot read: {exc.strerror or _one_line(exc)}") from exc
    if not head:
        raise ProjectError(f"{path}: empty file, not a Chronicle project")
    if head != SQLITE_HEADER:
        raise ProjectError(f"{path}: not a Chronicle project (not an SQLite database)")


def _open_current(path: Path) -> sqlite3.Connection:
    """A connection on the project at the current schema version; validates and migrates."""
    try:
        db = _connect(path, "rw")
        readonly = False
    except sqlite3.OperationalError:  # a read-only file or folder
        db = _connect(path, "ro")
        readonly = True
    try:
        if db.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
            raise ProjectError(f"{path}: not a Chronicle project (an SQLite database of another program)")
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > schema.SCHEMA_VERSION:
            raise ProjectError(
                f"{path}: saved by a newer Chronicle (project version {version}; this one reads up to "
                f"{schema.SCHEMA_VERSION}): please update Chronicle"
            )
        if version < 1:
            raise ProjectError(f"{path}: not a Chronicle project (no schema version)")
        if version < schema.SCHEMA_VERSION:
            if readonly:
                db = _in_memory_copy(db)
            try:
                _migrate(db, version)
            except sqlite3.OperationalError as exc:
                if "readonly" not in str(exc).replace(" ", "").lower():
                    raise
                db = _in_memory_copy(db)  # SQLite opened a write-protected file read-only
                _migrate(db, version)
        return db
    except BaseException:
        db.close()
        raise


def _migrate(db: sqlite3.Connection, version: int) -> None:
    db.execute("BEGIN IMMEDIATE")
    try:
        schema.migrate(db, version)
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _in_memory_copy(db: sqlite3.Connection) -> sqlite3.Connection:
    """Migrate a read-only file in memory: it opens, the file on disk stays as it is."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    db.backup(memory)
    db.close()
    return memory


def read_summary(path: str | os.PathLike[str]) -> tuple[dict[str, str], int, int]:
    """A project's metadata and its numbers of articles and events, without reading them."""
    source = Path(path)
    _check_header(source)
    try:
        db = _open_current(source)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            n_articles = int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
            n_events = int(db.execute("SELECT count(*) FROM events").fetchone()[0])
            return meta, n_articles, n_events
        finally:
            db.close()
    except ProjectError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise ProjectError(f"{source}: damaged project file ({_one_line(exc)})") from exc


def _read(db: sqlite3.Connection, path: Path) -> Project:
    # Hundreds of thousands of new objects, none in a cycle: the collector would only rescan them
    # again and again (it doubled the reopen time of a 10,000-article project).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _read_all(db, path)
    finally:
        if collecting:
            gc.enable()


def _read_all(db: sqlite3.Connection, path: Path) -> Project:
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    articles = [_article(row) for row in db.execute("SELECT * FROM articles ORDER BY pos")]
    _attach_mentions(db, articles)
    rows = db.execute("SELECT * FROM events ORDER BY pos").fetchall()
    # One JSON parse per column rather than two per event: the parser's call cost dominated.
    participants = _json_lists([row[17] for row in rows])
    tags = _json_lists([row[23] for row in rows])
    events = [_event(row, p, t) for row, p, t in zip(rows, participants, tags, strict=True)]
    edits = [
        Edit(*row)
        for row in db.execute("SELECT time, kind, event_id, article_id, description FROM edits ORDER BY seq")
    ]
    return Project(path, ExtractionResult(articles, events), edits, meta)


def _article(row: tuple) -> Article:
    (_pos, id_, path, text, title, source, url, metadata_date, fmt, value, dct_source, confidence, evidence) = row
    dct = DocumentDate(value, dct_source, confidence, tuple(Evidence(*e) for e in json.loads(evidence)))
    return Article(id_, path, text, title, source, url, metadata_date, dct, fmt)


def _attach_mentions(db: sqlite3.Connection, articles: list[Article]) -> None:
    """Every recognised event of each article, as extraction found it (none in a version 2 file)."""
    rows = db.execute("SELECT article, mentions FROM event_mentions").fetchall()
    by_id = {a.id: a for a in articles}
    lists: list[list] = _json_lists([r[1] for r in rows])  # type: ignore[assignment]
    for (article_id, _), mentions in zip(rows, lists, strict=True):
        article = by_id.get(article_id)
        if article is not None:
            article.event_mentions = tuple(EventMention(int(m[0]), int(m[1]), str(m[2])) for m in mentions)


def _json_lists(texts: list[str]) -> list[list[str]]:
    """Many JSON lists (one per row) parsed in one call."""
    values = json.loads(f"[{','.join(texts)}]") if texts else []
    if len(values) != len(texts) or not all(isinstance(v, list) for v in values):
        raise ValueError("a list column does not hold JSON lists")
    return values


def _event(row: tuple, participants: list[str], tags: list[str]) -> Event:
    (
        _pos, id_, article, value, start, end, granularity, headline,
        s0, s1, stext, t0, t1, ttext, x0, x1, xtext,
        _participants, modality, confidence, cluster, starred, hidden, _tags,
    ) = row
    return Event(
        id=id_,
        article=article,
        date=EventDate(value, date.fromisoformat(start), date.fromisoformat(end), granularity),
        headline=headline,
        sentence=TextSpan(s0, s1, stext),
        trigger=TextSpan(t0, t1, ttext),
        timex=TextSpan(x0, x1, xtext),
        participants=participants,
        modality=modality,
        confidence=confidence,
        cluster=cluster,
        starred=bool(starred),
        hidden=bool(hidden),
        tags=tags,
    )


# --- files -------------------------------------------------------------------------------------
def _connect(path: Path, mode: str) -> sqlite3.Connection:
    # mode=rw never creates a file by accident; isolation_level=None: transactions are explicit.
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems cannot fsync a folder
    finally:
        os.close(fd)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
