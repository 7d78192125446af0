"""Our TimeML export's event–time TLINKs against TempEval-3's gold TLINKs (TBAQ: 256 documents).

    python benchmarks/tempeval3_tlinks.py [--corpus DIR] [--limit N] [--keep DIR]

Each document's text goes through ``model.nlp.pipeline.extract`` with its DCT (as
``benchmarks/event_anchoring_tbaq.py`` runs it), is written with the ``--format tml`` exporter
(``model.exporters.write_data``, what ``main.py extract --format tml -o DIR`` calls) and read back:
our EVENTs, TIMEX3s and TLINKs, with offsets into the text.

Gold: an event–time link "inside" a calendar TIMEX3 or the DCT (``IS_INCLUDED``, ``DURING``,
``SIMULTANEOUS``; ``INCLUDES`` from the time), read by ``event_anchoring_tbaq.load_document``. Over
gold events so linked whose word one of our EVENTs covers ("recognised"):

- *dates*: dated = our EVENT has an IS_INCLUDED TLINK; right = its TIMEX3 (or the DCT) covers the
  same days as a gold one. P = right / dated, R = right / recognised. The same figures come from
  ``mention_times`` directly (``event_anchoring_tbaq.py``'s "recognised" line, printed here too):
  the export must lose nothing.
- *links*: right = our TLINK points to the very expression gold links it to (the spans overlap, or
  both are the DCT).
- *BEFORE t0*: our BEFORE links to the DCT, judged on events gold relates to the DCT at all.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_anchoring_tbaq import (  # noqa: E402
    Anchored,
    Tally,
    count,
    default_corpus,
    gold_interval,
    load_document,
    recognised_tokens,
)

from model.core.documents import Article, DocumentDate  # noqa: E402
from model.core.events import EventDate  # noqa: E402
from model.loaders.timeml import text_and_tags  # noqa: E402


@dataclass
class OurLink:
    relation: str
    value: str  # the TIMEX3's value (the DCT's for t0)
    span: tuple[int, int] | None  # the TIMEX3's span; None for the DCT


@dataclass
class Exported:
    """One of our TimeML documents read back: its EVENT spans and each one's TLINK to a time."""

    text: str
    events: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, eid
    links: dict[str, OurLink] = field(default_factory=dict)  # eid -> its link


def read_exported(path: Path) -> Exported:
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    assert text_el is not None, path
    text, tags = text_and_tags(text_el, ("EVENT", "TIMEX3"))
    out = Exported(text)
    times: dict[str, tuple[str, tuple[int, int] | None]] = {}
    dct = root.find("DCT/TIMEX3")
    if dct is not None:
        times[dct.get("tid", "t0")] = (dct.get("value", ""), None)
    for tag in tags:
        if tag.tag == "TIMEX3":
            times[tag.attrib.get("tid", "")] = (tag.attrib.get("value", ""), (tag.start, tag.end))
        else:
            out.events.append((tag.start, tag.end, tag.attrib.get("eid", "")))
    instance = {m.get("eiid", ""): m.get("eventID", "") for m in root.iter("MAKEINSTANCE")}
    for link in root.iter("TLINK"):
        eid = instance.get(link.get("eventInstanceID", ""), "")
        target = times.get(link.get("relatedToTime", ""))
        if eid and target is not None:
            out.links[eid] = OurLink(link.get("relType", ""), target[0], target[1])
    return out


def our_event(exported: Exported, gold: Anchored) -> str | None:
    """The eid of our EVENT covering the gold event's word, or None when we did not tag it."""
    return next((eid for start, end, eid in exported.events if start < gold.end and gold.start < end), None)


def link_date(link: OurLink | None) -> EventDate | None:
    """The calendar days an IS_INCLUDED link puts its event in (a time of day counts as its day)."""
    if link is None or link.relation != "IS_INCLUDED":
        return None
    return gold_interval(link.value)


def same_expression(link: OurLink, gold: Anchored) -> bool:
    for span in gold.spans:
        if span is None and link.span is None:
            return True
        if span is not None and link.span is not None and link.span[0] < span[1] and span[0] < link.span[1]:
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="write the TimeML files here (default: a temp folder)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"error: no TempEval-3 corpus at {args.corpus}", file=sys.stderr)
        return 2

    from model.core.events import anchor_events
    from model.exporters import write_data
    from model.nlp.events.anchoring import mention_times
    from model.nlp.loading import load_pipeline
    from model.nlp.pipeline import extract

    paths = sorted(args.corpus.glob("*/*.tml"))[: args.limit]
    docs = [load_document(p) for p in paths]
    nlp = load_pipeline()
    articles = [Article(id=d.path.stem, path=str(d.path), text=d.text, dct=DocumentDate(d.dct, "metadata", 1.0))
                for d in docs]
    wall, cpu = time.perf_counter(), time.process_time()
    result = extract(articles, nlp)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "tml"
        written = write_data(result, "tml", folder)
        exported = {p.stem: read_exported(p) for p in written}

    by_article: dict[str, list] = defaultdict(list)
    for event in result.events:
        by_article[event.article].append(event)
    dates, direct, links = Tally(), Tally(), Tally()
    before = Tally()  # anchored: gold BEFORE t0 we tagged; dated: our BEFORE t0 on events gold relates to t0
    n_links = n_before = 0
    for doc, article in zip(docs, articles, strict=True):
        ours = exported[article.id]
        assert ours.text == doc.text, f"{article.id}: the exported text is not the document's"
        n_links += sum(1 for link in ours.links.values() if link.relation == "IS_INCLUDED")
        n_before += sum(1 for link in ours.links.values() if link.relation == "BEFORE")
        parsed = result.docs[article.id]
        events = by_article[article.id]
        times = mention_times(parsed, events + anchor_events(article))  # as extraction anchors them
        recognised = recognised_tokens(parsed, article, events)
        for gold in doc.events:
            eid = our_event(ours, gold)
            link = ours.links.get(eid) if eid is not None else None
            if eid is not None and gold.dct_relations:
                gold_before = "BEFORE" in gold.dct_relations
                before.anchored += int(gold_before)
                if link is not None and link.relation == "BEFORE":
                    before.dated += 1
                    before.right += int(gold_before)
            if not gold.values:
                continue
            span = parsed.char_span(gold.start, gold.end, alignment_mode="expand")
            if span is not None and span.root.i in recognised:
                mine = times.get(span.root.i)
                count(direct, gold, mine.date if mine is not None and mine.date.granularity != "relative" else None)
            if eid is None:
                continue
            count(dates, gold, link_date(link))
            links.anchored += 1
            links.dated += int(link_date(link) is not None)
            links.right += int(link is not None and link_date(link) is not None and same_expression(link, gold))

    n_gold = sum(1 for d in docs for e in d.events if e.values)
    print(f"{len(docs)} documents, {n_gold} gold events anchored to a calendar time, {len(result.events)} extracted "
          f"events; extraction {wall:.1f} s wall, {cpu:.1f} s CPU; exported {n_links} IS_INCLUDED and "
          f"{n_before} BEFORE t0 TLINKs")
    print(dates.line("dates, read back from --format tml"))
    print(direct.line("dates, mention_times directly"))
    print(links.line("links to the gold expression"))
    print(before.line("BEFORE t0"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
