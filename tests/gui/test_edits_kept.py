"""Nothing the user did is lost when more articles come in (issue 17, items 1 and 2).

Driven as a user would: rows clicked in the event table, F2 / Ctrl+D / Del / Ctrl+M on the window,
File > Open for more articles, Ctrl+Z and Ctrl+S afterwards.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import model.state.jobs
from gui.main_window import MainWindow
from model.project import open_project, save_project
from model.qt.event_table_model import EventRole
from tests.gui.panels.test_event_table_view import click_row

CTRL = Qt.KeyboardModifier.ControlModifier
HEADLINE = "Headline written by the user"


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.event_table, key, modifiers)


def row_ids(window: MainWindow) -> list[str]:
    model = window.event_table.model()
    return [str(model.index(r, 0).data(EventRole.EVENT_ID)) for r in range(model.rowCount())]


def open_articles(qtbot, window: MainWindow, paths: list[Path]) -> None:
    with qtbot.waitSignal(window.workflow.extractionFinished, timeout=120_000):
        window.open_paths([str(p) for p in paths])


def edit_three_events(qtbot, window: MainWindow) -> tuple[str, str, str]:
    """F2 on the first row, Ctrl+D on the second, Del on the third; returns their event ids."""
    window.curation.ask = lambda _title, _label, _text: HEADLINE
    ids = row_ids(window)[:3]
    for row, (key, modifiers) in enumerate([(Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_D, CTRL), (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)]):
        click_row(qtbot, window, row_ids(window).index(ids[row]))
        press(qtbot, window, key, modifiers)
    assert window.session.find_event(ids[0]).headline == HEADLINE  # type: ignore[union-attr]
    assert window.session.find_event(ids[1]).starred  # type: ignore[union-attr]
    assert window.session.find_event(ids[2]) is None
    return ids[0], ids[1], ids[2]


def assert_kept(window: MainWindow, headline: str, starred: str, deleted: str) -> None:
    assert window.session.find_event(headline).headline == HEADLINE  # type: ignore[union-attr]
    assert window.session.find_event(starred).starred  # type: ignore[union-attr]
    assert window.session.find_event(deleted) is None


def test_edits_stay_when_more_articles_are_opened_and_undo_and_save_still_work(qtbot, make_window, nlp, samples_dir, tmp_path) -> None:
    window = make_window()
    window.workflow.set_pipeline(nlp)
    samples = sorted(samples_dir.glob("*.txt"))
    open_articles(qtbot, window, samples[:2])
    qtbot.waitUntil(lambda: window.event_table.model().rowCount() >= 3)
    headline, starred, deleted = edit_three_events(qtbot, window)

    open_articles(qtbot, window, samples[2:])  # File > Open of one more article
    assert len(window.session.articles) == 3
    assert_kept(window, headline, starred, deleted)
    assert any(e.article == window.session.articles[2].id for e in window.session.events)

    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the delete made before the new article is undone
    assert window.session.find_event(deleted) is not None
    press(qtbot, window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.find_event(deleted) is None

    window.project.choose_save_path = lambda: str(tmp_path / "kept.chronicle")
    with qtbot.waitSignal(window.project.saved, timeout=30_000):
        press(qtbot, window, Qt.Key.Key_S, CTRL)
    saved = {e.id: e for e in open_project(tmp_path / "kept.chronicle").result.events}
    assert saved[headline].headline == HEADLINE and saved[starred].starred and deleted not in saved
    assert len(saved) == len(window.session.events)


@pytest.mark.parametrize("reopened", [False, True], ids=["opened-fresh", "reopened-project"])
def test_edits_made_while_an_extraction_runs_are_kept(qtbot, make_window, nlp, samples_dir, monkeypatch, tmp_path, reopened) -> None:
    window = make_window()
    window.workflow.set_pipeline(nlp)
    samples = sorted(samples_dir.glob("*.txt"))
    open_articles(qtbot, window, samples[:2])
    if reopened:  # a saved project keeps no parsed docs: its events are all it has
        save_project(window.session.result, tmp_path / "two.chronicle")
        with qtbot.waitSignal(window.workflow.projectOpened, timeout=30_000):
            window.open_paths([str(tmp_path / "two.chronicle")])
        assert window.session.result.docs == {}
    qtbot.waitUntil(lambda: window.event_table.model().rowCount() >= 5)

    # The next extraction waits at its start until the edits are made.
    gate = threading.Event()
    extract = model.state.jobs.extract

    def gated(*args, **kwargs):
        assert gate.wait(60)
        return extract(*args, **kwargs)

    monkeypatch.setattr(model.state.jobs, "extract", gated)
    with qtbot.waitSignal(window.workflow.extractionFinished, timeout=120_000):
        window.open_paths([str(samples[2])])
        qtbot.waitUntil(lambda: window.workflow.busy)
        headline, starred, deleted = edit_three_events(qtbot, window)
        # Ctrl-click two more rows and merge them (Ctrl+M).
        first, second = row_ids(window)[:2]
        click_row(qtbot, window, 0)
        click_row(qtbot, window, 1, CTRL)
        press(qtbot, window, Qt.Key.Key_M, CTRL)
        merged = window.session.find_event(first).cluster_key  # type: ignore[union-attr]
        assert window.session.find_event(second).cluster_key == merged  # type: ignore[union-attr]
        gate.set()

    assert len(window.session.articles) == 3
    assert_kept(window, headline, starred, deleted)
    assert window.session.find_event(first).cluster_key == window.session.find_event(second).cluster_key  # type: ignore[union-attr]
    # Every edit is still in the undo history, the merge last.
    assert window.curation.stack.count() == 4
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.session.find_event(first).cluster_key != window.session.find_event(second).cluster_key  # type: ignore[union-attr]


def test_a_document_date_set_before_more_articles_stays_and_its_undo_keeps_them(qtbot, make_window, nlp, samples_dir) -> None:
    window = make_window()
    window.workflow.set_pipeline(nlp)
    samples = sorted(samples_dir.glob("*.txt"))
    open_articles(qtbot, window, samples[:2])
    article = window.session.articles[0]
    window.article_list.selectRow(window.article_model.row_of(article.id))
    panel = window.dct_panel
    assert panel.article_id == article.id
    panel.ask_date = lambda _current: "2020-05-04"
    panel.edit_button.click()
    qtbot.waitUntil(lambda: not panel.busy)
    assert window.session.find_article(article.id).dct.value == "2020-05-04"  # type: ignore[union-attr]

    open_articles(qtbot, window, samples[2:])
    assert window.session.find_article(article.id).dct.value == "2020-05-04"  # type: ignore[union-attr]
    added = window.session.articles[2].id
    n_added = sum(1 for e in window.session.events if e.article == added)
    assert n_added > 0

    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the date goes back; the article opened since stays
    assert window.session.find_article(article.id).dct.value == article.dct.value  # type: ignore[union-attr]
    assert sum(1 for e in window.session.events if e.article == added) == n_added
    press(qtbot, window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.find_article(article.id).dct.value == "2020-05-04"  # type: ignore[union-attr]
    assert sum(1 for e in window.session.events if e.article == added) == n_added
