"""A small hand-made extraction result: two articles, day/week/month/year events, one merged cluster,
and text full of ``<``, ``&`` and quotes so every format's escaping is exercised."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from model.core.documents import Article, DocumentDate, TextSpan
from model.core.events import Event, EventDate

TEXT_A = (
    "WASHINGTON, Nov 12 (Reuters) - Biden & Xi met on Monday in Bali.\r\n"
    'Officials said "talks <resumed>" in January 2023. Trade rules will change in 2027.\n'
)
TEXT_B = 'Xi and Biden held talks on Nov. 14, 2022; "a candid <exchange>" & more.\n\nThe week of Nov. 21 brings nothing.'


@dataclass
class Result:
    articles: list[Article]
    events: list[Event]


def span(text: str, needle: str, after: str = "") -> TextSpan:
    start = text.index(needle, text.index(after) if after else 0)
    return TextSpan(start, start + len(needle), needle)


def sentence(text: str, first: str, last: str) -> TextSpan:
    start = text.index(first)
    end = text.index(last, start) + len(last)
    return TextSpan(start, end, text[start:end])


def day(value: str) -> EventDate:
    d = date.fromisoformat(value)
    return EventDate(value, d, d, "day")


@pytest.fixture
def result() -> Result:
    a = Article(
        id="a1",
        path="/corpus/talks.txt",
        text=TEXT_A,
        title='Biden & Xi meet: "candid" <talks>',
        source="Reuters",
        url="https://example.com/talks?id=1&lang=en",
        dct=DocumentDate("2022-11-12", "dateline", 0.8),
    )
    b = Article(
        id="b2",
        path="/corpus/bali.md",
        text=TEXT_B,
        title="Summit in Bali",
        dct=DocumentDate("2022-11-15", "metadata", 1.0),
    )
    s_a1 = sentence(TEXT_A, "WASHINGTON", "Bali.")
    s_a2 = sentence(TEXT_A, "Officials", "2023.")
    s_a3 = sentence(TEXT_A, "Trade", "2027.")
    s_b1 = sentence(TEXT_B, "Xi and", "more.")
    s_b2 = sentence(TEXT_B, "The week", "nothing.")
    events = [
        Event(
            "e1",
            "a1",
            day("2022-11-14"),
            "Biden, Xi meet; talks & <more>",
            s_a1,
            span(TEXT_A, "met"),
            span(TEXT_A, "Monday"),
            ["Joe Biden", "Xi Jinping"],
            "happened",
            0.9,
            cluster="c1",
        ),
        Event(
            "e2",
            "a1",
            EventDate("2023-01", date(2023, 1, 1), date(2023, 1, 31), "month"),
            "Talks resumed",
            s_a2,
            span(TEXT_A, "resumed"),
            span(TEXT_A, "January 2023"),
            [],
            "reported",
            0.7,
            cluster="e2",
        ),
        Event(
            "e3",
            "a1",
            EventDate("2027", date(2027, 1, 1), date(2027, 12, 31), "year"),
            "Trade rules change",
            s_a3,
            span(TEXT_A, "change"),
            span(TEXT_A, "2027", after="Trade"),
            [],
            "planned",
            0.6,
            cluster="e3",
        ),
        Event(
            "e4",
            "b2",
            day("2022-11-14"),
            "Xi and Biden held talks",
            s_b1,
            span(TEXT_B, "held"),
            span(TEXT_B, "Nov. 14, 2022"),
            ["Xi Jinping", "Joe Biden"],
            "happened",
            0.8,
            cluster="c1",
        ),
        Event(
            "e5",
            "b2",
            EventDate("2022-W47", date(2022, 11, 21), date(2022, 11, 27), "week"),
            "Nothing happens",
            s_b2,
            span(TEXT_B, "brings"),
            span(TEXT_B, "The week of Nov. 21"),
            [],
            "projected",
            0.4,
            cluster="e5",
        ),
        # Its trigger overlaps a timex: TimeML must skip the EVENT tag, not nest or cross it.
        Event(
            "e6",
            "b2",
            day("2022-11-14"),
            "Talks on the 14th",
            s_b1,
            span(TEXT_B, "14, 2022"),
            span(TEXT_B, "Nov. 14, 2022"),
            [],
            "happened",
            0.3,
            cluster="e6",
        ),
    ]
    return Result([a, b], events)
