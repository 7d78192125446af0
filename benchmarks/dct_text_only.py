"""Document dates from the text alone, on the shared corpora with their own date hidden.

    python benchmarks/dct_text_only.py [--data ../shared/data] [--cache DIR] [--corpus NAME ...]

Corpora: TempEval-3 training TimeML (TimeBank, AQUAINT: `<DCT>` hidden), the SemEval-2015 trial
TimeML (Wikinews), and each Timeline17 folder's ``articles.jsonl`` (``date`` hidden; empty texts
left out). Every article of a corpus goes through ``model.nlp.dating.dct.infer_document_dates``
together (so cross-article inference sees its corpus), the code the app runs.

Printed per corpus: the share found to the day (a day value equal to the hidden date), the share
given a coarser value that holds the date (a month or a year), the share wrong to the day (a day
value that is not the date), the share wrong to the month (a value whose month, or year for a year
value, does not hold the date), and the share abstained (no value). "date line" counts the texts
whose date came from a date line (``source == "dateline"``) and how many of them are right.

Parsed docs are cached (``--cache``, a DocBin per corpus) so that a change to the dater re-runs in
seconds; delete the cache when the spaCy model changes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.shared_data import shared_data  # noqa: E402
from model.core.documents import Article, DocumentDate  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def default_data() -> Path:
    return shared_data()


@dataclass
class Corpus:
    name: str
    texts: list[tuple[str, str, str]]  # (id, text, hidden date)


def _timeml(name: str, files: list[Path]) -> Corpus:
    from model.loaders.timeml import read_timeml

    texts = []
    for path in sorted(files):
        draft = read_timeml(path.read_bytes())
        if draft.date and draft.text.strip():
            texts.append((path.stem, draft.text, str(draft.date)[:10]))
    return Corpus(name, texts)


def _jsonl(name: str, path: Path) -> Corpus:
    texts = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if record.get("text", "").strip() and record.get("date"):
                texts.append((str(record["id"]), record["text"], record["date"][:10]))
    return Corpus(name, texts)


def corpora(data: Path) -> list[Corpus]:
    out = []
    te3 = data / "tempeval3"
    for sub in ("TimeBank", "AQUAINT"):
        if (te3 / sub).is_dir():
            out.append(_timeml(f"tempeval3/{sub}", list((te3 / sub).glob("*.tml"))))
    trial = data / "timeline-trial" / "timeml"
    if trial.is_dir():
        out.append(_timeml("timeline-trial", list(trial.glob("*.tml"))))
    for folder in sorted((data / "timeline17").glob("*/")):
        if (folder / "articles.jsonl").exists():
            out.append(_jsonl(f"timeline17/{folder.name}", folder / "articles.jsonl"))
    return out


def parse(nlp: Language, corpus: Corpus, cache: Path | None) -> list[Doc]:
    from spacy.tokens import DocBin

    from model.nlp.sentences import mark_paragraphs

    key = hashlib.sha1("".join(t for _, t, _ in corpus.texts).encode()).hexdigest()[:12]
    cached = cache / f"{corpus.name.replace('/', '_')}-{key}.spacy" if cache else None
    if cached is not None and cached.exists():
        return list(DocBin().from_disk(cached).get_docs(nlp.vocab))
    docs = list(nlp.pipe((mark_paragraphs(nlp.make_doc(t)) for _, t, _ in corpus.texts), batch_size=16))
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(cached)
    return docs


@dataclass
class Score:
    n: int = 0
    day: int = 0
    coarse: int = 0
    wrong_day: int = 0
    wrong_month: int = 0
    none: int = 0
    line: int = 0
    line_right: int = 0

    def add(self, gold: str, dct: DocumentDate) -> None:
        from model.timex.values import value_to_interval

        self.n += 1
        if dct.source == "dateline":
            self.line += 1
            self.line_right += dct.value == gold
        if dct.value is None:
            self.none += 1
            return
        iv = value_to_interval(dct.value)
        if iv is None:
            self.none += 1
            return
        if len(dct.value) == 10 and dct.value[4] == "-":
            if dct.value == gold:
                self.day += 1
            else:
                self.wrong_day += 1
                self.wrong_month += dct.value[:7] != gold[:7]
            return
        if iv.start.isoformat() <= gold <= iv.end.isoformat():
            self.coarse += 1
        else:
            self.wrong_day += 1  # a coarse value that does not hold the date is wrong to the day too
            self.wrong_month += not (iv.start.isoformat()[:7] <= gold[:7] <= iv.end.isoformat()[:7])

    def line_text(self, name: str) -> str:
        def pct(k: int) -> str:
            return f"{100 * k / self.n:5.1f}%" if self.n else "   - "

        return (f"{name:30s} n={self.n:4d}  day {pct(self.day)}  coarse {pct(self.coarse)}  "
                f"wrong(day) {pct(self.wrong_day)}  wrong(month) {pct(self.wrong_month)}  "
                f"abstained {pct(self.none)}  date line {self.line_right}/{self.line}")


def run(data: Path, cache: Path | None, only: list[str], show_wrong: bool) -> None:
    from model.nlp.dating.dct import infer_document_dates
    from model.nlp.loading import load_base_pipeline

    nlp = load_base_pipeline(disable=("ner",))
    total = Score()
    for corpus in corpora(data):
        if only and not any(o in corpus.name for o in only):
            continue
        docs = parse(nlp, corpus, cache)
        articles = [Article(id=i, path=i, text=t) for i, t, _ in corpus.texts]
        dates = infer_document_dates(articles, docs)
        score = Score()
        for (doc_id, _text, gold), dct in zip(corpus.texts, dates, strict=True):
            wrong_before = score.wrong_day
            score.add(gold, dct)
            total.add(gold, dct)
            if show_wrong and score.wrong_day > wrong_before:
                why = dct.evidence[0].reason if dct.evidence else ""
                print(f"  WRONG {doc_id} gold {gold} got {dct.value} ({dct.source} {dct.confidence:.2f}): {why[:160]}")
        print(score.line_text(corpus.name), flush=True)
    print(total.line_text("all"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data())
    parser.add_argument("--cache", type=Path, default=Path("/tmp/chronicle-dct-bench"))
    parser.add_argument("--corpus", nargs="*", default=[], help="only corpora whose name contains one of these")
    parser.add_argument("--show-wrong", action="store_true", help="print every wrong date and its first evidence")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: no data folder at {args.data}", file=sys.stderr)
        return 2
    run(args.data, args.cache, args.corpus, args.show_wrong)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
