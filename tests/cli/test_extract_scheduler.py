"""`main.py extract CORPUS --scheduler local:N -o OUT/`: the Dask path where users find it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

RECORDS = [
    {"id": "r1", "date": "2021-11-17", "title": "Talks agreed",
     "text": "Officials agreed on Monday to resume military talks. The leaders met on Nov 15, 2021."},
    {"id": "r2", "date": "2021-11-18", "title": "Summit follow-up",
     "text": "The two presidents held a virtual summit on Nov 15, 2021, officials said on Thursday."},
]


def test_local_workers_write_a_parquet_folder_the_app_opens(chronicle, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    out = tmp_path / "out"
    run = chronicle("extract", corpus, "--scheduler", "local:1", "-o", out)
    assert run.code == 0, run.stderr
    assert (out / "articles.parquet").is_file() and (out / "events.parquet").is_file()
    assert "2 articles" in run.stderr

    import pyarrow.parquet as pq

    assert sorted(pq.read_table(out / "articles.parquet").column("id").to_pylist()) == ["r1", "r2"]
    from model.loaders import load_paths

    assert len(load_paths([str(out)]).articles) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--scheduler", "local:0", "-o", "OUT"), "local:N"),
        (("--scheduler", "nowhere", "-o", "OUT"), "tcp://host"),
        (("--scheduler", "local:1"), "-o OUT/"),
        (("--scheduler", "local:1", "--format", "csv", "-o", "OUT"), "drop --format"),
    ],
)
def test_scheduler_mistakes_are_one_line(chronicle, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps(RECORDS[0]) + "\n")
    run = chronicle("extract", corpus, *[a.replace("OUT", str(tmp_path / "o")) for a in args])
    assert run.code == 2
    assert message in run.stderr and "Traceback" not in run.stderr
