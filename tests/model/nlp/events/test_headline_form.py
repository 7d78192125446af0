"""Whether a headline is well formed (``headline_fault`` in ``model/nlp/events/headlines.py``), and
what a headline that is not becomes: its clause repaired or the sentence's own words, never a
fragment.

The table of headlines is written in our own words after the faults read on the development
folders of Timeline17 (H1N1_guardian, H1N1_bbc, EgyptianProtest_cnn): quotations cut at "…",
reporting verbs left bare, clauses with no subject, words said twice, markup left in. The parsed
rows are sentences written in our own words with their trigger in braces.
"""

from __future__ import annotations

import re

import pytest

from model.nlp.events.headlines import headline_fault
from tests.marked import headline_of

GOOD = [
    "WHO raises pandemic alert level",
    "Ministry: schools to close for a week",
    "Talks postponed",
    "Police don't know where he is",
    "Minister: “We are ready for the winter”",
    "Is Washington ready?",  # a question is whole
    "Agency stops short of declaring global emergency",
    "Airline shares fall 5% after warning",
    "UK pledges £5.6 m in aid",
    "Making vaccine could take six months, an expert said",
    "Lee said we would go",  # a reporter's "we" is no quotation
]

BAD = [
    ("", "empty"),
    ("Officials meet -LRB- in Geneva", "markup"),
    ("Mayor (of Leeds resigns", "unbalanced brackets"),
    ("Nurse: “We had no masks", "unbalanced quotation marks"),
    ("Nurse: “We had no masks for…”", "quotation not whole"),
    ("“This city is our city, and”", "quotation not whole"),
    ("Adviser: “The first step is”", "quotation not whole"),
    ("Has died in hospital", "no subject"),
    ("Ministry: has died in hospital", "no subject"),
    ("Will be freed on Monday", "no subject"),
    ("To discuss the exams", "no subject"),
    ("Which led to arrests, police said", "no subject"),
    ("The chief nurse warned it…", "cut fragment"),
    ("Minister says…", "cut fragment"),
    ("Hospital staff said the patient, who had…", "cut fragment"),
    ("Analysts say", "bare reporting verb"),
    ("Spokesman says in statement", "bare reporting verb"),
    ("His remarks came", "bare reporting verb"),
    ("Pig farms are", "ends on a function word"),
    ("Shares fell by the", "ends on a function word"),
    ("Leaders agreed to", "ends on a function word"),
    ("Photos show photos show crowds", "repeated words"),
    ("3. Schools close for a week", "list number"),
    ("Jane Roe said We wanted to do something worthy of him", "quotation without its marks"),
    ("The nurse told reporters I had no mask", "quotation without its marks"),
]


@pytest.mark.parametrize("text", GOOD)
def test_well_formed_headlines_pass(text: str) -> None:
    assert headline_fault(text) == ""


@pytest.mark.parametrize(("text", "fault"), BAD, ids=[f"bad{n}" for n in range(len(BAD))])
def test_ill_formed_headlines_are_named(text: str, fault: str) -> None:
    assert headline_fault(text) == fault


# Repairs: the verb keeps what it needs, or the sentence's own words stand, whole.
REPAIRED = [
    # a verb with its complement lost (bug: "Man tests")
    ("The woman {tested} positive for measles and is resting at home .",
     "The woman tested positive for measles and is resting at home"),
    # "appealed for" keeps what was appealed for (bug: "… have called")
    ("Opposition groups in the north have {appealed} for calm after the vote .",
     "Opposition groups appeal for calm"),
    # a passive keeps its "as" (bug: "Two further pupils confirmed")
    ("Two further pupils , a brother and sister , were {confirmed} as being infected .",
     "Two further pupils confirmed as being infected"),
    # a comma left between subject and verb once the relative clause is cut (bug: "… in Leeds, said it …")
    ("Yesterday the Rowan college in Leeds , which teaches 900 pupils from across the north of England and "
     "Wales , {said} it would be shut for a few days as a precaution against the spread of the virus .",
     "The Rowan college in Leeds said it would be shut for a few days as a precaution"),
    # describing keeps what the object was described as (bug: "Report describes aid effort")
    ("The charity 's report {described} the aid effort as slow and badly organised .",
     "Charity's report describes aid effort as slow and badly organised"),
    ("Council leader Anna Berg {said} the inspectors had wrongly listed the old warehouse as having passed a "
     "fire safety check in 2008 , but gave no reason .",
     "Berg: inspectors list old warehouse as having passed fire safety check"),
    # "#" before a number in tokenised Reuters text is the pound sign (bug: "Drug firms pledge # to appeal")
    ("Drug firms have {pledged} # 3 m to the appeal .",
     "Drug firms pledge £3 m to appeal"),
    # a whole quotation after "said :" with its speaker, never cut at "…"
    ("Sir Mark Reid , the country 's chief nurse , {said} : `` The first locally caught cases of measles have "
     "been confirmed in Wales and Cornwall .",
     "Reid: “The first locally caught cases of measles have been confirmed in Wales and Cornwall”"),
    # a conjunct keeps the subject it shares and its "could fail to" (bug: "Could fail to win approval")
    ("The revised merger between the two lenders carries new risks and could {fail} to win the approval of "
     "regulators in Brussels .",
     "Revised merger could fail to win approval of regulators"),
    # "no evidence that …" keeps its clause (bug: "“There's absolutely not a shred of evidence whatsoever”")
    ("`` There is not a shred of evidence that beef products are unsafe , '' she {said} .",
     "“There is not a shred of evidence that beef products are unsafe”"),
    # a quotation after "said :" opened by a time clause keeps its marks (bug: "Roe said We wanted to …")
    ("When the tour was unveiled Jane Roe , the firm 's chief , {said} : `` We wanted to do something decent "
     "and worthy of his talent yet something fun that fans would enjoy . ''",
     "Roe: “We wanted to do something decent and worthy of his talent yet something fun that fans would enjoy”"),
]


@pytest.mark.parametrize(("text", "expected"), REPAIRED, ids=[f"row{n}" for n in range(len(REPAIRED))])
def test_headline_repaired(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


# Sentences whose headline was once a fragment: whatever the wording, it is now well formed.
NEVER_FRAGMENTS = [
    "The country 's chief medical officer , Sir Mark Reid , today {warned} it would be `` premature '' to "
    "assume the strain was a mild one .",
    "A statement from the ministry {said} : `` With regret , we can confirm that one of the patients who "
    "had been in hospital has died . ''",
]


@pytest.mark.parametrize("text", NEVER_FRAGMENTS, ids=[f"frag{n}" for n in range(len(NEVER_FRAGMENTS))])
def test_no_fragment(nlp, text: str) -> None:
    title = headline_of(nlp, text)
    assert headline_fault(title) == "", title
    assert not re.match(r"(?i)(has|will|is|was|to)\b", title), title


def test_words_are_not_quoted_when_the_quotation_opens_after_them(nlp) -> None:
    # bug: “Suspected patients would be allowed to go …” in quotation marks, read as closing a
    # quotation because the sentence quotes "flu clinics" later on
    title = headline_of(nlp, "Under the new rules , patients in towns where cases are rising fast would be {allowed} "
                             "to go to their own doctors rather than only to the special `` flu clinics '' set up "
                             "last month .")
    assert "“" not in title and "”" not in title, title
    assert headline_fault(title) == "", title


def test_a_report_keeps_what_it_reported(nlp) -> None:
    # bug: "State-run Nile TV reported Sunday"; what was said stands before its tag, as in the sentence
    title = headline_of(nlp, "The interior ministry announced the closure of the Reuters bureau in the capital , "
                             "state-run radio {reported} Monday .")
    assert title == "The interior ministry announced the closure of the Reuters bureau, state-run radio reported"


def test_a_journey_keeps_where_it_went(nlp) -> None:
    # bug: "… pointed out that all those had traveled", the goal of the journey cut
    title = headline_of(nlp, "The health minister {pointed} out that all those infected had travelled to Spain .")
    assert title.endswith("travelled to Spain"), title


def test_an_unquoted_i_is_not_given_to_the_next_speaker(nlp) -> None:
    # bug: "Fukuda: I'd try to avoid …" for a reader's words run into the next sentence's speaker
    title = headline_of(nlp, "Personally , I 'd {try} to avoid non-essential travel to the areas at the centre of the "
                             "cluster Assistant Director General Dr Anne Berg said it was a big step .")
    assert not title.startswith("Berg"), title
