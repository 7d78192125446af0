"""File > Export data: what the views show (filters, hidden events, edits) goes out, in a worker."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pandas as pd
from PySide6.QtGui import QKeySequence

from gui.main_window import MainWindow
from tests.fakes import fake_result


def test_export_data_writes_the_filtered_edited_events(qtbot, make_window, tmp_path: Path) -> None:
    window: MainWindow = make_window(fake_result())
    events = window.session.events
    window.session.replace_events([replace(events[0], headline="Edited by the user")])
    window.session.replace_events([replace(events[1], hidden=True)])
    out = tmp_path / "events.csv"
    window.exports.choose_data_path = lambda _parent: (str(out), "csv")
    assert window.export_data_action.shortcut() == QKeySequence("Ctrl+Shift+E")
    window.export_data_action.trigger()
    qtbot.waitUntil(lambda: "Data exported" in window.status_label.text(), timeout=20000)
    frame = pd.read_csv(out, keep_default_na=False)
    assert len(frame) == len(events) - 1  # the hidden event stays out
    assert events[1].id not in set(frame["id"])
    assert "Edited by the user" in set(frame["headline"])


def test_export_data_follows_the_search(qtbot, make_window, tmp_path: Path) -> None:
    window: MainWindow = make_window(fake_result())
    wanted = window.session.events[2]
    window.event_filter.set_text(wanted.headline)
    out = tmp_path / "events.json"
    job = window.exports.export_data(str(out), "json")
    assert job is not None
    qtbot.waitUntil(lambda: "Data exported" in window.status_label.text(), timeout=20000)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [e["headline"] for e in data["events"]] == [wanted.headline]
    assert [a["id"] for a in data["articles"]] == [wanted.article]


def test_a_failed_data_export_is_one_status_line_and_keeps_the_old_file(qtbot, make_window, tmp_path: Path) -> None:
    window: MainWindow = make_window(fake_result())
    out = tmp_path / "events.ics"
    out.write_text("previous", encoding="utf-8")
    window.exports.export_data(str(out), "no-such-format")
    qtbot.waitUntil(lambda: "failed" in window.status_label.text(), timeout=20000)
    assert "events.ics" in window.status_label.text() and "\n" not in window.status_label.text()
    assert out.read_text(encoding="utf-8") == "previous"
