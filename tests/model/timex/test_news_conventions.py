"""Table-driven checks of news-writing conventions the tagger follows (TimeML/TIMEX3 guidelines).

Each row: document date, a sentence, the expected extent, type and value. The rows are written
from the guidelines and from how news copy is set, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from model.timex.expression import Timex
from tests.model.timex.table import check_row, tag_rows

MON = "2021-11-22"  # a Monday
THU = "2021-11-18"  # a Thursday

# A press pack for a week ahead, published weeks before it (reworded after a radio station's
# programme information): its weekdays are the days it covers.
LISTING = ("BBC Radio 4 Programme Information\nWeek 20: Saturday 16 \u2013 Friday 22 May 2009\nSaturday 16 May\n"
           "On Tuesday, Front Row talks to the director of a new film. Wednesday's programme visits a farm.")
BLOG = ("(Update 9:40 p.m. in Cairo, 2:40 p.m. ET) The defence minister spoke to his counterpart on Saturday. "
        "(Update 8:15 p.m. in Cairo, 1:15 p.m. ET) Clean-up crews swept the square Saturday morning. Newspapers "
        "printed the news on Saturday.")
CASES: list[tuple[str, str, str, str, str]] = [
    ("2009-04-28", LISTING, "Tuesday", "DATE", "2009-05-19"),
    ("2009-04-28", LISTING, "Wednesday", "DATE", "2009-05-20"),
    # ... but a page dated within the days it covers reads its weekdays as any page does.
    ("2009-05-18", LISTING, "Tuesday", "DATE", "2009-05-19"),
    ("2009-05-21", LISTING.replace("On Tuesday, Front Row talks", "On Tuesday, Front Row talked"), "Tuesday",
     "DATE", "2009-05-19"),
    # A weekday glossed by a date in brackets is that date, whatever the tense would say.
    (MON, "The two leaders met on Monday (Nov 15) in a virtual summit.", "Monday", "DATE", "2021-11-15"),
    (MON, "The two leaders met on Monday (Nov 15) in a virtual summit.", "Nov 15", "DATE", "2021-11-15"),
    (MON, "The envoys will meet on Friday [Dec. 3] in Vienna.", "Friday", "DATE", "2021-12-03"),
    # A weekday written with the date picks the year in which they agree.
    (MON, "They last met on Monday, Nov. 16.", "Monday, Nov. 16", "DATE", "2020-11-16"),
    (MON, "They last met on Monday (Nov. 16).", "Monday", "DATE", "2020-11-16"),
    (MON, "They last met on Monday (Nov. 16).", "Nov. 16", "DATE", "2020-11-16"),
    # Spaced commas and line breaks inside an expression do not split it.
    (THU, "He was born on February 24 , 1955 in Ohio.", "February 24 , 1955", "DATE", "1955-02-24"),
    # A plan told in the simple past may be one the report has overtaken: the weekday lies either side,
    # and the days just gone come first; told in the present, or as an arrangement, it lies ahead.
    ("2011-09-09", "The trial was due to start on Thursday, but choosing the jury took longer.", "Thursday",
     "DATE", "2011-09-08"),
    ("2011-09-09", "The hearing was scheduled to open on Thursday, but it was put back.", "Thursday", "DATE",
     "2011-09-08"),
    ("2011-09-09", "The trial is due to start on Thursday.", "Thursday", "DATE", "2011-09-15"),
    ("2011-09-09", "Fans were planning to march through the city on Thursday.", "Thursday", "DATE", "2011-09-15"),
    # A day right after a past verb of saying is the saying's, wherever the parse hangs it.
    ("2009-05-04", "The health minister said on Sunday people should take their ties off.", "Sunday", "DATE",
     "2009-05-03"),
    (THU, "The talks ended on Nov.\n15, 2021 after a week.", "Nov.\n15, 2021", "DATE", "2021-11-15"),
    (THU, "They met last\nweek in Paris.", "last\nweek", "DATE", "2021-W45"),
    (THU, "The wall fell on 9\nNovember 1989.", "9\nNovember 1989", "DATE", "1989-11-09"),
    # A timetable set in the past points either way: the nearest such day.
    (THU, "Protesters planned a large demonstration on Saturday.", "Saturday", "DATE", "2021-11-20"),
    (THU, "The prosecutor has scheduled a news conference Friday.", "Friday", "DATE", "2021-11-19"),
    (THU, "The board has set Nov. 30 as the deadline for bids.", "Nov. 30", "DATE", "2021-11-30"),
    (THU, "The index stayed below the record set on Aug. 6.", "Aug. 6", "DATE", "2021-08-06"),
    (THU, "The group would be ready to leave as soon as Monday.", "Monday", "DATE", "2021-11-22"),
    # Years read out in broadcast transcripts.
    ("1998-02-27", "In nineteen ninety-one he was convicted.", "nineteen ninety-one", "DATE", "1991"),
    ("1998-02-27", "The city was invaded in nineteen seventy-nine.", "nineteen seventy-nine", "DATE", "1979"),
    ("1998-02-27", "January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "DATE", "1997-01"),
    ("1998-02-27", "Prices were lower in the winter of nineteen ninety-four.",
     "the winter of nineteen ninety-four", "DATE", "1994-WI"),
    ("1998-02-27", "The goal is to halve unemployment by the year two thousand.", "the year two thousand", "DATE", "2000"),
    ("1998-02-27", "The plant opened in nineteen oh five.", "nineteen oh five", "DATE", "1905"),
    # Company results: "the year ended June 30" is a twelve-month stretch; "year end" a point.
    ("1989-11-02", "Net income for the year ended June 30 rose 8%.", "the year", "DURATION", "P1Y"),
    ("1989-11-02", "Sales in the fiscal year ending Jan. 31 fell.", "the fiscal year", "DURATION", "P1Y"),
    ("1989-11-02", "The cuts should be complete by year end.", "year end", "DATE", "1989"),
    ("1989-11-02", "The rules should be in place by year's end.", "year's end", "DATE", "1989"),
    ("1989-10-30", "Sales for the full year were $6.6 billion.", "the full year", "DATE", "1989"),
    ("1989-10-30", "For the year, pet food volume was flat.", "the year", "DATE", "1989"),
    ("1989-10-30", "Sales were delayed earlier in the year by heavy rains.", "earlier in the year", "DATE", "1989"),
    ("1989-10-30", "Profitability should increase throughout the fiscal year.", "the fiscal year", "DURATION", "P1Y"),
    ("1989-11-01", "Revenue rose. The latest period had profit from continuing operations.", "The latest period", "DATE",
     "1989-Q3"),
    (THU, "It was the smallest gain in a year.", "a year", "DURATION", "P1Y"),
    (THU, "The board meets twice a year.", "twice a year", "SET", "P1Y"),
    # Results copy: the quarter under discussion carries over to "the 1988 period".
    ("1989-11-02", "Profit fell in the third quarter. It earned $2 million in the 1988 period.",
     "the 1988 period", "DATE", "1988-Q3"),
    ("1989-11-02", "In the year-earlier third quarter, it had net income of $2 million.",
     "the year-earlier third quarter", "DATE", "1988-Q3"),
    ("1989-10-30", "Kirschner earned $14.5 million in the 1988 quarter.", "the 1988 quarter", "DATE", "1988-Q3"),
    # Tense: a participle clause has the main clause's tense; a date naming a thing ("a June
    # agreement") lies either side, the nearer; a deadline after a future verb is ahead; an even
    # split between last year's and next year's month goes to the past, as news reports.
    ("1989-10-30", "The stock has fluctuated, rising to $42 in June from $29.75 in March.", "March", "DATE", "1989-03"),
    ("1989-10-27", "The bank said it is continuing to sell itself, under a June agreement.", "June", "DATE", "1989-06"),
    ("2000-01-05", "He gave no reason for the Jan. 14 deadline.", "Jan. 14", "DATE", "2000-01-14"),
    ("1998-02-13", "Qantas will almost double its flights by August.", "August", "DATE", "1998-08"),
    ("1998-02-13", "The offer was extended to March 20.", "March 20", "DATE", "1998-03-20"),
    ("1999-04-19", "Police say they have evidence in the October slaying.", "October", "DATE", "1998-10"),
    ("2000-03-30", "Officials postponed until Tuesday morning any action on the case.", "Tuesday morning", "TIME",
     "2000-04-04TMO"),
    ("2000-03-30", "The offer was extended to March 20.", "March 20", "DATE", "2000-03-20"),
    ("2000-02-24", "It may be resolved at a hearing the week of March 6.", "the week of March 6", "DATE", "2000-W10"),
    (THU, "The mood will not change for a couple of years.", "a couple of years", "DURATION", "P2Y"),
    (THU, "It turned a profit after several quarters of losses.", "several quarters", "DURATION", "PXQ"),
    # Clock times said in words, and parts of the day.
    ("2000-04-05", "The father will leave at 4 in the morning, Castro said.", "4 in the morning", "TIME", "2000-04-05T04:00"),
    ("2000-04-05", "The vote came at 8 in the evening.", "8 in the evening", "TIME", "2000-04-05T20:00"),
    ("1999-10-08", "He was to appear before a judge at midday.", "midday", "TIME", "1999-10-08T12:00"),
    ("1998-03-06", "By mid afternoon, official sources were saying so.", "mid afternoon", "TIME", "1998-03-06TAF"),
    # The adjective "current" is the present (TimeML PRESENT_REF); the economists' "current account" is not.
    (THU, "He will travel with his current wife.", "current", "DATE", "PRESENT_REF"),
    (THU, "Because of current market conditions, the plant was delayed.", "current", "DATE", "PRESENT_REF"),
    # "that year", "later that day": the unit of the date last mentioned.
    (THU, "He fled to Florida in June 1998 and returned to Cuba later that year.", "later that year", "DATE", "1998"),
    (THU, "The doctor was shot on Oct. 23, 1998. Earlier that day, a fax arrived.",
     "Earlier that day", "DATE", "1998-10-23"),
    # A weekday named in a future clause on that same weekday is the day of publication (news names
    # today by its weekday); only "next Friday" skips a week.
    ("2021-11-19", "The committee will meet Friday to vote on the bill.", "Friday", "DATE", "2021-11-19"),
    ("2021-11-19", "The committee will meet next Friday to vote.", "next Friday", "DATE", "2021-11-26"),
    # A timetable in the pluperfect has been overtaken: its day is the one just gone.
    ("1989-10-30", "The offer had been scheduled to expire at midnight Friday.", "midnight Friday", "TIME",
     "1989-10-27T24:00"),
    ("1989-10-30", "It had been due to expire Friday evening.", "Friday evening", "TIME", "1989-10-27TEV"),
    ("1989-10-30", "The offer is scheduled to expire Friday.", "Friday", "DATE", "1989-11-03"),
    # "in recent years", "in the coming weeks": a stretch of unstated length, a duration (PXY).
    (THU, "Kidnappings have risen in recent years.", "recent years", "DURATION", "PXY"),
    (THU, "The Fed may cut rates in the coming weeks.", "the coming weeks", "DURATION", "PXW"),
    # "annual" as a set when it is not a rate's period.
    (THU, "Protesters rallied against the annual parades.", "annual", "SET", "P1Y"),
    (THU, "It was the sixth day of rallies held almost daily.", "daily", "SET", "P1D"),
    (THU, "Now officials are investigating the blast.", "Now", "DATE", "PRESENT_REF"),
    # Results copy: "the latest quarter" is the last one reported, never a forecast quarter named
    # before it; beside "the nine months" a year-earlier comparison is a year, not a quarter.
    ("1989-11-02", "The latest quarter's results included a gain.", "The latest quarter", "DATE", "1989-Q3"),
    ("1989-11-02", "The quake will bring a fourth-quarter charge. Earnings fell 59% in the latest quarter.",
     "the latest quarter", "DATE", "1989-Q3"),
    ("1989-10-26", "Net rose 9% in the third quarter. For the nine months, net was $48 million, "
     "compared with $39 million a year earlier.", "a year earlier", "DATE", "1988"),
    ("1989-10-26", "Net rose 9% in the third quarter, compared with $39 million a year earlier.",
     "a year earlier", "DATE", "1988-Q3"),
    ("1989-11-02", "Profit fell in the third quarter. In the first nine months, net was $306 million, "
     "compared with a loss in the 1988 period.", "the 1988 period", "DATE", "1988"),
    ("1989-11-02", "Net for the year-earlier nine months included a gain.", "the year-earlier nine months",
     "DURATION", "P9M"),
    # "the last quarter of 1988" is its fourth quarter; two quarters of a year are a half.
    ("1989-10-26", "Sales fell in the last quarter of 1988.", "the last quarter of 1988", "DATE", "1988-Q4"),
    ("1989-10-26", "Earnings will be lower for the last half of 1989.", "the last half of 1989", "DATE", "1989-H2"),
    ("1989-10-26", "Sales rose in the latter half of 1988.", "the latter half of 1988", "DATE", "1988-H2"),
    ("1989-10-26", "The slump will last through the first two quarters of 1990.", "the first two quarters of 1990",
     "DATE", "1990-H1"),
    ("1989-10-26", "Sales rose in the last quarter.", "the last quarter", "DATE", "1989-Q3"),
    # "each July" is every July (a SET); "this coming Sunday" the next one, "this past Sunday" the last.
    ("1998-03-22", "Orangemen march each July through the town.", "each July", "SET", "XXXX-07"),
    ("1998-03-05", "The day is marked this coming Sunday.", "this coming Sunday", "DATE", "1998-03-08"),
    ("1998-03-05", "It was marked this past Sunday.", "this past Sunday", "DATE", "1998-03-01"),
    ("1998-03-05", "Rebels attacked. Today the city is calm.", "Today", "DATE", "1998-03-05"),
    # "could" negated through the subject is a past inability, like "could not be reached".
    ("2000-01-06", "Neither he nor his aides could be located Wednesday.", "Wednesday", "DATE", "2000-01-05"),
    ("2000-01-06", "No one could be reached for comment Tuesday.", "Tuesday", "DATE", "2000-01-04"),
    ("2000-01-06", "Talks could resume Wednesday.", "Wednesday", "DATE", "2000-01-12"),
    # A part of the day before its day is one TIME on that day.
    ("1989-11-02", "In London at mid-afternoon yesterday, shares were up.", "mid-afternoon yesterday", "TIME",
     "1989-11-01TAF"),
    ("1989-11-02", "The stock closed at midday Tuesday.", "midday Tuesday", "TIME", "1989-10-31T12:00"),
    # ... also with "on" between: the recording studio filled up by mid-afternoon on Tuesday.
    ("2010-01-27", "By mid-afternoon on Tuesday the singers began to overlap.", "mid-afternoon on Tuesday", "TIME",
     "2010-01-26TAF"),
    # A reader's "today" is the day of the comment's stamp, not the page's (reworded, BBC editors' blog).
    ("2009-04-29", "The editor wrote about the coverage today. Have your say At 20:04 30th Apr 2009 , jo wrote : "
     "there were 256 cases as the news said today .", "today", "DATE", "2009-04-30"),
    # In readers' comments a reader's own year is named before "that year" refers to it.
    ("2010-01-27", "The singer spoke in 2005. Add your comments on this story. In 1999 I moved to Leeds and "
     "later that year I found work.", "later that year", "DATE", "1999"),
    # A wire's clock with no colon before its zone is a time of the day, never a year.
    ("2010-01-14", "Aid flights resumed at 1633 GMT, the agency said.", "1633 GMT", "TIME", "2010-01-14T16:33"),
    ("2011-01-25", "Tune in tonight at 2100 GMT to see the answers.", "2100 GMT", "TIME", "2011-01-25T21:00"),
    ("2011-02-03", "The curfew starts at 1500 local time in Cairo.", "1500", "TIME", "2011-02-03T15:00"),
    # A live blog dated Friday whose posts run on into Saturday: its bare "Saturday" is the day after
    # (reworded from a news network's blog of the Egyptian protests).
    ("2011-02-11", BLOG, "Saturday", "DATE", "2011-02-12"),
    # ... and where the next day is most of what it names, its "today" is that day too.
    ("2011-02-11", BLOG + " Crowds are thinner today.", "today", "DATE", "2011-02-12"),
    # A timetabled happening's weekday with the happening still ahead is the coming one.
    ("2009-04-28", "Details of Thursday's meeting have to be worked out by the presidency.", "Thursday", "DATE",
     "2009-04-30"),
    ("2011-01-29", "The September elections down the line could open the way.", "September", "DATE", "2011-09"),
    ("2010-03-10", "The minister resigned ahead of the November summit.", "November", "DATE", "2010-11"),
    ("2010-03-10", "The president announced elections in June.", "June", "DATE", "2010-06"),
    ("2011-01-31", "The president said he would not seek re-election in September.", "September", "DATE", "2011-09"),
    # ... told as past it is behind us.
    ("2010-03-10", "The September elections were marred by fraud.", "September", "DATE", "2009-09"),
    ("2010-01-20", "Families of those killed in the March 3 bombing gathered.", "March 3", "DATE", "2009-03-03"),
    # A month still to come is this month at the earliest.
    ("2009-05-01", "The champion will defend his title in April.", "April", "DATE", "2010-04"),
    ("2009-04-20", "The champion will defend his title in April.", "April", "DATE", "2009-04"),
    # Whole days of hours count from what they follow.
    ("2010-01-20", "The quake struck on 12 January. 48 hours later the first aid arrived.", "48 hours later", "DATE",
     "2010-01-14"),
    # What people got ready for is the nearest such day, here the day after the report.
    ("2011-02-12", "Employees and businesses readied themselves for Sunday, the start of the work week.", "Sunday",
     "DATE", "2011-02-13"),
    # On a page with no post stamps "Saturday" in the past tense is the one before.
    ("2011-02-11", "The two ministers spoke by phone on Saturday.", "Saturday", "DATE", "2011-02-05"),
]

NOT_TIMEX: list[tuple[str, str]] = [
    ("Two thousand protesters marched.", "Two thousand"),
    ("The count was nineteen ninety-six votes to four.", "nineteen ninety-six"),
    ("The current account deficit widened.", "current"),
    ("The price was then current in the market.", "current"),
    ("The letter was published by the Communist Party daily Granma.", "daily"),
    ("Iraq imports about three-quarters of its food.", "three-quarters"),
    ("Funds hold more than a quarter of the market.", "a quarter"),
    ("He said so on CBS's 60 Minutes.", "60 Minutes"),
    ("She was named woman of the year.", "the year"),
    ("The preferred stock pays a dividend of $1.76 a year.", "a year"),
    ("Qantas runs four flights a week on the route.", "a week"),
    ("Baker, speaking on ABC News' \"This Week,\" said so.", "This Week"),
    ("The poster showed Gary Cooper in High Noon.", "Noon"),
    # A quantity per period is a rate (as "$1.76 a year" is), not a set of times.
    ("The company has annual sales of about $1 billion.", "annual"),
    ("Prices rose at a modest annual rate of 2%.", "annual"),
    ("It is less than 5% of the average daily volume.", "daily"),
    ("Revenue is expected to increase by 20% annually.", "annually"),
    ("The plant would produce about 10,000 units annually.", "annually"),
    # "Now," opening a sentence is a discourse marker.
    ("Iraq was ready to withdraw. Now, he says, the West wants more.", "Now"),
    ("\"Now, we will see,\" he said.", "Now"),
    # A capitalised "Today" after a name in mid-sentence is a title.
    ("The figures were reported by USA Today on its front page.", "Today"),
    ("This is VOA Today.", "Today"),
    # ... but before a reader names one, "that year" is not the year the article last named.
    ("The singer spoke in 2005. Add your comments on this story. I saw the band live later that year.",
     "later that year"),
    # Numbers that look like years but count.
    ("The earthquake killed 1700 and left thousands homeless.", "1700"),
    ("The number of confirmed cases rose to 2010 on Wednesday.", "2010"),
    ("The death toll now stands at 1900, officials said.", "1900"),
    ("Some 1800 of them had already left the camp.", "1800"),
    ("Of the 2000 who were tested, most were well.", "2000"),
    # A live blog's second clock after its first is no year.
    ("(Updated 10:51 a.m. (1751 in Egypt)) The army moved its tanks.", "1751"),
]


@pytest.fixture(scope="module")
def tagged(nlp) -> list[list[Timex]]:
    return tag_rows(nlp, [(dct, text) for dct, text, *_ in CASES])


@pytest.mark.parametrize("index", range(len(CASES)), ids=[f"{c[2]!r}:{c[1][:30]}" for c in CASES])
def test_convention(tagged: list[list[Timex]], index: int) -> None:
    _, text, extent, type_, value = CASES[index]
    check_row(tagged[index], text, extent, type_, value)


@pytest.mark.parametrize(("text", "fragment"), NOT_TIMEX)
def test_not_a_timex(nlp, text: str, fragment: str) -> None:
    doc = nlp.make_doc(text)
    doc._.dct = THU
    doc = nlp(doc)
    at = text.index(fragment)
    for t in doc._.timexes:
        assert t.end <= at or t.start >= at + len(fragment), (t, text)
