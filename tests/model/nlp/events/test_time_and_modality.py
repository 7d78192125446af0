"""What time each event takes, its modality, and what is not an event (issue 13).

Rows are sentences in our own words after the shared corpora (Wikinews on Apple, TimeBank
news) and the samples; each article is a line or two with its document date as metadata.
"""

from __future__ import annotations

from datetime import date

import pytest

from model.text.boilerplate import classify_line
from tests.marked import event_at, events_of

# --- time: the expression that governs the happening, else only its relation to the DCT ------

@pytest.mark.parametrize(
    ("text", "dct", "trigger", "value", "source"),
    [
        # No time in the text: before the document date, never on it.
        ("Former president Donald Trump scrapped most of the regular high-level talks with Beijing.",
         "2021-11-17", "scrapped", "PAST_REF", "document"),
        ("\u201cThe Chinese have basically cut off those lines of communication,\u201d he said.",
         "2023-11-12", "said", "PAST_REF", "document"),
        # The story's scene: the next sentence goes on telling the keynote.
        ("Steve Jobs unveiled the new iPhone on Monday at a developer conference in San Francisco. "
         "He also showed a new version of the phone's operating system.",
         "2010-06-08", "showed", "2010-06-07", "scene"),
        # ... but background ("previously") is not the scene.
        ("Steve Jobs unveiled the new iPhone on Monday at a developer conference in San Francisco. "
         "The company previously sold three other models of the phone.",
         "2010-06-08", "sold", "PAST_REF", "document"),
        # The report's date and the reported happening's date are two dates.
        ("The ministry said on Tuesday that the attack in March killed twelve soldiers.",
         "2011-04-14", "said", "2011-04-12", "timex"),
        ("The ministry said on Tuesday that the attack in March killed twelve soldiers.",
         "2011-04-14", "attack", "2011-03", "timex"),
        # A spokesman's later words about the summit are not told at the summit.
        ("Xi and Biden held a virtual summit on Monday. A White House spokesman said Biden raised "
         "human rights during the summit.", "2021-11-17", "said", "PAST_REF", "document"),
        # "He said" of the one who gave the interview goes on telling it.
        ("Jake Sullivan gave an interview to CNN on Sunday. He said military ties could be restored at all levels.",
         "2023-11-13", "said", "2023-11-12", "scene"),
        # Its own expression.
        ("Apple opened its online music store in April 2003.", "2008-02-26", "opened", "2003-04", "timex"),
        # "not … until" is when it happened.
        ("The ferry did not leave until Friday because of the storm.", "2010-01-18", "leave", "2010-01-15",
         "timex"),
    ],
)
def test_each_event_takes_the_time_the_text_gives_it(nlp, text: str, dct: str, trigger: str, value: str,
                                                     source: str) -> None:
    event = event_at(events_of(nlp, text, dct), trigger)
    assert (event.date.value, event.date_source) == (value, source)
    if value == "PAST_REF":
        # The known bound only: the document date ends it.
        assert event.date.granularity == "relative"
        assert event.date.start == event.date.end == date.fromisoformat(dct)


@pytest.mark.parametrize(
    ("text", "dct", "not_a_date"),
    [
        ("Quarterly revenue rose to $2bn on Monday, up from 2009.", "2010-07-20", "2009"),  # comparison year
        ("The Security Council passed resolution 1973 on Thursday.", "2011-03-18", "1973"),  # a number
        ("November crude was 30 cents weaker at $74.10 a barrel on Friday.", "2010-10-01", "2010-11"),  # contract
        ("BP posted third-quarter profit of $1.8bn on Tuesday.", "2010-11-03", "2010-Q3"),  # reporting period
        # a half of a football match, not of the year
        ("The referee added three minutes to the first half after the keeper was hurt.", "2009-09-16", "2009-H1"),
        # A name: the crowd celebrated on a bridge named after a date (reworded, CNN transcript).
        ("Crowds celebrated on the 6th of October bridge across the Nile.", "2011-02-11", "2011-10-06"),
        ("Members of the April 6 Youth Movement marched on Friday.", "2011-02-04", "2011-04-06"),
        # "until" ends the happening: the delay and the closure came before, not then (reworded
        # after a coroner's notice and a schools closure in the development folders).
        ("The release of the inquest findings has been delayed until next week, the office said.",
         "2009-07-30", "2009-W32"),
        ("Schools across the capital were shut until May 6.", "2009-05-04", "2009-05-06"),
    ],
)
def test_numbers_and_periods_that_are_not_the_happenings_date(nlp, text: str, dct: str, not_a_date: str) -> None:
    events = events_of(nlp, text, dct)
    assert all(e.date.value != not_a_date for e in events), [(e.trigger.text, e.date.value) for e in events]


# --- modality and negation ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "dct", "trigger", "modality"),
    [
        ("After nine months in office, Defence Secretary Lloyd Austin has yet to speak to his Chinese counterpart.",
         "2021-11-17", "speak", "negated"),
        ("Jibril failed to name a new cabinet on Sunday.", "2011-10-24", "name", "negated"),
        ("The rebels' claim could not be verified on Monday.", "2011-03-22", "verified", "negated"),
        ("No one was hurt in the blast on Friday.", "2010-04-24", "hurt", "negated"),
        ("Officials never met their counterparts in 2020.", "2021-11-17", "met", "negated"),
        ("Zuma will visit Tripoli next week.", "2011-05-26", "visit", "planned"),
        ("Apple is expected to launch the phone in June.", "2010-05-10", "launch", "planned"),
        ("Sullivan said on Sunday that the talks had produced an agreement.", "2023-11-12", "said", "reported"),
        ("Apple unveiled the iPad on January 27, 2010.", "2010-02-01", "unveiled", "happened"),
        # Every verb of saying is a report (model/text/lexicon.py) ...
        ("The health officials stressed on Friday that the first patient had left hospital.", "2009-05-02", "stressed",
         "reported"),
        ("The embassy tweeted on Monday that the airport would stay open.", "2011-02-01", "tweeted", "reported"),
        # ... but a declaration, an admission to hospital and a testimony are deeds.
        ("The governor declared a state of emergency on Monday as the storm hit.", "2011-02-01", "declared",
         "happened"),
        ("A sick man was admitted to the city hospital on Thursday.", "2009-05-30", "admitted", "happened"),
        ("Two soldiers testified in their own defence on Tuesday.", "2011-02-05", "testified", "happened"),
    ],
)
def test_modality_and_negation(nlp, text: str, dct: str, trigger: str, modality: str) -> None:
    assert event_at(events_of(nlp, text, dct), trigger).modality == modality


@pytest.mark.parametrize(
    ("text", "trigger", "event_class"),
    [
        ("Sullivan said on Sunday that the talks had produced an agreement.", "said", "REPORTING"),
        ("Rescuers ended the search for the miners on Friday.", "ended", "ASPECTUAL"),
        ("Apple unveiled the iPad on January 27, 2010.", "unveiled", "OCCURRENCE"),
    ],
)
def test_event_class(nlp, text: str, trigger: str, event_class: str) -> None:
    assert event_at(events_of(nlp, text, "2023-11-12"), trigger).event_class == event_class


# --- not events ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Experts worry that the oil will reach the Florida coast.",
        "The new phone has two cameras and a sharper screen.",
        "“We need these lines of communication so there are no mistakes,” Sullivan added.",
    ],
)
def test_states_and_opinions_tell_no_happening(nlp, text: str) -> None:
    events = events_of(nlp, text, "2010-06-08")
    assert [e for e in events if e.modality == "happened"] == [], [(e.trigger.text, e.modality) for e in events]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("This discussion is now closed.", "boilerplate"),
        ("We welcome comments that advance the story through relevant opinion.", "boilerplate"),
        ("Views expressed in this piece are the writer's own.", "boilerplate"),
        ("A version of this article appeared in print on 5 June 2010, on page 3.", "boilerplate"),
        ("This article was amended on 3 June 2010 to correct the name of the rig.", "boilerplate"),
        ("Correction: an earlier version gave the wrong depth of the well.", "boilerplate"),
        ("By John Vidal", "boilerplate"),
        ("Photograph: Gerald Herbert/AP", "boilerplate"),
        ("Brent crude 73.10 -0.45 -0.6%", "boilerplate"),
        ("BP shares fell 5% on Monday after the spill.", None),
        ("By the end of 2010 BP had paid $20bn into the fund.", None),
    ],
)
def test_boilerplate_lines(line: str, kind: str | None) -> None:
    assert classify_line(line) == kind


def test_a_caption_running_into_the_body_is_a_sentence_of_its_own(nlp) -> None:
    text = ("Xi and Biden at their virtual summit. PHOTO: REUTERS Chinese and American defence officials "
            "held talks on Monday.")
    event = event_at(events_of(nlp, text, "2021-12-03"), "held")
    assert event.sentence.text.startswith("Chinese and American")
    assert event.date.value == "2021-11-29"


@pytest.mark.parametrize(
    "text",
    [
        # Tokenised agency pages as the Timeline17 corpora carry them: the timestamp is the page's.
        "WASHINGTON | Tue Apr 28 , 2009 6:32 pm EDT WASHINGTON -LRB- Reuters -RRB- - Health officials "
        "confirmed 91 cases of the new flu on Monday .",
        "Asia wary of new virus HONG KONG | Mon Apr 27 , 2009 7:16 am EDT HONG KONG -LRB- Reuters -RRB- - "
        "Health officials confirmed 91 cases of the new flu on Monday .",
    ],
)
def test_the_page_s_own_timestamp_dates_no_event(nlp, text: str) -> None:
    """Bug: 'WASHINGTON |' and '| Mon Apr is' became events on the page's own publication time."""
    events = events_of(nlp, text, "2009-04-28")
    stamp_end = text.index(" EDT") + 4
    assert all(e.timex.start >= stamp_end or not e.timex.text for e in events), [e.headline for e in events]
    assert "2009-04-27" in [e.date.value for e in events]  # the happening's own Monday still dates it


def test_a_page_head_run_into_the_page_s_date_line_gives_no_entry(nlp) -> None:
    """Seen on a Reuters page: 'Full Article <title> CAIRO | Wed Apr 29 , 2009 11:31 pm IST CAIRO
    (Reuters) - …' gave the entry 'United Nations says CAIRO'. Reworded."""
    text = (
        "Full Article Chile orders cull of poultry flocks , U.N. says a mistake SANTIAGO | Thu May 7 , 2009 "
        "10:15 am EDT SANTIAGO -LRB- Reuters -RRB- - Chile has banned poultry imports from three "
        "countries , a step the United Nations said was a blunder . The ministry announced the ban on "
        "Thursday ."
    )
    events = events_of(nlp, text, "2009-05-07")
    stamp = text.index("SANTIAGO |")
    assert all(e.trigger.start > stamp for e in events), [(e.trigger.text, e.headline) for e in events]
    assert any(e.trigger.text == "announced" for e in events)
