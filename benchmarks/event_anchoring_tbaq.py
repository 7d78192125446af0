"""Event dates against TempEval-3's gold event-time links (TBAQ: TimeBank and AQUAINT, 256 documents).

    python benchmarks/event_anchoring_tbaq.py [--corpus DIR] [--limit N] [--events-only] [--errors N]

A gold EVENT is *anchored* when a TLINK says it lies inside a calendar TIMEX3 (``IS_INCLUDED``,
``DURING`` or ``SIMULTANEOUS`` from the event, ``INCLUDES`` or ``SIMULTANEOUS`` from the time): its gold date is that expression's value
(the document's creation time, ``t0``, included, counted apart). Each document's text (the content
of <TEXT>, tags removed) goes through ``model.nlp.pipeline.extract`` with the DCT as metadata, as the
app runs it. Our date for a gold event is the date of the extracted event whose trigger it is, or,
without ``--events-only``, of the event whose time it shares (``mention_times``: conjuncts, "by
walking", "during his speech", a light verb's noun), the happenings that are no timeline entries
but keep their time (``Article.time_anchors``) included. PAST_REF/PRESENT_REF/FUTURE_REF are no date.

Printed: over anchored gold events, *recall* = right / anchored and *precision* = right / the ones
we date; right = the same days (``2010-06-07`` = ``2010-06-07T14:00``; a week, month or year must be
that week, month or year). By how we got the date (own expression, governing clause, scene, tree).
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.shared_data import shared_data  # noqa: E402
from model.core.documents import Article, DocumentDate  # noqa: E402
from model.core.events import Event, EventDate  # noqa: E402
from model.loaders.timeml import text_and_tags  # noqa: E402
from model.timex.values import value_to_interval  # noqa: E402

if TYPE_CHECKING:
    from spacy.tokens import Doc

INSIDE = ("IS_INCLUDED", "DURING", "SIMULTANEOUS")  # from the event's side
INCLUDES = ("INCLUDES", "SIMULTANEOUS")  # the same, from the time's side
# A gold link between an event and the DCT read from the event's side (t0 AFTER e: e BEFORE t0).
_INVERSE = {"AFTER": "BEFORE", "BEFORE": "AFTER", "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES",
            "DURING": "DURING_INV", "SIMULTANEOUS": "SIMULTANEOUS"}


def default_corpus() -> Path:
    return shared_data("tempeval3")


@dataclass
class Anchored:
    """A gold EVENT and the calendar values of the times a TLINK puts it in."""

    start: int
    end: int
    text: str
    values: list[str] = field(default_factory=list)
    dct: bool = False  # one of its times is the document's creation time
    # The spans of those TIMEX3s in the text, None for the DCT (parallel to ``values``).
    spans: list[tuple[int, int] | None] = field(default_factory=list)
    # Every gold relation between this event and the DCT, read from the event's side ("BEFORE").
    dct_relations: list[str] = field(default_factory=list)


@dataclass
class Document:
    path: Path
    text: str
    dct: str
    events: list[Anchored]


def gold_interval(value: str) -> EventDate | None:
    """The days a gold TIMEX3 value covers; a time of day counts as its day."""
    return value_to_interval(value.split("T")[0] if "T" in value and value[:4].isdigit() else value)


def load_document(path: Path) -> Document:
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    dct_el = root.find("DCT/TIMEX3")
    assert text_el is not None and dct_el is not None, path
    text, tags = text_and_tags(text_el, ("EVENT", "TIMEX3"))
    dct = dct_el.get("value", "")
    times = {t.attrib.get("tid", ""): t.attrib.get("value", "") for t in tags if t.tag == "TIMEX3"}
    spans = {t.attrib.get("tid", ""): (t.start, t.end) for t in tags if t.tag == "TIMEX3"}
    times[dct_el.get("tid", "t0")] = dct
    dct_id = dct_el.get("tid", "t0")
    events = {t.attrib.get("eid", ""): Anchored(t.start, t.end, text[t.start : t.end]) for t in tags if t.tag == "EVENT"}
    instance = {m.get("eiid", ""): m.get("eventID", "") for m in root.iter("MAKEINSTANCE")}
    for link in root.iter("TLINK"):
        rel = link.get("relType", "")
        if link.get("eventInstanceID") and link.get("relatedToTime"):
            eiid, tid = link.get("eventInstanceID", ""), link.get("relatedToTime", "")
        elif link.get("timeID") and link.get("relatedToEventInstance"):
            eiid, tid = link.get("relatedToEventInstance", ""), link.get("timeID", "")
            rel = _INVERSE.get(rel, rel)
        else:
            continue
        event = events.get(instance.get(eiid, ""))
        if event is None:
            continue
        if tid == dct_id:
            event.dct_relations.append(rel)
        value = times.get(tid, "")
        if rel not in INSIDE or gold_interval(value) is None:
            continue  # a duration, a set, "PAST_REF": no calendar time to compare
        event.values.append(value)
        event.spans.append(None if tid == dct_id else spans.get(tid))
        event.dct = event.dct or tid == dct_id
    return Document(path, text, dct[:10], sorted(events.values(), key=lambda e: e.start))


def same_days(ours: EventDate, value: str) -> bool:
    gold = gold_interval(value)
    return gold is not None and (ours.start, ours.end) == (gold.start, gold.end)


@dataclass
class Tally:
    anchored: int = 0
    dated: int = 0
    right: int = 0

    def line(self, name: str) -> str:
        p = self.right / self.dated if self.dated else 0.0
        r = self.right / self.anchored if self.anchored else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (f"{name:34} anchored {self.anchored:5d}  dated {self.dated:5d}  right {self.right:5d}  "
                f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


RECOGNISED = "recognised (the TLINK measure)"


def count(tally: Tally, gold: Anchored, ours: EventDate | None) -> None:
    """One anchored gold event into a tally: ``ours`` is the calendar date we give it, or None."""
    tally.anchored += 1
    tally.dated += int(ours is not None)
    tally.right += int(ours is not None and any(same_days(ours, v) for v in gold.values))


def recognised_tokens(parsed: Doc, article: Article, events: list[Event]) -> set[int]:
    """The tokens the TimeML export tags as EVENTs: recognised mentions and timeline triggers."""
    out = set()
    for start, end in [(m.start, m.end) for m in article.event_mentions] + [
            (e.trigger.start, e.trigger.end) for e in events]:
        span = parsed.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            out.add(span.root.i)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--events-only", action="store_true",
                        help="date only the extracted events' own triggers (no mention_times)")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong dates")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"error: no TempEval-3 corpus at {args.corpus}", file=sys.stderr)
        return 2

    from model.nlp.loading import load_pipeline
    from model.nlp.pipeline import extract

    paths = sorted(args.corpus.glob("*/*.tml"))[: args.limit]
    docs = [load_document(p) for p in paths]
    nlp = load_pipeline()
    wall, cpu = time.perf_counter(), time.process_time()
    articles = [Article(id=d.path.stem, path=str(d.path), text=d.text, dct=DocumentDate(d.dct, "metadata", 1.0))
                for d in docs]
    result = extract(articles, nlp)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    by_article: dict[str, list] = defaultdict(list)
    for event in result.events:
        by_article[event.article].append(event)

    tallies: dict[str, Tally] = defaultdict(Tally)
    sources: Counter[str] = Counter()
    errors: list[str] = []
    for doc, article in zip(docs, articles, strict=True):
        parsed = result.docs[article.id]
        events = by_article[article.id]
        if args.events_only:
            times = {}
            starts = {e.trigger.start: e for e in events}
            for token in parsed:
                if token.idx in starts:
                    times[token.i] = starts[token.idx]
        else:
            from model.core.events import anchor_events
            from model.nlp.events.anchoring import mention_times

            # The entries and the times of the happenings that are none (a dated opinion): what the
            # exports read (``Article.time_anchors``).
            times = mention_times(parsed, events + anchor_events(article))
        # The measure of benchmarks/tempeval3_tlinks.py, straight from mention_times: gold events the
        # export tags, dated by the event whose time mention_times gives them.
        recognised = recognised_tokens(parsed, article, events)
        for gold in doc.events:
            if not gold.values:
                continue
            kinds = ["all", "t0 (the DCT)" if gold.dct and len(gold.values) == 1 else "in-text time"]
            span = parsed.char_span(gold.start, gold.end, alignment_mode="expand")
            ours = times.get(span.root.i) if span is not None else None
            dated = ours is not None and ours.date.granularity != "relative"
            how = "-"
            if ours is not None and dated:
                own = ours.trigger.start == span.root.idx if span is not None else False
                how = ours.date_source if own else f"tree<-{ours.date_source}"
                sources[how] += 1
            right = dated and ours is not None and any(same_days(ours.date, v) for v in gold.values)
            if span is not None and span.root.i in recognised:
                count(tallies[RECOGNISED], gold, ours.date if dated and ours is not None else None)
            for kind in [*kinds, f"by: {how}"]:
                tally = tallies[kind]
                tally.anchored += 1
                tally.dated += int(dated)
                tally.right += int(right)
            if dated and not right and ours is not None and len(errors) < args.errors:
                sentence = doc.text[max(0, gold.start - 80) : gold.end + 60].replace("\n", " ")
                errors.append(f"{doc.path.stem} {gold.text!r} gold {gold.values} ours {ours.date.value} "
                              f"({how}, via {ours.trigger.text!r}): …{sentence}…")

    n_events = sum(len(d.events) for d in docs)
    print(f"{len(docs)} documents, {n_events} gold events, {len(result.events)} extracted events; "
          f"extraction {wall:.1f} s wall, {cpu:.1f} s CPU"
          f"{' (events only)' if args.events_only else ' (with mention_times)'}")
    order = ["all", "in-text time", "t0 (the DCT)", RECOGNISED]
    for name in order + sorted(k for k in tallies if k not in order):
        if name in tallies:
            print(tallies[name].line(name))
    for line in errors:
        print("  wrong:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
