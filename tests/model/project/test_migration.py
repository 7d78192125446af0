"""A version-1 project file, written by hand as the first Chronicle wrote it, opens and is migrated."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from model.project import SCHEMA_VERSION, Edit, open_project, save_project
from model.project.schema import APPLICATION_ID

V1_DDL = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE articles (pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, path TEXT NOT NULL,"
    " text TEXT NOT NULL, title TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL, metadata_date TEXT,"
    " format TEXT NOT NULL, dct_value TEXT, dct_source TEXT NOT NULL, dct_confidence REAL NOT NULL,"
    " dct_evidence TEXT NOT NULL)",
    "CREATE TABLE events (pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, article TEXT NOT NULL,"
    " date_value TEXT NOT NULL, date_start TEXT NOT NULL, date_end TEXT NOT NULL, granularity TEXT NOT NULL,"
    " headline TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,"
    " sentence_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,"
    " trigger_text TEXT NOT NULL, timex_start INTEGER NOT NULL, timex_end INTEGER NOT NULL,"
    " timex_text TEXT NOT NULL, participants TEXT NOT NULL, modality TEXT NOT NULL, confidence REAL NOT NULL,"
    " cluster TEXT NOT NULL)",
    "CREATE INDEX events_article ON events (article)",
]
TEXT = "WASHINGTON, Nov 12 (Reuters) - The leaders met on Monday."


def write_v1(path: Path) -> None:
    db = sqlite3.connect(path)
    for statement in V1_DDL:
        db.execute(statement)
    db.execute("INSERT INTO meta VALUES ('app', 'Chronicle'), ('created', '2026-01-01T00:00:00+00:00')")
    evidence = json.dumps([[0, 18, "WASHINGTON, Nov 12", "dateline"]])
    db.execute(
        "INSERT INTO articles VALUES (0, 'a', '/x/a.txt', ?, 'Leaders meet', 'Reuters', '', NULL, 'txt',"
        " '2021-11-12', 'dateline', 0.8, ?)",
        (TEXT, evidence),
    )
    db.execute(
        "INSERT INTO events VALUES (0, 'a-e1', 'a', '2021-11-15', '2021-11-15', '2021-11-15', 'day',"
        " 'Leaders met', 30, 57, 'The leaders met on Monday.', 42, 45, 'met', 49, 56, 'Monday', '[\"Biden\"]',"
        " 'happened', 0.9, 'a-e1')"
    )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()


def test_version_1_file_opens_and_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.chronicle"
    write_v1(path)
    project = open_project(path)
    (article,) = project.result.articles
    assert article.text == TEXT and article.dct.value == "2021-11-12"
    assert article.dct.evidence[0].text == "WASHINGTON, Nov 12"
    (event,) = project.result.events
    assert event.date.start == date(2021, 11, 15) and event.participants == ["Biden"]
    assert (event.starred, event.hidden, event.tags) == (False, False, [])  # added by the migration
    assert project.edits == []
    # Issue 17: opening migrates in memory; the file on disk stays version 1 until the first save.
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()

    # The first save writes the new layout, with the new fields.
    event.starred, event.tags = True, ["summit"]
    save_project(project.result, path, edits=[Edit.now("event", "starred", event_id=event.id)])
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    again = open_project(path)
    assert again.result.events[0].tags == ["summit"] and len(again.edits) == 1


def test_opening_a_version_1_file_leaves_its_bytes_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "old.chronicle"
    write_v1(path)
    before = path.read_bytes()
    open_project(path)
    assert path.read_bytes() == before


def test_a_version_1_file_that_cannot_be_written_opens_without_touching_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.project import store

    path = tmp_path / "old.chronicle"
    write_v1(path)
    before = path.read_bytes()
    real_connect = store._connect
    # As SQLite does with a write-protected file (a test run as root cannot protect one).
    monkeypatch.setattr(store, "_connect", lambda p, mode: real_connect(p, "ro" if mode == "rw" else mode))
    project = open_project(path)
    assert project.result.events[0].starred is False and project.result.articles[0].text == TEXT
    assert path.read_bytes() == before


def write_v2(path: Path) -> None:
    """A version-2 file: curation columns, no event class or date source; one undated event."""
    from model.project.schema import _v1_to_v2

    write_v1(path)
    db = sqlite3.connect(path)
    _v1_to_v2(db)
    # An event the old extractor put on the publication day because it had no date of its own.
    db.execute(
        "INSERT INTO events VALUES (1, 'a-e2', 'a', '2021-11-12', '2021-11-12', '2021-11-12', 'day',"
        " 'Leaders quarrelled', 30, 57, 'The leaders quarrelled.', 42, 45, 'quarrelled', 42, 42, '', '[]',"
        " 'happened', 0.3, 'a-e2', 0, 0, '[]')"
    )
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()


def test_version_2_file_gains_event_class_and_date_source(tmp_path: Path) -> None:
    path = tmp_path / "v2.chronicle"
    write_v2(path)
    project = open_project(path)
    dated, undated = project.result.events
    assert (dated.event_class, dated.date_source) == ("OCCURRENCE", "timex")
    # No expression of its own: marked as dated by the document, so it is shown apart.
    assert undated.date_source == "document"
    undated.event_class, undated.date_source = "REPORTING", "scene"
    save_project(project.result, path)
    again = open_project(path).result.events[1]
    assert (again.event_class, again.date_source) == ("REPORTING", "scene")
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


def test_migrated_file_keeps_every_recognised_event_after_the_upgrade(tmp_path: Path) -> None:
    """Version 4 adds the recognised TimeML events: an older file opens with none, then keeps them."""
    from model.core.documents import EventMention

    path = tmp_path / "old.chronicle"
    write_v2(path)
    project = open_project(path)
    (article,) = project.result.articles
    assert article.event_mentions == ()
    met = TEXT.index("met")
    article.event_mentions = (EventMention(met, met + 3, "OCCURRENCE"),)
    save_project(project.result, path)
    (again,) = open_project(path).result.articles
    assert again.event_mentions == (EventMention(met, met + 3, "OCCURRENCE"),)


def test_a_mentions_anchor_is_kept_and_a_file_without_anchors_still_opens(tmp_path: Path) -> None:
    """A mention's anchor (the trigger whose time it takes) is an optional fourth value of its row."""
    from model.core.documents import EventMention

    path = tmp_path / "old.chronicle"
    write_v2(path)
    project = open_project(path)
    (article,) = project.result.articles
    met = TEXT.index("met")
    article.event_mentions = (EventMention(met, met + 3, "OCCURRENCE", met), EventMention(0, 3, "STATE"))
    save_project(project.result, path)
    (again,) = open_project(path).result.articles
    assert again.event_mentions == article.event_mentions
    assert again.event_mentions[1].anchor is None


def test_version_4_file_opens_with_dates_based_on_nothing_then_keeps_them(tmp_path: Path) -> None:
    """Version 5 adds the articles an inferred date rests on: a version-4 file still opens."""
    from dataclasses import replace

    from model.core.documents import DocumentDate
    from model.project.schema import _v2_to_v3, _v3_to_v4

    path = tmp_path / "v4.chronicle"
    write_v2(path)
    db = sqlite3.connect(path)
    _v2_to_v3(db)
    _v3_to_v4(db)
    db.execute("PRAGMA user_version = 4")
    db.commit()
    db.close()
    project = open_project(path)
    (article,) = project.result.articles
    assert article.dct.value == "2021-11-12" and article.dct.based_on == ()
    project.result.articles[0] = replace(article, dct=DocumentDate("2021-12", "inferred", 0.6, (), ("summit",)))
    save_project(project.result, path)
    (again,) = open_project(path).result.articles
    assert again.dct.based_on == ("summit",)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


def test_a_damaged_based_on_value_leaves_out_that_article_only(tmp_path: Path) -> None:
    path = tmp_path / "damaged.chronicle"
    write_v1(path)
    save_project(open_project(path).result, path)
    db = sqlite3.connect(path)
    db.execute("UPDATE articles SET dct_based_on = '\"summit\"'")  # text, not a list of ids
    db.commit()
    db.close()
    project = open_project(path)
    assert project.result.articles == []
    assert any("dct_based_on is not a list" in p for p in project.problems)


def test_version_5_file_opens_with_entities_never_worked_out_and_keeps_lanes_by_participant(tmp_path: Path) -> None:
    """Version 6 keeps the entities of each event (what a participant lane holds); a version-5 file
    has none, so its lanes stay as its participants made them; a save keeps the entities set since."""
    from model.core.lanes import lane_key
    from model.project.schema import _v1_to_v2, _v2_to_v3, _v3_to_v4, _v4_to_v5

    path = tmp_path / "v5.chronicle"
    write_v1(path)
    db = sqlite3.connect(path)
    for step in (_v1_to_v2, _v2_to_v3, _v3_to_v4, _v4_to_v5):
        step(db)
    db.execute("PRAGMA user_version = 5")
    db.commit()
    db.close()
    project = open_project(path)
    (event,) = project.result.events
    assert event.entities is None and lane_key(event, "participant") == "Biden"
    event.entities = ["Xi", "Biden"]
    save_project(project.result, path)
    (again,) = open_project(path).result.events
    assert again.entities == ["Xi", "Biden"] and lane_key(again, "participant") == "Xi"


def test_a_damaged_entities_value_leaves_out_that_event_only(tmp_path: Path) -> None:
    path = tmp_path / "damaged.chronicle"
    write_v1(path)
    save_project(open_project(path).result, path)
    db = sqlite3.connect(path)
    db.execute("UPDATE events SET entities = '{\"Biden\": 1'")
    db.commit()
    db.close()
    project = open_project(path)
    assert project.result.events == [] and len(project.result.articles) == 1
    assert any("entities" in p for p in project.problems)
