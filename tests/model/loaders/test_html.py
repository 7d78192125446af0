"""HTML: main text and metadata through trafilatura, a plain fallback, nothing fetched."""

from __future__ import annotations

import socket

import pytest

from model.loaders import load_path

PARAGRAPH = "Officials in Washington and Beijing agreed to high-level talks between their militaries. "

PAGE = f"""<!DOCTYPE html>
<html><head>
<title>US, China agree to talks | The Paper</title>
<meta property="og:title" content="US, China agree to talks">
<meta property="og:site_name" content="The Paper">
<meta property="article:published_time" content="2021-11-17T08:00:00+08:00">
<link rel="canonical" href="https://paper.example/us-china-talks">
<script src="https://tracker.example/t.js"></script>
<style>body {{ color: red; }}</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>US, China agree to talks</h1>
<img src="https://images.example/photo.jpg">
<p>{PARAGRAPH * 3}</p>
<p>{PARAGRAPH * 2}The talks follow the summit.</p>
</article>
<footer>Copyright 2021</footer>
<script>document.write("never text");</script>
</body></html>"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the loader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_html_main_text_and_metadata(write, no_network: None) -> None:
    result = load_path(write("page.html", PAGE))
    assert result.errors == []
    (article,) = result.articles
    assert article.title == "US, China agree to talks"
    assert "high-level talks between their militaries" in article.text
    assert "The talks follow the summit." in article.text
    assert "never text" not in article.text and "color: red" not in article.text
    assert "Home" not in article.text
    assert article.metadata_date == "2021-11-17"
    assert article.dct.value == "2021-11-17" and article.dct.source == "metadata"
    assert article.source == "The Paper"
    assert article.url == "https://paper.example/us-china-talks"
    assert article.format == "html"
    assert article.id == "page"


def test_malformed_short_html_still_gives_its_text(write, no_network: None) -> None:
    markup = "<html><head><title>Broken</title><body><p>First <b>bold<p>Second <div>unclosed &amp; more"
    result = load_path(write("broken.htm", markup))
    assert result.errors == []
    (article,) = result.articles
    assert article.title == "Broken"
    for words in ("First", "bold", "Second", "unclosed & more"):
        assert words in article.text


def test_html_with_no_visible_text_is_an_error(write) -> None:
    path = write("empty.html", "<html><head><script>x()</script></head><body>  </body></html>")
    result = load_path(path)
    assert result.articles == []
    assert [str(e) for e in result.errors] == [f"{path}: no text found in the HTML page"]


def test_latin1_html_is_decoded(write) -> None:
    markup = "<html><head><meta charset='iso-8859-1'><title>Café</title></head><body><p>Réunion à Genève.</p></body></html>"
    (article,) = load_path(write("latin.html", markup.encode("latin-1"))).articles
    assert article.title == "Café"
    assert "Réunion à Genève." in article.text


def test_the_declared_charset_of_a_page_is_used(write) -> None:
    markup = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
        "<title>Новости</title></head><body><p>Встреча в Москве.</p></body></html>"
    )
    (article,) = load_path(write("ru.html", markup.encode("cp1251"))).articles
    assert article.title == "Новости"
    assert "Встреча в Москве." in article.text


def test_a_wrong_charset_label_falls_back_to_detection(write) -> None:
    markup = (
        "<html><head><meta charset='ascii'><title>Café</title></head><body><p>Crème brûlée.</p></body></html>"
    )
    (article,) = load_path(write("mislabelled.html", markup.encode("utf-8"))).articles
    assert article.title == "Café" and "Crème brûlée." in article.text


def test_a_page_far_above_the_limit_is_refused_before_extraction(write) -> None:
    rows = "".join(f"<p>Paragraph {i} of a very long page.</p>" for i in range(80_000))
    path = write("huge.html", f"<html><body><script>{'x' * 100}</script>{rows}</body></html>")
    (error,) = load_path(path).errors
    assert str(error).startswith(f"{path}: page text is about 2,")
    assert "above the 1,000,000-character limit" in str(error)


@pytest.mark.parametrize(("depth", "said"), [(400, "nested 4"), (3000, "plain text")])
def test_unclosed_tags_nested_deep_lose_no_paragraph(write, depth: int, said: str) -> None:
    """Issue 17, item 9: <font> soup deeper than the parser's 256 levels used to drop the rest of the page."""
    from model.loaders import load_path

    body = (
        "<p>The council met on March 3, 2020.</p>" + "<font size=2>" * depth
        + "<p>The vote came on March 4, 2020 &amp; passed.</p><p>Last of all, the bridge closed on March 6, 2020.</p>"
    )
    path = write("soup.html", f"<html><head><title>Soup</title></head><body>{body}</body></html>")
    result = load_path(path)
    (article,) = result.articles
    for sentence in ("The council met", "The vote came on March 4, 2020 & passed.", "the bridge closed on March 6, 2020."):
        assert sentence in article.text
    (warning,) = result.errors
    assert warning.warning and said in str(warning)
