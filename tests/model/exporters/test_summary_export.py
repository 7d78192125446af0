"""The timeline summary as JSON (the command line's layout) and as Markdown."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from model.exporters.base import ExportError
from model.exporters.summary_export import summary_json, summary_markdown, write_summary
from model.ranking.summary import SummaryDay

DAYS = [
    SummaryDay(date(2010, 4, 20), ["An explosion on the Deepwater Horizon rig\nleft eleven workers missing."], 9.0),
    SummaryDay(date(2010, 7, 15), ["BP said the cap had stopped the oil.", "Engineers watched the pressure."], 5.0),
]


def test_json_is_what_the_command_line_prints() -> None:
    assert json.loads(summary_json(DAYS)) == {"timeline": [
        {"date": "2010-04-20", "sentences": ["An explosion on the Deepwater Horizon rig\nleft eleven workers missing."]},
        {"date": "2010-07-15", "sentences": ["BP said the cap had stopped the oil.", "Engineers watched the pressure."]},
    ]}


def test_markdown_has_a_heading_per_date_and_one_list_item_per_sentence() -> None:
    text = summary_markdown(DAYS, "Gulf oil spill")
    assert text.splitlines()[:5] == [
        "# Gulf oil spill", "", "## 20 April 2010", "",
        "- An explosion on the Deepwater Horizon rig left eleven workers missing.",  # one line, one item
    ]
    assert "## 15 July 2010" in text and "- Engineers watched the pressure." in text


def test_write_summary_replaces_the_file_and_tells_a_bad_path_in_one_line(tmp_path: Path) -> None:
    target = tmp_path / "spill.md"
    target.write_text("old", encoding="utf-8")
    assert write_summary(DAYS, "markdown", target, "Spill") == [target]
    assert target.read_text(encoding="utf-8").startswith("# Spill")
    with pytest.raises(ExportError, match=r"cannot write"):
        write_summary(DAYS, "json", tmp_path / "missing" / "x.json")
    with pytest.raises(ExportError, match=r"unknown summary format 'pdf'"):
        write_summary(DAYS, "pdf", tmp_path / "x.pdf")
