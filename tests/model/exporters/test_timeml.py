"""TimeML read back with defusedxml: text exact, TIMEX3 values as extracted, EVENTs never nested."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from types import SimpleNamespace
from xml.etree.ElementTree import Element

import pytest
from defusedxml import ElementTree

from model.exporters import ExportError, export_data, write_data
from model.exporters.timeml_export import render_article, timex_type
from model.nlp.events.recognizer import weights_available
from model.timex.expression import Timex


def parse(document: str | bytes) -> Element:
    raw = document.encode("utf-8") if isinstance(document, str) else document
    root: Element = ElementTree.fromstring(raw)
    assert root.tag == "TimeML"
    return root


def tagged(text_el: Element) -> list[tuple[str, int, int, dict[str, str]]]:
    """(tag, start, end, attributes) of each tag inside <TEXT>, offsets into the tag-free text."""
    pos, out = len(text_el.text or ""), []
    for child in text_el:
        assert len(child) == 0, "tags must not nest"
        inner = "".join(child.itertext())
        out.append((child.tag, pos, pos + len(inner), dict(child.attrib)))
        pos += len(inner) + len(child.tail or "")
    return out


def test_folder_of_documents_round_trips(result, tmp_path: Path) -> None:
    out = tmp_path / "tml"
    written = write_data(result, "tml", out)
    assert sorted(p.name for p in written) == ["a1.tml", "b2.tml"]
    for article in result.articles:
        root = parse((out / f"{article.id}.tml").read_bytes())
        assert root.findtext("DOCID") == article.id
        dct = root.find("DCT/TIMEX3")
        assert dct is not None
        assert dct.attrib["value"] == article.dct.value
        assert dct.attrib["functionInDocument"] == "CREATION_TIME" and dct.attrib["tid"] == "t0"
        text_el = root.find("TEXT")
        assert text_el is not None
        # Tags removed, the article text exactly: "<", "&", quotes and the "\r\n" included.
        assert "".join(text_el.itertext()) == article.text

        expected = {
            (e.timex.start, e.timex.end): e.date.value for e in result.events if e.article == article.id
        }
        tags = tagged(text_el)
        timexes = {(s, e): a for tag, s, e, a in tags if tag == "TIMEX3"}
        assert {span: a["value"] for span, a in timexes.items()} == expected
        for (start, end), attrs in timexes.items():
            assert attrs["type"] == "DATE"
            assert article.text[start:end]
        triggers = [(s, e) for tag, s, e, _ in tags if tag == "EVENT"]
        events = [e for e in result.events if e.article == article.id and e.id != "e6"]
        assert triggers == [(e.trigger.start, e.trigger.end) for e in events]
        # Every tagged event is instantiated and linked to its timex.
        eids = {a["eid"] for tag, _, _, a in tags if tag == "EVENT"}
        instances = root.findall("MAKEINSTANCE")
        assert {i.attrib["eventID"] for i in instances} == eids
        links = root.findall("TLINK")
        assert len(links) == len(instances)
        tids = {a["tid"] for a in timexes.values()}
        assert all(link.attrib["relatedToTime"] in tids for link in links)


def test_trigger_overlapping_a_timex_is_skipped(result) -> None:
    b2 = result.articles[1]
    root = parse(render_article(b2, [e for e in result.events if e.article == "b2"]))
    text_el = root.find("TEXT")
    assert text_el is not None
    assert [e.attrib["eid"] for e in text_el.iter("EVENT")] == ["e1", "e2"]
    assert "14, 2022" not in [e.text for e in text_el.iter("EVENT")]


def test_other_timexes_of_the_parsed_doc_are_tagged_too(result) -> None:
    a1 = result.articles[0]
    start = a1.text.index("Nov 12")
    docs = {
        "a1": SimpleNamespace(
            _=SimpleNamespace(timexes=[Timex(start, start + 6, "Nov 12", "DATE", "2022-11-12")])
        )
    }
    root = parse(render_article(a1, [e for e in result.events if e.article == "a1"], docs))
    text_el = root.find("TEXT")
    assert text_el is not None
    values = [(s, a["value"]) for tag, s, _, a in tagged(text_el) if tag == "TIMEX3"]
    assert (start, "2022-11-12") in values and len(values) == 4
    assert "".join(text_el.itertext()) == a1.text


def test_zip_and_single_file_modes(result, tmp_path: Path) -> None:
    zipped = tmp_path / "all.zip"
    write_data(result, "tml", zipped)
    with zipfile.ZipFile(zipped) as archive:
        assert sorted(archive.namelist()) == ["a1.tml", "b2.tml"]
        parse(archive.read("a1.tml"))
    in_memory = export_data(result, "tml")
    assert isinstance(in_memory, bytes)
    assert zipfile.ZipFile(io.BytesIO(in_memory)).namelist() == ["a1.tml", "b2.tml"]

    with pytest.raises(ExportError, match="2 articles"):
        write_data(result, "tml", tmp_path / "one.tml")
    assert not (tmp_path / "one.tml").exists()

    result.articles.pop()
    single = tmp_path / "one.tml"
    assert write_data(result, "tml", single) == [single]
    assert parse(single.read_bytes()).findtext("DOCID") == "a1"
    assert isinstance(export_data(result, "tml"), str)


def test_missing_dct_and_odd_characters(result) -> None:
    from dataclasses import replace

    from model.core.documents import DocumentDate

    article = replace(
        result.articles[1], dct=DocumentDate(None), id="x/../y", text=result.articles[1].text + "\x0c]]>"
    )
    root = parse(render_article(article, []))
    assert root.find("DCT") is None
    assert "".join(root.find("TEXT").itertext()) == article.text.replace("\x0c", "\ufffd")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("value", "kind"),
    [("2021-11-15", "DATE"), ("2021-W46", "DATE"), ("PAST_REF", "DATE"), ("P9M", "DURATION"),
     ("PT2H", "DURATION"), ("2021-11-15T10:00", "TIME"), ("2021-11-15TMO", "TIME")],
)  # fmt: skip
def test_timex_type_from_value(value: str, kind: str) -> None:
    assert timex_type(value) == kind


def test_events_carry_their_class_and_a_negated_one_its_polarity(result) -> None:
    from dataclasses import replace

    b2 = result.articles[1]
    events = [e for e in result.events if e.article == "b2"]
    events = [replace(events[0], event_class="REPORTING", modality="negated"), *events[1:]]
    xml = render_article(b2, events)
    root = parse(xml)
    text_el = root.find("TEXT")
    assert text_el is not None
    first = next(iter(text_el.iter("EVENT")))
    assert first.attrib["class"] == "REPORTING"
    assert 'polarity="NEG"' in xml


@pytest.mark.skipif(
    not weights_available(),
    reason="no event weights: python -m model.nlp.events.training",
)
def test_samples_export_every_recognised_event_with_its_class(nlp, samples_dir: Path) -> None:
    """Not only the timeline's events: every recognised one, with its class (TimeML marks three to
    four per sentence of news; the samples count their headings and short lines as sentences too)."""
    from model.core.events import EVENT_CLASSES
    from model.exporters.timeml_export import render_documents
    from model.loaders import load_paths
    from model.nlp.pipeline import extract

    result = extract(load_paths([samples_dir]).articles, nlp)
    for article in result.articles:
        (document,) = [d for name, d in render_documents(result).items() if name.startswith(article.id)]
        text_el = parse(document).find("TEXT")
        assert text_el is not None
        assert "".join(text_el.itertext()) == article.text
        events = list(text_el.iter("EVENT"))
        sentences = max(1, len(list(result.docs[article.id].sents)))
        on_timeline = [e for e in result.events if e.article == article.id]
        assert len(events) >= 1.5 * sentences
        assert len(events) > len(on_timeline)
        assert {e.attrib["class"] for e in events} <= set(EVENT_CLASSES)
        assert {"OCCURRENCE", "REPORTING"} <= {e.attrib["class"] for e in events}
