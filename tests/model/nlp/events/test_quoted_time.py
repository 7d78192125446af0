"""A quotation's "today" is the day its words were said, not the page's (issue 13, item 2).

Rows are our own sentences after the kinds of news in the shared Timeline17 development folders
(a company's tweets quoted the morning after, a group's statement quoted with its day); the rule
is in ``model/nlp/events/quoted_time.py``.
"""

from __future__ import annotations

import pytest

from model.core.events import Event
from model.nlp.events.quoted_time import quotation_regions
from tests.marked import events_of


def dated(events: list[Event]) -> dict[str, str]:
    """Trigger -> date value, for the entries whose date is a day the text gives."""
    return {e.trigger.text: e.date.value for e in events if e.date.granularity != "relative"}


@pytest.mark.parametrize(
    ("text", "dct", "trigger", "value"),
    [
        # The attribution gives the day: the quoted "today" and "yesterday" count from it.
        ("Organisers said in a statement on Monday: \u201cToday\u2019s press conference announced a concert "
         "for the flood victims.\u201d", "2009-05-20", "conference", "2009-05-18"),
        ("\u201cYesterday the police detained ten of our members,\u201d the group said on Tuesday.",
         "2011-01-26", "detained", "2011-01-24"),
        # Words said on the page's own day keep it.
        ("\u201cWe opened the field clinic today,\u201d the doctor said.", "2010-01-20", "opened", "2010-01-20"),
        ("\u201cWe opened the field clinic today,\u201d the doctor says.", "2010-01-20", "opened", "2010-01-20"),
    ],
)
def test_a_quoted_today_counts_from_the_day_it_was_said(nlp, text: str, dct: str, trigger: str,
                                                       value: str) -> None:
    assert dated(events_of(nlp, text, dct)).get(trigger) == value


@pytest.mark.parametrize(
    ("text", "dct", "trigger"),
    [
        # The story was last at an earlier day: the tweet quoted is that day's, not the page's.
        ("The company confirmed on Tuesday evening that its site had been blocked. Users had reported "
         "trouble for hours. \u201cWe can confirm that the site was blocked in the country today. It is "
         "affecting the website and the apps,\u201d the company tweeted.", "2011-01-26", "blocked"),
        # A written statement quoted in the past with no day: its day is not known.
        ("\u201cToday we announced a concert to raise money for the victims,\u201d the band said in a "
         "statement.", "2009-05-20", "announced"),
    ],
)
def test_a_quoted_today_of_an_earlier_day_is_not_the_pages_day(nlp, text: str, dct: str, trigger: str) -> None:
    events = events_of(nlp, text, dct)
    assert dated(events).get(trigger) != dct, [(e.trigger.text, e.date.value) for e in events]


def test_a_readers_yesterday_counts_from_the_comment_and_is_no_plan(nlp) -> None:
    # The page is of 29 April; the comment of 5 May tells what happened on 4 May (reworded, BBC blog).
    text = ("The editor wrote about the coverage today. Have your say At 20:04 5th May 2009 , jo wrote : Yesterday "
            "the minister admitted the numbers were wrong .")
    event = next(e for e in events_of(nlp, text, "2009-04-29") if e.trigger.text == "admitted")
    assert (event.date.value, event.modality) == ("2009-05-04", "happened")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("He said: \u201cWe left today.\u201d Then he went.", ["We left today."]),
        ("`` We left today , '' he said .", [" We left today , "]),
        ('She said "we left" and "we came back".', ["we left", "we came back"]),
        # A quotation left open ends with its paragraph.
        ("\u201cWe left today.\nNext paragraph.", ["We left today."]),
    ],
)
def test_quotation_regions(text: str, quoted: list[str]) -> None:
    assert [text[lo:hi] for lo, hi in quotation_regions(text)] == quoted
