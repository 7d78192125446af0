"""JSON, JSON Lines and CSV corpora: one article per record, field synonyms, the record's own id or stem-N."""

from __future__ import annotations

import json

import pytest

from model.loaders import load_path


def test_json_list_of_records_with_synonyms(write) -> None:
    records = [
        {
            "title": "Alpha",
            "text": "Alpha text.",
            "date": "2021-11-12",
            "source": "Reuters",
            "url": "https://a",
        },
        {"headline": "Beta", "body": "Beta text.", "published": "Nov 15, 2021"},
        {"Headline": "Gamma", "content": "Gamma text.", "publication_date": "2021-11"},
        {"name": "Delta", "Text": "Delta text.", "pubdate": 2021, "source": {"id": "x", "name": "SCMP"}},
    ]
    path = write("Corpus.json", json.dumps(records, indent=2))
    result = load_path(path)
    assert result.errors == []
    assert [a.id for a in result.articles] == ["corpus-1", "corpus-2", "corpus-3", "corpus-4"]
    assert [a.title for a in result.articles] == ["Alpha", "Beta", "Gamma", "Delta"]
    assert [a.text for a in result.articles] == ["Alpha text.", "Beta text.", "Gamma text.", "Delta text."]
    assert [a.metadata_date for a in result.articles] == ["2021-11-12", "2021-11-15", "2021-11", "2021"]
    assert all(a.dct.source == "metadata" and a.dct.confidence == 1.0 for a in result.articles)
    assert result.articles[0].source == "Reuters" and result.articles[0].url == "https://a"
    assert result.articles[3].source == "SCMP"
    assert {a.format for a in result.articles} == {"json"}
    assert {a.path for a in result.articles} == {str(path)}


def test_json_wrapper_object_and_single_record(write) -> None:
    wrapped = load_path(write("w.json", json.dumps({"articles": [{"text": "One."}, {"text": "Two."}]})))
    assert [a.id for a in wrapped.articles] == ["w-1", "w-2"]
    single = load_path(write("single.json", json.dumps({"title": "Solo", "text": "Only one."})))
    assert [(a.id, a.title, a.text) for a in single.articles] == [("single", "Solo", "Only one.")]


def test_untitled_record_takes_its_first_short_line_as_title(write) -> None:
    (article,) = load_path(write("u.jsonl", json.dumps({"text": "First line\nSecond"}) + "\n")).articles
    assert article.title == "First line"


def test_jsonl_one_record_per_line(write) -> None:
    lines = [
        json.dumps({"title": "A", "text": "Alpha", "date": "2021-11-12T08:00:00Z"}),
        "",
        json.dumps({"title": "B", "article_text": "Beta é", "pub_date": None}),
    ]
    result = load_path(write("feed.jsonl", "\n".join(lines) + "\n"))
    assert result.errors == []
    assert [(a.id, a.title, a.text, a.metadata_date) for a in result.articles] == [
        ("feed-1", "A", "Alpha", "2021-11-12"),
        ("feed-2", "B", "Beta é", None),
    ]
    assert result.articles[1].dct.value is None


def test_csv_rows_with_quotes_commas_and_newlines(write) -> None:
    content = 'title,text,date,source,link\r\nA,"Alpha, with a comma",2021-01-02,AP,https://a\r\n'
    content += 'B,"Two\nlines ""quoted""",2021,,\r\n'
    result = load_path(write("rows.csv", content))
    assert result.errors == []
    assert [(a.id, a.title, a.text, a.metadata_date) for a in result.articles] == [
        ("rows-1", "A", "Alpha, with a comma", "2021-01-02"),
        ("rows-2", "B", 'Two\nlines "quoted"', "2021"),
    ]
    assert result.articles[0].source == "AP" and result.articles[0].url == "https://a"


def test_csv_with_semicolons_and_tsv(write) -> None:
    semi = load_path(write("semi.csv", "headline;body\nX;Text x\n"))
    assert [(a.title, a.text) for a in semi.articles] == [("X", "Text x")]
    tsv = load_path(write("tabs.tsv", "title\tcontent\nY\tText, y\n"))
    assert [(a.title, a.text) for a in tsv.articles] == [("Y", "Text, y")]


def test_timelinejs_file_is_a_corpus_of_events(write) -> None:
    timeline = {
        "title": {"text": {"headline": "US–China <i>talks</i>", "text": "Intro"}},
        "events": [
            {
                "start_date": {"year": "2021", "month": "11", "day": "15"},
                "text": {"headline": "Virtual summit", "text": "<p>Biden &amp; Xi <b>met</b>.</p>"},
            },
            {"start_date": {"year": 2022, "month": 8}, "text": {"headline": "Pelosi visit"}},
        ],
    }
    result = load_path(write("tl.json", json.dumps(timeline)))
    assert result.errors == []
    first, second = result.articles
    assert (first.id, first.title, first.text, first.metadata_date) == (
        "tl-1",
        "Virtual summit",
        "Virtual summit\n\nBiden & Xi met.",
        "2021-11-15",
    )
    assert (second.text, second.metadata_date) == ("Pelosi visit", "2022-08")
    assert first.format == "timelinejs"
    assert first.source == "US–China talks"


def test_chronicle_extract_output_without_text_is_told_clearly(write) -> None:
    output = {"articles": [{"id": "a", "path": "a.txt", "title": "A", "dct": {"value": None}}], "events": []}
    path = write("out.json", json.dumps(output))
    result = load_path(path)
    assert result.articles == []
    assert [str(e) for e in result.errors] == [
        f"{path}: a Chronicle extract output: its articles carry no text; open the original articles instead"
    ]


def test_the_first_text_field_with_text_wins(write) -> None:
    record = {"title": "T", "text": None, "article": 7, "body": "The real body."}
    (article,) = load_path(write("pick.jsonl", json.dumps(record) + "\n")).articles
    assert article.text == "The real body."


def test_a_records_own_id_is_the_article_id(write) -> None:
    records = [{"id": "articles-23", "text": "Alpha."}, {"id": 47, "text": "Beta."}, {"text": "Gamma, no id."}]
    json_ids = [a.id for a in load_path(write("feed.json", json.dumps(records))).articles]
    assert json_ids == ["articles-23", "47", "feed-3"]  # so exports join back to the user's rows
    jsonl = "\n".join(json.dumps(r) for r in [{"doc_id": "r1", "body": "Alpha."}, {"_id": "r2", "body": "Beta."}])
    assert [a.id for a in load_path(write("feed.jsonl", jsonl)).articles] == ["r1", "r2"]
    csv = 'id,title,text\nx-1,A,"Alpha, with a comma"\n,B,Beta\n'
    assert [a.id for a in load_path(write("rows.csv", csv)).articles] == ["x-1", "rows-2"]


def test_the_same_id_from_two_files_stays_unique_and_is_reported(write) -> None:
    from model.loaders import load_paths

    first = write("a.jsonl", json.dumps({"id": "story", "text": "Alpha."}))
    second = write("b.jsonl", json.dumps({"id": "story", "text": "Beta."}))
    result = load_paths([first, second])
    assert [a.id for a in result.articles] == ["story", "story-2"]
    assert [str(e) for e in result.errors] == [
        f"{second}:1: warning: record 1: id 'story' is already taken; this article is 'story-2'"
    ]
    assert not result.failures  # both articles are in


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("reuters-2010-11-17-001", "reuters-2010-11-17-001"),
        ("../../escaped", "____escaped"),
        ("/etc/passwd", "_etc_passwd"),
        ("a\\b", "a_b"),
        ("v1.2", "v1.2"),
    ],
)
def test_a_record_id_never_names_another_folder(given: str, kept: str) -> None:
    from model.loaders.ids import safe_id

    assert safe_id(given) == kept
