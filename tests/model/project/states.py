"""Distinct, self-checking workspaces: state(n) tells from its own content which n it is."""

from __future__ import annotations

from datetime import date

from model.core.documents import Article, DocumentDate, TextSpan
from model.core.events import Event, EventDate
from model.core.result import ExtractionResult

TEXT = "The leaders met on Nov 15, 2021 in a virtual summit. " * 40


def state(n: int) -> ExtractionResult:
    articles = [
        Article(f"a{i}", f"/c/a{i}.txt", TEXT, title=f"Article {i} of state {n}", dct=DocumentDate("2021-11-16", "metadata", 1.0))
        for i in range(120)
    ]
    span = TextSpan(0, 52, TEXT[:52])
    events = [
        Event(
            id=f"a{i % 120}-e{i}", article=f"a{i % 120}",
            date=EventDate("2021-11-15", date(2021, 11, 15), date(2021, 11, 15), "day"),
            headline=f"state {n}", sentence=span, trigger=TextSpan(16, 19, "met"), timex=TextSpan(23, 35, "Nov 15, 2021"),
            starred=bool(n % 2), tags=[f"s{n}"],
        )
        for i in range(400 + n % 7)
    ]
    return ExtractionResult(articles, events)


def state_number(result: ExtractionResult) -> int:
    """The n of a state read back, after checking it is one whole state and not a mix."""
    headlines = {e.headline for e in result.events}
    assert len(headlines) == 1, headlines
    n = int(headlines.pop().split()[1])
    assert len(result.events) == 400 + n % 7
    assert all(a.title.endswith(f"state {n}") for a in result.articles) and len(result.articles) == 120
    assert all(e.starred == bool(n % 2) and e.tags == [f"s{n}"] for e in result.events)
    return n
