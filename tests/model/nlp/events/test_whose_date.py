"""Whose date is it: a noun's, an upcoming happening's, a live blog's next day (issue 13, item 2).

Rows are sentences in our own words after the development folders of the shared corpora (CNN's
blogs of the Egyptian protests, the Guardian and BBC on swine flu) and news of the same kinds.
"""

from __future__ import annotations

import pytest

from tests.marked import event_at, events_of

# A live blog dated Friday whose posts run on into Saturday.
BLOG = ("(Update 9:40 p.m. in Cairo, 2:40 p.m. ET) The defence minister spoke to his counterpart by phone on "
        "Saturday, a spokesman said. (Update 8:15 p.m. in Cairo, 1:15 p.m. ET) Clean-up crews swept the square on "
        "Saturday morning. Newspapers printed the news on Saturday. Late Saturday, protesters near the museum were "
        "gaining ground.")



@pytest.mark.parametrize(
    ("text", "dct", "trigger", "value", "modality"),
    [
        # The blog's "Saturday" is the day after its date, and what was done then is no plan.
        (BLOG, "2011-02-11", "spoke", "2011-02-12", "happened"),
        (BLOG, "2011-02-11", "printed", "2011-02-12", "happened"),
        # ... and nothing of the posts' own day is a plan.
        (BLOG, "2011-02-11", "gaining", "2011-02-12", "happened"),
        # A date on the subject's own head tells when it happened.
        ("Tuesday's earthquake destroyed thousands of homes.", "2010-01-14", "earthquake", "2010-01-12", "happened"),
        ("The meeting on Tuesday ended without a deal.", "2010-01-14", "meeting", "2010-01-12", "happened"),
        # A month naming a timetabled happening still to come counts forward from the page's date.
        ("They want Egypt to move towards elections, and the September elections down the line could open "
         "the way.", "2011-01-29", "elections", "2011-09", "planned"),
        ("The foreign minister resigned ahead of the November summit.", "2010-03-10", "summit", "2010-11", "planned"),
        ("Leaders agreed to meet at the summit scheduled for September.", "2010-03-10", "summit", "2010-09", "planned"),
        # ... and a month on a happening told as past counts back.
        ("Families of those killed in the March 3 bombing gathered outside the court.", "2010-01-20",
         "killed", "2009-03-03", "happened"),
        # A date before the subject's own head tells when it happens.
        ("The February 24 liftoff will be the shuttle's last.", "2011-02-20", "last", "2011-02-24", "planned"),
        # ... but what was planned for a day is planned for it.
        ("The official said the accession was planned for early March.", "1999-02-10", "planned", "1999-03",
         "planned"),
    ],
)
def test_whose_date(nlp, text: str, dct: str, trigger: str, value: str, modality: str) -> None:
    event = event_at(events_of(nlp, text, dct), trigger)
    assert (event.date.value, event.modality) == (value, modality)


@pytest.mark.parametrize(
    ("text", "dct", "trigger", "not_value"),
    [
        # A date on a noun inside the subject is that noun's, not the verb's.
        ("Survivors of Tuesday's earthquake grew desperate as aid failed to reach the town.", "2010-01-14",
         "grew", "2010-01-12"),
        ("Families of those killed in the March 3 bombing gathered outside the court.", "2010-04-20",
         "gathered", "2010-03-03"),
        # A past date inside a noun phrase of a happening still to come is the noun's.
        ("The president will lift the state of emergency following riots in the capital two weeks ago.",
         "2011-02-03", "lift", "2011-W03"),
        # A past deed done for a later day is not on that day.
        ("Employees and businesses readied themselves for Sunday, the start of the work week.", "2011-02-12",
         "readied", "2011-02-13"),
        # A date right after a happening named deep inside the object is that happening's.
        ("This meant filling in a long questionnaire about the singer and press coverage of his death in June "
         "2009 in Los Angeles.", "2011-09-24", "filling", "2009-06"),
        # A month before the noun it names ("his planned July 2009 shows") is the noun's, not the verb's.
        ("The doctor was hired to help the singer prepare for his planned July 2009 comeback shows in London.",
         "2011-09-24", "prepare", "2009-07"),
        # A day named on what something was done for is that thing's.
        ("The stadium has been given a capacity of 60,000 for Saturday's concert.", "2011-10-07", "given",
         "2011-10-01"),
        # A time inside a "with" aside is the aside's.
        ("The stadium has been given a capacity of 60,000, with the first band on stage at 18:00 BST on "
         "Saturday.", "2011-10-07", "given", "2011-10-08T18:00"),
        # A perfect counts up from a date deep in its "since" phrase; nothing happened then.
        ("Since its founding at the end of 1999, the charity has helped in more than 80 disasters.", "2010-01-13",
         "helped", "1999"),
        # The day a payment falls due is not when the payer faced it.
        ("The park operator was also facing a payment of 300 million dollars to stock holders due in August "
         "that it said it could not pay.", "2009-06-15", "facing", "2009-08"),
    ],
)
def test_a_date_inside_the_subject_is_not_the_verbs(nlp, text: str, dct: str, trigger: str, not_value: str) -> None:
    assert all(e.date.value != not_value for e in events_of(nlp, text, dct) if e.trigger.text == trigger)


def test_a_diagnosis_is_no_talk_that_later_words_go_on_telling(nlp) -> None:
    # "was confirmed with the flu" is a finding about the pupil: "…, he added" is the spokesman's
    # saying now, not last week's.
    text = ("One of the pupils was confirmed with the flu last week, a spokesman said. The pupils are now in "
            "quarantine, he added.")
    event = event_at(events_of(nlp, text, "2009-06-15"), "added")
    assert event.date_source == "document"


def test_a_comparison_with_an_earlier_speech_is_not_the_scene(nlp) -> None:
    # Reworded from a CNN report: "as he did on Saturday" compares; the story stays on Sunday.
    text = ("The president opened the door to talks with the opposition on Sunday. As he did in a televised "
            "speech early Saturday, the president spoke of the security situation. He called on the new "
            "ministers to stop the violence.")
    event = event_at(events_of(nlp, text, "2011-01-31"), "called")
    assert (event.date.value, event.date_source) == ("2011-01-30", "scene")


def test_a_year_long_past_does_not_date_a_present_progressive(nlp) -> None:
    text = "Asia is reacting vigorously to the new threat, following the outbreak of Sars in 2003."
    events = events_of(nlp, text, "2009-05-05")
    assert all(e.date.value != "2003" for e in events if e.trigger.text == "reacting")


def test_he_said_is_not_told_at_an_organisation_s_report(nlp) -> None:
    # Reworded from a Guardian report: the chief medical officer speaks after the WHO's figures.
    text = ("The chief medical officer said the virus was causing few illnesses. With 30,000 people affected "
            "worldwide, the World Health Organisation reported last Friday that only 145 had died. \"There is no "
            "sign that the virus is changing,\" he said.")
    events = events_of(nlp, text, "2009-06-15")
    assert all(e.date.value != "2009-06-12" for e in events if e.trigger.text == "said" and e.sentence.start > 60)


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # A happening told at several years has none of them alone; its century still bounds it.
    ("There were three great floods in the 20th century -- in 1927 , 1953 and 1993 -- each worse than the last .",
     "were", "19"),
    ("The club won the cup in 2003 and 2009 .", "won", "PAST_REF"),
    # One year, or the days of one week, keep their date.
    ("The bridge opened in 1932 .", "opened", "1932"),
    ("The two leaders met on Monday and Tuesday .", "met", "2011-09-05"),
])
def test_a_year_among_several_is_not_the_date(nlp, text: str, trigger: str, value: str) -> None:
    assert event_at(events_of(nlp, text, "2011-09-09"), trigger).date.value == value


def test_a_document_s_date_is_no_scene_for_what_it_tells(nlp) -> None:
    # A written account dated one day tells of things before it: they stay undated, not at its date.
    text = ("The kit is the device referred to in the agency 's weekly report dated April 21 , 2009 . As the "
            "report describes , a patient visited a clinic in Dallas with a fever .")
    event = event_at(events_of(nlp, text, "2009-05-04"), "visited")
    assert (event.date.value, event.date_source) == ("PAST_REF", "document")


@pytest.mark.parametrize(
    ("text", "dct", "trigger", "value", "modality"),
    [
        # An offset counts from the happening it follows: with no date before it, later than what is unknown,
        # and a past-tense verb is no plan.
        ("He signed up with the navy. Two days later he was shipped to the front.", "2011-06-25", "shipped",
         "PAST_REF", "happened"),
        ("The singer left Detroit. The following year she recorded her first album.", "2011-06-25", "recorded",
         "PAST_REF", "happened"),
        # ... and with a dated happening before it, it counts from that one.
        ("The singer left Detroit in 1961. The following year she recorded her first album.", "2011-06-25",
         "recorded", "1962", "happened"),
        ("She was born in Leeds in 1948. She moved to Edinburgh six years later.",
         "2011-06-25", "moved", "1954", "happened"),
        # ... but counted past the page's date, a happening told as past is undated, not a plan.
        ("The clinic opened in March 2009. Two years later it closed its doors.", "2010-06-01", "closed",
         "PAST_REF", "happened"),
    ],
)
def test_an_offset_counts_from_what_it_follows(nlp, text: str, dct: str, trigger: str, value: str,
                                               modality: str) -> None:
    event = event_at(events_of(nlp, text, dct), trigger)
    assert (event.date.value, event.modality) == (value, modality)


@pytest.mark.parametrize(
    ("text", "dct", "trigger", "value"),
    [
        # "the Tuesday night" in a survivor's account is a day of the story told, not last Tuesday.
        ('"When I left my flat on the Tuesday night, the block was still standing," she said.', "2010-01-21",
         "said", "PAST_REF"),
        ('"We buried my brother on the Friday," he said.', "2010-01-21", "said", "PAST_REF"),
        # ... unless the story names that weekday itself.
        ('The quake struck on Tuesday. "When I walked out of the house on the Tuesday night, the roof was still '
         'on," she said.', "2010-01-21", "walked", "2010-01-19TNI"),
        # A weekday naming a noun's day ("the Friday bombings") is that day, as "Friday's bombings" is.
        ("The Friday explosions at the two embassies killed more than 100 people.", "1998-08-08", "explosions",
         "1998-08-07"),
        # A bare weekday keeps the usual reading.
        ("The ministers met in Brussels on Friday.", "2010-01-21", "met", "2010-01-15"),
    ],
)
def test_the_weekday_of_a_story(nlp, text: str, dct: str, trigger: str, value: str) -> None:
    assert event_at(events_of(nlp, text, dct), trigger).date.value == value


def test_a_photo_aside_is_no_entry(nlp) -> None:
    text = ("Health Minister Ana Ruiz -LRB- pictured above with President Tom Vela last week ; Vela is the one "
            "wearing a tie -RRB- was visibly relieved by new data showing fewer people severely ill .")
    assert all(e.trigger.text != "pictured" for e in events_of(nlp, text, "2009-05-04"))
