"""Events and timelines on the SemEval-2015 Task 4 trial data (30 Wikinews articles about Apple).

    python benchmarks/timeline_trial.py [--data ../shared/data/timeline-trial]

Each document's raw text (its tokens joined by spaces) goes through ``model.nlp.pipeline.extract``,
the code the app runs, with the DCT from the TimeML file as metadata. For each target entity the
timeline is the events whose participants or sentence name the entity (full name or a simple
variant); events of one cluster are one line, ordered by date. Printed: (a) anchoring accuracy,
(b) event-mention precision/recall/F1 per entity, (c) the task's official measure, temporal
awareness F1 (see ``timeline_eval.py``).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timeline_eval import UNKNOWN_DATE, Score, TimelineLine, read_timeline, temporal_awareness  # noqa: E402

from model.core.documents import Article, DocumentDate  # noqa: E402
from model.core.events import Event  # noqa: E402

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ARG_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd"))
_LIGHT_VERBS = frozenset(("give", "make", "hold", "file", "extend", "take", "deliver", "host", "stage", "settle"))
_FINAL = frozenset((".", "!", "?", '"', "'", "”", ")"))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "timeline-trial"


@dataclass
class Document:
    """A tokenised document: its text and, per character offset, the token it belongs to."""

    doc_id: str
    text: str
    tokens: list[tuple[int, int, int, str]]  # (start, end, sentence, word)
    dct: str

    def token_at(self, offset: int) -> tuple[int, int, int, str] | None:
        for token in self.tokens:
            if token[0] <= offset < token[1]:
                return token
        return None


def read_document(raw_path: Path, timeml_dir: Path) -> Document:
    root = ElementTree.parse(raw_path).getroot()
    doc_id = root.get("doc_id") or raw_path.stem.split("-")[0].split("_")[0]
    parts: list[str] = []
    tokens: list[tuple[int, int, int, str]] = []
    pos = 0
    previous: tuple[int, str] | None = None
    for tok in root.iter("token"):
        word = tok.text or ""
        sentence = int(tok.get("sentence", "0"))
        if previous is not None:
            # Tokens are joined by spaces; a sentence without final punctuation (the title, the
            # date line) ends its line, as it does on the page.
            ends_line = previous[0] != sentence and previous[1] not in _FINAL
            parts.append("\n" if ends_line else " ")
            pos += 1
        tokens.append((pos, pos + len(word), sentence, word))
        parts.append(word)
        pos += len(word)
        previous = (sentence, word)
    dct = ""
    for tml in timeml_dir.glob(f"{doc_id}*"):
        m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", tml.read_text(encoding="utf-8"), re.S)
        dct = m.group(1) if m else ""
    return Document(doc_id, "".join(parts), tokens, dct)


def entity_variants(entity: str) -> list[str]:
    """The entity's name and simple variants: "Steve Jobs" -> Jobs, "iTunes store" -> iTunes."""
    words = entity.split()
    out = [entity]
    if len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words):
        out.append(words[1])  # a person's surname
    elif len(words) == 2 and not words[1].islower():
        out.append(f"{words[1]} {words[0]}")  # "iPhone 3G" -> "3G iPhone"
    if len(words) >= 2 and words[-1].islower():
        out.append(" ".join(words[:-1]))  # "iTunes store" -> "iTunes"
        out.append(" ".join([*words[:-1], words[-1].capitalize()]))
    if len(words) >= 3:
        out.append(" ".join(words[1:]))  # "Beatles Apple Corps" -> "Apple Corps"
        out.append(words[0])
    return out


def _mentions(event: Event, doc: Document) -> str | None:
    token = doc.token_at(event.trigger.start)
    return f"{doc.doc_id}-{token[2]}-{token[3]}".lower() if token else None


def _gold_date(event: Event) -> str:
    """The event's date as the task writes it (YYYY-MM-DD, YYYY-MM or YYYY)."""
    d = event.date
    if d.value == "PRESENT_REF" and d.start == d.end:
        # A statement in the present tense ("Apple Corps claims …") is made at the document's own
        # time, which the task can only write as that day.
        return d.start.isoformat()
    if d.granularity == "relative":
        return UNKNOWN_DATE  # PAST_REF: the text gives no date (rank 0, as gold does)
    if d.granularity == "day":
        return d.start.isoformat()
    if d.granularity == "month" or (d.start.year, d.start.month) == (d.end.year, d.end.month):
        return d.start.isoformat()[:7]
    if d.start.year == d.end.year:
        return str(d.start.year)
    return UNKNOWN_DATE


def _entity_predicates(
    event: Event, parsed: Doc | None, patterns: list[re.Pattern[str]], doc: Document,
    times: dict[int, Event] | None = None,
) -> dict[str, str | None]:
    """Mentions, in the event's sentence, of the predicates the entity takes part in, with their dates.

    The app keeps one event per dated happening; the task scores one mention per predicate.
    Verbs of the sentence whose own arguments name the entity stand for the same happening. With
    ``times`` (``model.nlp.events.anchoring.mention_times``) each mention takes the date of the
    event whose time it shares, ``XXXX-XX-XX`` when the tree ties it to none, and a verb with no
    subject of its own ("..., saying ...", "and dismissed ...") takes the subject of the verb it is
    told with; without, every mention takes the event's date (``None`` here).
    """
    out: dict[str, str | None] = {}
    if parsed is None:
        return out
    names = _participant_names(parsed) if times is not None else None
    sent = parsed.char_span(event.sentence.start, event.sentence.end, alignment_mode="expand")
    if sent is None:
        return out
    for token in sent:
        if token.pos_ == "NOUN" and times is not None and token._.event_class is not None:
            # An event noun the entity takes part in: its possessor ("Jobs' death", "his keynote"),
            # or the object of a light verb the entity is the subject of ("filed a lawsuit").
            args = [c for c in token.children if c.dep_ == "poss"]
            if token.dep_ == "dobj" and token.head.lemma_.lower() in _LIGHT_VERBS:
                args += [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif token.pos_ != "VERB":
            continue
        else:
            args = [c for c in token.children if c.dep_ in _ARG_DEPS]
            args += [g for c in token.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
            if times is not None and not any(a.dep_ in ("nsubj", "nsubjpass") for a in args):
                args += _shared_subject(token)
        text = " ".join(" ".join(t.text for t in a.subtree) for a in args)
        if names is not None:  # "he promoted the iPhone": the one "he" is, by the article's coreference
            text += " " + " ".join(n for a in args for t in a.subtree if (n := names.get(t.i)) is not None)
        if any(p.search(text) for p in patterns):
            found = doc.token_at(token.idx)
            if found is not None:
                mention = f"{doc.doc_id}-{found[2]}-{found[3]}".lower()
                if times is None:
                    out[mention] = None
                else:
                    tied = times.get(token.i)
                    out[mention] = _gold_date(tied) if tied is not None else UNKNOWN_DATE
    return out


_NAMES: dict[int, dict[int, str]] = {}


def _participant_names(parsed: Doc) -> dict[int, str]:
    """Token index -> participant name, pronouns resolved (one computation per doc)."""
    from model.nlp.events.participants import find_participants

    key = id(parsed)
    if key not in _NAMES:
        _NAMES[key] = find_participants(parsed).by_token
    return _NAMES[key]


def _shared_subject(token: Token) -> list[Token]:
    """The subject a verb shares with the verb it is told with ("Jobs acknowledged … but dismissed …")."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "prep") or node.head.i == node.i:
            return []
        node = node.head
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects
    return []


def system_timeline(
    entity: str, events: list[Event], docs: dict[str, Document], parsed: dict[str, Doc] | None = None,
    *, mention_dates: bool = True,
) -> list[TimelineLine]:
    patterns = [re.compile(rf"(?<![\w-]){re.escape(v)}(?![\w-])") for v in entity_variants(entity)]
    times: dict[str, dict[int, Event]] = {}
    if mention_dates and parsed:
        from model.nlp.events.anchoring import mention_times

        by_article: dict[str, list[Event]] = defaultdict(list)
        for event in events:
            by_article[event.article].append(event)
        times = {a: mention_times(parsed[a], evs) for a, evs in by_article.items() if a in parsed}
    clusters: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        names = " ".join(event.participants)
        if any(p.search(event.sentence.text) or p.search(names) for p in patterns):
            clusters[event.cluster].append(event)
    lines: list[tuple[str, list[str]]] = []
    # A predicate that is some event's own trigger keeps that event's date.
    seen: set[str] = {m for e in events if (m := _mentions(e, docs[e.article])) is not None}
    for members in sorted(clusters.values(), key=lambda ms: -max(e.confidence for e in ms)):
        best = max(members, key=lambda e: e.confidence)
        own = {m for e in members if (m := _mentions(e, docs[e.article])) is not None}
        extra: dict[str, str | None] = {}
        for e in members:
            extra.update(_entity_predicates(e, (parsed or {}).get(e.article), patterns, docs[e.article],
                                            times.get(e.article) if mention_dates else None))
        extra = {m: d for m, d in extra.items() if m not in seen}  # a predicate belongs to the surest event
        seen |= set(extra)
        own |= {m for m, d in extra.items() if d is None or d == _gold_date(best)}
        if own:
            lines.append((_gold_date(best), sorted(own)))
        # A mention the tree ties to another event's time (or to none) is a line at that date.
        for m, d in sorted(extra.items()):
            if d is not None and d != _gold_date(best):
                lines.append((d, [m]))
    # Unknown dates first (rank 0, as in the gold timelines), then by date; equal dates share a rank.
    lines.sort(key=lambda item: ("" if item[0] == UNKNOWN_DATE else item[0]))
    out: list[TimelineLine] = []
    rank, previous = -1, None
    for date, mentions in lines:
        if date != previous:
            rank, previous = rank + 1, date
        out.append(TimelineLine(rank, date, mentions))
    return out


def anchoring(gold: list[TimelineLine], system: list[TimelineLine]) -> tuple[int, int]:
    """Gold events with a known date whose system date is the same at the gold granularity."""
    sys_dates = {m: line.date for line in system for m in line.mentions}
    right = total = 0
    for line in gold:
        # "2008-03-XX" is known to the month: compare at the granularity the gold date gives.
        known = re.sub(r"(?:-?X+)+$", "", line.date)
        if not known or "X" in known:
            continue
        for mention in line.mentions:
            total += 1
            got = sys_dates.get(mention)
            right += int(got is not None and got[: len(known)] == known and len(got) >= len(known))
    return right, total


def _tml_text_and_dct(path: Path) -> tuple[str, str]:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    text = re.sub(r"<[^>]+>", "", body.group(1)) if body else ""
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    return text, (dct.group(1)[:10] if dct else "")


def dct_inference(paths: list[Path]) -> None:
    """(d) Document dates inferred from the text alone, the TimeML DCT hidden, against that DCT."""
    from model.nlp.dating.dct import infer_document_dates
    from model.nlp.loading import load_pipeline
    from model.nlp.pipeline import parse_articles

    nlp = load_pipeline()
    articles = []
    gold = []
    for path in paths:
        text, dct = _tml_text_and_dct(path)
        if text.strip() and re.fullmatch(r"\d{4}-\d\d-\d\d", dct):
            articles.append(Article(id=path.stem, path=str(path), text=text))
            gold.append(dct)
    docs = list(parse_articles(articles, nlp))
    found = infer_document_dates(articles, docs)
    counts: dict[str, int] = defaultdict(int)
    by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for want, got in zip(gold, found, strict=True):
        value = got.value or ""
        by_source[got.source][1] += 1
        if not value:
            counts["no date"] += 1
            continue
        if value == want:
            counts["same day"] += 1
            by_source[got.source][0] += 1
        elif len(value) >= 7 and want.startswith(value[:7]) and len(value) == 7:
            counts["right month (month given)"] += 1
            by_source[got.source][0] += 1
        elif value[:4] == want[:4]:
            counts["right year, wrong/coarser day"] += 1
        else:
            counts["wrong year"] += 1
    n = len(gold)
    print(f"\n(d) DCT inferred from the text alone on {n} TimeML documents (their <DCT> hidden):")
    for key in ("same day", "right month (month given)", "right year, wrong/coarser day", "wrong year", "no date"):
        print(f"    {key:32} {counts[key]:4d}  {counts[key] / max(1, n):6.1%}")
    for source, (right, total) in sorted(by_source.items()):
        print(f"    source {source:10} {total:4d} documents, {right} right at their granularity")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--dct-corpus", type=Path, default=ROOT.parent / "shared" / "data" / "tempeval3",
                        help="TimeML documents whose hidden DCT the text-only dater is scored against")
    args = parser.parse_args(argv)

    from model.nlp.loading import load_pipeline
    from model.nlp.pipeline import extract

    started = time.perf_counter()
    nlp = load_pipeline()
    docs = {d.doc_id: d for d in (read_document(p, args.data / "timeml") for p in sorted((args.data / "raw-cat").glob("*.xml")))}
    articles = [
        Article(id=d.doc_id, path=d.doc_id, text=d.text, dct=DocumentDate(d.dct, "metadata", 1.0) if d.dct else DocumentDate(None))
        for d in docs.values()
    ]
    result = extract(articles, nlp)
    elapsed = time.perf_counter() - started
    print(f"{len(articles)} documents, {len(result.events)} events, "
          f"{len({e.cluster for e in result.events})} clusters, {elapsed:.1f} s")

    total_anchor = [0, 0]
    total_score = Score(0, 0, 0, 0)
    total_mentions = [0, 0, 0]
    print(f"\n{'entity':22} {'gold':>5} {'sys':>5} {'men P':>6} {'men R':>6} {'men F1':>6} "
          f"{'anchor':>9} {'TA P':>6} {'TA R':>6} {'TA F1':>6}")
    for path in sorted((args.data / "gold-timelines").glob("*.txt")):
        entity, gold = read_timeline(str(path))
        system = system_timeline(entity, result.events, docs, result.docs)
        # The official measure matches mentions exactly ("court_case" is not "court"); mention
        # P/R/F1 below takes a phrasal verb's first word ("showed_off" -> "showed") as before.
        score = temporal_awareness(gold, system)
        gold = [TimelineLine(line.rank, line.date, [m.lower().split("_")[0] for m in line.mentions]) for line in gold]
        gold_m = {m for line in gold for m in line.mentions}
        sys_m = {m for line in system for m in line.mentions}
        tp = len(gold_m & sys_m)
        p = tp / len(sys_m) if sys_m else 0.0
        r = tp / len(gold_m) if gold_m else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        right, total = anchoring(gold, system)
        total_anchor[0] += right
        total_anchor[1] += total
        total_score += score
        total_mentions = [total_mentions[0] + tp, total_mentions[1] + len(sys_m), total_mentions[2] + len(gold_m)]
        print(f"{entity:22} {len(gold_m):5d} {len(sys_m):5d} {p:6.3f} {r:6.3f} {f:6.3f} "
              f"{right:4d}/{total:<4d} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}")
    tp, n_sys, n_gold = total_mentions
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{'ALL (micro)':22} {n_gold:5d} {n_sys:5d} {p:6.3f} {r:6.3f} {f:6.3f} "
          f"{total_anchor[0]:4d}/{total_anchor[1]:<4d} {total_score.precision:6.3f} {total_score.recall:6.3f} "
          f"{total_score.f1:6.3f}")
    print(f"\n(a) anchoring accuracy: {total_anchor[0]}/{total_anchor[1]} = "
          f"{total_anchor[0] / max(1, total_anchor[1]):.3f} of gold events with a known date, dated identically")
    print(f"(b) event mentions (micro): P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print(f"(c) SemEval-2015 Task 4 temporal awareness, official measure (micro over entities): P {100 * total_score.precision:.2f} "
          f"R {100 * total_score.recall:.2f} F1 {100 * total_score.f1:.2f}  (best published raw-text system: 7.85)")
    paths = sorted((args.data / "timeml").glob("*.tml"))
    if args.dct_corpus.is_dir():
        paths += sorted(args.dct_corpus.rglob("*.tml"))
    dct_inference(paths)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
