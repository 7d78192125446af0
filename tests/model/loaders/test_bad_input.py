"""Issue 8: every bad input is one clear line naming the file, and every other file still loads."""

from __future__ import annotations

import json
from pathlib import Path

from model.loaders import MAX_TEXT_CHARS, LoadError, load_paths

GOOD = "Good article\nThe board met on Monday.\n"


def errors_by_name(errors: list[LoadError]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for error in errors:
        found.setdefault(Path(error.path).name, []).append(str(error))
    return found


def test_every_bad_input_is_reported_and_the_good_files_still_load(write, tmp_path: Path) -> None:
    good_before = write("a-good.txt", GOOD)
    bad = [
        write("photo.txt", bytes(range(256)) * 8),
        write("empty.txt", b""),
        write("blank.md", "  \n\n\t\n"),
        tmp_path / "missing.txt",
        write("notes.docx", b"PK\x03\x04"),
        write("broken.tml", "<TimeML><TEXT>unclosed</TimeML>"),
    ]
    good_after = write("z-good.md", "# Also good\n")
    result = load_paths([good_before, *bad, good_after])
    assert [a.id for a in result.articles] == ["a-good", "z-good"]
    assert [str(e) for e in result.errors] == [
        f"{bad[0]}: not a text file (binary data or an unknown encoding)",
        f"{bad[1]}: empty file",
        f"{bad[2]}: no text (only whitespace)",
        f"{bad[3]}: no such file or directory",
        f"{bad[4]}: unsupported file type '.docx' (supported: {', '.join(_suffixes())})",
        f"{bad[5]}:1: not valid TimeML XML: mismatched tag",
    ]
    assert all("\n" not in str(e) for e in result.errors)


def _suffixes() -> tuple[str, ...]:
    from model.loaders import SUPPORTED_SUFFIXES

    return SUPPORTED_SUFFIXES


def test_a_directory_is_walked_and_an_empty_one_reported(write, tmp_path: Path) -> None:
    write("corpus/one.txt", GOOD)
    (tmp_path / "nothing").mkdir()
    write("nothing/readme.pdf", b"%PDF")
    result = load_paths([tmp_path / "corpus", tmp_path / "nothing"])
    assert [a.id for a in result.articles] == ["one"]
    (error,) = result.errors
    assert str(error).startswith(
        f"{tmp_path / 'nothing'}: directory holds no article files (.txt, .text, .md"
    )


def test_a_huge_text_file_is_refused_with_the_limit(write, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("w", encoding="utf-8") as out:
        for _ in range(50):
            out.write("The board met on Monday. " * 40_000 + "\n")  # 50 MB
    just_over = write("just-over.txt", "x" * (MAX_TEXT_CHARS + 1))
    at_limit = write("at-limit.txt", "y" * MAX_TEXT_CHARS)
    result = load_paths([huge, just_over, at_limit])
    assert [a.id for a in result.articles] == ["at-limit"]
    assert [str(e) for e in result.errors] == [
        f"{huge}: file is 50.0 MB, more than the 1,000,000-character limit per article of the language "
        "pipeline; split it into smaller articles",
        f"{just_over}: text is 1,000,001 characters, above the 1,000,000-character limit per article of "
        "the language pipeline; split it into smaller articles",
    ]


def test_a_big_jsonl_corpus_loads_record_by_record_and_refuses_only_the_oversize_one(write) -> None:
    lines = [json.dumps({"title": f"R{i}", "text": f"Record {i} " * 50_000}) for i in range(1, 9)]
    lines[3] = json.dumps({"title": "Too long", "text": "z" * (MAX_TEXT_CHARS + 5)})
    path = write("big.jsonl", "\n".join(lines) + "\n")
    result = load_paths([path])
    assert len(result.articles) == 7 and "big-4" not in {a.id for a in result.articles}
    assert [str(e) for e in result.errors] == [
        f"{path}:4: record 4: text is 1,000,005 characters, above the 1,000,000-character limit per "
        "article of the language pipeline; split it into smaller articles"
    ]


def test_an_oversize_csv_record_is_refused_and_the_others_kept(write) -> None:
    path = write("big.csv", "title,text\nA,short\nB," + "w" * (MAX_TEXT_CHARS + 1) + "\nC,also short\n")
    result = load_paths([path])
    assert [a.id for a in result.articles] == ["big-1", "big-3"]
    (error,) = result.errors
    assert str(error).startswith(f"{path}:3: record 2: text is 1,000,001 characters")


def test_utf16_latin1_and_windows1252_text_files_are_decoded(write) -> None:
    text = "Café talks\nLe président a dit « oui » – à Genève… €5.\n"
    paths = [
        write("utf16.txt", text.encode("utf-16")),
        write("utf16le-nobom.txt", text.encode("utf-16-le")),
        write("cp1252.txt", text.encode("cp1252")),
        write("latin1.md", "Café\nRéunion à Genève.\n".encode("latin-1")),
    ]
    result = load_paths(paths)
    assert result.errors == []
    assert [a.text for a in result.articles] == [text, text, text, "Café\nRéunion à Genève.\n"]
    assert result.articles[0].title == "Café talks"


def test_malformed_json_keeps_the_good_records_and_names_the_bad_lines(write) -> None:
    content = (
        "[\n"
        '  {"title": "A", "text": "Alpha"},\n'
        '  {"title": "B", "text": },\n'
        '  {"title": "C", "text": "Gamma"},\n'
        '  {"title": "D"},\n'
        '  {"title": "E", "text": "Epsilon"}\n'
        "]\n"
    )
    path = write("bad.json", content)
    result = load_paths([path])
    assert [(a.id, a.title) for a in result.articles] == [("bad-1", "A"), ("bad-3", "C"), ("bad-5", "E")]
    assert [str(e) for e in result.errors] == [
        f"{path}:3: record 2: malformed JSON: Expecting value (column 26)",
        f"{path}:5: record 4 has no text (expected a field named text, body, content, full_text, fulltext…)",
    ]


def test_truncated_json_keeps_what_came_before(write) -> None:
    path = write("cut.json", '[\n{"text": "one"},\n{"text": "two"},\n{"text": "thr')
    result = load_paths([path])
    assert [a.text for a in result.articles] == ["one", "two"]
    assert [str(e) for e in result.errors] == [
        f"{path}:4: record 3: malformed JSON: Unterminated string starting at (column 10)"
    ]


def test_json_that_is_not_a_corpus(write) -> None:
    not_json = write("prose.json", "this is not json")
    numbers = write("numbers.json", "[1, 2]")
    result = load_paths([not_json, numbers])
    assert result.articles == []
    assert [str(e) for e in result.errors] == [
        f"{not_json}:1: malformed JSON: Expecting value (column 1)",
        f"{numbers}:1: record 1 is a number, not an object with a text field",
        f"{numbers}:1: record 2 is a number, not an object with a text field",
    ]


def test_malformed_jsonl_keeps_the_good_lines(write) -> None:
    path = write("feed.jsonl", '{"text": "one"}\n{broken\n["a list"]\n{"body": ""}\n{"text": "five"}\n')
    result = load_paths([path])
    assert [(a.id, a.text) for a in result.articles] == [("feed-1", "one"), ("feed-5", "five")]
    assert [str(e) for e in result.errors] == [
        f"{path}:2: record 2: malformed JSON: Expecting property name enclosed in double quotes (column 2)",
        f"{path}:3: record 3 is a list, not an object with a text field",
        f"{path}:4: record 4 has no text (its text field is blank)",
    ]


def test_malformed_csv_keeps_the_good_rows(write) -> None:
    content = 'title,text\nA,Alpha\nB,Beta,extra\nC,\n"D,"Delta" oops\nE,Epsilon\n'
    path = write("rows.csv", content)
    result = load_paths([path])
    assert [(a.id, a.text) for a in result.articles] == [("rows-1", "Alpha"), ("rows-5", "Epsilon")]
    assert [str(e) for e in result.errors] == [
        f"{path}:3: record 2: 3 fields where the header has 2",
        f"{path}:4: record 3 has no text (its text field is blank)",
        f"{path}:5: record 4: malformed CSV: ',' expected after '\"'",
    ]


def test_csv_without_a_text_column(write) -> None:
    path = write("meta.csv", "title,date\nA,2021\n")
    assert [str(e) for e in load_paths([path]).errors] == [
        f"{path}:1: no text column in the header (expected one of text, body, content, full_text, fulltext…)"
    ]


def test_an_impossible_metadata_date_is_dropped_with_a_warning(write) -> None:
    path = write("dates.jsonl", json.dumps({"text": "Body", "date": "2021-02-30"}) + "\n")
    result = load_paths([path])
    (article,) = result.articles
    assert article.metadata_date is None and article.dct.value is None and article.dct.source == "none"
    (warning,) = result.errors
    assert warning.warning
    assert str(warning) == (
        f"{path}:1: warning: record 1: impossible date '2021-02-30': no day 30 in 2021-02; "
        "loaded without a date"
    )


def test_an_impossible_timeml_dct_is_dropped_with_a_warning(write) -> None:
    tml = '<TimeML><DCT><TIMEX3 value="1998-02-30"/></DCT><TEXT>Body</TEXT></TimeML>'
    path = write("d.tml", tml)
    result = load_paths([path])
    assert [a.text for a in result.articles] == ["Body"]
    assert [str(e) for e in result.errors] == [
        f"{path}: warning: impossible date '1998-02-30': no day 30 in 1998-02; loaded without a date"
    ]


def test_an_unreadable_file_is_reported(write) -> None:
    import os

    path = write("secret.txt", GOOD)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # running as root: permissions are not enforced
            return
        (error,) = load_paths([path]).errors
        assert str(error) == f"{path}: cannot read: Permission denied"
    finally:
        path.chmod(0o644)


def test_load_error_is_one_line_even_when_the_message_is_not() -> None:
    assert str(LoadError("a.txt", "two\nlines", 3)) == "a.txt:3: two lines"


def test_utf16_jsonl_and_latin1_csv_corpora_are_decoded(write) -> None:
    jsonl = write("u16.jsonl", (json.dumps({"text": "Café one"}, ensure_ascii=False) + "\n").encode("utf-16"))
    csv_path = write("l1.csv", "title,text\nCafé,Réunion à Genève\n".encode("latin-1"))
    result = load_paths([jsonl, csv_path])
    assert result.errors == []
    assert [(a.title, a.text) for a in result.articles] == [
        ("Café one", "Café one"),
        ("Café", "Réunion à Genève"),
    ]


def test_deeply_nested_markup_does_not_break_the_readers(write) -> None:
    html = write("deep.html", "<html><body>" + "<div>level " * 5000 + "</body></html>")
    tml = write("deep.tml", "<TimeML><TEXT>" + "<S>x" * 5000 + "</S>" * 5000 + "</TEXT></TimeML>")
    result = load_paths([html, tml])
    assert all("internal error" not in str(e) for e in result.errors)
    assert {Path(a.path).name for a in result.articles} | {Path(e.path).name for e in result.errors} == {
        "deep.html",
        "deep.tml",
    }
    html_articles = [a for a in result.articles if a.format == "html"]
    assert html_articles and "level" in html_articles[0].text


def test_special_files_in_a_folder_are_skipped(write, tmp_path: Path) -> None:
    import os

    write("ok.txt", GOOD)
    if not hasattr(os, "mkfifo"):
        return
    os.mkfifo(tmp_path / "pipe.txt")
    result = load_paths([tmp_path])
    assert [a.id for a in result.articles] == ["ok"] and result.errors == []
    (error,) = load_paths([tmp_path / "pipe.txt"]).errors
    assert str(error) == f"{tmp_path / 'pipe.txt'}: not a regular file"


def test_ids_of_non_latin_file_names_stay_readable(write) -> None:
    result = load_paths([write("新闻 报道.txt", GOOD), write("Réunion.md", GOOD)])
    assert [a.id for a in result.articles] == ["新闻-报道", "reunion"]


def test_a_bare_path_and_warnings_apart_from_failures(write) -> None:
    path = write("w.jsonl", json.dumps({"text": "Body", "date": "2021-02-30"}) + "\n")
    result = load_paths(path)  # type: ignore[arg-type]
    assert [a.id for a in result.articles] == ["w-1"]
    assert len(result.errors) == 1 and result.failures == []


def test_whitespace_only_corpus_files(write) -> None:
    paths = [write("blank.json", " \n\n"), write("blank.jsonl", "\n \n"), write("blank.csv", "\n\n")]
    assert [str(e) for e in load_paths(paths).errors] == [
        f"{paths[0]}: no text (only whitespace)",
        f"{paths[1]}: no records (the file holds only blank lines)",
        f"{paths[2]}: no header row (the file is blank)",
    ]


def test_empty_and_invalid_paths(write) -> None:
    good = write("good.txt", GOOD)
    result = load_paths(["", "bad\x00name.txt", good])
    assert [a.id for a in result.articles] == ["good"]
    assert [str(e) for e in result.errors] == ["'': empty path", "'bad\\x00name.txt': not a valid path"]


def test_malformed_json_on_one_line_keeps_the_records_after_the_bad_one(write) -> None:
    path = write("oneline.json", '[{"text": "a"}, {"text": }, {"text": "c"}]')
    result = load_paths([path])
    assert [(a.id, a.text) for a in result.articles] == [("oneline-1", "a"), ("oneline-3", "c")]
    assert [str(e) for e in result.errors] == [
        f"{path}:1: record 2: malformed JSON: Expecting value (column 26)"
    ]
