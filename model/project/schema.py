"""The `.chronicle` file layout: an SQLite database, its schema version and the migrations.

The version lives in ``PRAGMA user_version``; ``PRAGMA application_id`` marks the file as a
Chronicle project so that any other SQLite database is told apart at once. A file of an older
version is brought up to date on open by the migrations below, in order, in one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# "Chrn": set in every project file, checked on open.
APPLICATION_ID = 0x4368726E
SCHEMA_VERSION = 6

# The current layout, used for new files. Keep it equal to version 1 + every migration.
DDL = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE articles (
    pos            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    path           TEXT NOT NULL,
    text           TEXT NOT NULL,
    title          TEXT NOT NULL,
    source         TEXT NOT NULL,
    url            TEXT NOT NULL,
    metadata_date  TEXT,
    format         TEXT NOT NULL,
    dct_value      TEXT,
    dct_source     TEXT NOT NULL,
    dct_confidence REAL NOT NULL,
    dct_evidence   TEXT NOT NULL,             -- JSON list of {start, end, text, reason}
    dct_based_on   TEXT NOT NULL DEFAULT '[]' -- JSON list of the article ids the date was inferred from
);
CREATE TABLE events (
    pos            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    article        TEXT NOT NULL,
    date_value     TEXT NOT NULL,
    date_start     TEXT NOT NULL,
    date_end       TEXT NOT NULL,
    granularity    TEXT NOT NULL,
    headline       TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    sentence_text  TEXT NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    trigger_text   TEXT NOT NULL,
    timex_start    INTEGER NOT NULL,
    timex_end      INTEGER NOT NULL,
    timex_text     TEXT NOT NULL,
    participants   TEXT NOT NULL,             -- JSON list of names
    modality       TEXT NOT NULL,
    confidence     REAL NOT NULL,
    cluster        TEXT NOT NULL,             -- events sharing a cluster are one happening
    starred        INTEGER NOT NULL DEFAULT 0,
    hidden         INTEGER NOT NULL DEFAULT 0,
    tags           TEXT NOT NULL DEFAULT '[]', -- JSON list
    event_class    TEXT NOT NULL DEFAULT 'OCCURRENCE', -- TimeML class
    date_source    TEXT NOT NULL DEFAULT 'timex',      -- timex | governor | scene | document | user
    entities       TEXT                       -- JSON list of names (entity_events); NULL: never worked out
);
CREATE INDEX events_article ON events (article);
CREATE INDEX events_cluster ON events (cluster);
CREATE TABLE event_mentions (
    article  TEXT PRIMARY KEY,
    mentions TEXT NOT NULL                    -- JSON list of [start, end, class]: every TimeML EVENT
);
CREATE TABLE edits (
    seq         INTEGER PRIMARY KEY,
    time        TEXT NOT NULL,                -- ISO 8601, UTC
    kind        TEXT NOT NULL,
    event_id    TEXT NOT NULL DEFAULT '',
    article_id  TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);
"""


def _v1_to_v2(db: sqlite3.Connection) -> None:
    """Version 2 adds the user's curation (star, hide, tags) and the journal of edits."""
    db.execute("ALTER TABLE events ADD COLUMN starred INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE events ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE events ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'")
    db.execute("CREATE INDEX IF NOT EXISTS events_cluster ON events (cluster)")
    db.execute(
        "CREATE TABLE edits (seq INTEGER PRIMARY KEY, time TEXT NOT NULL, kind TEXT NOT NULL,"
        " event_id TEXT NOT NULL DEFAULT '', article_id TEXT NOT NULL DEFAULT '',"
        " description TEXT NOT NULL DEFAULT '')"
    )


def _v2_to_v3(db: sqlite3.Connection) -> None:
    """Version 3 keeps each event's TimeML class and how it got its date.

    Older files put events with no expression of their own on the document date: they are
    marked as dated by the document, so the app shows them apart, not as told on that day.
    """
    db.execute("ALTER TABLE events ADD COLUMN event_class TEXT NOT NULL DEFAULT 'OCCURRENCE'")
    db.execute("ALTER TABLE events ADD COLUMN date_source TEXT NOT NULL DEFAULT 'timex'")
    db.execute("UPDATE events SET date_source = 'document' WHERE timex_text = ''")


def _v3_to_v4(db: sqlite3.Connection) -> None:
    """Version 4 keeps every recognised TimeML event of each article (the TimeML export needs them)."""
    db.execute("CREATE TABLE event_mentions (article TEXT PRIMARY KEY, mentions TEXT NOT NULL)")


def _v4_to_v5(db: sqlite3.Connection) -> None:
    """Version 5 keeps which articles an inferred document date rests on (cross-article dating), so
    that setting one of their dates after a reopen re-dates the articles dated from it."""
    db.execute("ALTER TABLE articles ADD COLUMN dct_based_on TEXT NOT NULL DEFAULT '[]'")


def _v5_to_v6(db: sqlite3.Connection) -> None:
    """Version 6 keeps the entities each event involves (``entity_events``: what a participant
    lane holds). Older files never worked them out: NULL, and their lanes stay by participant."""
    db.execute("ALTER TABLE events ADD COLUMN entities TEXT")


# MIGRATIONS[i] takes a file from version i + 1 to version i + 2. Append, never edit.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1_to_v2, _v2_to_v3, _v3_to_v4, _v4_to_v5, _v5_to_v6]
assert len(MIGRATIONS) == SCHEMA_VERSION - 1


def create(db: sqlite3.Connection) -> None:
    """Lay out an empty database at the current version (inside the caller's transaction)."""
    # Statement by statement: executescript() would commit the caller's transaction.
    for statement in _statements(DDL):
        db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def migrate(db: sqlite3.Connection, version: int) -> None:
    """Apply the migrations from ``version`` to the current one (inside the caller's transaction)."""
    for step in MIGRATIONS[version - 1 :]:
        step(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _statements(script: str) -> list[str]:
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
