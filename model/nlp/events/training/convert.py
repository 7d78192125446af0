"""TempEval-3 TimeML (TBAQ) to spaCy DocBins for the event tagger.

The content of ``<TEXT>`` with the tags removed is tokenised with the English pipeline's tokenizer;
each gold ``<EVENT class=…>`` (always one word in TBAQ) labels the token(s) it covers with its
class, every other token is ``O``. Labels go on ``token.tag_`` of the reference docs: that is what
spaCy's tagger learns from; the shipped component writes its predictions elsewhere
(``Token._.event_class``), never over the part-of-speech tags.

Split by document, fixed (``splits``), two schemes:
- ``tbaq`` (the shipped weights): all 256 documents sorted by corpus and file name; every 5th is test
  (51 docs: 36 TimeBank, 15 AQUAINT), every 9th of the others is dev (22), the rest train (183).
- ``aquaint`` (across corpora): AQUAINT (73 docs) is test; TimeBank (183 docs) is train with every
  8th document as dev. TimeBank and AQUAINT were annotated apart and disagree on some classes
  ("keep", "offer", "ask"), so this split measures how a model carries over to other annotators.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from model.loaders.timeml import text_and_tags

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

OUTSIDE = "O"
DEV_EVERY = 8


@dataclass(frozen=True)
class GoldEvent:
    start: int
    end: int
    event_class: str


@dataclass
class TimeMLText:
    """The plain text of a TimeML document's <TEXT> and the gold EVENT extents in it."""

    path: Path
    text: str
    dct: str
    events: list[GoldEvent] = field(default_factory=list)


def read_timeml(path: Path) -> TimeMLText:
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no <TEXT>")
    dct_el = root.find("DCT/TIMEX3")
    text, tags = text_and_tags(text_el, ("EVENT",))
    events = [GoldEvent(t.start, t.end, t.attrib.get("class", "OCCURRENCE")) for t in tags]
    dct = dct_el.get("value", "") if dct_el is not None else ""
    return TimeMLText(path, text, dct, sorted(events, key=lambda e: e.start))


SCHEMES = ("tbaq", "aquaint")
TEST_EVERY = 5
DEV_EVERY_TBAQ = 9


def splits(corpus: Path, scheme: str = "tbaq") -> dict[str, list[Path]]:
    """train / dev / test file lists, by document (see the module's docstring)."""
    timebank = sorted((corpus / "TimeBank").glob("*.tml"))
    aquaint = sorted((corpus / "AQUAINT").glob("*.tml"))
    if not timebank or not aquaint:
        raise FileNotFoundError(f"{corpus}: expected TimeBank/*.tml and AQUAINT/*.tml")
    if scheme == "aquaint":
        return {
            "train": [p for i, p in enumerate(timebank) if i % DEV_EVERY != DEV_EVERY - 1],
            "dev": [p for i, p in enumerate(timebank) if i % DEV_EVERY == DEV_EVERY - 1],
            "test": aquaint,
        }
    if scheme != "tbaq":
        raise ValueError(f"unknown split scheme {scheme!r} (one of {', '.join(SCHEMES)})")
    every = timebank + aquaint
    test = [p for i, p in enumerate(every) if i % TEST_EVERY == TEST_EVERY - 1]
    rest = [p for i, p in enumerate(every) if i % TEST_EVERY != TEST_EVERY - 1]
    return {
        "train": [p for i, p in enumerate(rest) if i % DEV_EVERY_TBAQ != DEV_EVERY_TBAQ - 1],
        "dev": [p for i, p in enumerate(rest) if i % DEV_EVERY_TBAQ == DEV_EVERY_TBAQ - 1],
        "test": test,
    }


def to_doc(nlp: Language, source: TimeMLText) -> tuple[Doc, int]:
    """A reference doc with event labels on tag_; returns it and how many events did not align."""
    doc = nlp.make_doc(source.text)
    tags = [OUTSIDE] * len(doc)
    missed = 0
    for event in source.events:
        span = doc.char_span(event.start, event.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            missed += 1
            continue
        for token in span:
            if not token.is_space:
                tags[token.i] = event.event_class
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc, missed


def convert(corpus: Path, out: Path, nlp: Language | None = None, scheme: str = "tbaq") -> dict[str, int]:
    """Write train.spacy, dev.spacy, test.spacy into ``out``; returns the document count of each."""
    from spacy.tokens import DocBin

    if nlp is None:
        from model.nlp.loading import load_base_pipeline

        nlp = load_base_pipeline()
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name, paths in splits(corpus, scheme).items():
        bin_ = DocBin(attrs=["ORTH", "TAG", "SPACY"], store_user_data=False)
        missed = events = 0
        for path in paths:
            source = read_timeml(path)
            doc, n = to_doc(nlp, source)
            missed += n
            events += len(source.events)
            bin_.add(doc)
        bin_.to_disk(out / f"{name}.spacy")
        counts[name] = len(paths)
        print(f"{name}: {len(paths)} documents, {events} events ({missed} not aligned to tokens)")
    return counts


def default_corpus(root: Path) -> Path:
    """../shared/data/tempeval3 beside the repository, or /work/shared/data/tempeval3."""
    for candidate in (root.parent / "shared" / "data" / "tempeval3", Path("/work/shared/data/tempeval3")):
        if candidate.is_dir():
            return candidate
    return root.parent / "shared" / "data" / "tempeval3"


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parents[4]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus(root))
    parser.add_argument("--out", type=Path, default=root / "build" / "event-model" / "corpus")
    parser.add_argument("--split", choices=SCHEMES, default="tbaq")
    args = parser.parse_args(argv)
    try:
        convert(args.corpus, args.out, scheme=args.split)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
