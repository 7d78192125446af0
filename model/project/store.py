"""Saving and reopening a `.chronicle` project: the articles, the extraction results, the user's edits.

    save_project(result, "talks.chronicle", edits=journal)   # one transaction; never half-written
    project = open_project("talks.chronicle")                 # .result, .edits, .meta
    result = load_project("talks.chronicle")                  # just the ExtractionResult

Reopening never re-runs extraction: the events are read back as saved, so
``ExtractionResult.docs`` is empty after a load. Anything that needs the parsed doc of an
article (a DCT edit re-dating its expressions) must parse that one article again from its
stored text (``Article.text`` is kept exactly as read, so the stored offsets stay valid) and
rebuild that article's events only; the other articles' events and curation stay as stored.

Writing: every save writes a temporary file beside the target in one transaction, folds its
WAL into it (a checkpoint whose result is checked: a save that cannot be made whole fails) and
renames it over the target only once it is complete, so a failed save (full disk, read-only
folder, a crash) leaves the previous file intact and readable on its own.

Two programs on one file: every save stores a new ``save_id`` and a ``revision`` counter in the
project's metadata. A caller that passes the ``save_id`` it read (``expected=``) gets a
``ProjectChangedError`` instead of silently writing over a save made meanwhile by someone else.

Reading: a project on read-only storage opens read-only (``Project.read_only``); an older
version is migrated in memory and written in the new layout only by the next save; rows whose
values are of the wrong type are left out and listed in ``Project.problems``.
Every problem is a ``ProjectError`` whose message is one line naming the file.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import json
import math
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from model.core.atomic import replace_file
from model.core.documents import Article
from model.core.events import Event
from model.core.result import ExtractionResult
from model.core.rows import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    anchors_from_json,
    anchors_json,
    article_from_values,
    article_values,
    event_from_values,
    event_values,
    evidence_json,
    mentions_from_json,
    mentions_json,
)
from model.project import schema

PROJECT_SUFFIX = ".chronicle"
SQLITE_HEADER = b"SQLite format 3\x00"
_CHUNK = 2000  # rows per executemany, between progress reports

ProgressFn = Callable[[int, int], None]


class ProjectError(Exception):
    """A project file that cannot be read or written; str() is one line naming the file."""

    user_facing = True  # the one line is the whole story: background jobs print no traceback


class ProjectChangedError(ProjectError):
    """The file on disk was saved by someone else (another window) since it was read.

    Nothing was written. The caller chooses: reload it, save under another name, or save again
    with ``expected=None`` to overwrite the other save.
    """

    def __init__(self, path: Path, on_disk: dict[str, str]) -> None:
        saved = on_disk.get("saved", "")
        super().__init__(
            f"{path}: changed on disk since it was opened (saved {saved or 'by another program'}"
            f"{', revision ' + on_disk['revision'] if on_disk.get('revision') else ''}); not saved"
        )
        self.path = path
        self.on_disk = on_disk


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
    read_only: bool = False  # on read-only storage (or a file we may not write): Save As only
    problems: list[str] = field(default_factory=list)  # rows left out on load, one line each

    @property
    def name(self) -> str:
        return project_name(self.path)

    @property
    def save_id(self) -> str:
        """Who wrote the file last: pass it back as ``save_project(..., expected=)``."""
        return self.meta.get("save_id", "")


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
    expected: str | None = None,
) -> dict[str, str]:
    """Write the whole workspace to ``path`` (see the module docstring); returns the metadata written.

    ``expected``: the ``save_id`` of the file as the caller read it; if the file on disk is no
    longer that one, nothing is written and ``ProjectChangedError`` is raised.
    """
    target = Path(path)
    try:
        _check_folder(target)
        on_disk = _meta_on_disk(target)
        _check_unchanged(target, on_disk, expected)
        values = dict(meta or {})
        if on_disk is not None and "created" in on_disk:
            values.setdefault("created", on_disk["created"])
        revision = _int_or_zero((on_disk or {}).get("revision", "0")) + 1
        values.update(revision=str(revision), save_id=uuid.uuid4().hex)
        _write_beside_and_rename(target, result, edits, values, progress, lambda: _check_unchanged(target, _meta_on_disk(target), expected))
        return values
    except ProjectError:
        raise
    except sqlite3.Error as exc:
        raise ProjectError(f"{target}: cannot save: {_save_reason(target, exc)}") from exc
    except OSError as exc:
        raise ProjectError(f"{target}: cannot save: {_save_reason(target, exc)}") from exc


def _int_or_zero(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return 0


def _check_folder(target: Path) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.exists():
        raise ProjectError(f"{target}: cannot save: the folder {folder} does not exist")
    if not folder.is_dir():
        raise ProjectError(f"{target}: cannot save: {folder} is not a folder")
    if not os.access(folder, os.W_OK):
        raise ProjectError(f"{target}: cannot save: the folder {folder} is read-only (no permission to write there)")


def _save_reason(target: Path, exc: BaseException) -> str:
    """Words for the usual failures instead of SQLite's 'unable to open database file'."""
    folder = target.parent
    number = getattr(exc, "errno", None)
    text = _one_line(exc).lower()
    said = f"{exc.strerror}: " if isinstance(exc, OSError) and exc.strerror else ""
    if number == errno.EROFS or "read-only file system" in text:
        return f"{said}the folder {folder} is on read-only storage"
    if number in (errno.EACCES, errno.EPERM) or "permission denied" in text:
        return f"{said}no permission to write in {folder}"
    if number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) or "disk is full" in text or "too large" in text:
        return f"{said}the disk is full (or the file is too large for it); the previous file is unchanged"
    if "unable to open database file" in text:
        if not folder.is_dir():
            return f"the folder {folder} does not exist"
        return f"cannot create a file in {folder} (read-only or no permission)"
    if isinstance(exc, OSError):
        return exc.strerror or _one_line(exc)
    return _one_line(exc)


def _meta_on_disk(path: Path) -> dict[str, str] | None:
    """The metadata of the Chronicle project at ``path`` now; None when there is none."""
    if _version_of(path) is None:
        return None
    try:
        db = _open_reading(path)[0]
    except (OSError, sqlite3.Error, ProjectError):
        return None
    try:
        return dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        return None
    finally:
        db.close()


def _check_unchanged(path: Path, on_disk: dict[str, str] | None, expected: str | None) -> None:
    if expected is None:
        return
    if on_disk is None:
        if path.exists():  # replaced by something that is not a project (or not ours)
            raise ProjectChangedError(path, {})
        return  # deleted or moved away: writing it again loses nothing
    if on_disk.get("save_id", "") != expected:
        raise ProjectChangedError(path, on_disk)


def _version_of(path: Path) -> int | None:
    """The schema version of an existing Chronicle project at ``path``; None for anything else."""
    try:
        with path.open("rb") as f:
            if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        db = _open_reading(path)[0]
    except (OSError, sqlite3.Error, ProjectError):
        return None
    try:
        if db.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
            return None
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        db.close()


def _write_beside_and_rename(
    path: Path,
    result: ExtractionResult,
    edits: Sequence[Edit],
    meta: dict[str, str],
    progress: ProgressFn | None,
    before_rename: Callable[[], None] = lambda: None,
) -> None:
    def fill(temp: Path) -> None:
        db = _connect(temp, "rwc")
        try:
            _configure(db)
            db.execute("BEGIN IMMEDIATE")
            schema.create(db)
            _fill(db, result, edits, meta, progress)
            db.execute("COMMIT")
            # Fold the WAL into the file now and check it: a checkpoint that fails at close (a
            # full disk) would leave the file alone incomplete, its data only in the side file.
            busy, log, done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy or (log >= 0 and done != log):
                raise ProjectError(f"{path}: cannot save: the file could not be completed (disk full?); the previous file is unchanged")
        finally:
            db.close()
        wal = Path(f"{temp}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise ProjectError(f"{path}: cannot save: the file could not be completed (disk full?); the previous file is unchanged")

    def last_checks() -> None:
        before_rename()  # the last look for a save made meanwhile by another window
        # A WAL left beside the old file by a crash must not be replayed into the new one.
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    # The one atomic writer (model.core.atomic): same folder, fsync, the replaced file's mode.
    temp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.saving")
    replace_file(path, fill, temp=temp, remove=_remove_database, before_rename=last_checks)


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
        f"INSERT INTO articles VALUES ({', '.join('?' * (1 + len(ARTICLE_COLUMNS)))})",
        (_article_row(i, a) for i, a in enumerate(result.articles)),
    )
    insert(
        f"INSERT INTO events VALUES ({', '.join('?' * (1 + len(EVENT_COLUMNS)))})",
        (_event_row(i, e) for i, e in enumerate(result.events)),
    )
    db.executemany(
        "INSERT INTO event_mentions (article, mentions) VALUES (?, ?)",
        [(a.id, mentions_json(a.event_mentions)) for a in result.articles if a.event_mentions],
    )
    db.executemany(
        "INSERT INTO time_anchors (article, anchors) VALUES (?, ?)",
        [(a.id, anchors_json(a.time_anchors)) for a in result.articles if a.time_anchors],
    )
    db.executemany(
        "INSERT INTO edits (time, kind, event_id, article_id, description) VALUES (?, ?, ?, ?, ?)",
        [(e.time, e.kind, e.event_id, e.article_id, e.description) for e in edits],
    )


# The columns are model.core.rows' (the tables are laid out in its order, after ``pos``); SQLite
# gets dates as ISO text and lists as JSON.
_EVIDENCE, _BASED_ON = ARTICLE_COLUMNS.index("dct_evidence"), ARTICLE_COLUMNS.index("dct_based_on")
_START, _END = EVENT_COLUMNS.index("date_start"), EVENT_COLUMNS.index("date_end")
_PARTICIPANTS, _TAGS = EVENT_COLUMNS.index("participants"), EVENT_COLUMNS.index("tags")
_STARRED, _HIDDEN = EVENT_COLUMNS.index("starred"), EVENT_COLUMNS.index("hidden")
_ENTITIES = EVENT_COLUMNS.index("entities")


def _article_row(pos: int, a: Article) -> tuple[object, ...]:
    values = list(article_values(a))
    values[_EVIDENCE] = evidence_json(a.dct.evidence)
    values[_BASED_ON] = json.dumps(list(a.dct.based_on), ensure_ascii=False)
    return (pos, *values)


def _event_row(pos: int, e: Event) -> tuple[object, ...]:
    values = list(event_values(e))
    values[_START], values[_END] = e.date.start.isoformat(), e.date.end.isoformat()
    values[_PARTICIPANTS] = json.dumps(e.participants, ensure_ascii=False)
    values[_TAGS] = json.dumps(e.tags, ensure_ascii=False)
    values[_ENTITIES] = None if e.entities is None else json.dumps(e.entities, ensure_ascii=False)
    values[_STARRED], values[_HIDDEN] = int(e.starred), int(e.hidden)
    return (pos, *values)


# --- loading -----------------------------------------------------------------------------------
def load_project(path: str | os.PathLike[str]) -> ExtractionResult:
    return open_project(path).result


def open_project(path: str | os.PathLike[str]) -> Project:
    """Read a project back as saved (an older version migrated in memory); never re-runs extraction."""
    source = Path(path)
    _check_header(source)
    try:
        db, read_only = _open_current(source)
        try:
            project = _read(db, source)
        finally:
            db.close()
    except ProjectError:
        raise
    except (sqlite3.DatabaseError, ValueError, TypeError, IndexError) as exc:
        raise ProjectError(f"{source}: damaged project file (corrupt database: {_one_line(exc)})") from exc
    except OSError as exc:
        raise ProjectError(f"{source}: cannot read: {exc.strerror or _one_line(exc)}") from exc
    project.read_only = read_only or not _writable(source)
    return project


def _writable(path: Path) -> bool:
    """Can a save replace this file (a new file in its folder, renamed over it)?"""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _check_header(path: Path) -> None:
    try:
        if path.is_dir():
            raise ProjectError(f"{path}: is a directory, not a Chronicle project")
        with path.open("rb") as f:
            head = f.read(100)
        size = path.stat().st_size
    except FileNotFoundError:
        if path.is_symlink():
            raise ProjectError(f"{path}: a symbolic link to a missing file") from None
        raise ProjectError(f"{path}: no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ProjectError(f"{path}: a loop of symbolic links, not a file") from None
        raise ProjectError(f"{path}: cannot read: {exc.strerror or _one_line(exc)}") from exc
    if not head:
        raise ProjectError(f"{path}: empty file, not a Chronicle project")
    if head[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        if len(head) < len(SQLITE_HEADER) and SQLITE_HEADER.startswith(head):
            raise ProjectError(f"{path}: damaged project file (truncated to {size} bytes)")
        raise ProjectError(f"{path}: not a Chronicle project (not an SQLite database)")
    if len(head) < 100:
        raise ProjectError(f"{path}: damaged project file (truncated to {size} bytes)")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    # The page count in the header is valid only when its "version-valid-for" equals the change counter.
    pages = int.from_bytes(head[28:32], "big") if head[92:96] == head[24:28] else 0
    has_wal = Path(f"{path}-wal").exists()
    if page_size >= 512 and not has_wal and (size % page_size or size < pages * page_size):
        expected = f" of {pages * page_size}" if pages * page_size > size else ""
        raise ProjectError(f"{path}: damaged project file (truncated: {size}{expected} bytes)")


def _open_reading(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A connection that can read the file: read-write if we may, else read-only, else immutable
    (read-only storage, where SQLite cannot even create the WAL's shared-memory file)."""
    last: sqlite3.Error | None = None
    for mode, read_only in (("rw", False), ("ro", True), ("ro&immutable=1", True)):
        try:
            db = _connect(path, mode)
        except sqlite3.Error as exc:
            last = exc
            continue
        try:
            db.execute("PRAGMA application_id").fetchone()
        except sqlite3.OperationalError as exc:
            db.close()
            last = exc
            continue
        return db, read_only
    assert last is not None
    raise last


def _open_current(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A connection on the project at the current schema version; validates and migrates.

    An older version is migrated in a copy in memory: opening never rewrites the file on disk
    (the next save writes the new layout; until then an older Chronicle can still read it).
    """
    db, read_only = _open_reading(path)
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
            db = _in_memory_copy(db)
            _migrate(db, version)
        return db, read_only
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
    """Migrate in memory: the project opens, the file on disk stays as it is."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    db.backup(memory)
    db.close()
    return memory


def read_summary(path: str | os.PathLike[str]) -> tuple[dict[str, str], int, int]:
    """A project's metadata and its numbers of articles and events, without reading them."""
    source = Path(path)
    _check_header(source)
    try:
        db = _open_current(source)[0]
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


_MAX_OFFSET = 2**31 - 1  # Qt's views index text with 32-bit ints


def _read_all(db: sqlite3.Connection, path: Path) -> Project:
    """Every row that holds values of the right types; the others are left out and listed."""
    problems: list[str] = []
    meta = {str(k): str(v) for k, v in db.execute("SELECT key, value FROM meta").fetchall()}
    articles: list[Article] = []
    for row in db.execute("SELECT * FROM articles ORDER BY pos"):
        try:
            article = _article(row)
            _check_article(article)
        except (ValueError, TypeError, IndexError, KeyError) as exc:
            problems.append(f"{path}: article row {row[0]} ({_shown(row[1])}) left out: {_one_line(exc)}")
            continue
        articles.append(article)
    _attach_per_article(db, articles, problems, path)
    text_length = {a.id: len(a.text) for a in articles}
    rows = db.execute("SELECT * FROM events ORDER BY pos").fetchall()
    # One JSON parse per column rather than two per event: the parser's call cost dominated.
    participants = _json_lists([row[1 + _PARTICIPANTS] for row in rows])
    tags = _json_lists([row[1 + _TAGS] for row in rows])
    events: list[Event] = []
    for row, p, t in zip(rows, participants, tags, strict=True):
        try:
            if isinstance(p, Exception) or isinstance(t, Exception):
                raise ValueError(f"participants/tags: {p if isinstance(p, Exception) else t}")
            event = _event(row, p, t)
            _check_event(event, text_length)
        except (ValueError, TypeError, IndexError, KeyError, OverflowError) as exc:
            problems.append(f"{path}: event row {row[0]} ({_shown(row[1])}) left out: {_one_line(exc)}")
            continue
        events.append(event)
    edits = [
        Edit(*(str(v) for v in row))
        for row in db.execute("SELECT time, kind, event_id, article_id, description FROM edits ORDER BY seq")
    ]
    return Project(path, ExtractionResult(articles, events), edits, meta, problems=problems)


def _shown(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _attach_per_article(db: sqlite3.Connection, articles: list[Article], problems: list[str], path: Path) -> None:
    """What each article keeps beside its text, one JSON row per article through the one codec
    (``model.core.rows``): every recognised event as extraction found it (none in a version 2 file)
    and the times of its happenings that are no entries (none before version 6). A damaged row costs
    that article that part only (its exports then have the timeline's events alone, or tie mentions
    to entries alone), never the project."""
    by_id = {a.id: a for a in articles}
    parts = (
        ("SELECT article, mentions FROM event_mentions", mentions_from_json, "recognised events", "event_mentions"),
        ("SELECT article, anchors FROM time_anchors", anchors_from_json, "time anchors", "time_anchors"),
    )
    for query, decode, what, attribute in parts:
        for article_id, text in db.execute(query):
            article = by_id.get(article_id)
            if article is None:
                continue
            try:
                value = decode(text, article.text)
            except (ValueError, TypeError, IndexError, KeyError) as exc:
                problems.append(f"{path}: {what} of {_shown(article_id)} left out: {_one_line(exc)}")
                continue
            setattr(article, attribute, value)


def _check_article(a: Article) -> None:
    for name in ("id", "path", "text", "title", "source", "url", "format"):
        if not isinstance(getattr(a, name), str):
            raise TypeError(f"{name} is not text")
    if a.metadata_date is not None and not isinstance(a.metadata_date, str):
        raise TypeError("metadata_date is not text")
    if a.dct.value is not None and not isinstance(a.dct.value, str):
        raise TypeError("dct is not text")
    if not _is_number(a.dct.confidence):
        raise TypeError(f"dct confidence is not a number ({_shown(a.dct.confidence)})")


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _check_event(e: Event, text_length: dict[str, int]) -> None:
    for name in ("id", "article", "headline", "modality", "cluster"):
        if not isinstance(getattr(e, name), str):
            raise TypeError(f"{name} is not text")
    if e.article not in text_length:
        raise ValueError(f"its article {_shown(e.article)} is not in the project")
    if not _is_number(e.confidence):
        raise TypeError(f"confidence is not a number ({_shown(e.confidence)})")
    for name in ("participants", "tags", "entities"):
        values = getattr(e, name) or ()
        if not all(isinstance(v, str) for v in values):
            raise TypeError(f"{name} is not a list of names")
    if not isinstance(e.date.value, str) or not isinstance(e.date.granularity, str):
        raise TypeError("date is not text")
    limit = min(text_length[e.article], _MAX_OFFSET)
    for name in ("sentence", "trigger", "timex"):
        span = getattr(e, name)
        if not (isinstance(span.start, int) and isinstance(span.end, int) and isinstance(span.text, str)):
            raise TypeError(f"{name} offsets are not whole numbers")
        if not 0 <= span.start <= span.end <= limit:
            raise ValueError(f"{name} offsets {span.start}-{span.end} are outside the article's text")


def _article(row: tuple) -> Article:
    values = list(row[1:])
    values[_EVIDENCE] = json.loads(values[_EVIDENCE])
    based_on = json.loads(values[_BASED_ON])
    if not isinstance(based_on, list) or not all(isinstance(i, str) for i in based_on):
        raise ValueError("dct_based_on is not a list of article ids")
    values[_BASED_ON] = based_on
    return article_from_values(values)


def _json_lists(texts: list[object]) -> list[list[str] | Exception]:
    """Many JSON lists (one per row) parsed in one call; row by row if any of them is bad."""
    try:
        if all(isinstance(t, str) for t in texts):
            values = json.loads(f"[{','.join(texts)}]") if texts else []  # type: ignore[arg-type]
            if len(values) == len(texts) and all(isinstance(v, list) for v in values):
                return values  # type: ignore[no-any-return]
    except ValueError:
        pass
    return [_json_list(t) for t in texts]


def _json_list(text: object) -> list[str] | Exception:
    try:
        value = json.loads(text) if isinstance(text, str) else None
    except ValueError as exc:
        return ValueError(f"not JSON ({_one_line(exc)})")
    return value if isinstance(value, list) else TypeError("not a JSON list")


def _event(row: tuple, participants: list[str], tags: list[str]) -> Event:
    values = list(row[1:])
    values[_START], values[_END] = date.fromisoformat(values[_START]), date.fromisoformat(values[_END])
    values[_PARTICIPANTS], values[_TAGS] = participants, tags
    if values[_ENTITIES] is not None:  # NULL: never worked out (a file older than version 6)
        entities = _json_list(values[_ENTITIES])
        if isinstance(entities, Exception):
            raise ValueError(f"entities: {entities}")
        values[_ENTITIES] = entities
    return event_from_values(values)


# --- files -------------------------------------------------------------------------------------
def _connect(path: Path, mode: str) -> sqlite3.Connection:
    # mode=rw never creates a file by accident; isolation_level=None: transactions are explicit.
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
