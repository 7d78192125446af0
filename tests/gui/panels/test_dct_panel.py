"""The document-date panel: an article's DCT and its evidence shown, the evidence reachable, the date editable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from gui.main_window import MainWindow
from gui.panels.dct_panel import DctPanel, DocumentDateDialog
from model.core.documents import Article, DocumentDate, Evidence
from model.core.result import ExtractionResult
from model.qt.article_list_model import ArticleColumn
from model.state.session import Session

SCMP = "scmp-defence-officials-talks"


@pytest.fixture(scope="module")
def extracted(nlp, samples_dir) -> ExtractionResult:
    """Our own extraction: a DCT edit re-dates the parsed docs, which the session-wide result must not see."""
    from model.loaders import load_paths
    from model.nlp.pipeline import extract

    return extract(load_paths([str(samples_dir)]).articles, nlp)


@pytest.fixture
def win(make_window, extracted: ExtractionResult) -> MainWindow:
    return make_window(ExtractionResult(list(extracted.articles), list(extracted.events), dict(extracted.docs)))


def select_article(window: MainWindow, article_id: str) -> int:
    row = window.article_model.row_of(article_id)
    window.article_list.selectRow(row)
    return row


def released_event(window: MainWindow):
    return next(
        e for e in window.session.events if e.article == SCMP and e.timex.text == "last month" and e.trigger.text == "released"
    )


def test_panel_shows_the_selected_articles_date_and_evidence(win: MainWindow) -> None:
    panel = win.dct_panel
    select_article(win, SCMP)
    assert panel.article_id == SCMP
    assert panel.value_label.text() == "2021-12 (month)"
    assert panel.source_label.text() == "inferred from the text"
    assert panel.confidence_label.text() == "75%"
    assert panel.evidence.count() == 2
    assert "virtual summit last month" in panel.evidence.item(0).text()
    # Selecting an event of another article follows it.
    other = next(e for e in win.session.events if e.article != SCMP)
    win.selection.select(other.id)
    assert panel.article_id == other.article


def test_clicking_evidence_scrolls_to_it_and_highlights_it(qtbot, win: MainWindow) -> None:
    panel = win.dct_panel
    select_article(win, SCMP)
    evidence = win.session.find_article(SCMP).dct.evidence[0]  # type: ignore[union-attr]
    item = panel.evidence.item(0)
    rect = panel.evidence.visualItemRect(item)
    qtbot.mouseClick(panel.evidence.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.article_view.article is not None and win.article_view.article.id == SCMP
    assert win.article_view.textCursor().selectedText() == evidence.text
    cursor_rect = win.article_view.cursorRect()
    assert win.article_view.viewport().rect().contains(cursor_rect.center()), "the sentence is scrolled into view"


def near(a: QPoint | None, b: QPoint | None, pixels: int = 2) -> bool:
    return a is not None and b is not None and abs(a.x() - b.x()) <= pixels and abs(a.y() - b.y()) <= pixels


def test_editing_the_date_moves_the_events_and_ctrl_z_moves_them_back(qtbot, win: MainWindow) -> None:
    panel = win.dct_panel
    row = select_article(win, SCMP)
    released = released_event(win)
    assert released.date.value == "2021-11"
    before = win.timeline.marker_position(released.id)
    asked: list[str] = []

    def ask(current: str) -> str:
        asked.append(current)
        return "2022-03-10"

    panel.ask_date = ask

    panel.edit_button.click()
    assert asked == ["2021-12"]
    # The article is re-dated in a worker; meanwhile no second date can be entered.
    assert panel.busy and not panel.edit_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.busy)
    assert panel.edit_button.isEnabled()
    assert released_event(win).date.value == "2022-02"
    assert win.article_model.data(win.article_model.index(row, ArticleColumn.DATE)) == "2022-03-10"
    assert panel.value_label.text() == "2022-03-10"
    assert panel.source_label.text() == "set by you"
    assert panel.confidence_label.text() == "100%"
    qtbot.waitUntil(lambda: win.timeline.marker_position(released_event(win).id) != before)
    assert win.curation.undo_action.text().replace("&", "") == "Undo Set document date to 2022-03-10"

    win.timeline.plot.setFocus()
    qtbot.keyClick(win.timeline.plot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert released_event(win).date.value == "2021-11"
    assert win.article_model.data(win.article_model.index(row, ArticleColumn.DATE)) == "2021-12"
    assert panel.source_label.text() == "inferred from the text"
    # Back where it was: to the pixel, give or take the one a dock's new text may take from the view.
    qtbot.waitUntil(lambda: near(win.timeline.marker_position(released_event(win).id), before))


def test_a_date_that_is_not_one_is_a_message(qtbot, win: MainWindow) -> None:
    panel = win.dct_panel
    select_article(win, SCMP)
    events = list(win.session.events)
    panel.ask_date = lambda current: "the week after"
    with qtbot.waitSignal(win.curation.message) as blocker:
        panel.edit_button.click()
    assert "not a date" in blocker.args[0]
    assert win.session.events == events and win.curation.stack.count() == 0


def test_dialog_accepts_only_a_day_a_month_or_a_year(qtbot) -> None:
    dialog = DocumentDateDialog("An article", "2021-12")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.problem.text() == ""
    for text in ("2021-13", "2021-W46", "Nov 2021"):
        dialog.edit.setText(text)
        assert not ok.isEnabled()
        assert "YYYY-MM-DD, YYYY-MM or YYYY" in dialog.problem.text()
    for text in ("2022", "2022-03", "2022-03-10"):
        dialog.edit.setText(text)
        assert ok.isEnabled()
    assert dialog.value() == "2022-03-10"


def test_a_project_reopened_without_parsed_docs_is_parsed_again_in_a_worker(qtbot, make_window, extracted, nlp) -> None:
    window = make_window(ExtractionResult(list(extracted.articles), list(extracted.events), {}))
    window.workflow.set_pipeline(nlp)
    select_article(window, SCMP)
    window.dct_panel.ask_date = lambda current: "2022-03"
    window.dct_panel.edit_button.click()
    qtbot.waitUntil(lambda: not window.dct_panel.busy, timeout=30000)
    assert released_event(window).date.value == "2022-02"
    assert SCMP in window.session.result.docs
    window.curation.undo_action.trigger()
    assert released_event(window).date.value == "2021-11"
    assert window.session.result.docs == {}


def test_no_model_yet_is_a_message(qtbot, make_window, extracted) -> None:
    window = make_window(ExtractionResult(list(extracted.articles), list(extracted.events), {}))
    select_article(window, SCMP)
    window.dct_panel.ask_date = lambda current: "2022-03"
    with qtbot.waitSignal(window.curation.message) as blocker:
        window.dct_panel.edit_button.click()
    assert "language model is not loaded" in blocker.args[0]
    assert not window.dct_panel.busy and window.session.events == extracted.events


def test_the_straits_times_evidence_lists_each_sentence_once(win: MainWindow) -> None:
    select_article(win, "straitstimes-us-china-military-talks")
    items = [win.dct_panel.evidence.item(i).text() for i in range(win.dct_panel.evidence.count())]
    sentences = [item.split("\n— ")[0] for item in items]
    assert items and len(sentences) == len(set(sentences)), items


def test_a_sentence_cited_for_two_reasons_is_listed_once(qtbot) -> None:
    # As dating cites the Straits Times sample: the latest explicit past date, then the day after it.
    text = "Talks agreed\nDuring a virtual summit on Monday (Nov 15), Xi agreed to talks. They met in Bali.\n"
    summit = text[text.index("During") : text.index("talks.") + 6]
    bali = text[text.index("They") : text.index("Bali.") + 5]
    at = text.index
    dct = DocumentDate("2021-11-16", "inferred", 0.6, (
        Evidence(at(summit), at(summit) + len(summit), summit, "the day after the latest explicit past date"),
        Evidence(at(summit), at(summit) + len(summit), summit, "latest explicit past date: 'Nov 15'"),
        Evidence(at(bali), at(bali) + len(bali), bali, "a past event"),
    ))
    session = Session()
    session.set_result(ExtractionResult([Article("st", "/tmp/st.txt", text, title="Talks agreed", dct=dct)], []))
    panel = DctPanel(session)
    qtbot.addWidget(panel)
    panel.show_article("st")
    items = [panel.evidence.item(i).text() for i in range(panel.evidence.count())]
    assert items == [
        f"“{summit}”\n— the day after the latest explicit past date; latest explicit past date: 'Nov 15'",
        f"“{bali}”\n— a past event",
    ]


def test_needs_a_date_toggle_keeps_only_articles_with_an_inferred_or_missing_date(win: MainWindow) -> None:
    from model.qt.article_list_model import ArticleRole

    panel = win.dct_panel
    shown = win.article_filter
    needing = [a.id for a in win.session.articles if a.dct.needs_date]
    assert needing and len(needing) < len(win.session.articles), "the samples mix page dates and inferred ones"
    assert str(len(needing)) in panel.needs_date_toggle.text()

    panel.needs_date_toggle.setChecked(True)
    ids = [shown.index(r, 0).data(ArticleRole.ARTICLE_ID) for r in range(shown.rowCount())]
    assert ids == needing

    # Setting one of them a date (here directly, as the re-dating command ends) drops it from the list.
    from dataclasses import replace

    from model.core.documents import DocumentDate

    article = win.session.find_article(needing[0])
    assert article is not None
    win.session.replace_articles([replace(article, dct=DocumentDate("2021-12-01", "user", 1.0))])
    ids = [shown.index(r, 0).data(ArticleRole.ARTICLE_ID) for r in range(shown.rowCount())]
    assert needing[0] not in ids
    assert str(len(needing) - 1) in panel.needs_date_toggle.text()

    panel.needs_date_toggle.setChecked(False)
    assert shown.rowCount() == len(win.session.articles)
