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


PLACES = ("Mexico City", "Geneva", "Atlanta", "Jakarta", "Cairo", "Madrid", "Ottawa", "Lima", "Seoul", "Nairobi")


def many_happenings(n: int, articles: int = 5) -> ExtractionResult:
    """``n`` happenings (one report each, each its own cluster) spread over ``articles`` articles,
    one sentence per happening: health officials of a city confirming flu cases on a day."""
    sentences: dict[int, list[tuple[int, str, str]]] = {i: [] for i in range(articles)}
    for k in range(n):
        day = 1 + k % 28
        timex = f"Nov {day}, 2021"
        sentence = f"Health officials in {PLACES[k % len(PLACES)]} confirmed {k + 2} new flu cases on {timex}."
        sentences[k % articles].append((k, sentence, timex))
    result = ExtractionResult([], [])
    for i, told in sentences.items():
        text = " ".join(s for _k, s, _t in told) + "\n"
        article = Article(f"flu{i}", f"/tmp/flu{i}.txt", text, title=f"Flu report {i}", source=f"Wire {i % 2}",
                          dct=DocumentDate("2021-12-01", "metadata", 1.0))
        result.articles.append(article)
        for k, sentence, timex in told:
            day = date(2021, 11, 1 + k % 28)
            event = make_event(article, k, sentence, timex, day.isoformat(), day, day, "day", confidence=0.8,
                               cluster=f"flu-{k}")
            result.events.append(event)
    return result
