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


def test_the_app_reads_an_output_folder_back_instead_of_its_articles(tmp_path: Path) -> None:
    from model.loaders import load_paths

    result = fake_result()
    _write(tmp_path / "out", [article_row(a) for a in result.articles], [event_row(e) for e in result.events])
    (tmp_path / "note.txt").write_text("Talks resumed on Monday in Geneva.", encoding="utf-8")
    loaded = load_paths([tmp_path], read_outputs=True)
    assert [o.events for o in loaded.outputs] == [result.events]
    assert [a.path for a in loaded.articles] == [str(tmp_path / "note.txt")]  # still to be analysed
    # Its articles table picked in a file dialog is the output too.
    assert [o.events for o in load_paths([tmp_path / "out" / ARTICLES_FILE], read_outputs=True).outputs] == [result.events]
    # The command line extracts the output's articles again, as before.
    again = load_paths([tmp_path / "out"])
    assert again.outputs == [] and len(again.articles) == len(result.articles)


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_output_is_one_line_and_the_other_paths_still_load(tmp_path: Path, damage: str) -> None:
    from model.loaders import load_paths

    result = fake_result()
    out = tmp_path / "out"
    _write(out, [article_row(a) for a in result.articles], [event_row(e) for e in result.events])
    events = out / EVENTS_FILE
    data = events.read_bytes()
    events.write_bytes(b"not parquet at all" if damage == "garbage" else data[: len(data) // 2])
    note = tmp_path / "note.txt"
    note.write_text("Talks resumed on Monday in Geneva.", encoding="utf-8")
    loaded = load_paths([out, note], read_outputs=True)
    assert loaded.outputs == [] and len(loaded.articles) == 1
    [error] = loaded.errors
    assert error.path == str(out) and "damaged extraction output" in str(error) and "\n" not in str(error)
