"""The `tag` command's contract (DESIGN.md): one JSON line per file, offsets into the text as read."""

from __future__ import annotations

from pathlib import Path

TIMEX_FIELDS = {"start", "end", "text", "type", "value"}

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
The company said <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> that sales rose.
</TEXT>
</TimeML>
"""


def test_every_sample_gives_one_line_with_exact_offsets(chronicle, samples_dir: Path) -> None:
    files = sorted(samples_dir.glob("*.txt"))
    run = chronicle("tag", *files)
    assert run.code == 0, run.stderr
    lines = run.json_lines()
    assert [Path(line["path"]).name for line in lines] == [f.name for f in files]
    for line, path in zip(lines, files, strict=True):
        assert set(line) >= {"path", "dct", "timexes"}
        text = path.read_text(encoding="utf-8")
        assert line["timexes"], f"no timex found in {path.name}"
        for timex in line["timexes"]:
            assert set(timex) >= TIMEX_FIELDS
            assert text[timex["start"] : timex["end"]] == timex["text"]
            assert timex["type"] in {"DATE", "TIME", "DURATION", "SET"}


def test_relative_dates_resolve_against_the_given_document_date(chronicle, tmp_path: Path) -> None:
    article = tmp_path / "board.txt"
    article.write_text("The board met yesterday and will vote tomorrow.\n", encoding="utf-8")
    run = chronicle("tag", "--dct", "2020-03-04", article)
    assert run.code == 0, run.stderr
    (line,) = run.json_lines()
    assert line["dct"] == "2020-03-04"
    values = {t["text"]: t["value"] for t in line["timexes"]}
    assert values == {"yesterday": "2020-03-03", "tomorrow": "2020-03-05"}


def test_timeml_offsets_are_into_the_text_without_tags_and_dct_comes_from_the_file(
    chronicle, tmp_path: Path
) -> None:
    path = tmp_path / "wsj_0001.tml"
    path.write_text(TML, encoding="utf-8")
    run = chronicle("tag", path)
    assert run.code == 0, run.stderr
    (line,) = run.json_lines()
    assert line["dct"] == "1998-01-08"
    plain = "\nThe company said yesterday that sales rose.\n"
    (timex,) = line["timexes"]
    assert plain[timex["start"] : timex["end"]] == "yesterday"
    assert timex["value"] == "1998-01-07"


def test_a_bad_file_is_one_line_on_stderr_and_the_others_are_still_tagged(
    chronicle, tmp_path: Path, samples_dir: Path
) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    missing = tmp_path / "missing.txt"
    good = samples_dir / "reuters-biden-military-ties.txt"
    run = chronicle("tag", binary, missing, good)
    assert run.code != 0
    assert "Traceback" not in run.stderr
    errors = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(errors) == 2
    assert any("photo.txt" in e for e in errors) and any("missing.txt" in e for e in errors)
    assert [Path(line["path"]).name for line in run.json_lines()] == [good.name]


def test_an_impossible_document_date_is_refused_without_a_traceback(chronicle, samples_dir: Path) -> None:
    run = chronicle("tag", "--dct", "2021-02-30", samples_dir / "reuters-biden-military-ties.txt")
    assert run.code == 2
    assert "2021-02-30" in run.stderr
    assert "Traceback" not in run.stderr
