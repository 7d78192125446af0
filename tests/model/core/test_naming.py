"""One rule for naming an article, and one for naming the source that told it."""

from __future__ import annotations

import pytest

from model.core.documents import Article
from model.core.naming import MAX_NAME, article_name, source_name

ROWS = [
    # (title, text, source, path, id) -> name
    (("US and China hold military talks", "WASHINGTON - Talks resumed.", "Reuters", "a.txt", "a"),
     "US and China hold military talks"),
    # A corpus record with no title is named by its first line, never by its id.
    (("", "\n\n  Defence chiefs meet in Jakarta\nThey spoke for an hour.", "", "corpus.jsonl", "articles-23"),
     "Defence chiefs meet in Jakarta"),
    (("   ", "", "Straits Times", "", "articles-24"), "Straits Times"),
    (("", "", "", "/news/talks.txt", "talks"), "talks.txt"),
    (("", "", "", "", "articles-25"), "articles-25"),
]


@pytest.mark.parametrize(("fields", "name"), ROWS)
def test_an_article_is_named_by_title_then_first_line_then_source_then_file(fields, name) -> None:
    title, text, source, path, id_ = fields
    assert article_name(Article(id_, path, text, title=title, source=source)) == name


def test_a_long_first_line_is_cut() -> None:
    article = Article("x", "x.txt", "word " * 100)
    assert article_name(article) == ("word " * 100).strip()[:MAX_NAME]


def test_the_source_is_named_by_the_outlet_else_by_the_article() -> None:
    assert source_name(Article("a", "a.txt", "Talks.", title="Talks", source="Reuters")) == "Reuters"
    assert source_name(Article("b", "b.txt", "Officials met on Tuesday.\nMore.")) == "Officials met on Tuesday."
