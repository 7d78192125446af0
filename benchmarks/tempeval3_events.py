"""TempEval-3 EVENT recognition on the held-out split of TBAQ: rules against the trained tagger.

    python benchmarks/tempeval3_events.py                 # the held-out test documents of the shipped weights
    python benchmarks/tempeval3_events.py --split dev     # their dev documents
    python benchmarks/tempeval3_events.py --weights DIR   # other weights (python -m model.nlp.events.training --out DIR)
    python benchmarks/tempeval3_events.py --limit 10 --errors 30

The documents are the trainer's split (``model/nlp/events/training/convert.py``), the scheme the weights
were trained with (their meta.json): ``tbaq`` = a fifth of TimeBank and AQUAINT documents held out;
``aquaint`` = all of AQUAINT held out, trained on TimeBank alone. Scoring as TempEval-3 scores EVENT: the plain text of <TEXT> is
the input; *strict* = same extent, *relaxed* = overlapping extent (one-to-one); P/R/F1 over extents;
*class F1* = relaxed F1 x the share of relaxed matches whose class equals the gold one.

Systems, in one run on the same parses:
- rules: every verb that is not an auxiliary, plus the event nouns of ``model/nlp/events/predicates.py``,
  classed by word lists (reporting, aspectual, perception, intensional verbs; else OCCURRENCE);
- model: the shipped ``timeml_events`` component, through ``load_pipeline`` as the app runs it;
  "no class rules": the same tagger without the class corrections of ``model/nlp/events/class_rules.py``;
  "no noun rules": the same tagger without the event nouns ``model/nlp/events/noun_events.py`` adds.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model.nlp.events.training.convert import default_corpus, read_timeml, splits  # noqa: E402

if TYPE_CHECKING:
    from spacy.tokens import Doc

Extent = tuple[int, int, str]  # start, end, class



def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ASPECTUAL = _words("begin start continue stop end finish resume complete halt cease keep initiate")
_PERCEPTION = _words("see hear watch observe notice witness spot")
_I_ACTION = _words("try attempt plan seek order ask promise vow pledge refuse decide agree urge allow "
                   "propose demand offer threaten prepare intend call")
_I_STATE = _words("want believe think expect fear hope know wish feel doubt need like")


def rule_events(doc: Doc) -> list[Extent]:
    """The baseline: non-auxiliary verbs and event nouns, with a class from word lists."""
    from model.nlp.events.predicates import is_event_noun
    from model.text.lexicon import REPORTING_VERBS

    out: list[Extent] = []
    for token in doc:
        if token.pos_ == "VERB" or (token.pos_ == "NOUN" and is_event_noun(token)):
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and lemma in REPORTING_VERBS:
                cls = "REPORTING"
            elif lemma in _ASPECTUAL:
                cls = "ASPECTUAL"
            elif lemma in _PERCEPTION:
                cls = "PERCEPTION"
            elif lemma in _I_ACTION:
                cls = "I_ACTION"
            elif lemma in _I_STATE:
                cls = "I_STATE"
            else:
                cls = "OCCURRENCE"
            out.append((token.idx, token.idx + len(token.text), cls))
    return out


def model_events(doc: Doc) -> list[Extent]:
    return [(s.start_char, s.end_char, s.label_) for s in doc._.events]


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    same_class: int = 0

    def add(self, gold: list[Extent], pred: list[Extent]) -> list[tuple[str, Extent]]:
        """Count one document; returns its errors (kind, extent)."""
        self.gold += len(gold)
        self.pred += len(pred)
        exact = {(s, e): c for s, e, c in gold}
        used: set[int] = set()
        errors: list[tuple[str, Extent]] = []
        for p in pred:
            self.strict += (p[0], p[1]) in exact
            # Relaxed: the first unused overlapping gold extent (one-to-one).
            match = next((i for i, g in enumerate(gold) if i not in used and p[0] < g[1] and g[0] < p[1]), None)
            if match is None:
                errors.append(("FP", p))
                continue
            used.add(match)
            self.relaxed += 1
            if gold[match][2] == p[2]:
                self.same_class += 1
            else:
                errors.append((f"class {gold[match][2]}->", p))
        errors += [("FN", g) for i, g in enumerate(gold) if i not in used]
        return errors

    @staticmethod
    def _f(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = hit / pred if pred else 0.0
        r = hit / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def row(self) -> dict[str, float]:
        sp, sr, sf = self._f(self.strict, self.pred, self.gold)
        rp, rr, rf = self._f(self.relaxed, self.pred, self.gold)
        accuracy = self.same_class / self.relaxed if self.relaxed else 0.0
        return {"strict P": sp, "strict R": sr, "strict F1": sf, "relaxed P": rp, "relaxed R": rr,
                "relaxed F1": rf, "class acc": accuracy, "class F1": rf * accuracy}


def _class_pairs(gold: list[Extent], pred: list[Extent]) -> Counter[tuple[str, str]]:
    """(gold class, predicted class) of each extent; "-" for a miss (gold) or a false event (predicted),
    matched as Score.add matches (first unused overlapping gold extent)."""
    pairs: Counter[tuple[str, str]] = Counter()
    used: set[int] = set()
    for p in pred:
        match = next((i for i, g in enumerate(gold) if i not in used and p[0] < g[1] and g[0] < p[1]), None)
        if match is None:
            pairs["-", p[2]] += 1
        else:
            used.add(match)
            pairs[gold[match][2], p[2]] += 1
    pairs.update((g[2], "-") for i, g in enumerate(gold) if i not in used)
    return pairs


def _print_confusion(confusion: Counter[tuple[str, str]]) -> None:
    classes = sorted({c for pair in confusion for c in pair} - {"-"}) + ["-"]
    print("\nmodel classes (rows gold, columns predicted; - = none):")
    print("| gold \\ predicted | " + " | ".join(classes) + " |")
    print("|" + "---|" * (len(classes) + 1))
    for g in classes:
        print(f"| {g} | " + " | ".join(str(confusion[g, c]) for c in classes) + " |")


def per_class_f1(confusion: Counter[tuple[str, str]]) -> dict[str, tuple[float, float, float, int]]:
    """Per gold class: P, R, F1 of (matched extent and same class), and the gold count."""
    classes = sorted({c for pair in confusion for c in pair} - {"-"})
    out: dict[str, tuple[float, float, float, int]] = {}
    for c in classes:
        hit = confusion[c, c]
        gold = sum(n for (g, _), n in confusion.items() if g == c)
        pred = sum(n for (_, p), n in confusion.items() if p == c)
        p, r, f = Score._f(hit, pred, gold)
        out[c] = (p, r, f, gold)
    return out


def _print_per_class(confusion: Counter[tuple[str, str]], wrong: Counter[tuple[str, ...]]) -> None:
    print("\nmodel, per class (P / R / F1 of the right extent with the right class):")
    print("| class | gold | P | R | F1 |")
    print("|---|---|---|---|---|")
    for c, (p, r, f, n_gold) in per_class_f1(confusion).items():
        print(f"| {c} | {n_gold} | {p:.3f} | {r:.3f} | {f:.3f} |")
    by_pos: Counter[str] = Counter()
    for key, n in wrong.items():
        by_pos[key[0]] += n
    print("class errors (matched extent, other class) by part of speech: "
          + ", ".join(f"{pos} {n}" for pos, n in by_pos.most_common()))
    print("most frequent (part of speech, lemma, gold -> predicted):")
    for (pos, lemma, gold_class, pred_class), n in wrong.most_common(25):
        print(f"  {n:3}  {pos:<5} {lemma:<14} {gold_class} -> {pred_class}")


def _class_errors(doc: Doc, gold: list[Extent], pred: list[Extent]) -> Counter[tuple[str, ...]]:
    """(part of speech, lemma, gold class, predicted class) of each matched extent of another class."""
    out: Counter[tuple[str, ...]] = Counter()
    used: set[int] = set()
    for p in pred:
        match = next((i for i, g in enumerate(gold) if i not in used and p[0] < g[1] and g[0] < p[1]), None)
        if match is None:
            continue
        used.add(match)
        if gold[match][2] != p[2]:
            span = doc.char_span(p[0], p[1], alignment_mode="expand")
            token = span[0] if span is not None and len(span) else None
            pos, lemma = (token.pos_, token.lemma_.lower()) if token is not None else ("?", "?")
            out[pos, lemma, gold[match][2], p[2]] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus(ROOT))
    parser.add_argument("--split", choices=("test", "dev", "train"), default="test")
    parser.add_argument("--weights", type=Path, default=None, help="event weights (default: the shipped ones)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=int, default=0, help="print this many of the model's errors")
    parser.add_argument("--confusion", action="store_true", help="print the model's gold x predicted class counts")
    parser.add_argument("--per-class", action="store_true",
                        help="print the model's F1 per class and its class errors by part of speech and lemma")
    args = parser.parse_args(argv)
    import json

    from model.nlp.events.recognizer import FACTORY, WEIGHTS, EventTagger, add_event_recognizer
    from model.nlp.loading import load_pipeline

    weights = args.weights or WEIGHTS
    nlp = load_pipeline(disable=(FACTORY,))
    if not add_event_recognizer(nlp, weights, last=True):
        print(f"error: no event weights in {weights} (python -m model.nlp.events.training)", file=sys.stderr)
        return 1
    meta = json.loads((weights / "meta.json").read_text(encoding="utf-8"))
    scheme = meta.get("chronicle", {}).get("split", "tbaq")
    try:
        paths = splits(args.corpus, scheme)[args.split][: args.limit]
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    sources = [read_timeml(p) for p in paths]
    t0 = time.perf_counter()
    docs = list(nlp.pipe((s.text for s in sources), batch_size=16))
    elapsed = time.perf_counter() - t0
    scores = {"rules": Score(), "model, no class rules": Score(), "model, no noun rules": Score(), "model": Score()}
    tagger = nlp.get_pipe(FACTORY)
    assert isinstance(tagger, EventTagger)
    errors: list[tuple[str, str, Extent]] = []
    gold_classes: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    wrong: Counter[tuple[str, ...]] = Counter()
    for source, doc in zip(sources, docs, strict=True):
        gold = [(e.start, e.end, e.event_class) for e in source.events]
        gold_classes.update(c for *_, c in gold)
        scores["rules"].add(gold, rule_events(doc))
        # The tagger again on the same doc without the class rules after it (model/nlp/events/class_rules.py).
        tagger.class_rules = False
        scores["model, no class rules"].add(gold, model_events(tagger(doc)))
        tagger.class_rules, tagger.noun_rules = True, False
        scores["model, no noun rules"].add(gold, model_events(tagger(doc)))
        tagger.noun_rules = True
        tagger(doc)
        for kind, extent in scores["model"].add(gold, model_events(doc)):
            errors.append((kind, source.text[max(0, extent[0] - 40) : extent[1] + 40].replace("\n", " "), extent))
        confusion.update(_class_pairs(gold, model_events(doc)))
        wrong.update(_class_errors(doc, gold, model_events(doc)))

    n_tokens = sum(len(d) for d in docs)
    print(f"TempEval-3 EVENT, TBAQ {args.split} documents of the {scheme!r} split: {len(paths)} documents, {sum(gold_classes.values())} gold "
          f"events, {n_tokens} tokens; full pipeline {elapsed:.1f} s")
    print("gold classes: " + ", ".join(f"{c} {n}" for c, n in gold_classes.most_common()))
    header = ["system", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "class acc",
              "class F1"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for name, score in scores.items():
        row = score.row()
        print(f"| {name} | " + " | ".join(f"{row[h]:.3f}" for h in header[1:]) + " |")
    if args.confusion:
        _print_confusion(confusion)
    if args.per_class:
        _print_per_class(confusion, wrong)
    if args.errors:
        print(f"\nmodel errors (first {args.errors}):")
        for kind, context, extent in errors[: args.errors]:
            print(f"  {kind:<20} {extent[2]:<11} …{context}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
