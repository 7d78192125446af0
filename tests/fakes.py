"""Small hand-made extraction results, for testing the Qt models and widgets without spaCy."""

from __future__ import annotations

from datetime import date

from model.core.documents import Article, DocumentDate, TextSpan
from model.core.events import Event, EventDate
from model.core.result import ExtractionResult

TEXT_A = "Talks resumed.\n\nThe leaders met on Nov 15, 2021 in a virtual summit. They agreed to talk again in 2022.\n"
TEXT_B = "Officials met on Tuesday, Nov 2 2021.\nA report was released in October 2021. 🚀 Emoji before a date: Nov 30 2021.\n"


def span(text: str, needle: str, start: int = 0) -> TextSpan:
    i = text.index(needle, start)
    return TextSpan(i, i + len(needle), needle)


def make_event(
    article: Article, n: int, sentence: str, timex: str, value: str, start: date, end: date, granularity: str, **kw: object
) -> Event:
    s = span(article.text, sentence)
    t = span(article.text, timex, s.start)
    return Event(
        id=f"{article.id}-e{n}",
        article=article.id,
        date=EventDate(value, start, end, granularity),
        headline=sentence[:40],
        sentence=s,
        trigger=t,
        timex=t,
        **kw,  # type: ignore[arg-type]
    )


def fake_result() -> ExtractionResult:
    a = Article("a", "/tmp/a.txt", TEXT_A, title="Leaders meet", source="Reuters", dct=DocumentDate("2021-11-16", "dateline", 0.9))
    b = Article("b", "/tmp/b.txt", TEXT_B, title="", source="", dct=DocumentDate(None))
    events = [
        make_event(a, 1, "The leaders met on Nov 15, 2021 in a virtual summit.", "Nov 15, 2021", "2021-11-15",
                   date(2021, 11, 15), date(2021, 11, 15), "day", modality="happened", confidence=0.9),
        make_event(a, 2, "They agreed to talk again in 2022.", "2022", "2022",
                   date(2022, 1, 1), date(2022, 12, 31), "year", modality="planned", confidence=0.6),
        make_event(b, 1, "Officials met on Tuesday, Nov 2 2021.", "Tuesday, Nov 2 2021", "2021-11-02",
                   date(2021, 11, 2), date(2021, 11, 2), "day", confidence=0.8, cluster="x"),
        make_event(b, 2, "A report was released in October 2021.", "October 2021", "2021-10",
                   date(2021, 10, 1), date(2021, 10, 31), "month", modality="reported", confidence=0.5),
        make_event(b, 3, "Emoji before a date: Nov 30 2021.", "Nov 30 2021", "2021-11-30",
                   date(2021, 11, 30), date(2021, 11, 30), "day"),
    ]
    return ExtractionResult([a, b], events)
