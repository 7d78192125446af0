"""View > Summarize…: the key dates in a job with progress and Cancel, shown, exported as JSON/Markdown."""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl

from gui.export.summary_dialog import SummaryDialog
from gui.main_window import MainWindow
from model.core.documents import Article, DocumentDate
from model.core.result import ExtractionResult
from tests.fakes import make_event

# Three reports of the first outbreak day, two of the second, one of a later day (reworded from the
# H1N1 wire stories of the shared Timeline17 corpus).
REPORTS = [
    ("Mexico City", "Mexican health officials said on April 24, 2009 that a new flu strain had killed dozens of people.", "April 24, 2009", date(2009, 4, 24)),
    ("Geneva", "The World Health Organization said on April 24, 2009 it was worried about the outbreak in Mexico.", "April 24, 2009", date(2009, 4, 24)),
    ("Atlanta", "US disease experts confirmed on April 24, 2009 that the virus in Mexico matched cases in California.", "April 24, 2009", date(2009, 4, 24)),
    ("Geneva", "The World Health Organization raised its pandemic alert to phase five on April 29, 2009.", "April 29, 2009", date(2009, 4, 29)),
    ("Atlanta", "Health officials in Texas reported the first death outside Mexico on April 29, 2009.", "April 29, 2009", date(2009, 4, 29)),
    ("Madrid", "Spain confirmed a handful of new cases in students returning from Mexico on May 2, 2009.", "May 2, 2009", date(2009, 5, 2)),
]


def outbreak() -> ExtractionResult:
    result = ExtractionResult([], [])
    for n, (source, sentence, timex, day) in enumerate(REPORTS):
        article = Article(f"flu{n}", f"/tmp/flu{n}.txt", sentence + "\n", title=f"Flu report {n}", source=source,
                          dct=DocumentDate("2009-05-04", "metadata", 1.0))
        result.articles.append(article)
        result.events.append(make_event(article, 1, sentence, timex, day.isoformat(), day, day, "day", confidence=0.9))
    return result


def run(qtbot, dialog: SummaryDialog) -> None:
    with qtbot.waitSignal(dialog.summarized, timeout=20000):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)


def test_summarize_shows_the_key_dates_and_exports_them(qtbot, make_window, tmp_path: Path) -> None:
    window: MainWindow = make_window(outbreak())
    window.summarize_action.trigger()
    dialog = window.summary_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.dates.setValue(2)
    dialog.sentences.setValue(1)
    run(qtbot, dialog)
    assert [d.day for d in dialog.days] == [date(2009, 4, 24), date(2009, 4, 29)]  # the best told, in date order
    text = dialog.view.toPlainText()
    assert "24 April 2009" in text and "29 April 2009" in text and "2 May 2009" not in text
    assert dialog.status.text() == "2 key dates" and not dialog.progress.isVisible()

    dialog.choose_path = lambda _parent, fmt: str(tmp_path / ("summary.json" if fmt == "json" else "summary.md"))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        qtbot.mouseClick(dialog.export_json, Qt.MouseButton.LeftButton)
    data = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert [d["date"] for d in data["timeline"]] == ["2009-04-24", "2009-04-29"]
    assert all(len(d["sentences"]) == 1 for d in data["timeline"])
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        qtbot.mouseClick(dialog.export_markdown, Qt.MouseButton.LeftButton)
    markdown = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Timeline of 6 articles") and "## 24 April 2009" in markdown
    assert data["timeline"][0]["sentences"][0] in markdown


def test_clicking_a_sentence_selects_the_event_told_in_it(qtbot, make_window) -> None:
    window: MainWindow = make_window(outbreak())
    dialog = window.open_summary()
    dialog.dates.setValue(1)
    run(qtbot, dialog)
    (day,) = dialog.days
    (sentence,) = day.sentences
    links = re.findall(r'href="(event:[^"]+)"', dialog.view.toHtml())
    assert len(links) == 1
    dialog.view.anchorClicked.emit(QUrl(html.unescape(links[0])))
    current = window.selection.current
    event = window.session.find_event(current or "")
    assert event is not None and event.sentence.text == sentence and event.date.start == day.day
    assert window.article_view.article is not None and window.article_view.article.id == event.article


def test_a_range_keeps_the_dates_inside_it_and_hidden_events_summarise_nothing(qtbot, make_window) -> None:
    result = outbreak()
    result.events[5] = replace(result.events[5], hidden=True)  # the user hid the Spanish report
    window: MainWindow = make_window(result)
    dialog = window.open_summary()
    dialog.dates.setValue(0)  # as many as the articles support
    dialog.use_from.setChecked(True)
    dialog.date_from.setDate(QDate(2009, 4, 25))
    run(qtbot, dialog)
    assert [d.day for d in dialog.days] == [date(2009, 4, 29)]


def test_cancel_drops_the_run_and_an_empty_range_is_one_line(qtbot, make_window) -> None:
    window: MainWindow = make_window(outbreak())
    dialog = window.open_summary()
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.running and dialog.cancel_button.isVisible() and dialog.progress.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and dialog.status.text() == "Cancelled"
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10000)  # the job has reported: nothing was shown
    assert dialog.days == [] and not dialog.export_json.isEnabled()
    # From after To: told in one line, nothing started.
    dialog.use_from.setChecked(True)
    dialog.use_to.setChecked(True)
    dialog.date_from.setDate(QDate(2009, 5, 1))
    dialog.date_to.setDate(QDate(2009, 4, 1))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and "From 2009-05-01 is after To 2009-04-01" in dialog.status.text()
