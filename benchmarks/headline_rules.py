"""Headline rules checked over every event of the shared corpora.

    python benchmarks/headline_rules.py [--data ../shared/data] [--limit N] [--examples K]

Events: every gold ``EVENT`` of TempEval-3 (TimeBank + AQUAINT) and of the SemEval-2015 Task 4
trial TimeML, headlined at its gold trigger; and every event the app extracts from the six
Timeline17 collections (``model.nlp.pipeline.extract``, tokenised text as distributed). Each
headline is checked against the parse of its own sentence, with rules written apart from the
headline code so that they do not share its mistakes:

1. negation kept: a trigger negated in the text ("not", "never", "n't", "failed to", "has yet
   to", "refused to", "no" on an event noun) has a negation word in its headline;
2. no planned, expected or hypothetical happening stated as done: a trigger under a modal
   ("will", "could", "would" …), governed by a plan or expectation ("plans to", "is expected
   to", "is due to"), or in a conditional ("if", "unless") has a headline that says so ("to",
   the modal, "expected", "if" …) or states nothing (a noun phrase);
3. no markup: no ``-LRB-``, ``````, ``''``, spaced punctuation or tags;
4. speaker form: every "X: …" names X, the subject of a reporting verb in the sentence or the
   sentence next to it (for quotes), or its resolved name ("Source" for "a person familiar …");
5. length: at most ``MAX_CHARS`` (90) characters, unless the headline is the trimmed clause of the
   sentence.

Prints one line per corpus and one for all: events, passing every rule, failures per rule,
and how many headlines run past 70 and past 90 characters; ``--examples`` prints failing cases.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.shared_data import shared_data  # noqa: E402
from model.core.documents import Article, DocumentDate  # noqa: E402
from model.nlp.events.headlines import MAX_CHARS, headline  # noqa: E402
from model.nlp.events.participants import Participants, find_participants  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MODALS = _words("will shall 'll wo would 'd could might may can ca should must ought")
_PLANNERS = _words("""plan expect schedule intend due set hope want seek aim propose threaten promise try
    going likely unlikely slate poise prepare agree decide vow pledge attempt wish need""")
_FAILERS = _words("fail refuse decline")
_NEG_MARKERS = re.compile(
    r"\b(?:not|never|no|none|nothing|nobody|cannot|fails?|failed|failing|refuses?|refused|declines?|declined|yet to|without|"
    r"neither|nor|unable|denies|rarely|seldom|hardly)\b|n[’']t\b", re.IGNORECASE)
_MODALITY_MARKERS = re.compile(
    r"n[’']t\b|['’](?:ll|d)\b|\b(?:to|will|shall|would|could|might|may|can|cannot|should|must|if|unless|whether|plans?|planned|"
    r"expected|expects?|hopes?|wants?|seeks?|aims?|due|set|likely|unlikely|intends?|proposes?|"
    r"threatens?|promises?|tries|try|agrees?|decides?|vows?|pledges?|scheduled|possible|"
    r"yet|not|never|no|fails?|refuses?|declines?|needs?|wish(?:es)?|ought|going)\b", re.IGNORECASE)
_MARKUP = re.compile(r"-[LR][RSC]B-|``|''|</?[A-Z]+|\s[,.;:!?%](?:\s|$)|\s(?:'s|n't)\b|\S\s'\s")
_STATEMENT = _words("""say tell announce report state add claim confirm deny reveal note warn insist argue
    explain write comment disclose acknowledge indicate suggest declare assert stress emphasise emphasize
    allege predict tweet testify concede admit quote accord""")
_GENERIC_SOURCES = _words("person people source sources official officials")
_QUOTE_CHARS = "“”\"'‘’`"


@dataclass
class Tally:
    events: int = 0
    passed: int = 0
    trimmed: int = 0  # over 70 characters (the limit before stop 17)
    over_90: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        self.events += other.events
        self.passed += other.passed
        self.trimmed += other.trimmed
        self.over_90 += other.over_90
        self.failures.update(other.failures)
        for k, v in other.examples.items():
            self.examples.setdefault(k, []).extend(v)


# --- what the sentence says -----------------------------------------------------------------


def _verb_of(token: Token) -> Token:
    """The verb whose auxiliaries decide the trigger's tense: itself, or its copula / clause."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    if token.dep_ in ("acomp", "attr") and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return token


def _chain(token: Token) -> list[Token]:
    """The trigger's verb and the verbs governing it through infinitives and coordination."""
    out = [_verb_of(token)]
    current = out[0]
    for _ in range(4):
        if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
            break
        if current.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            break  # "…, and a bomb went off": a clause with its own subject and tense
        current = current.head
        out.append(current)
    return out


def negated(token: Token) -> bool:
    verb = _verb_of(token)
    if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in token.children):
        return True
    if token.pos_ in ("NOUN",) and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(t.dep_ in ("det", "preconj") and t.lower_ in ("no", "neither") and t.head == s
           or t == s and t.lower_ in ("nobody", "nothing", "none") for s in subjects for t in s.subtree):
        return True  # "Neither Equus nor Tony Lama gave a reason", "no South Africans had been affected"
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i:
        if head.lemma_.lower() in _FAILERS:
            return True
        if head.lemma_ == "have" and any(c.lower_ == "yet" for c in head.children):
            return True
        if any(c.dep_ == "neg" for c in head.children):
            return True
    return False


def unreal(token: Token) -> bool:
    """Planned, expected, hypothetical: what the words around the trigger make it."""
    chain = _chain(token)
    for verb in chain:
        aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a in _MODALS for a in aux):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            return True
    verb = chain[0]
    if verb.dep_ == "xcomp":
        head = verb.head
        if head.lemma_.lower() in _PLANNERS or head.lower_ in _PLANNERS:
            return True
        if head.lemma_ == "be" or head.pos_ == "ADJ" and head.lower_ in _PLANNERS:
            return True
    return False


def _states_done(text: str, token: Token) -> bool:
    """Whether a headline states the trigger's happening as done (an inflected verb, no marker)."""
    if _MODALITY_MARKERS.search(text):
        return False
    verb = _verb_of(token)
    if verb.pos_ not in ("VERB", "AUX"):
        return False  # a noun phrase states nothing
    lemma = verb.lemma_.lower()
    forms = {verb.lower_, lemma + "s", lemma + "es", lemma[:-1] + "ies"}
    if lemma in ("be", "have"):
        forms |= {"is", "are", "has", "have"}
    return any(w.lower() in forms for w in re.findall(r"[\w'-]+", text))


def _sentence_words(token: Token) -> str:
    doc = token.doc
    sent = token.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    hi = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return doc[lo:hi].text


def speaker_ok(speaker: str, token: Token, participants: Participants) -> bool:
    """X is the subject of a reporting verb (or "according to X") in this or a next sentence."""
    doc = token.doc
    sent = token.sent
    sents = [sent]
    if sent.end < len(doc):
        sents.append(doc[sent.end].sent)
    if sent.start > 0:
        sents.append(doc[sent.start - 1].sent)
    wanted = [w for w in re.findall(r"\w+", speaker.lower()) if w not in ("and", "s")]
    for s in sents:
        for t in s:
            if t.lemma_.lower() not in _STATEMENT:
                continue
            if t.lemma_.lower() == "accord":
                subjects = [c for p in t.children for c in p.children if c.dep_ == "pobj"]
            else:
                subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
                head = t
                while not subjects and head.dep_ in ("conj", "advcl", "xcomp") and head.head.i != head.i:
                    head = head.head  # "…, saying it will …": the subject of the clause it hangs on
                    subjects = [c for c in head.children if c.dep_ in ("nsubj",)]
            for subj in list(subjects):
                if subj.tag_ in ("WP", "WDT") and head.dep_ == "relcl":
                    subjects.append(head.head)  # "O'Reilly, a management expert, who stated"
                    if head.head.dep_ == "appos":
                        subjects.append(head.head.head)
            for subj in subjects:
                names = {participants.by_token.get(x.i, "") for x in subj.subtree}
                names |= {participants.aliases.get(n, "") for n in names}
                ref = participants.refers_to.get(subj.i)
                if ref is not None:
                    names.add(" ".join(x.text for x in doc[ref].subtree))
                text = (" ".join(x.text for x in subj.subtree) + " " + " ".join(names)).lower()
                text = text.replace("united states", "united states us u.s.")
                found = set(re.findall(r"\w+", text))
                if all(w in found for w in wanted):
                    return True
                if speaker.lower().rstrip("s") == "source" and subj.lemma_.lower() in _GENERIC_SOURCES:
                    return True
    return False


def is_trimmed_clause(text: str, token: Token) -> bool:
    """The headline is words of the sentence in their order (a trimmed clause)."""
    sentence = [w.lower() for w in re.findall(r"\w+", _sentence_words(token))]
    words = [w.lower() for w in re.findall(r"\w+", text)]
    def follows(wanted: list[str]) -> bool:
        i = 0
        for w in sentence:
            if i < len(wanted) and w == wanted[i]:
                i += 1
        return i == len(wanted)

    return follows(words) or follows(words[1:])  # the first word may be a resolved pronoun


def _squash(text: str) -> str:
    """Words only, for comparing a headline with tokenised text ("Thursday : ``" vs "Thursday:")."""
    return " ".join(re.findall(r"\w+", text.lower()))


def check(text: str, token: Token, participants: Participants) -> list[str]:
    failed: list[str] = []
    if negated(token) and not _NEG_MARKERS.search(text):
        failed.append("negation dropped")
    if unreal(token) and _states_done(text, token):
        failed.append("unreal stated as done")
    if _MARKUP.search(text):
        failed.append("markup")
    match = re.match(r"^([^:“\"]{1,60}):\s", text)
    own_colon = match is not None and _squash(match.group(1)) in _squash(token.sent.text)  # the source's colon
    if match and not own_colon and not speaker_ok(match.group(1), token, participants):
        failed.append("speaker not the sentence's")
    if len(text) > MAX_CHARS and not is_trimmed_clause(text, token):
        failed.append("too long")
    if not text.strip():
        failed.append("empty")
    return failed


# --- corpora --------------------------------------------------------------------------------


def read_tml(path: Path) -> tuple[str, list[tuple[int, int, str]]]:
    """The text of <TEXT> with its tags removed and the gold EVENTs as character spans."""
    root = ElementTree.parse(path).getroot()
    text_el = root.find(".//TEXT")
    if text_el is None:
        return "", []
    parts: list[str] = []
    events: list[tuple[int, int, str]] = []

    def walk(el: ElementTree.Element) -> None:
        if el.text:
            start = sum(len(p) for p in parts)
            parts.append(el.text)
            if el.tag == "EVENT":
                events.append((start, start + len(el.text), el.text))
        for child in el:
            walk(child)
            if child.tag == "s":
                parts.append("\n")  # tokenised TimeML: one <s> per sentence, no space between them
            if child.tail:
                parts.append(child.tail)

    walk(text_el)
    return "".join(parts), events


def score(doc: Doc, triggers: list[Token], participants: Participants, tally: Tally, examples: int) -> None:
    for token in triggers:
        names = participants.in_span(token.sent.start, token.sent.end)
        text = headline(token, participants, names)
        failed = check(text, token, participants)
        tally.events += 1
        if not failed:
            tally.passed += 1
        if len(text) > 70:
            tally.trimmed += 1
        if len(text) > 90:
            tally.over_90 += 1
        for rule in failed:
            tally.failures[rule] += 1
            bucket = tally.examples.setdefault(rule, [])
            if len(bucket) < examples:
                bucket.append(f"{token.text!r}: {text!r} <- {token.sent.text.strip()[:160]!r}")


def tml_corpus(nlp: Language, paths: list[Path], examples: int) -> Tally:
    tally = Tally()
    texts = [read_tml(p) for p in paths]
    for (_text, events), doc in zip(texts, nlp.pipe(t for t, _ in texts), strict=True):
        participants = find_participants(doc)
        triggers = []
        for start, end, _ in events:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                triggers.append(span.root)
        score(doc, triggers, participants, tally, examples)
    return tally


def timeline17_corpus(nlp: Language, folder: Path, examples: int, limit: int | None) -> Tally:
    from model.nlp.pipeline import extract

    tally = Tally()
    articles: list[Article] = []
    for path in sorted(folder.glob("*/articles.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            record = json.loads(line)
            if not record.get("text", "").strip():
                continue
            articles.append(Article(id=f"{path.parent.name}-{n}", path=str(path), text=record["text"],
                                    title=record.get("title", ""),
                                    dct=DocumentDate(record["date"], "metadata", 1.0)))
    if limit and len(articles) > limit:
        step = len(articles) / limit  # spread over the six collections, not the first folder only
        articles = [articles[int(k * step)] for k in range(limit)]
    result = extract(articles, nlp)
    by_article: dict[str, list] = {}
    for event in result.events:
        by_article.setdefault(event.article, []).append(event)
    for article in articles:
        doc = result.docs[article.id]
        participants = find_participants(doc)
        triggers = []
        for event in by_article.get(article.id, []):
            span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
            if span is not None:
                triggers.append(span.root)
        score(doc, triggers, participants, tally, examples)
    return tally


def report(name: str, tally: Tally) -> str:
    share = tally.passed / tally.events if tally.events else 0.0
    fails = ", ".join(f"{k} {v}" for k, v in sorted(tally.failures.items())) or "none"
    return (f"{name}: {tally.events} events, {tally.passed} pass every rule ({share:.1%}); "
            f"failures: {fails}; headlines over 70 chars {tally.trimmed}, over 90 chars {tally.over_90}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=shared_data())
    parser.add_argument("--limit", type=int, default=None,
                        help="at most N documents per corpus (Timeline17: N spread evenly over its collections)")
    parser.add_argument("--examples", type=int, default=0, help="print K failing cases per rule")
    parser.add_argument("--skip-timeline17", action="store_true")
    parser.add_argument("--only-timeline17", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"error: no corpora at {args.data}", file=sys.stderr)
        return 2

    from model.nlp.loading import load_pipeline

    started = time.perf_counter()
    nlp = load_pipeline()
    total = Tally()
    corpora: list[tuple[str, Tally]] = []
    te3 = sorted((args.data / "tempeval3").glob("*/*.tml"))[: args.limit] if args.limit else sorted(
        (args.data / "tempeval3").glob("*/*.tml"))
    trial = sorted((args.data / "timeline-trial" / "timeml").glob("*.tml"))
    if not args.only_timeline17:
        corpora.append(("TempEval-3 TBAQ gold events", tml_corpus(nlp, te3, args.examples)))
        corpora.append(("Timeline trial gold events",
                        tml_corpus(nlp, trial[: args.limit] if args.limit else trial, args.examples)))
    if not args.skip_timeline17:
        corpora.append(("Timeline17 extracted events",
                        timeline17_corpus(nlp, args.data / "timeline17", args.examples, args.limit)))
    for name, tally in corpora:
        total.add(tally)
        print(report(name, tally))
    print(report("All", total))
    print(f"time: {time.perf_counter() - started:.0f} s")
    for rule, cases in sorted(total.examples.items()):
        print(f"\n## {rule}")
        for case in cases:
            print("  " + case)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
