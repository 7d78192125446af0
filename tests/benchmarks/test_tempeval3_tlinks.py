"""The scorer of benchmarks/tempeval3_tlinks.py: our exported TLINKs read back and judged against gold.

A hand-made result in our own words goes through the TimeML exporter; the scorer must find each
EVENT's link, its TIMEX3's value and span, and judge days and expressions as the docstring says.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from event_anchoring_tbaq import Anchored  # noqa: E402
from tempeval3_tlinks import OurLink, link_date, our_event, read_exported, same_expression  # noqa: E402

from model.core.documents import Article, DocumentDate, EventMention, TextSpan  # noqa: E402
from model.core.events import Event, EventDate  # noqa: E402
from model.exporters.timeml_export import render_article  # noqa: E402

TEXT = "The envoy arrived on Monday and toured the site. Aid workers had left."


def span(word: str) -> TextSpan:
    start = TEXT.index(word)
    return TextSpan(start, start + len(word), word)


def test_exported_links_are_read_back_with_their_times(tmp_path: Path) -> None:
    monday = EventDate("1998-08-17", date(1998, 8, 17), date(1998, 8, 17), "day")
    past = EventDate("PAST_REF", date(1, 1, 1), date(1998, 8, 18), "relative")
    events = [
        Event("e1", "a", monday, "Envoy arrives", span("The envoy"), span("arrived"), span("Monday")),
        Event("e2", "a", past, "Aid workers left", span("Aid"), span("left"), TextSpan(span("left").start,
              span("left").start, ""), date_source="document"),
    ]
    toured = span("toured")
    article = Article("a", "a.txt", TEXT, dct=DocumentDate("1998-08-18", "metadata", 1.0),
                      event_mentions=(EventMention(toured.start, toured.end, "OCCURRENCE", span("arrived").start),))
    path = tmp_path / "a.tml"
    path.write_text(render_article(article, events), encoding="utf-8")
    exported = read_exported(path)
    assert exported.text == TEXT

    gold_toured = Anchored(toured.start, toured.end, "toured", ["1998-08-17"], spans=[(span("Monday").start,
                                                                                       span("Monday").end)])
    eid = our_event(exported, gold_toured)
    assert eid is not None
    link = exported.links[eid]
    assert (link.relation, link.value) == ("IS_INCLUDED", "1998-08-17")
    assert link_date(link) == monday and same_expression(link, gold_toured)
    # The same days from another expression are right for the dates, not for the links.
    assert not same_expression(OurLink("IS_INCLUDED", "1998-08-17", (0, 3)), gold_toured)

    left = our_event(exported, Anchored(span("left").start, span("left").end, "left"))
    assert left is not None
    before = exported.links[left]
    assert (before.relation, before.span) == ("BEFORE", None) and link_date(before) is None
    assert our_event(exported, Anchored(span("site").start, span("site").end, "site")) is None  # not tagged
