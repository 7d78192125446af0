"""Date lines: one row per format, each in plain and in tokenised spacing (Timeline17, PTB)."""

from __future__ import annotations

import re

import pytest

from model.text.datelines import find_date_line, find_dateline


def tokenised(text: str) -> str:
    """The same text as the shared corpora spell it: spaced commas, -LRB-/-RRB- for brackets."""
    text = re.sub(r"[ \t]*\([ \t]*", " -LRB- ", text)
    text = re.sub(r"[ \t]*\)[ \t]*", " -RRB- ", text)
    text = re.sub(r"[ \t]*,[ \t]*", " , ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


# (format, text, date, time, zone) — each text reworded, the date line as the site prints it.
FORMATS = [
    ("Reuters timestamp after the place",
     "WASHINGTON | Wed Nov 17, 2010 11:50 am EST WASHINGTON Nov 17 (Reuters) - Senators agreed on a bill.",
     "2010-11-17", "11:50 am", "EST"),
    ("Reuters timestamp after a byline",
     "By Ann Lee, Health Editor GENEVA | Mon Mar 2, 2009 4:23 pm EST GENEVA (Reuters) - Most flu cases resist the drug.",
     "2009-03-02", "4:23 pm", "EST"),
    ("bare agency timestamp", "Wed Nov 17, 2010 11:50am EST\nThe dollar rose.", "2010-11-17", "11:50am", "EST"),
    ("Guardian timestamp after the title",
     "Zoo pig placed in quarantine Tuesday 3 May 2005 19.30 BST The only pig in the country was moved.",
     "2005-05-03", "19.30", "BST"),
    ("Guardian timestamp after a long standfirst",
     "Flu tests rethink Suspected cases in Scotland are to be checked by laboratories before they are announced "
     "after doctors misread several Wednesday 17 June 2009 19.29 BST Many cases may have been wrong.",
     "2009-06-17", "19.29", "BST"),
    ("BBC 'last updated' line", "Last updated at 14:05 GMT, Tuesday, 2 March 2010\nThe council voted.",
     "2010-03-02", "14:05", "GMT"),
    ("BBC 'page last updated' line",
     "Page last updated at 08:14 GMT, Tuesday, 8 November 2011 The doctor was found guilty.",
     "2011-11-08", "08:14", "GMT"),
    ("BBC date then 'last updated'", "2 March 2010 Last updated at 14:05 GMT\nThe council voted.",
     "2010-03-02", "14:05", "GMT"),
    ("BBC blog post time", "Susan Wells | 18:00 UK time, Saturday, 25 April 2009 Experts are worried.",
     "2009-04-25", "18:00", "UK time"),
    ("BBC print 'Published:' stamp", "Published: 2009/04/25 18:00:01 GMT\nExperts are worried.",
     "2009-04-25", "18:00:01", "GMT"),
    ("CNN byline with 'updated'",
     "By Jane Doe, CNN updated 10:32 a.m. EST, Thu January 28, 2010 Washington (CNN) -- The senate met.",
     "2010-01-28", "10:32 a.m.", "EST"),
    ("CNN date then 'Updated'", "November 17, 2010 -- Updated 1150 GMT (1950 HKT)\nThe talks ended.",
     "2010-11-17", "1150", "GMT"),
    ("NYT 'Published:' line", "By JANE DOE\nPublished: November 17, 2010\nThe mayor spoke.", "2010-11-17", None, None),
    ("Al Jazeera 'Last Modified:'", "Last Modified: 17 Nov 2010 11:50 GMT\nTroops left the city.",
     "2010-11-17", "11:50", "GMT"),
    ("Telegraph 'Published:' with the time first", "Published: 11:50AM GMT 17 Nov 2010\nShares fell.",
     "2010-11-17", "11:50AM", "GMT"),
    ("Daily Mail 'Last updated at … on'", "Last updated at 2:05 PM on 17th November 2010\nShares fell.",
     "2010-11-17", "2:05 PM", None),
    ("Washington Post byline date",
     "By Jane Doe\nWashington Post Staff Writer\nWednesday, November 17, 2010; 11:50 AM\nThe mayor spoke.",
     "2010-11-17", "11:50 AM", None),
    ("AFP dateline with a full date", "PARIS, Nov 17, 2010 (AFP) - France said it would act.", "2010-11-17", None, None),
    ("AP dateline then the date", "NEW YORK (AP) — Nov. 17, 2010 The mayor spoke.", "2010-11-17", None, None),
    ("wire dateline with a full date", "LONDON, 3 March 2020 /PRNewswire/ -- Acme said it had grown.",
     "2020-03-03", None, None),
    ("date on a line of its own under the title", "Rates held\nJune 8, 2010\nThe bank kept rates.", "2010-06-08", None, None),
    ("Wikinews date at the very start", "April 5, 2006 Apple has released a volume limit.", "2006-04-05", None, None),
    ("Guardian 'first published' at the end",
     "The minister resigned. Article history This article was first published on guardian.co.uk at 19.30 BST "
     "on Tuesday 3 May 2005.", "2005-05-03", "19.30", "BST"),
    ("BBC mobile 'Last updated', lower-case month", "Last updated: 1 may, 2009 - 17:54 GMT\nMexico shut down.",
     "2009-05-01", "17:54", "GMT"),
    ("ISO 'Posted' stamp", "Posted 2010-11-17 11:50 GMT\nThe dollar rose.", "2010-11-17", "11:50", "GMT"),
]


@pytest.mark.parametrize("spacing", ["plain", "tokenised"])
@pytest.mark.parametrize(("name", "text", "value", "time", "zone"), FORMATS, ids=[f[0] for f in FORMATS])
def test_date_line_formats(name: str, text: str, value: str, time: str | None, zone: str | None, spacing: str) -> None:
    if spacing == "tokenised":
        text = tokenised(text)
    found = find_date_line(text)
    assert found is not None, name
    assert found.value == value
    assert found.time == time
    assert found.zone == zone
    assert text[found.start : found.end] == found.text


NOT_DATE_LINES = [
    ("a date of the story in the lead", "Rates held\nThe court ruled on Monday, November 15, 2010, that the law stood."),
    ("a full date deep in the story",
     "Talks resumed. " + "The envoys met again and spoke for hours about the terms. " * 12
     + "Wed Nov 17, 2010 11:50am EST"),
    ("a weekday that does not fit the date", "Tuesday 4 May 2005 19.30 BST The election campaign went on."),
    ("a blog's list of posts with different dates",
     "All posts More on vaccines - 16:10 UK time, Wednesday, 8 July 2009 Policy shift - 08:55 UK time, "
     "Thursday, 2 July 2009 First death - 23:39 UK time, Sunday, 14 June 2009"),
    ("a date after 'since'", "Since September 3, 2010 the group has met weekly."),
    # CNN's embedded clips carry their own "updated: Fri Nov 19 2010 03:22:00", not the page's date.
    ("an embedded video's stamp", "Security is boosted at churches. updated : Fri Nov 19 2010 03:22:00 Aung San Suu Kyi"),
    ("a date of the story after a byline",
     "By Peter Bowes BBC News, Los Angeles The singer died on 25 June 2009 Jurors heard the doctor's case."),
]


@pytest.mark.parametrize("spacing", ["plain", "tokenised"])
@pytest.mark.parametrize(("name", "text"), NOT_DATE_LINES, ids=[n for n, _ in NOT_DATE_LINES])
def test_not_date_lines(name: str, text: str, spacing: str) -> None:
    if spacing == "tokenised":
        text = tokenised(text)
    assert find_date_line(text) is None, name


def test_published_beats_updated() -> None:
    text = "PUBLISHED: 11:50 EST, 17 November 2010 | UPDATED: 09:12 EST, 19 November 2010\nShares fell."
    found = find_date_line(text)
    assert found is not None and (found.value, found.kind) == ("2010-11-17", "published")


@pytest.mark.parametrize(
    ("text", "place", "agency", "day"),
    [
        ("HONG KONG , May 2 -LRB- Reuters -RRB- - Travellers were held.", "HONG KONG", "Reuters", (5, 2)),
        ("-LRB- For full coverage , click -LRB- nFLU -RRB- -RRB- HONG KONG , May 2 -LRB- Reuters -RRB- - Travellers",
         "HONG KONG", "Reuters", (5, 2)),
        ("GENEVA | Wed Apr 29 , 2009 7:31 pm EDT GENEVA -LRB- Reuters -RRB- - The WHO said", "GENEVA", "Reuters", None),
        ("WASHINGTON | Wed Nov 17 , 2010 11:50 am EST WASHINGTON Nov 17 -LRB- Reuters -RRB- - The", "WASHINGTON",
         "Reuters", (11, 17)),
    ],
)
def test_tokenised_agency_datelines(text: str, place: str, agency: str, day: tuple[int, int] | None) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    assert ((found.date.month, found.date.day) if found.date else None) == day


def test_capitals_inside_a_line_without_an_agency_are_no_dateline() -> None:
    assert find_dateline("The talks went on -RRB- NATO - the alliance said") is None
