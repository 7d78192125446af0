"""pipeline.set_document_date: the one re-dating rule keeps what the user did (it used to re-extract
every article and drop headlines, stars, tags and deletions)."""

from __future__ import annotations

from model.core.documents import Article, DocumentDate
from model.nlp.pipeline import extract, set_document_date

TEXTS = (
    ("a", "Officials said on Friday they would meet again next month. The talks ended on Thursday."),
    ("b", "The ministers met on Monday in Jakarta. They agreed to hold another round in March."),
)


def _result(nlp):
    articles = [Article(i, f"{i}.txt", text, title=f"Article {i}", dct=DocumentDate("2021-11-20", "metadata", 1.0))
                for i, text in TEXTS]
    return extract(articles, nlp)


def test_a_new_document_date_keeps_the_users_edits(nlp) -> None:
    result = _result(nlp)
    mine = [e for e in result.events if e.article == "a"]
    assert len(mine) >= 2, [e.sentence.text for e in result.events]
    mine[0].headline, mine[0].starred, mine[0].tags = "My own headline", True, ["check"]
    deleted = mine[1]
    result.events.remove(deleted)
    others = [e for e in result.events if e.article == "b"]

    edited = set_document_date(result, "a", DocumentDate("2022-03-04", "user", 1.0))

    redated = {e.trigger.start: e for e in edited.events if e.article == "a"}
    kept = redated[mine[0].trigger.start]
    assert (kept.headline, kept.starred, kept.tags) == ("My own headline", True, ["check"])
    assert kept.date.value != mine[0].date.value  # "on Friday" now counts from the new date
    assert deleted.trigger.start not in redated  # deleted stays deleted
    assert [e for e in edited.events if e.article == "b"] == others
    assert all(x is y for x, y in zip([e for e in edited.events if e.article == "b"], others, strict=True))
    assert edited.article("a").dct == DocumentDate("2022-03-04", "user", 1.0)


def test_recognised_mentions_take_their_events_time_before_and_after_a_new_date(nlp) -> None:
    """Extraction stores each mention's anchor once; re-dating works it out again for the new events."""
    from model.exporters.mentions import events_by_trigger, mention_event

    result = _result(nlp)
    article = result.article("b")
    assert article is not None
    text = article.text
    words = {text[m.start : m.end]: m for m in article.event_mentions}
    met = next(e for e in result.events if e.trigger.text == "met")
    assert words["met"].anchor == met.trigger.start  # its own event: "on Monday"

    edited = set_document_date(result, "b", DocumentDate("2022-03-04", "user", 1.0))
    new_article = edited.article("b")
    assert new_article is not None
    by_trigger = events_by_trigger(e for e in edited.events if e.article == "b")
    taken = mention_event(next(m for m in new_article.event_mentions if text[m.start : m.end] == "met"), by_trigger)
    assert taken is not None and taken.date.value == "2022-02-28"  # the Monday before the new date


def test_a_dated_opinion_is_no_entry_but_keeps_its_time_through_a_new_date(nlp) -> None:
    """"X said on Tuesday the closure was a mistake": off the timeline, but the article keeps when it
    was said (``time_anchors``), and a new document date re-dates it like an entry."""
    text = "A council spokesman said on Tuesday that closing the schools had been a mistake."
    article = Article("c", "c.txt", text, dct=DocumentDate("2009-04-30", "metadata", 1.0))
    result = extract([article], nlp)
    assert result.events == []
    (anchor,) = article.time_anchors
    assert (anchor.trigger.text, anchor.timex.text, anchor.value) == ("said", "Tuesday", "2009-04-28")
    said = next(m for m in article.event_mentions if text[m.start : m.end] == "said")
    assert said.anchor == anchor.trigger.start

    edited = set_document_date(result, "c", DocumentDate("2009-05-08", "user", 1.0))
    new_article = edited.article("c")
    assert new_article is not None and edited.events == []
    assert [a.value for a in new_article.time_anchors] == ["2009-05-05"]  # the Tuesday before the new date
