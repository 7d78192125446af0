"""Reading an extraction output back: the result it holds, or one line saying why not."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pyarrow.parquet")

from model.core.rows import article_row, event_row  # noqa: E402
from model.loaders.draft import FormatError  # noqa: E402
from model.loaders.parquet_corpus import ARTICLES_FILE, EVENTS_FILE, read_result  # noqa: E402
from tests.fakes import fake_result  # noqa: E402


def _write(folder: Path, articles: list[dict[str, object]], events: list[dict[str, object]]) -> None:
    from model.nlp.distributed import write_tables

    write_tables(articles, events, folder)


def test_a_written_result_reads_back_whole(tmp_path: Path) -> None:
    result = fake_result()
    _write(tmp_path, [article_row(a) for a in result.articles], [event_row(e) for e in result.events])
    back = read_result(tmp_path)
    assert back.articles == result.articles and back.events == result.events


def test_a_folder_without_articles_is_no_output(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no articles.parquet"):
        read_result(tmp_path)


def test_a_damaged_value_is_one_line(tmp_path: Path) -> None:
    result = fake_result()
    rows = [article_row(a) for a in result.articles]
    rows[0]["event_mentions"] = "[[0, 99999, \"OCCURRENCE\"]]"  # beyond the article's text
    _write(tmp_path, rows, [])
    with pytest.raises(FormatError) as caught:
        read_result(tmp_path)
    assert "damaged extraction output" in str(caught.value) and "\n" not in str(caught.value)
    assert (tmp_path / ARTICLES_FILE).is_file() and (tmp_path / EVENTS_FILE).is_file()
