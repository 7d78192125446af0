"""Table-driven checks of extents, types and values, written from the TimeML/TIMEX3 guidelines.

Each row: document date, a sentence giving the tense context, the expected extent, type and value.
Unless stated otherwise the DCT is Thursday 18 November 2021 (ISO week 46).
"""

from __future__ import annotations

import pytest

from model.timex.expression import Timex
from tests.model.timex.table import check_row, tag_rows

D = "2021-11-18"  # a Thursday

CASES: list[tuple[str, str, str, str, str]] = [
    # --- absolute dates, every common news form
    (D, "The treaty was signed on Nov 15, 2021.", "Nov 15, 2021", "DATE", "2021-11-15"),
    (D, "The treaty was signed on Nov. 15, 2021, in Geneva.", "Nov. 15, 2021", "DATE", "2021-11-15"),
    (D, "The treaty was signed on November 15, 2021.", "November 15, 2021", "DATE", "2021-11-15"),
    (D, "The treaty was signed on 15 November 2021.", "15 November 2021", "DATE", "2021-11-15"),
    (D, "The treaty was signed on 15th November, 2021.", "15th November, 2021", "DATE", "2021-11-15"),
    (D, "The treaty was signed on the 15th of November 2021.", "15th of November 2021", "DATE", "2021-11-15"),
    (D, "The form is dated 11/15/2021.", "11/15/2021", "DATE", "2021-11-15"),
    (D, "The form is dated 2021-11-15.", "2021-11-15", "DATE", "2021-11-15"),
    (D, "The file was stamped 20211115 by the clerk.", "20211115", "DATE", "2021-11-15"),
    (D, "The plant closed in March 2019.", "March 2019", "DATE", "2019-03"),
    (D, "The plant closed in Sept. 2019.", "Sept. 2019", "DATE", "2019-09"),
    (D, "The plant closed in 2019.", "2019", "DATE", "2019"),
    (D, "Prices peaked in mid-2020.", "mid-2020", "DATE", "2020"),
    (D, "The company was founded in the 1990s.", "the 1990s", "DATE", "199"),
    (D, "The company was founded in the early 1990s.", "the early 1990s", "DATE", "199"),
    (D, "Such weapons were common in the '80s.", "the '80s", "DATE", "198"),
    (D, "It was the defining conflict of the 21st century.", "the 21st century", "DATE", "20"),
    (D, "It shaped the twentieth century.", "the twentieth century", "DATE", "19"),
    (D, "Revenue rose in fiscal 2022.", "fiscal 2022", "DATE", "2022"),
    (D, "Revenue rose in fiscal year 2020.", "fiscal year 2020", "DATE", "2020"),
    (D, "Sales grew in the third quarter of 2021.", "the third quarter of 2021", "DATE", "2021-Q3"),
    (D, "Sales grew in Q3 2020.", "Q3 2020", "DATE", "2020-Q3"),
    (D, "Sales fell in the first half of 2021.", "the first half of 2021", "DATE", "2021-H1"),
    (D, "Sales fell in the second half of 2020.", "the second half of 2020", "DATE", "2020-H2"),
    (D, "The ship sank in the summer of 2018.", "the summer of 2018", "DATE", "2018-SU"),
    (D, "The ship sank in summer 2018.", "summer 2018", "DATE", "2018-SU"),
    (D, "He was born on Christmas Day, 1950.", "Christmas Day, 1950", "DATE", "1950-12-25"),
    (D, "The plan was drawn up in early 2020.", "early 2020", "DATE", "2020"),
    (D, "The deal collapsed in late 2019.", "late 2019", "DATE", "2019"),
    (D, "Troops withdrew by the end of 2020.", "the end of 2020", "DATE", "2020"),
    # --- partial dates: the year comes from the DCT and the tense
    (D, "The talks took place on Nov 15.", "Nov 15", "DATE", "2021-11-15"),
    (D, "The talks will take place on Nov. 25.", "Nov. 25", "DATE", "2021-11-25"),
    (D, "The talks will take place on Jan. 10.", "Jan. 10", "DATE", "2022-01-10"),
    (D, "The talks took place on Dec. 10.", "Dec. 10", "DATE", "2020-12-10"),
    (D, "Talks could take place in January.", "January", "DATE", "2022-01"),
    (D, "Talks took place in January.", "January", "DATE", "2021-01"),
    (D, "The summit was held in October.", "October", "DATE", "2021-10"),
    (D, "The summit will be held in February.", "February", "DATE", "2022-02"),
    (D, "A vote is expected in March.", "March", "DATE", "2022-03"),
    (D, "Inflation slowed in early October.", "early October", "DATE", "2021-10"),
    (D, "Inflation slowed in late September.", "late September", "DATE", "2021-09"),
    (D, "Prices jumped in mid-August.", "mid-August", "DATE", "2021-08"),
    (D, "The law takes effect in January next year.", "January next year", "DATE", "2022-01"),
    (D, "The ban began in June last year.", "June last year", "DATE", "2020-06"),
    (D, "The company reported losses in the third quarter.", "the third quarter", "DATE", "2021-Q3"),
    (D, "The company expects growth in the first quarter.", "the first quarter", "DATE", "2022-Q1"),
    (D, "The team played badly last summer.", "last summer", "DATE", "2021-SU"),
    (D, "The team will play better next spring.", "next spring", "DATE", "2022-SP"),
    (D, "Rebuilding began this spring.", "this spring", "DATE", "2021-SP"),
    (D, "The bridge will reopen on Christmas.", "Christmas", "DATE", "2021-12-25"),
    # --- weekdays: direction from tense and modals
    (D, "The ministers met on Tuesday.", "Tuesday", "DATE", "2021-11-16"),
    (D, "The ministers met Monday in Paris.", "Monday", "DATE", "2021-11-15"),
    (D, "The ministers will meet on Wednesday.", "Wednesday", "DATE", "2021-11-24"),
    (D, "The ministers will meet on Saturday.", "Saturday", "DATE", "2021-11-20"),
    (D, "The ministers are meeting on Friday.", "Friday", "DATE", "2021-11-19"),
    (D, "The ministers could meet on Monday.", "Monday", "DATE", "2021-11-22"),
    (D, "The ministers plan to meet on Tuesday.", "Tuesday", "DATE", "2021-11-23"),
    (D, "The minister said on Thursday that talks would resume.", "Thursday", "DATE", "2021-11-18"),
    (D, "Police said Sunday that two people died.", "Sunday", "DATE", "2021-11-14"),
    (D, "The vote is scheduled for Monday.", "Monday", "DATE", "2021-11-22"),
    (D, "He resigned last Friday.", "last Friday", "DATE", "2021-11-12"),
    (D, "He will resign next Friday.", "next Friday", "DATE", "2021-11-19"),
    ("2021-11-15", "He will resign next Friday.", "next Friday", "DATE", "2021-11-19"),
    (D, "Wednesday's ruling angered the family.", "Wednesday", "DATE", "2021-11-17"),
    (D, "The rally was held Saturday night.", "Saturday night", "TIME", "2021-11-13TNI"),
    (D, "Rescuers found him Tuesday morning.", "Tuesday morning", "TIME", "2021-11-16TMO"),
    (D, "The market fell on Monday, Nov. 15, 2021.", "Monday, Nov. 15, 2021", "DATE", "2021-11-15"),
    (D, "The shop opens on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
    (D, "The leaders talked over the weekend.", "the weekend", "DATE", "2021-W45-WE"),
    # --- relative expressions
    (D, "The results were published today.", "today", "DATE", "2021-11-18"),
    (D, "The results were published yesterday.", "yesterday", "DATE", "2021-11-17"),
    (D, "The results will be published tomorrow.", "tomorrow", "DATE", "2021-11-19"),
    (D, "The president will speak tonight.", "tonight", "TIME", "2021-11-18TNI"),
    (D, "The storm hit yesterday morning.", "yesterday morning", "TIME", "2021-11-17TMO"),
    (D, "The storm will arrive tomorrow afternoon.", "tomorrow afternoon", "TIME", "2021-11-19TAF"),
    (D, "The storm hit this morning.", "this morning", "TIME", "2021-11-18TMO"),
    (D, "Shots were heard last night.", "last night", "TIME", "2021-11-17TNI"),
    (D, "They arrived the day before yesterday.", "the day before yesterday", "DATE", "2021-11-16"),
    (D, "They leave the day after tomorrow.", "the day after tomorrow", "DATE", "2021-11-20"),
    (D, "Shares fell last week.", "last week", "DATE", "2021-W45"),
    (D, "Shares rose this week.", "this week", "DATE", "2021-W46"),
    (D, "Shares may rise next week.", "next week", "DATE", "2021-W47"),
    (D, "Exports dropped last month.", "last month", "DATE", "2021-10"),
    (D, "Exports grew this month.", "this month", "DATE", "2021-11"),
    (D, "Exports should grow next month.", "next month", "DATE", "2021-12"),
    (D, "Exports dropped earlier this month.", "earlier this month", "DATE", "2021-11"),
    (D, "Profits doubled last year.", "last year", "DATE", "2020"),
    (D, "Profits doubled this year.", "this year", "DATE", "2021"),
    (D, "Profits will double next year.", "next year", "DATE", "2022"),
    (D, "Profits doubled earlier this year.", "earlier this year", "DATE", "2021"),
    (D, "The mine will close at the end of the year.", "the end of the year", "DATE", "2021"),
    (D, "The mine closed at the beginning of the month.", "the beginning of the month", "DATE", "2021-11"),
    (D, "Demand fell in the last quarter.", "the last quarter", "DATE", "2021-Q3"),
    (D, "Demand fell last quarter.", "last quarter", "DATE", "2021-Q3"),
    (D, "The law passed three years ago.", "three years ago", "DATE", "2018"),
    (D, "The law passed two days ago.", "two days ago", "DATE", "2021-11-16"),
    (D, "The law passed two weeks ago.", "two weeks ago", "DATE", "2021-W44"),
    (D, "The law passed six months ago.", "six months ago", "DATE", "2021-05"),
    (D, "The law passed a decade ago.", "a decade ago", "DATE", "201"),
    (D, "The law passed several years ago.", "several years ago", "DATE", "PAST_REF"),
    (D, "The law will expire two years from now.", "two years from now", "DATE", "2023"),
    (D, "The company was sold in 2015. Two years later it went bankrupt.", "Two years later", "DATE", "2017"),
    (D, "The strike began on March 3, 2020. Three days later the factory shut.", "Three days later", "DATE", "2020-03-06"),
    (D, "Officials recently raised the alarm.", "recently", "DATE", "PAST_REF"),
    (D, "The region is now calm.", "now", "DATE", "PRESENT_REF"),
    (D, "The region is currently calm.", "currently", "DATE", "PRESENT_REF"),
    # A stretch of unstated length reaching to or from now: a duration with an unknown count.
    (D, "Rates will rise in the coming months.", "the coming months", "DURATION", "PXM"),
    (D, "Rates have risen in recent years.", "recent years", "DURATION", "PXY"),
    (D, "Such attacks happened in the past.", "the past", "DATE", "PAST_REF"),
    (D, "Such attacks may happen in the future.", "the future", "DATE", "FUTURE_REF"),
    (D, "The results will be announced soon.", "soon", "DATE", "FUTURE_REF"),
    # --- times of day
    (D, "The meeting starts at 10 a.m. Tuesday.", "10 a.m. Tuesday", "TIME", "2021-11-23T10:00"),
    (D, "The blast happened at 10 a.m. Tuesday.", "10 a.m. Tuesday", "TIME", "2021-11-16T10:00"),
    (D, "The blast happened at 3:30 p.m. yesterday.", "3:30 p.m. yesterday", "TIME", "2021-11-17T15:30"),
    (D, "The polls close at 8 p.m.", "8 p.m.", "TIME", "2021-11-18T20:00"),
    (D, "The ceasefire begins at noon.", "noon", "TIME", "2021-11-18T12:00"),
    (D, "The ceasefire began at midnight.", "midnight", "TIME", "2021-11-18T24:00"),
    (D, "The deadline is 5 p.m. EST Nov. 22.", "5 p.m. EST Nov. 22", "TIME", "2021-11-22T17:00"),
    (D, "The record shows 2021-11-15 08:30:00 as the time of entry.", "2021-11-15 08:30:00", "TIME", "2021-11-15T08:30"),
    # --- durations
    (D, "The siege lasted almost nine months.", "almost nine months", "DURATION", "P9M"),
    (D, "The summit lasted 3½ hours.", "3½ hours", "DURATION", "PT3.5H"),
    (D, "The summit lasted 2 1/2 hours.", "2 1/2 hours", "DURATION", "PT2.5H"),
    (D, "They held a 3½-hour summit.", "3½-hour", "DURATION", "PT3.5H"),
    (D, "They signed a five-year contract.", "five-year", "DURATION", "P5Y"),
    (D, "He served three years in prison.", "three years", "DURATION", "P3Y"),
    (D, "He served about three years in prison.", "about three years", "DURATION", "P3Y"),
    (D, "He served more than 20 years in prison.", "more than 20 years", "DURATION", "P20Y"),
    (D, "He served less than a year in prison.", "less than a year", "DURATION", "P1Y"),
    (D, "He served at least six months.", "at least six months", "DURATION", "P6M"),
    (D, "The strike lasted two weeks.", "two weeks", "DURATION", "P2W"),
    (D, "The strike lasted ten days.", "ten days", "DURATION", "P10D"),
    (D, "The strike lasted 48 hours.", "48 hours", "DURATION", "PT48H"),
    (D, "The strike lasted 45 minutes.", "45 minutes", "DURATION", "PT45M"),
    (D, "The strike lasted two and a half years.", "two and a half years", "DURATION", "P2.5Y"),
    (D, "The strike lasted twenty-four hours.", "twenty-four hours", "DURATION", "PT24H"),
    (D, "The dispute went on for several years.", "several years", "DURATION", "PXY"),
    (D, "The dispute went on for a few days.", "a few days", "DURATION", "PXD"),
    (D, "The dispute went on for two decades.", "two decades", "DURATION", "P20Y"),
    (D, "The dispute went on for years.", "years", "DURATION", "PXY"),
    (D, "Prices rose over the past two months.", "the past two months", "DURATION", "P2M"),
    (D, "Prices rose over the past week.", "the past week", "DURATION", "P1W"),
    (D, "Prices will rise over the next three years.", "the next three years", "DURATION", "P3Y"),
    (D, "Output rose in the first nine months.", "the first nine months", "DURATION", "P9M"),
    (D, "The drill took half an hour.", "half an hour", "DURATION", "PT0.5H"),
    # --- sets
    (D, "The board holds an annual meeting.", "annual", "SET", "P1Y"),
    (D, "The data are published annually.", "annually", "SET", "P1Y"),
    (D, "The committee meets every week.", "every week", "SET", "P1W"),
    (D, "The committee meets each month.", "each month", "SET", "P1M"),
    (D, "The committee meets every two years.", "every two years", "SET", "P2Y"),
    (D, "The paper appears daily.", "daily", "SET", "P1D"),
    (D, "The paper appears weekly.", "weekly", "SET", "P1W"),
    (D, "The board meets twice a year.", "twice a year", "SET", "P1Y"),
    (D, "The market opens every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
    # --- other document dates
    ("2023-01-04", "The ministers met on Monday.", "Monday", "DATE", "2023-01-02"),
    ("2023-01-04", "The ministers will meet on Monday.", "Monday", "DATE", "2023-01-09"),
    ("2023-01-04", "The deal was agreed in December.", "December", "DATE", "2022-12"),
    ("2023-01-04", "The deal was agreed on Dec. 28.", "Dec. 28", "DATE", "2022-12-28"),
    ("2023-01-04", "Profits fell last year.", "last year", "DATE", "2022"),
    ("2023-01-04", "The snow fell this winter.", "this winter", "DATE", "2022-WI"),
    ("2023-01-04", "Growth slowed in the fourth quarter.", "the fourth quarter", "DATE", "2022-Q4"),
    ("2023-01-04", "Output fell last month.", "last month", "DATE", "2022-12"),
    ("1998-02-13", "The senator spoke on Wednesday.", "Wednesday", "DATE", "1998-02-11"),
    ("1998-02-13", "Stocks fell 5% last week.", "last week", "DATE", "1998-W06"),
    ("1989-10-26", "Net income rose in the quarter.", "the quarter", "DATE", "1989-Q3"),
    ("1989-10-26", "Net income rose 12% from a year earlier.", "a year earlier", "DATE", "1988"),
    ("1989-10-26", "Third-quarter profit rose 12% from a year ago.", "Third-quarter", "DATE", "1989-Q3"),
    # --- not dates, or only part of a phrase
    (D, "Rates will rise on Monday.", "Monday", "DATE", "2021-11-22"),
    (D, "They will cut 700 jobs by 2027.", "2027", "DATE", "2027"),
    (D, "A 44-year-old man was arrested on Friday.", "Friday", "DATE", "2021-11-12"),
]

NOT_TIMEX: list[tuple[str, str]] = [
    ("Temperatures stayed in the low 200s.", "200s"),
    ("The treaty limits each side to 1,000 warheads.", "1,000"),
    ("They will cut 700 jobs by 2027.", "700"),
    ("The unit sent 2000 troops to the border.", "2000"),
    ("A 44-year-old man was arrested on Friday.", "44-year"),
    ("He may resign if the vote fails.", "may"),
    ("Protesters march through the city.", "march"),
    ("She won a second term.", "a second"),
    ("The fund holds $1999 in cash.", "1999"),
]


@pytest.fixture(scope="module")
def tagged(nlp) -> list[list[Timex]]:
    return tag_rows(nlp, [(dct, text) for dct, text, *_ in CASES])


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[2] for c in CASES])
def test_expression(tagged: list[list[Timex]], index: int) -> None:
    _, text, extent, type_, value = CASES[index]
    check_row(tagged[index], text, extent, type_, value)


@pytest.mark.parametrize(("text", "fragment"), NOT_TIMEX)
def test_not_a_timex(nlp, text: str, fragment: str) -> None:
    (timexes,) = tag_rows(nlp, [(D, text)])
    at, end = text.index(fragment), text.index(fragment) + len(fragment)
    for t in timexes:
        assert t.end <= at or t.start >= end, (t, text)
