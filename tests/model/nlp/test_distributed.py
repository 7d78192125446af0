"""Dask on a LocalCluster: the same events as the single-process path, written as Parquet the app opens."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from model.core.documents import Article, DocumentDate  # noqa: E402
from model.core.rows import event_row, record_from_article  # noqa: E402
from model.loaders import load_paths  # noqa: E402
from model.loaders.parquet_corpus import read_events  # noqa: E402
from model.nlp.distributed import (  # noqa: E402
    ARTICLES_FILE,
    EVENTS_FILE,
    bag_from_records,
    extract_to_parquet,
    local_cluster,
    write_tables,
)
from model.nlp.pipeline import extract  # noqa: E402

TEXTS = (
    ("a", "2021-11-16", "President Joe Biden met Xi Jinping on Monday. They agreed to hold talks next month."),
    ("b", "2022-08-02", "Nancy Pelosi arrived in Taipei on Tuesday. China announced drills on Thursday."),
    ("c", "2023-01-05", "Officials said the meeting on Wednesday was productive. A second round is planned for March."),
    ("d", "2023-11-16", "Biden and Xi met in California on Wednesday and agreed to resume military talks."),
)


def _articles(texts: tuple[tuple[str, str | None, str], ...] = TEXTS) -> list[Article]:
    return [
        Article(id=i, path=f"{i}.txt", text=t, title=f"Article {i}", source="Wire", url=f"https://x/{i}",
                metadata_date=d, dct=DocumentDate(d, "metadata", 1.0) if d else DocumentDate(None))
        for i, d, t in texts
    ]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    from distributed import Client

    cluster = local_cluster(n_workers=2)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def test_a_two_worker_cluster_gives_the_events_of_extract(client, nlp, tmp_path: Path) -> None:
    expected = [event_row(e) for e in extract(_articles(), nlp).events]
    assert expected, "the sample articles must have events"
    records = [record_from_article(a) for a in _articles()]
    summary = extract_to_parquet(bag_from_records(records, npartitions=2), tmp_path, client)

    assert summary.partitions == 2 and summary.articles == 4 and summary.events == len(expected)
    assert len(client.scheduler_info()["workers"]) == 2
    # Clusters included: the client merges the events of all partitions together.
    assert read_events(tmp_path) == expected
    assert not (tmp_path / ".parts").exists()


# (id, metadata date or None, text), reworded from the samples: a report with an aide's dated opinion
# (a time anchor, no entry); one dated from it ("last month's summit", in the same partition); a
# Reuters dateline whose year the weekday fixes (evidence); a negated "has yet to"; a company's plan.
WHOLE = (
    ("a", "2021-11-16", "WASHINGTON - President Joe Biden held a virtual summit with Xi Jinping on Monday, "
                        "Nov 15, 2021. They agreed to hold talks next month. "
                        "An aide said on Tuesday that the delay had been a mistake."),
    ("b", None, "Officials said Joe Biden and Xi Jinping agreed at their virtual summit last month to open talks "
                "between their militaries. Lloyd Austin has yet to speak to his Chinese counterpart."),
    ("c", None, "SINGAPORE, Nov 12 (Reuters) - China said on Sunday it would resume military talks with the "
                "United States, which were suspended in August 2022. The talks will be held in Beijing next week."),
    ("d", "2023-11-16", "Biden and Xi met in California on Wednesday and agreed to resume military talks. "
                        "The company said it would open a plant in Texas in March."),
)


def test_the_cluster_gives_the_whole_result_of_extract(client, nlp, tmp_path: Path) -> None:
    from model.loaders.parquet_corpus import read_result

    articles = _articles(WHOLE)
    records = [record_from_article(a) for a in articles]
    expected = extract(copy.deepcopy(articles), nlp)
    # Everything the project file keeps is there to compare, not only events.
    assert {a.dct.source for a in expected.articles} == {"metadata", "inferred", "dateline"}
    assert any(a.dct.based_on for a in expected.articles) and any(a.dct.evidence for a in expected.articles)
    assert all(a.event_mentions for a in expected.articles) and any(a.time_anchors for a in expected.articles)
    assert any(e.entities for e in expected.events)

    extract_to_parquet(bag_from_records(records, npartitions=2), tmp_path, client)
    got = read_result(tmp_path)
    assert got.articles == expected.articles
    assert got.events == expected.events


SUMMIT = (
    ("s1", "2021-11-16", "President Joe Biden and Chinese President Xi Jinping held a virtual summit on Monday, "
                         "the White House said."),
    ("s2", "2021-11-17", "Xi Jinping told Joe Biden at their virtual summit on Monday that Taiwan was a red line."),
)


@pytest.mark.parametrize("merge", [True, False])
def test_one_happening_told_in_two_partitions_is_one_cluster(client, tmp_path: Path, merge: bool) -> None:
    records = [record_from_article(a) for a in _articles(SUMMIT)]
    summary = extract_to_parquet(bag_from_records(records, npartitions=2), tmp_path, client, merge=merge)
    assert summary.partitions == 2
    summit = [e for e in read_events(tmp_path) if "summit" in str(e["headline"])]
    assert {e["article"] for e in summit} == {"s1", "s2"}
    # Without the cross-partition step each partition keeps its own cluster.
    assert len({e["cluster"] for e in summit}) == (1 if merge else 2)


def test_the_output_folder_opens_as_a_corpus(client, tmp_path: Path) -> None:
    records = [record_from_article(a) for a in _articles()]
    extract_to_parquet(bag_from_records(records, npartitions=2), tmp_path, client)
    loaded = load_paths([tmp_path])
    assert loaded.errors == []  # events.parquet beside articles.parquet is not an article file
    assert [(a.text, a.title, a.source, a.url, a.metadata_date) for a in loaded.articles] == [
        (t, f"Article {i}", "Wire", f"https://x/{i}", d) for i, d, t in TEXTS
    ]
    assert all(a.format == "parquet" for a in loaded.articles)


def test_single_process_rows_write_the_same_tables(nlp, tmp_path: Path) -> None:
    result = extract(_articles(), nlp)
    write_tables([record_from_article(a) for a in result.articles], [event_row(e) for e in result.events], tmp_path)
    assert pq.read_table(tmp_path / EVENTS_FILE).num_rows == len(result.events)
    assert len(load_paths([tmp_path / ARTICLES_FILE]).articles) == 4


def test_a_parquet_file_of_text_records_loads_with_field_synonyms(tmp_path: Path) -> None:
    table = pa.table({"headline": ["One", "Two", "Blank"], "body": ["First text.", "Second text.", " "],
                      "published": ["2021-11-12", None, None]})
    pq.write_table(table, tmp_path / "feed.parquet")
    loaded = load_paths([tmp_path / "feed.parquet"])
    assert [(a.title, a.text, a.metadata_date) for a in loaded.articles] == [
        ("One", "First text.", "2021-11-12"), ("Two", "Second text.", None)]
    assert len(loaded.errors) == 1 and "record 3" in str(loaded.errors[0])


def test_an_events_table_alone_or_a_damaged_file_is_a_one_line_error(tmp_path: Path) -> None:
    columns = ("article", "date_value", "sentence_text", "trigger_text", "headline")
    pq.write_table(pa.table({c: ["a"] for c in columns}), tmp_path / EVENTS_FILE)
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    errors = [str(e) for e in load_paths([tmp_path / EVENTS_FILE, tmp_path / "broken.parquet"]).errors]
    assert len(errors) == 2
    assert "events table" in errors[0] and "Parquet" in errors[1]
    assert all("\n" not in e for e in errors)


def test_json_lines_are_read_by_the_workers(client, tmp_path: Path) -> None:
    import json

    from model.nlp.distributed import bag_from_jsonl

    lines = [json.dumps({"headline": f"Article {i}", "body": t, "published": d}) for i, d, t in TEXTS[:2]]
    (tmp_path / "feed.jsonl").write_text("\n".join([lines[0], "not json", '{"title": "no text"}', lines[1]]) + "\n")
    summary = extract_to_parquet(bag_from_jsonl(str(tmp_path / "feed.jsonl")), tmp_path / "out", client)
    assert summary.articles == 2 and summary.events > 0
    rows = pq.read_table(tmp_path / "out" / ARTICLES_FILE).to_pylist()
    assert [(r["title"], r["date"], r["id"].startswith("doc-")) for r in rows] == [
        ("Article a", "2021-11-16", True), ("Article b", "2022-08-02", True)]
