"""The project file: round trip, failure safety and clear errors."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from model.core.documents import DocumentDate, Evidence
from model.core.result import ExtractionResult
from model.project import (
    SCHEMA_VERSION,
    Edit,
    ProjectError,
    load_project,
    open_project,
    save_project,
    store,
)
from tests.fakes import fake_result


def curated_result() -> ExtractionResult:
    result = fake_result()
    a = result.articles[0]
    evidence = (Evidence(0, 14, "Talks resumed.", "dateline"), Evidence(20, 32, "Nov 15, 2021", "explicit date"))
    result.articles[0] = replace(a, dct=DocumentDate("2021-11-16", "dateline", 0.875, evidence), metadata_date="2021-11")
    # b's date was inferred from a's summit ("last month's summit"): re-dating a must re-date b.
    result.articles[1] = replace(result.articles[1], dct=DocumentDate("2021-12", "inferred", 0.6, (), ("a",)))
    result.articles[1].url = "https://example.org/b"
    result.articles[1].format = "html"
    result.events[0].starred = True
    result.events[1].hidden = True
    result.events[1].tags = ["summit", "Ünïcode"]
    result.events[2].participants = ["Biden", "Xi"]
    result.events[3].cluster = "a-e1"
    return result


def test_round_trip_keeps_articles_events_curation_and_evidence(tmp_path: Path) -> None:
    result = curated_result()
    edits = [Edit.now("event", "starred", event_id="a-e1"), Edit.now("article", "DCT set", article_id="b")]
    path = tmp_path / "talks.chronicle"
    save_project(result, path, edits=edits, meta={"note": "x"})

    project = open_project(path)
    assert project.result.articles == result.articles
    assert project.result.events == result.events
    assert project.result.docs == {}  # reopening never re-runs extraction
    assert project.edits == edits
    assert project.meta["note"] == "x" and project.meta["app"] == "Chronicle"
    assert project.name == "talks"
    assert load_project(path).articles[0].dct.evidence[1].reason == "explicit date"
    assert project.result.articles[1].dct.based_on == ("a",)


def test_saving_again_in_place_replaces_the_content(tmp_path: Path) -> None:
    path = tmp_path / "p.chronicle"
    result = curated_result()
    save_project(result, path)
    created = open_project(path).meta["created"]
    result.events[0].headline = "Edited headline"
    del result.events[-1]
    save_project(result, path, edits=[Edit.now("event", "headline")])
    project = open_project(path)
    assert [e.headline for e in project.result.events] == [e.headline for e in result.events]
    assert len(project.edits) == 1
    assert project.meta["created"] == created
    assert not Path(f"{path}-wal").exists()  # closed cleanly: the WAL is folded into the file


def test_file_is_sqlite_in_wal_mode_with_version(tmp_path: Path) -> None:
    path = tmp_path / "p.chronicle"
    save_project(curated_result(), path)
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        db.close()


def test_failed_first_save_leaves_the_previous_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.chronicle"
    path.write_bytes(b"an older file the user cares about")  # not a project: written beside, then renamed

    def broken(*_args: object) -> tuple[object, ...]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "_event_row", broken)
    with pytest.raises(ProjectError, match="cannot save: No space left on device") as info:
        save_project(curated_result(), path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)
    assert path.read_bytes() == b"an older file the user cares about"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.chronicle"]  # no temp file left behind


def test_failed_save_over_a_project_keeps_the_last_saved_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.chronicle"
    result = curated_result()
    save_project(result, path)
    changed = curated_result()
    changed.events[0].headline = "never saved"
    real_row = store._event_row

    def fail_late(pos: int, event: object) -> tuple[object, ...]:
        if pos == 3:
            raise sqlite3.OperationalError("disk I/O error")
        return real_row(pos, event)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_event_row", fail_late)
    with pytest.raises(ProjectError, match="disk I/O error"):
        save_project(changed, path)
    monkeypatch.undo()
    assert open_project(path).result.events == result.events


def test_failed_rename_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.chronicle"
    path.write_text("previous", encoding="utf-8")

    def no_rename(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store.os, "replace", no_rename)
    with pytest.raises(ProjectError, match="Permission denied"):
        save_project(curated_result(), path)
    assert path.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["p.chronicle"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file, not a Chronicle project"),
        (b"Talks resumed on Monday.\n", "not a Chronicle project (not an SQLite database)"),
    ],
)
def test_not_a_project_is_told_in_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.chronicle"
    path.write_bytes(content)
    with pytest.raises(ProjectError) as info:
        load_project(path)
    assert str(info.value) == f"{path}: {message}"


def test_another_programs_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.chronicle"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    with pytest.raises(ProjectError, match="an SQLite database of another program"):
        load_project(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no such file"):
        load_project(tmp_path / "missing.chronicle")
    with pytest.raises(ProjectError, match="is a directory"):
        load_project(tmp_path)


def test_newer_schema_version_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "future.chronicle"
    save_project(curated_result(), path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(ProjectError, match=f"saved by a newer Chronicle \\(project version {SCHEMA_VERSION + 1}"):
        load_project(path)


def test_corrupt_database_is_told_not_raised_raw(tmp_path: Path) -> None:
    path = tmp_path / "broken.chronicle"
    save_project(curated_result(), path)
    data = bytearray(path.read_bytes())
    for i in range(1024, len(data)):  # everything but the 100-byte header and the rest of page 1
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectError) as info:
        load_project(path)
    assert "damaged project file" in str(info.value) or "not a Chronicle project" in str(info.value)
    assert "\n" not in str(info.value)


def test_round_trip_keeps_the_times_of_happenings_that_are_no_entries(tmp_path: Path) -> None:
    """An opinion told on a day is no entry, but its time is saved: the TimeML export of a reopened
    project still ties its mentions to it."""
    from datetime import date

    from model.core.documents import EventMention, TextSpan, TimeAnchor

    result = fake_result()
    article = result.articles[0]
    met = article.text.index("met")
    day = article.text.index("Nov 15, 2021")
    anchors = (
        TimeAnchor(TextSpan(met, met + 3, "met"), TextSpan(day, day + 12, "Nov 15, 2021"), 0, "2021-11-15",
                   date(2021, 11, 15), date(2021, 11, 15), "day", "timex", "reported", "OCCURRENCE", ("Biden",)),
        # Undated: an empty expression at the trigger, the relation to the document date only.
        TimeAnchor(TextSpan(0, 3, article.text[:3]), TextSpan(0, 0, ""), 0, "PAST_REF", date(1, 1, 1),
                   date(2021, 11, 16), "relative", "document", "negated", "STATE"),
    )
    result.articles[0] = replace(article, time_anchors=anchors, event_mentions=(EventMention(met, met + 3, "OCCURRENCE", met),))
    path = tmp_path / "anchors.chronicle"
    save_project(result, path)
    project = open_project(path)
    assert project.result.articles[0].time_anchors == anchors
    assert project.result.articles[1].time_anchors == ()
    assert project.problems == []


def test_a_damaged_time_anchor_row_costs_only_that_articles_anchors(tmp_path: Path) -> None:
    from datetime import date

    from model.core.documents import TextSpan, TimeAnchor

    result = fake_result()
    anchor = TimeAnchor(TextSpan(0, 3, result.articles[0].text[:3]), TextSpan(0, 0, ""), 0, "PAST_REF",
                        date(1, 1, 1), date(2021, 11, 16), "relative", "document")
    result.articles[0] = replace(result.articles[0], time_anchors=(anchor,))
    path = tmp_path / "damaged.chronicle"
    save_project(result, path)
    db = sqlite3.connect(path)
    db.execute("UPDATE time_anchors SET anchors = '[[0, 99999, 0, 0, 0, \"PAST_REF\"]]'")
    db.commit()
    db.close()
    project = open_project(path)
    assert [a.id for a in project.result.articles] == ["a", "b"]
    assert project.result.articles[0].time_anchors == ()
    assert len(project.result.events) == len(result.events)
    assert any("time anchors of a left out" in p for p in project.problems)
