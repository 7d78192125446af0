"""Plain text and Markdown: exact text, titles, ids; the bundled samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.loaders import load_path, load_paths


def test_txt_text_is_exact_and_title_is_the_first_line(write) -> None:
    content = "\n  Talks resume  \r\nWASHINGTON, Nov 12 (Reuters) – “Quoted” text.\n\nLast line"
    path = write("Talks Resume!.txt", content)
    result = load_path(path)
    assert result.errors == []
    (article,) = result.articles
    assert article.text == content
    assert article.title == "Talks resume"
    assert article.id == "talks-resume"
    assert article.path == str(path)
    assert article.format == "txt"
    assert article.metadata_date is None and article.dct.value is None


def test_a_long_first_line_is_not_a_title_but_its_first_words_are(write) -> None:
    (article,) = load_path(write("long.txt", "word " * 60 + "\nSecond line\n")).articles
    assert article.title.endswith("…") and len(article.title) <= 101
    assert article.title.startswith("word word")


def test_markdown_title_drops_the_hashes_but_the_text_is_verbatim(write) -> None:
    content = "\n## Biden meets Xi ##\n\nThey met on *Monday*.\n"
    (article,) = load_path(write("note.md", content)).articles
    assert article.title == "Biden meets Xi"
    assert article.text == content
    assert article.format == "md"


def test_markdown_front_matter_gives_title_and_date(write) -> None:
    content = "---\ntitle: 'Summit report'\npublished: 2021-11-16\nsource: Reuters\n---\n# Heading\n\nText.\n"
    (article,) = load_path(write("fm.md", content)).articles
    assert article.text == content
    assert article.title == "Summit report"
    assert article.metadata_date == "2021-11-16"
    assert article.dct.value == "2021-11-16" and article.dct.source == "metadata"
    assert article.dct.confidence == 1.0
    assert article.source == "Reuters"


def test_utf8_bom_is_not_part_of_the_text(write) -> None:
    (article,) = load_path(write("bom.txt", "\ufeffTitle\nBody\n".encode())).articles
    assert article.text == "Title\nBody\n"
    assert article.title == "Title"


def test_ids_are_unique_readable_and_avoid_existing_ones(write, tmp_path: Path) -> None:
    first = write("a/report.txt", "One\n")
    second = write("b/report.md", "Two\n")
    result = load_paths([first, second], existing_ids={"report"})
    assert [a.id for a in result.articles] == ["report-2", "report-3"]


def test_the_same_file_given_twice_is_loaded_once(write, tmp_path: Path) -> None:
    path = write("once.txt", "Once\n")
    result = load_paths([path, tmp_path, path])
    assert [a.id for a in result.articles] == ["once"]
    assert result.errors == []


def test_directories_are_walked_sorted_with_supported_files_only(write, tmp_path: Path) -> None:
    write("z.txt", "Zed\n")
    write("sub/a.md", "# Ay\n")
    write("sub/ignored.pdf", b"%PDF-1.4")
    write(".hidden/secret.txt", "hidden\n")
    result = load_paths([tmp_path])
    assert result.errors == []
    assert [Path(a.path).name for a in result.articles] == ["a.md", "z.txt"]


def test_the_bundled_samples_load_with_their_first_line_as_title(samples_dir: Path) -> None:
    result = load_paths([samples_dir])
    assert result.errors == []
    titles = {Path(a.path).name: a.title for a in result.articles}
    assert titles == {
        "reuters-biden-military-ties.txt": "Biden will push China to resume military ties with US, official says",
        "scmp-defence-officials-talks.txt": "China, US defence officials hold talks on Pentagon report",
        "straitstimes-us-china-military-talks.txt": (
            "US, China agree to high-level discussions between their militaries: Report"
        ),
    }
    for article in result.articles:
        assert article.text == Path(article.path).read_text(encoding="utf-8")
        assert article.id == Path(article.path).stem
        assert article.dct.value is None  # no metadata: dated from the text later


def test_markdown_title_skips_rules_and_empty_headings(write) -> None:
    (article,) = load_path(write("rules.md", "***\n#\n## Real title\nBody\n")).articles
    assert article.title == "Real title"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A Reuters page as distributed in tokenised corpora: one line, timestamp and dateline first.
        ("JAKARTA | Wed Jun 24 , 2009 4:10 am EDT JAKARTA -LRB- Reuters -RRB- - Indonesia 's health "
         "ministry said on Wednesday it had confirmed five more cases . Officials urged calm .",
         "Indonesia's health ministry said on Wednesday it had confirmed five more cases."),
        # "U.S." does not end the sentence.
        ("WASHINGTON | Mon Mar 2 , 2009 4:23 pm EST WASHINGTON -LRB- Reuters -RRB- - The U.S. Centers for "
         "Disease Control said most flu now resists the drug . Four patients died .",
         "The U.S. Centers for Disease Control said most flu now resists the drug."),
        # A short first line is the title, as before.
        ("Talks agreed\n\nOfficials met on Monday.", "Talks agreed"),
        # A date line alone on the first line is not a title.
        ("Tuesday 3 May 2005 19.30 BST\nThe 2005 general election campaign entered its last days.",
         "The 2005 general election campaign entered its last days."),
        # A long lead is cut at a word.
        ("WASHINGTON , Nov 17 -LRB- Reuters -RRB- - " + "The committee heard from witnesses " * 6 + ".",
         "The committee heard from witnesses The committee heard from witnesses The committee heard from…"),
    ],
)
def test_an_untitled_article_is_named_by_its_lead_not_its_date_line(text: str, title: str) -> None:
    from model.loaders.text import title_from_text

    assert title_from_text(text) == title
