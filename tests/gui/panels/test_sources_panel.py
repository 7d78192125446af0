"""One entry per happening in the window: the samples' 2021 Biden–Xi virtual summit, reported by the
Straits Times (twice: "Nov 15" and "this week") and the SCMP ("last month"), is one marker and one
row naming two sources, whose reports are listed and readable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from model.core.events import Event
from model.qt.event_table_model import EventColumn

SCMP = "scmp-defence-officials-talks"
STRAITS = "straitstimes-us-china-military-talks"


def summit(window: MainWindow) -> list[Event]:
    """The summit's reports, in article order."""
    events = window.session.events
    clusters = {e.cluster_key for e in events if "summit" in e.headline.lower() and e.article == SCMP}
    reports = [e for e in events if e.cluster_key in clusters and e.article in (SCMP, STRAITS)]
    groups = {c: [e for e in reports if e.cluster_key == c] for c in clusters}
    both = [g for g in groups.values() if {e.article for e in g} == {SCMP, STRAITS}]
    assert len(both) == 1, "the samples' summit is one cluster told by both papers"
    return both[0]


def markers(window: MainWindow) -> set[str]:
    return set(window.timeline.shown_ids())


def entry_count(window: MainWindow, qtbot) -> int:
    qtbot.waitUntil(lambda: len(window.timeline.shown_ids()) == window.event_filter.rowCount())
    return len(window.timeline.shown_ids())


def click_report(qtbot, window: MainWindow, index: int) -> None:
    view = window.sources_panel.list
    rect = view.visualItemRect(view.item(index))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_summit_is_one_marker_and_one_row_naming_both_sources(window: MainWindow) -> None:
    reports = summit(window)
    assert len({e.article for e in reports}) == 2
    ids = {e.id for e in reports}
    shown = ids & markers(window)
    assert len(shown) == 1, "one marker for the two reports"
    (entry,) = shown
    assert ids & set(window.event_filter.visible_event_ids()) == {entry}, "one table row"
    model = window.event_filter
    source = str(model.data(model.index(model.row_of(entry), EventColumn.SOURCE)))
    assert source.endswith(" +1")
    assert source.startswith(window.event_model.article_label(window.session.find_event(entry).article))  # type: ignore[union-attr]
    tip = window.timeline._tip(0, 0, entry)
    assert "2 sources" in tip
    assert all(window.event_model.article_label(e.article) in tip for e in reports)
    for report in reports:
        assert window.event_filter.representative_of(report.id) == entry
    entries = len({e.cluster_key for e in window.session.events})
    assert window.filter_bar.count_label.text() == f"{entries} events", "nothing is filtered out"


def test_sources_panel_lists_both_reports_and_a_click_opens_the_other_article(qtbot, window: MainWindow) -> None:
    reports = summit(window)
    entry = window.event_filter.representative_of(reports[0].id)
    assert entry is not None
    window.selection.select(entry)
    panel = window.sources_panel
    assert panel.isVisible()
    assert panel.report_ids() == [e.id for e in reports], "every report, in article order"
    texts = panel.report_texts()
    for report, text in zip(reports, texts, strict=True):
        assert text.startswith(window.event_model.article_label(report.article)[:20])  # titles are cut short
        assert report.timex.text in text
    n_sources = len({e.article for e in reports})
    assert f"{len(reports)} reports</b> from {n_sources} sources" in panel.heading.text()

    entry_article = window.session.find_event(entry).article  # type: ignore[union-attr]
    other = next(i for i, e in enumerate(reports) if e.article != entry_article)  # the other paper's report
    click_report(qtbot, window, other)
    report = reports[other]
    view = window.article_view
    assert view.article is not None and view.article.id == report.article
    assert view.highlighted_sentence() == report.sentence.text
    assert view.highlighted_timex() == report.timex.text
    # The entry stays selected on the timeline and in the table; the report is what is edited.
    assert window.timeline.selected_event_id == entry
    assert window.event_table.selected_event_ids() == [entry]
    assert window.selection.current == report.id
    assert window.selection.ids == [report.id]
    assert panel.isVisible() and panel.list.currentRow() == other


def test_selecting_a_collapsed_report_selects_its_entry_but_shows_its_own_sentence(window: MainWindow) -> None:
    reports = summit(window)
    entry = window.event_filter.representative_of(reports[0].id)
    hidden = next(e for e in reports if e.id != entry)
    window.selection.select(hidden.id)
    assert window.timeline.selected_event_id == entry
    assert window.event_table.selected_event_ids() == [entry]
    assert window.article_view.article is not None and window.article_view.article.id == hidden.article
    assert window.article_view.highlighted_sentence() == hidden.sentence.text


def test_sources_panel_is_hidden_for_a_single_report(window: MainWindow) -> None:
    sizes: dict[str, int] = {}
    for e in window.session.events:
        sizes[e.cluster_key] = sizes.get(e.cluster_key, 0) + 1
    lone = next(e for e in window.session.events if sizes[e.cluster_key] == 1)
    window.selection.select(summit(window)[0].id)
    assert window.sources_panel.isVisible()
    window.selection.select(lone.id)
    assert not window.sources_panel.isVisible()


def test_showing_every_report_separately_shows_every_marker(qtbot, window: MainWindow) -> None:
    ids = {e.id for e in summit(window)}
    window.facet_panel.every_report.click()
    assert not window.event_filter.state.one_per_cluster
    qtbot.waitUntil(lambda: ids <= markers(window))
    assert entry_count(window, qtbot) == sum(1 for e in window.session.events if not e.hidden)
    assert window.event_filter.state.chips() == [], "a way of showing, not a filter: no chip"
    window.facet_panel.every_report.click()
    qtbot.waitUntil(lambda: len(ids & markers(window)) == 1)


def test_split_gives_two_markers_and_undo_one(qtbot, window: MainWindow) -> None:
    reports = summit(window)
    ids = {e.id for e in reports}
    before = entry_count(window, qtbot)
    entry = window.event_filter.representative_of(reports[0].id)
    assert entry is not None
    other = next(e for e in reports if e.article != window.session.find_event(entry).article)  # type: ignore[union-attr]
    window.selection.select(other.id)  # as a click on its line in the sources panel does
    window.curation.split()
    qtbot.waitUntil(lambda: {entry, other.id} <= markers(window))
    assert entry_count(window, qtbot) == before + 1
    assert window.session.find_event(other.id).cluster != window.session.find_event(entry).cluster  # type: ignore[union-attr]
    window.curation.undo()
    qtbot.waitUntil(lambda: len(ids & markers(window)) == 1)
    assert entry_count(window, qtbot) == before


def test_merging_two_single_events_by_hand_gives_one_marker(qtbot, window: MainWindow) -> None:
    sizes: dict[str, int] = {}
    for e in window.session.events:
        sizes[e.cluster_key] = sizes.get(e.cluster_key, 0) + 1
    singles = [e for e in window.session.events if sizes[e.cluster_key] == 1 and not e.hidden]
    first, second = singles[0], singles[-1]
    before = entry_count(window, qtbot)
    window.event_table.select_events([first.id, second.id], current=second.id)
    window.selection.set([first.id, second.id])
    window.curation.merge()
    qtbot.waitUntil(lambda: len({first.id, second.id} & markers(window)) == 1)
    assert entry_count(window, qtbot) == before - 1
    (entry,) = {first.id, second.id} & markers(window)
    window.selection.select(entry)
    assert window.sources_panel.report_ids() == [e.id for e in window.session.events if e.id in (first.id, second.id)]


def test_a_report_line_says_how_its_date_was_got() -> None:
    from dataclasses import replace
    from datetime import date

    from gui.panels.sources_panel import report_line
    from model.core.documents import TextSpan
    from model.core.events import EventDate

    span = TextSpan(0, 5, "Trump")
    base = Event("st-e9", "st", EventDate("PAST_REF", date(2021, 11, 17), date(2021, 11, 17), "relative"),
                 "Trump scraps talks", span, span, TextSpan(0, 0, ""), date_source="document")
    assert "before 2021-11-17 (no date in the text)" in report_line(base, "Straits Times")
    scene = replace(base, date=EventDate("2021-11-15", date(2021, 11, 15), date(2021, 11, 15), "day"),
                    date_source="scene")
    assert "2021-11-15 (the story's scene)" in report_line(scene, "Straits Times")
