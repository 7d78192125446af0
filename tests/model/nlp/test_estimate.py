"""Issue 17, item 11: a corpus far bigger than usual is announced with its count, time and memory."""

from __future__ import annotations

from model.core.documents import Article
from model.nlp.estimate import estimate


def _corpus(n: int, chars: int = 1_900) -> list[Article]:
    text = "x" * chars
    return [Article(f"a{i}", "corpus.jsonl", text) for i in range(n)]


def test_a_corpus_of_a_hundred_thousand_records_is_large_and_said_in_numbers() -> None:
    cost = estimate(_corpus(107_925))
    assert cost.is_large
    line = cost.describe()
    assert line.startswith("107,925 articles (205 MB of text): about ") and " h " in line
    assert "GB of memory" in line and "\n" not in line
    assert 10e9 < cost.memory_bytes < 25e9  # the issue measured about 18 GB


def test_a_usual_corpus_is_not_large() -> None:
    assert not estimate(_corpus(50)).is_large
    assert not estimate([]).is_large


def test_more_than_the_machine_has_is_said(monkeypatch) -> None:
    from model.nlp import estimate as module

    monkeypatch.setattr(module, "_machine_memory", lambda: 8e9)
    cost = estimate(_corpus(107_925))
    assert cost.exceeds_memory and "more than this machine has (8.0 GB)" in cost.describe()
    assert "--scheduler local:N" in cost.describe()  # and the way that does fit: Dask workers
