from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pandas as pd

from model.exporters import export_data, write_data


def test_xlsx_round_trip_matches_csv_table(result, tmp_path: Path) -> None:
    out = tmp_path / "events.xlsx"
    write_data(result, "xlsx", out)
    frame = pd.read_excel(out, sheet_name="events", keep_default_na=False)
    assert len(frame) == len(result.events)
    assert {"date.value", "sentence.text", "trigger.start", "participants", "article.title"} <= set(
        frame.columns
    )
    assert list(frame["id"]) == [e.id for e in result.events]
    assert list(frame["sentence.text"]) == [e.sentence.text for e in result.events]
    assert frame.iloc[0]["article.title"] == 'Biden & Xi meet: "candid" <talks>'
    articles = pd.read_excel(out, sheet_name="articles", keep_default_na=False)
    assert list(articles["id"]) == ["a1", "b2"]


def test_xlsx_never_turns_text_into_formulas_or_fails_on_control_characters(result, tmp_path: Path) -> None:
    result.events[0] = replace(result.events[0], headline='=HYPERLINK("http://x")')
    result.events[1] = replace(result.events[1], headline="bell\x07 inside")
    out = tmp_path / "events.xlsx"
    data = export_data(result, "xlsx")
    assert isinstance(data, bytes)
    out.write_bytes(data)
    sheet = openpyxl.load_workbook(out)["events"]
    headlines = list(sheet["G"][1:])
    assert sheet["G"][0].value == "headline"
    assert headlines[0].value == '=HYPERLINK("http://x")' and headlines[0].data_type == "s"
    assert headlines[1].value == "bell\ufffd inside"


def test_xlsx_holds_non_characters_and_broken_surrogates_as_replacement(result, tmp_path: Path) -> None:
    """Issue 17, item 8: U+FFFE/U+FFFF (or a lone surrogate) in one text no longer fails the whole workbook."""
    events = list(result.events)
    events[0] = replace(events[0], headline="Talks \ufffe resumed \uffff today \ud83d")
    out = tmp_path / "odd.xlsx"
    write_data(replace(result, events=events), "xlsx", out)
    sheet = openpyxl.load_workbook(out)["events"]
    headlines = [row[6].value for row in sheet.iter_rows(min_row=2)]
    assert "Talks \ufffd resumed \ufffd today \ufffd" in headlines
