"""Every recognised event takes the time it is told with, in TimeML TLINKs and JSON ``mentions``.

Hand-made results (no spaCy) pin each rule of ``model/exporters/mentions.py``; the table at the end
runs sentences in our own words (after the Wikinews Apple articles and TimeBank news in the shared
corpora) through extraction and reads the links back from the TimeML document.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date

import pytest
from defusedxml import ElementTree

from model.core.documents import Article, DocumentDate, EventMention, TextSpan, TimeAnchor
from model.core.events import Event, EventDate
from model.exporters import export_data
from model.exporters.timeml_export import render_article
from model.loaders.timeml import read_timeml, text_and_tags

TEXT = (
    "On Monday, Apple unveiled a phone and showed its camera. Jobs praised the screen. "
    "The firm had dropped an older model. Shares will rise. The firm said it grew."
)
DCT = "2010-06-08"


@dataclass
class Result:
    articles: list[Article]
    events: list[Event]
    docs: dict[str, object] = field(default_factory=dict)


def at(word: str, nth: int = 0) -> TextSpan:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return TextSpan(start, start + len(word), word)


def sentence_of(word: str) -> TextSpan:
    i = TEXT.index(word)
    start = TEXT.rfind(". ", 0, i) + 2 if TEXT.rfind(". ", 0, i) >= 0 else 0
    end = TEXT.index(".", i) + 1
    return TextSpan(start, end, TEXT[start:end])


def day(value: str) -> EventDate:
    d = date.fromisoformat(value)
    return EventDate(value, d, d, "day")


def past_ref() -> EventDate:
    return EventDate("PAST_REF", date(1, 1, 1), date.fromisoformat(DCT), "relative")


def event(n: int, trigger: str, when: EventDate, timex: TextSpan | None, source: str, modality: str = "happened",
          event_class: str = "OCCURRENCE") -> Event:
    t = at(trigger)
    return Event(f"a-e{n}", "a", when, trigger, sentence_of(trigger), t, timex or TextSpan(t.start, t.start, ""),
                 modality=modality, event_class=event_class, date_source=source)


def mention(word: str, anchor: str | None, event_class: str = "OCCURRENCE") -> EventMention:
    span = at(word)
    return EventMention(span.start, span.end, event_class, None if anchor is None else at(anchor).start)


@pytest.fixture
def result() -> Result:
    events = [
        event(1, "unveiled", day("2010-06-07"), at("Monday"), "timex"),
        event(2, "praised", day("2010-06-07"), None, "scene"),  # the story goes on telling Monday
        event(3, "dropped", past_ref(), None, "document"),
        event(4, "rise", EventDate("FUTURE_REF", date.fromisoformat(DCT), date(9999, 12, 31), "relative"), None,
              "document", modality="projected"),
        event(5, "said", past_ref(), None, "document", event_class="REPORTING"),
    ]
    mentions = (
        mention("unveiled", "unveiled"),
        mention("showed", "unveiled"),  # a conjunct: Monday too
        mention("praised", "praised"),
        mention("dropped", "dropped"),
        mention("rise", "rise"),
        mention("said", "said", "REPORTING"),
        mention("grew", None),  # what was said: no time from the saying
    )
    article = Article("a", "/corpus/a.txt", TEXT, dct=DocumentDate(DCT, "metadata", 1.0), event_mentions=mentions)
    return Result([article], events)


def links_of(document: str) -> dict[str, tuple[str, str]]:
    """EVENT word -> (relation, the linked TIMEX3's text or "DCT"), read back from the document."""
    root = ElementTree.fromstring(document.encode("utf-8"))
    text_el = root.find("TEXT")
    text, tags = text_and_tags(text_el, ("EVENT", "TIMEX3"))
    words = {t.attrib["eid"]: text[t.start : t.end] for t in tags if t.tag == "EVENT"}
    times = {t.attrib["tid"]: text[t.start : t.end] for t in tags if t.tag == "TIMEX3"}
    times["t0"] = "DCT"
    instances = {m.get("eiid"): m.get("eventID") for m in root.iter("MAKEINSTANCE")}
    assert set(instances.values()) == set(words), "every EVENT has its MAKEINSTANCE"
    out: dict[str, tuple[str, str]] = {}
    for link in root.iter("TLINK"):
        word = words[instances[link.get("eventInstanceID")]]
        assert word not in out, "one link per event"
        out[word] = (link.get("relType", ""), times[link.get("relatedToTime", "")])
    return out


def test_each_recognised_event_links_to_the_time_it_takes(result: Result) -> None:
    links = links_of(render_article(result.articles[0], result.events))
    assert links == {
        "unveiled": ("IS_INCLUDED", "Monday"),  # its own expression
        "showed": ("IS_INCLUDED", "Monday"),  # told with the unveiling
        "praised": ("IS_INCLUDED", "Monday"),  # the scene's expression
        "dropped": ("BEFORE", "DCT"),  # undated, told in the past as done
        # "rise" (a forecast), "said" (an undated report: maybe that very day) and "grew" (no time): none
    }


def test_the_document_day_links_to_the_dct_and_no_dct_means_no_such_link(result: Result) -> None:
    today = event(6, "showed", day(DCT), None, "user")  # the user put it on the document's day
    article = result.articles[0]
    links = links_of(render_article(article, [*result.events, today]))
    assert links["showed"] == ("IS_INCLUDED", "DCT")
    undated = Article("a", article.path, TEXT, event_mentions=article.event_mentions)
    links = links_of(render_article(undated, [*result.events, today]))
    assert "showed" not in links and "dropped" not in links
    assert links["unveiled"] == ("IS_INCLUDED", "Monday")


def test_a_deleted_event_takes_its_mentions_time_with_it(result: Result) -> None:
    kept = [e for e in result.events if e.trigger.text != "unveiled"]
    links = links_of(render_article(result.articles[0], kept))
    assert "unveiled" not in links and "showed" not in links
    # With no parsed doc, "Monday" was only tagged for the deleted event: the scene's day (not the
    # document's) has no expression to link to, so no link rather than a wrong one.
    assert "praised" not in links and links["dropped"] == ("BEFORE", "DCT")


def test_an_edited_date_is_the_linked_value(result: Result) -> None:
    edited = [e if e.id != "a-e1" else Event(**{**e.__dict__, "date": day("2010-06-01"), "date_source": "user"})
              for e in result.events]
    document = render_article(result.articles[0], edited)
    root = ElementTree.fromstring(document.encode("utf-8"))
    monday = next(t for t in root.iter("TIMEX3") if t.text == "Monday")
    assert monday.get("value") == "2010-06-01"
    assert links_of(document)["showed"] == ("IS_INCLUDED", "Monday")


def test_links_round_trip_through_the_timeml_loader(result: Result) -> None:
    document = export_data(result, "tml")
    assert isinstance(document, str)
    draft = read_timeml(document.encode("utf-8"))
    assert draft.text == TEXT
    root = ElementTree.fromstring(document.encode("utf-8"))
    tids = {t.get("tid") for t in root.iter("TIMEX3")}
    eiids = {m.get("eiid") for m in root.iter("MAKEINSTANCE")}
    assert len(list(root.iter("TLINK"))) == 4
    for link in root.iter("TLINK"):
        assert link.get("eventInstanceID") in eiids and link.get("relatedToTime") in tids


def test_json_lists_every_mention_with_the_date_it_takes(result: Result) -> None:
    out = json.loads(export_data(result, "json"))
    article = out["articles"][0]
    assert {"id", "path", "title", "dct"} <= set(article)  # the contract's keys are still there
    rows = {m["text"]: m for m in article["mentions"]}
    assert list(rows) == ["unveiled", "showed", "praised", "dropped", "rise", "said", "grew"]
    assert rows["showed"]["date"]["value"] == "2010-06-07" and rows["showed"]["event"] == "a-e1"
    assert rows["showed"]["class"] == "OCCURRENCE"
    assert TEXT[rows["showed"]["start"] : rows["showed"]["end"]] == "showed"
    assert rows["dropped"]["date"]["value"] == "PAST_REF" and rows["dropped"]["date"]["granularity"] == "relative"
    assert rows["grew"]["date"] is None and rows["grew"]["event"] is None
    assert [e["id"] for e in out["events"]] == [e.id for e in result.events]  # events unchanged


def test_mentions_saved_before_anchors_take_their_own_events_time(result: Result) -> None:
    article = result.articles[0]
    article.event_mentions = tuple(EventMention(m.start, m.end, m.event_class) for m in article.event_mentions)
    links = links_of(render_article(article, result.events))
    assert links["unveiled"] == ("IS_INCLUDED", "Monday") and "showed" not in links


# Sentences in our own words; the event word -> (relation, linked expression or "DCT"), None: no link.
ROWS = [
    ("On Monday, Apple announced a new phone and showed its camera.", "2010-06-08",
     {"announced": ("IS_INCLUDED", "Monday"), "showed": ("IS_INCLUDED", "Monday")}),
    ("Jobs unveiled the device on Tuesday by walking onto the stage with it.", "2007-01-10",
     {"unveiled": ("IS_INCLUDED", "Tuesday"), "walking": ("IS_INCLUDED", "Tuesday")}),
    # What was said has no time from the saying; the saying has its own.
    ("Apple said on Monday that the deal had expired.", "2007-02-06",
     {"said": ("IS_INCLUDED", "Monday"), "expired": None}),
    # A plan is not done when it is decided.
    ("On Friday the company decided to close the plant.", "1998-03-02",
     {"decided": ("IS_INCLUDED", "Friday"), "close": None}),
    ("The talks collapsed today in Geneva.", "1998-03-02", {"collapsed": ("IS_INCLUDED", "today")}),
]


@pytest.mark.parametrize(("text", "dct", "expected"), ROWS)
def test_extracted_articles_export_the_links_the_text_gives(nlp, text: str, dct: str, expected: dict) -> None:
    from model.nlp.pipeline import extract

    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate(dct, "metadata", 1.0))
    extracted = extract([article], nlp)
    assert all(m.anchor is None or any(e.trigger.start == m.anchor for e in extracted.events)
               for m in article.event_mentions)
    links = links_of(render_article(article, extracted.events, extracted.docs))
    for word, link in expected.items():
        assert links.get(word) == link, (word, links)


# A happening the timeline leaves out (an opinion, a hypothetical) keeps the time the text gives it.
OPINION = "Officials said on Monday that the closure was a mistake."


def opinion_result() -> Result:
    said, monday = OPINION.index("said"), OPINION.index("Monday")
    anchor = TimeAnchor(TextSpan(said, said + 4, "said"), TextSpan(monday, monday + 6, "Monday"), 0,
                        "2010-06-07", date(2010, 6, 7), date(2010, 6, 7), "day", "timex", "reported", "REPORTING")
    closure = OPINION.index("closure")
    article = Article("o", "/corpus/o.txt", OPINION, dct=DocumentDate(DCT, "metadata", 1.0),
                      event_mentions=(EventMention(said, said + 4, "REPORTING", said),
                                      EventMention(closure, closure + 7, "OCCURRENCE")),
                      time_anchors=(anchor,))
    return Result([article], [])


def test_a_mention_anchored_to_a_non_entry_links_to_its_time_without_a_parsed_doc() -> None:
    result = opinion_result()  # as a reopened project has it: no doc, no entry
    document = render_article(result.articles[0], result.events)
    assert links_of(document) == {"said": ("IS_INCLUDED", "Monday")}
    root = ElementTree.fromstring(document.encode("utf-8"))
    text = root.find("TEXT")
    assert text is not None
    assert [(t.text, t.get("value")) for t in text.iter("TIMEX3")] == [("Monday", "2010-06-07")]


def test_json_gives_a_non_entrys_date_but_no_event() -> None:
    out = json.loads(export_data(opinion_result(), "json"))
    rows = {m["text"]: m for m in out["articles"][0]["mentions"]}
    assert rows["said"]["date"]["value"] == "2010-06-07" and rows["said"]["event"] is None
    assert rows["closure"]["date"] is None
    assert out["events"] == []  # the timeline still has no entry for it


def test_a_negated_non_entry_is_exported_with_negative_polarity() -> None:
    result = opinion_result()
    article = result.articles[0]
    article.time_anchors = (replace(article.time_anchors[0], modality="negated"),)
    root = ElementTree.fromstring(render_article(article, []).encode("utf-8"))
    assert [m.get("polarity") for m in root.iter("MAKEINSTANCE")] == ["NEG", "POS"]


# Sentences in our own words (after H1N1 and Egypt reports in the shared corpora) that make no
# timeline entry, yet tell when: the event word -> (relation, linked expression), None: no link.
NOT_ENTRIES = [
    # An opinion, dated by when it was said; what was said has no time from the saying.
    ("A council spokesman said on Tuesday that closing the schools had been a mistake.", "2009-04-30",
     {"said": ("IS_INCLUDED", "Tuesday"), "closing": None}),
    # A state of the day, and a happening told with it.
    ("On Thursday, as the shutdown approached, the only queues were outside video shops.", "2009-05-01",
     {"approached": ("IS_INCLUDED", "Thursday")}),
    # What was meant to happen: not on the timeline as done, but the text still says when.
    ("The premiere was supposed to take place last week but it was cancelled.", "2009-05-01",
     {"take": ("IS_INCLUDED", "last week")}),
]


@pytest.mark.parametrize(("text", "dct", "expected"), NOT_ENTRIES)
def test_happenings_that_are_no_entries_still_export_their_time(nlp, text: str, dct: str, expected: dict) -> None:
    from model.nlp.pipeline import extract

    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate(dct, "metadata", 1.0))
    extracted = extract([article], nlp)
    assert extracted.events == [] and article.time_anchors
    links = links_of(render_article(article, extracted.events))  # no doc: what a saved project exports
    for word, link in expected.items():
        assert links.get(word) == link, (word, links)
