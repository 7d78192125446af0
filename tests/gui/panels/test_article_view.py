from __future__ import annotations

from gui.panels.article_view import ArticleView, OffsetMap
from tests.fakes import fake_result


def test_offset_map_counts_utf16_units() -> None:
    text = "a🚀b🚀c"
    offsets = OffsetMap(text)
    assert [offsets.to_qt(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert [offsets.from_qt(offsets.to_qt(i)) for i in range(len(text) + 1)] == list(range(len(text) + 1))


def test_text_shown_exactly_and_event_sentences_marked(qtbot) -> None:
    result = fake_result()
    article = result.articles[1]
    events = [e for e in result.events if e.article == article.id]
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(article, events)
    assert view.document().characterCount() - 1 == len(article.text.encode("utf-16-le")) // 2
    marked = [s.cursor.selectedText() for s in view.extraSelections()]
    assert marked == [e.sentence.text for e in events]
    assert view.highlighted_sentence() == ""


def test_event_at_prefers_the_nearest_date_expression(qtbot) -> None:
    result = fake_result()
    article = result.articles[0]
    events = [e for e in result.events if e.article == article.id]
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(article, events)
    assert view.event_at(0) is None  # "Talks resumed." holds no event
    inside = article.text.index("virtual")
    hit = view.event_at(inside)
    assert hit is not None and hit.id == "a-e1"


def test_show_event_highlights_sentence_then_date(qtbot) -> None:
    result = fake_result()
    event = result.events[1]
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_event(result.articles[0], event)
    selections = view.extraSelections()
    assert selections[-2].cursor.selectedText() == event.sentence.text
    assert selections[-1].cursor.selectedText() == event.timex.text
    assert selections[-2].format.background().color() != selections[-1].format.background().color()
