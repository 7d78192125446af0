"""The three sample articles read as raw text: what a careful reader would put on a timeline.

- Reuters: the dateline says "Nov 12", the lead "said on Sunday"; the text mentions January 2021
  and November 14, 2022 in the past, and 12 November is a Sunday first in 2023 after that.
- Straits Times: no dated dateline; "Monday (Nov 15)" agrees with the caption's Nov 15, 2021 and a
  briefing "on Nov 16" is past, "this week" keeps the report in the week of 15 November 2021.
- SCMP: no date at all; its "virtual summit last month" is the summit the Straits Times dates
  on 15 November 2021, so it was written in December 2021 — a month, not an invented day.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from model.core.documents import Article
from model.core.events import Event
from model.core.result import ExtractionResult
from model.nlp.pipeline import extract
from model.text.boilerplate import boilerplate_regions

REUTERS = "reuters-biden-military-ties"
STRAITS = "straitstimes-us-china-military-talks"
SCMP = "scmp-defence-officials-talks"


@pytest.fixture(scope="module")
def result(nlp, samples_dir: Path) -> ExtractionResult:
    articles = []
    for path in sorted(samples_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        articles.append(Article(id=path.stem, path=str(path), text=text, title=text.splitlines()[0]))
    return extract(articles, nlp)


def events_of(result: ExtractionResult, article: str) -> list[Event]:
    return [e for e in result.events if e.article == article]


def find(result: ExtractionResult, article: str, sentence_has: str, timex: str) -> Event:
    matches = [
        e for e in events_of(result, article) if sentence_has in e.sentence.text and e.timex.text.startswith(timex)
    ]
    assert matches, f"no event on {timex!r} in a sentence with {sentence_has!r}: " + "; ".join(
        f"{e.timex.text}/{e.date.value}/{e.headline}" for e in events_of(result, article)
    )
    return matches[0]


# --- document dates ------------------------------------------------------------------------


def test_reuters_is_dated_by_its_dateline_and_the_sunday_in_its_lead(result: ExtractionResult) -> None:
    dct = result.article(REUTERS).dct  # type: ignore[union-attr]
    assert dct.value == "2023-11-12"
    assert dct.source == "dateline"
    assert dct.confidence >= 0.8
    reasons = " ".join(e.reason for e in dct.evidence)
    assert "Sunday" in reasons and "2022-11-14" in reasons


def test_straits_times_is_dated_within_the_week_of_the_summit(result: ExtractionResult) -> None:
    dct = result.article(STRAITS).dct  # type: ignore[union-attr]
    assert dct.source == "inferred"
    # Not before the latest explicit past date (a briefing on Nov 16), inside "this week" of the
    # summit on "Monday (Nov 15)": Nov 16-21, so the month is proven and the day is not.
    assert dct.value == "2021-11"
    assert 0.3 <= dct.confidence < 0.8
    assert any("Nov 16" in e.text for e in dct.evidence)


def test_scmp_is_dated_to_the_month_after_the_summit_another_article_dates(result: ExtractionResult) -> None:
    dct = result.article(SCMP).dct  # type: ignore[union-attr]
    assert dct.value == "2021-12"
    assert dct.source == "inferred"
    evidence = dct.evidence[0]
    assert "virtual summit last month" in evidence.text
    assert "2021-11-15" in evidence.reason


def test_evidence_offsets_point_into_the_article(result: ExtractionResult) -> None:
    for article in result.articles:
        for evidence in article.dct.evidence:
            assert article.text[evidence.start : evidence.end] == evidence.text


# --- events --------------------------------------------------------------------------------


def test_reuters_events(result: ExtractionResult) -> None:
    meeting = find(result, REUTERS, "Biden will meet Chinese President Xi Jinping", "Wednesday")
    assert (meeting.date.value, meeting.modality) == ("2023-11-15", "planned")
    assert {"Joe Biden", "Xi Jinping"} <= set(meeting.participants)
    said = find(result, REUTERS, "Sullivan said on Sunday", "Sunday")
    assert (said.date.value, said.modality, said.trigger.text) == ("2023-11-12", "reported", "said")
    office = find(result, REUTERS, "took office", "January 2021")
    assert (office.date.value, office.modality, office.trigger.text) == ("2021-01", "happened", "took")
    balloon = find(result, REUTERS, "shooting down", "February")
    assert (balloon.date.value, balloon.modality) == ("2023-02", "happened")


def test_straits_times_events(result: ExtractionResult) -> None:
    # "Monday (Nov 15)": the written date is the event's date.
    summit = find(result, STRAITS, "3½-hour virtual summit", "Nov 15")
    assert (summit.date.value, summit.date.granularity, summit.modality) == ("2021-11-15", "day", "happened")
    assert {"Joe Biden", "Xi Jinping"} <= set(summit.participants)
    yellen = find(result, STRAITS, "Yellen said in July", "July")
    assert (yellen.date.value, yellen.modality) == ("2021-07", "reported")


def test_scmp_events(result: ExtractionResult) -> None:
    talks = find(result, SCMP, "the talks could take place in January", "January")
    assert (talks.date.value, talks.modality) == ("2022-01", "planned")
    warheads = find(result, SCMP, "700 warheads by 2027", "2027")
    assert (warheads.date.value, warheads.modality, warheads.trigger.text) == ("2027", "projected", "reach")
    summit = find(result, SCMP, "virtual summit last month", "last month")
    assert summit.date.value == "2021-11"
    tuesday = find(result, SCMP, "met representatives", "Tuesday")
    # The article is dated to a month, so its "Tuesday" is a Tuesday of about that month.
    assert date(2021, 11, 23) <= tuesday.date.start and tuesday.date.end <= date(2021, 12, 31)
    assert tuesday.modality == "happened"


def test_no_event_comes_from_boilerplate_captions_or_bylines(result: ExtractionResult) -> None:
    for article in result.articles:
        regions = boilerplate_regions(article.text)
        assert regions, article.id
        for event in events_of(result, article.id):
            for region in regions:
                assert not (event.sentence.start < region.end and event.sentence.end > region.start), (
                    event.sentence.text
                )
    texts = " ".join(e.sentence.text for e in result.events)
    for furniture in ("READ MORE", "Telegram", "PHOTO: REUTERS", "Reporting by", "Authors:", "License Rights"):
        assert furniture not in texts


def test_the_2021_virtual_summit_is_one_entry_with_two_sources(result: ExtractionResult) -> None:
    summit = [
        e for e in result.events
        if "virtual summit" in e.sentence.text and e.timex.text and e.date.start <= date(2021, 11, 15) <= e.date.end
    ]
    assert {e.article for e in summit} == {STRAITS, SCMP}
    assert len({e.cluster for e in summit}) == 1
    cluster = summit[0].cluster
    # Nothing else joins it: not the 2023 meeting, not the 2022 G20 caption.
    others = [e for e in result.events if e.cluster == cluster and e not in summit]
    assert all(e.date.start.year == 2021 for e in others)


def test_headlines_are_short_and_name_the_participants(result: ExtractionResult) -> None:
    for event in result.events:
        # short, or else whole: a quotation or clause that cannot lose more runs longer, never cut "…"
        assert 0 < len(event.headline) <= 72 or not event.headline.endswith("…") and len(event.headline) <= 130, \
            event.headline
    meeting = find(result, REUTERS, "Biden will meet Chinese President Xi Jinping", "Wednesday")
    assert "Biden" in meeting.headline and "Xi" in meeting.headline
    summit = find(result, STRAITS, "3½-hour virtual summit", "Nov 15")
    assert "summit" in summit.headline and "Xi" in summit.headline


def test_within_article_coreference_gives_one_name_per_person(result: ExtractionResult) -> None:
    names = {p for e in result.events for p in e.participants}
    assert "Xi Jinping" in names and "Joe Biden" in names
    assert not names & {"Xi", "Mr Xi", "Biden", "Mr Biden", "US", "U.S."}


def test_a_user_date_redates_the_article_and_keeps_clusters_a_plain_field(result: ExtractionResult) -> None:
    from model.core.documents import DocumentDate
    from model.nlp.pipeline import set_document_date

    edited = set_document_date(result, SCMP, DocumentDate("2021-12-10", "user", 1.0))
    talks = [e for e in edited.events if e.article == SCMP and e.timex.text == "January"]
    assert talks and talks[0].date.value == "2022-01"
    assert all(isinstance(e.cluster, str) and e.cluster for e in edited.events)


# --- time the text gives, modality (issue 13) ----------------------------------------------------


def by_sentence(result: ExtractionResult, article: str, sentence_has: str) -> Event:
    matches = [e for e in events_of(result, article) if sentence_has in e.sentence.text]
    assert matches, f"no event in a sentence with {sentence_has!r}"
    return matches[0]


def test_austin_has_yet_to_speak_is_negated(result: ExtractionResult) -> None:
    event = by_sentence(result, STRAITS, "has yet to speak")
    assert event.modality == "negated"
    # Its headline does not say he spoke.
    assert "not yet" in event.headline or "yet to" in event.headline  # "Austin yet to speak to counterpart"


@pytest.mark.parametrize(
    ("article", "sentence_has"),
    [
        (STRAITS, "Former president Donald Trump scrapped"),  # background, not the Nov 16 briefing
        (REUTERS, "basically severed those communications links"),  # no time given: not the publication day
    ],
)
def test_undated_past_happenings_are_only_before_the_document_date(
    result: ExtractionResult, article: str, sentence_has: str
) -> None:
    event = by_sentence(result, article, sentence_has)
    assert (event.date.value, event.date.granularity, event.date_source) == ("PAST_REF", "relative", "document")


def test_no_undated_happening_sits_on_a_day(result: ExtractionResult) -> None:
    for event in result.events:
        if not event.timex.text and event.date_source != "scene":
            assert event.date.granularity == "relative", (event.headline, event.date.value)
        # Nothing negated or planned is exported as happened.
        if "has yet to" in event.sentence.text:
            assert event.modality != "happened"
