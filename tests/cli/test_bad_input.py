"""Issue 8 on the command line: every kind of bad input in one `extract` run gives one line naming
the file and the problem, a non-zero exit, no traceback, and a JSON output that still holds every
article that could be read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from model.timex.values import value_to_interval

GOOD = "Acme Corp opened a factory in Ohio on March 3, 2020.\n"
ACCENTED = "Café talks\nLe président of the board said in Genève on March 3, 2020 that « oui » had won the vote.\n"
FRENCH = (
    "Le président de la République a annoncé lundi que les négociations avec la Chine reprendraient "
    "dans les prochaines semaines, selon un communiqué publié le 3 mars 2020 par le ministère.\n"
)
EXTREME = (
    "The council met on February 30, 2021. It will vote again in the year 99999. "
    "Rome was founded long before 1 BC. The board approved the plan on March 3, 2021.\n"
)
# 200,000+ characters and not one full stop; one date in the middle.
LONG_SENTENCE = "and then the board met again " * 4_000 + "on March 3, 2021 " + "and then it voted " * 4_000


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad-input")
    (folder / "a-folder").mkdir()
    huge = folder / "huge.txt"
    with huge.open("w", encoding="utf-8") as out:
        for _ in range(50):
            out.write("The board met on Monday. " * 40_000 + "\n")  # 50 MB
    files = {
        "good": _write(folder, "good.txt", GOOD),
        "binary": _write(folder, "photo.txt", bytes(range(256)) * 64),
        "empty": _write(folder, "empty.txt", b""),
        "directory": folder / "a-folder",
        "missing": folder / "missing.txt",
        "huge": huge,
        "utf16": _write(folder, "utf16.txt", ACCENTED.encode("utf-16")),
        "latin1": _write(folder, "latin1.txt", ACCENTED.encode("latin-1")),
        "cp1252": _write(folder, "cp1252.txt", (ACCENTED + "Costs – €5 … “quoted”.\n").encode("cp1252")),
        "html": _write(
            folder, "broken.html", "<html><body><div><p>The plant opened on March 3, 2020 <b>in Ohio<p>unclosed"
        ),
        "json": _write(
            folder, "records.json", '[\n{"title": "A", "text": "' + GOOD.strip() + '"},\n{"title": "B", "text": },\n'
            '{"title": "C", "text": "The mayor resigned on May 5, 2019."}\n]\n'
        ),
        "csv": _write(folder, "rows.csv", f'title,text\nA,"{GOOD.strip()}"\nB,Beta,extra\nC,The mayor resigned on May 5 2019\n'),
        "tml": _write(folder, "broken.tml", "<TimeML><TEXT>The plant opened on March 3, 2020.</TimeML>"),
        "extreme": _write(folder, "extreme.txt", EXTREME),
        "long": _write(folder, "long-sentence.txt", LONG_SENTENCE),
        "french": _write(folder, "french.txt", FRENCH),
    }
    return files


@pytest.fixture(scope="module")
def run(corpus: dict[str, Path], tmp_path_factory):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    out = tmp_path_factory.mktemp("out") / "result.json"
    proc = subprocess.run(
        [sys.executable, str(root / "main.py"), "extract", *map(str, corpus.values()), "-o", str(out)],
        capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=900,
    )
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
    return proc, data


def _lines_about(stderr: str, path: Path) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(f"chronicle: {path}:")]


EXPECTED_FAILURES = {
    "binary": "not a text file (binary data or an unknown encoding)",
    "empty": "empty file",
    "directory": "directory holds no article files",
    "missing": "no such file or directory",
    "huge": "file is 50.0 MB, more than the 1,000,000-character limit per article",
    "json": "record 2: malformed JSON: Expecting value",
    "csv": "record 2: 3 fields where the header has 2",
    "tml": "not valid TimeML XML: mismatched tag",
}


def test_exit_status_is_non_zero_and_there_is_no_traceback(run) -> None:
    proc, data = run
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "Fatal Python error" not in proc.stderr
    assert data is not None


@pytest.mark.parametrize("case", sorted(EXPECTED_FAILURES))
def test_each_bad_input_is_one_line_naming_the_file_and_the_problem(run, corpus, case: str) -> None:
    proc, _ = run
    lines = _lines_about(proc.stderr, corpus[case])
    assert len(lines) == 1, proc.stderr
    assert EXPECTED_FAILURES[case] in lines[0]


def test_the_json_holds_everything_that_could_be_read(run, corpus) -> None:
    _, data = run
    by_path: dict[str, list[dict]] = {}
    for article in data["articles"]:
        by_path.setdefault(article["path"], []).append(article)
    readable = ["good", "utf16", "latin1", "cp1252", "html", "json", "csv", "extreme", "long", "french"]
    assert {str(corpus[c]) for c in readable} == set(by_path)
    assert [a["title"] for a in by_path[str(corpus["json"])]] == ["A", "C"]
    assert [a["title"] for a in by_path[str(corpus["csv"])]] == ["A", "C"]
    events_by_article: dict[str, list[dict]] = {}
    for event in data["events"]:
        events_by_article.setdefault(event["article"], []).append(event)
    ids = {c: [a["id"] for a in by_path[str(corpus[c])]] for c in readable}
    # Every readable English file gave its dated event, whatever its encoding or shape.
    for case in ("good", "utf16", "latin1", "cp1252", "html", "long"):
        (article_id,) = ids[case]
        values = {e["date"]["value"] for e in events_by_article.get(article_id, [])}
        assert {"2020-03-03", "2021-03-03"} & values, (case, values)


def test_encodings_are_decoded_not_rejected(run, corpus) -> None:
    proc, data = run
    for case in ("utf16", "latin1", "cp1252"):
        assert not _lines_about(proc.stderr, corpus[case]), proc.stderr
    titles = {a["path"]: a["title"] for a in data["articles"]}
    assert titles[str(corpus["utf16"])] == titles[str(corpus["cp1252"])] == titles[str(corpus["latin1"])] == "Café talks"


def test_impossible_and_extreme_dates_are_never_put_on_the_timeline(run, corpus) -> None:
    proc, data = run
    assert not _lines_about(proc.stderr, corpus["extreme"])
    (article,) = [a for a in data["articles"] if a["path"] == str(corpus["extreme"])]
    events = [e for e in data["events"] if e["article"] == article["id"]]
    assert "2021-03-03" in {e["date"]["value"] for e in events}
    for event in events:
        assert value_to_interval(event["date"]["value"]) is not None, event["date"]
        # Real calendar days, whatever the text said ("February 30", "the year 99999").
        assert dt.date.fromisoformat(event["date"]["start"]) <= dt.date.fromisoformat(event["date"]["end"])


def test_text_in_another_language_is_told_not_mis_dated(run, corpus) -> None:
    proc, data = run
    (line,) = _lines_about(proc.stderr, corpus["french"])
    assert line == f"chronicle: {corpus['french']}: warning: looks like French, not English; dates not extracted"
    (article,) = [a for a in data["articles"] if a["path"] == str(corpus["french"])]
    assert not [e for e in data["events"] if e["article"] == article["id"]]


def test_only_warnings_exit_zero(chronicle, corpus) -> None:
    run = chronicle("extract", corpus["good"], corpus["french"])
    assert run.code == 0, run.stderr
    assert "looks like French" in run.stderr and "Traceback" not in run.stderr
    assert len(json.loads(run.stdout)["articles"]) == 2
