"""`main.py summarize`: the key dates of a corpus as DESIGN.md's JSON, and its argument errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def summary(tmp_path_factory, samples_dir: Path) -> dict:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, str(root / "main.py"), "summarize", str(samples_dir), "--dates", "3", "--sentences", "2",
         "--from", "2021-01-01", "--to", "2023-12-31", "--format", "json"],
        capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_at_most_n_dates_in_order_inside_the_range(summary: dict) -> None:
    days = [entry["date"] for entry in summary["timeline"]]
    assert 1 <= len(days) <= 3
    assert days == sorted(days)
    assert all("2021-01-01" <= d <= "2023-12-31" for d in days)


def test_each_date_has_at_most_k_sentences_from_the_articles(summary: dict, samples_dir: Path) -> None:
    texts = " ".join(p.read_text(encoding="utf-8") for p in samples_dir.iterdir())
    flat = " ".join(texts.split())
    for entry in summary["timeline"]:
        assert 1 <= len(entry["sentences"]) <= 2
        for sentence in entry["sentences"]:
            assert sentence[:40] in flat


def test_the_virtual_summit_is_a_key_date(summary: dict) -> None:
    assert "2021-11-15" in [entry["date"] for entry in summary["timeline"]]


@pytest.mark.parametrize(
    "args",
    [
        ("--dates", "0"),
        ("--dates", "many"),
        ("--from", "15/11/2021"),
        ("--from", "2021-12-01", "--to", "2021-11-01"),
    ],
)
def test_bad_arguments_are_one_line(chronicle, samples_dir: Path, args: tuple[str, ...]) -> None:
    run = chronicle("summarize", samples_dir, *args)
    assert run.code == 2
    assert "Traceback" not in run.stderr
