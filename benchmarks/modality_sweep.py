"""Sweep for lost negation and modality, and undated past happenings put at the article's present.

    python benchmarks/modality_sweep.py [--data ../shared/data] [--limit N] [--list FILE] [--only NAME]

Runs extraction (``model.nlp.pipeline.extract``, as ``main.py extract`` does) over the development
corpora: the Timeline17 folders H1N1_guardian, EgyptianProtest_cnn and H1N1_bbc (their metadata
dates as DCT), TempEval-3 TBAQ (its DCTs) and the app's three sample articles (their dates inferred). The other Timeline17 folders are never read: they
are the held-out sample.

For every entry it reads the parse of the trigger's own clause, with rules written apart from
``modality.py`` and ``headlines.py`` so that they do not share their mistakes. A cue counts when it
governs or modifies the trigger or one of its governors (through infinitives, coordination
without a subject of its own, "likely to", "from", "without"):

- negation: ``not``/``n't``/``never`` on the chain, a negative subject ("no one", "none of",
  "nobody", "no" as its determiner), ``no`` on an event noun, ``failed to``/``refused to``/
  ``declined to``, ``has yet to``, ``denied`` (what was denied), ``prevented from``, ``without``;
- unreal (planned, expected, forecast, conditional): a modal or ``will`` on the chain, ``is to``,
  a plan or expectation governing it (``plans to``, ``is expected to``, ``is due to``), ``if``/
  ``unless``.

It lists:

- **negation shown as done**: a negation cue, modality not negated (nor planned/hypothetical);
- **unreal shown as done**: an unreal cue and no negation, modality happened or reported;
- **headline lost the cue**: the event is negated (or unreal) and its headline has no negation
  word (or states the verb as done with no modal, "to", "expected" …);
- **undated past at the present**: no time expression of its own, the trigger in the past tense
  (simple past, perfect, past passive), dated the document's day or PRESENT_REF — such a
  happening is PAST_REF.

Prints one line of counts per corpus and one for all; ``--list`` writes every flagged entry.
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

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.shared_data import shared_data  # noqa: E402
from model.core.documents import Article, DocumentDate  # noqa: E402

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from model.core.events import Event

DEV_FOLDERS = ("H1N1_guardian", "EgyptianProtest_cnn", "H1N1_bbc")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NEG_ADVERBS = _words("not n't never")
_NEG_SUBJECTS = _words("none nobody nothing neither no-one noone no")
_FAILERS = _words("fail refuse decline")
_DENIERS = _words("deny")
_PREVENTERS = _words("prevent stop bar block keep ban")
_MODALS = _words("will shall 'll wo would 'd could might may can ca should must ought")
_PLANNERS = _words("""plan expect schedule intend due set hope want seek aim propose threaten promise try
    going likely unlikely slate poise prepare vow pledge attempt wish need""")
_NEG_HEADLINE = re.compile(
    r"\b(?:not|never|no|none|nothing|nobody|cannot|fails?|failed|failing|refuses?|refused|declines?|declined|"
    r"yet|without|neither|nor|unable|denies|denied|deny|prevented|rarely|seldom|hardly)\b|n[’']t\b", re.IGNORECASE)
_UNREAL_HEADLINE = re.compile(
    r"n[’']t\b|['’](?:ll|d)\b|\b(?:to|will|shall|would|could|might|may|can|cannot|should|must|if|unless|whether|"
    r"plans?|planned|expected|expects?|hopes?|wants?|seeks?|aims?|due|set|likely|unlikely|intends?|proposes?|"
    r"threatens?|promises?|tries|try|vows?|pledges?|scheduled|possible|yet|not|never|no|fails?|refuses?|"
    r"declines?|needs?|ought|going|planned|would)\b", re.IGNORECASE)
_UNREAL_MODALITIES = ("planned", "projected", "hypothetical")


def verb_of(token: Token) -> Token:
    """The verb whose words decide the trigger's tense: itself, or its copula."""
    if token.pos_ not in ("VERB", "AUX") and token.dep_ in ("acomp", "attr") and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return token


def _bare_conj(token: Token) -> bool:
    """A second verb that shares the first one's subject and auxiliaries: no subject or auxiliary of
    its own, a bare form ("to mutate and hit", "did not stop and search") or two participles ("was
    not charged or tried"), and no "but" between them."""
    head = token.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children):
        return False
    if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children):
        return False
    bare = token.tag_ == "VB" or token.lower_ == token.lemma_.lower() and head.tag_ == "VB"
    return bare or token.tag_ == head.tag_ == "VBN"


def chain(token: Token) -> list[Token]:
    """The trigger's verb and what governs it: infinitives, coordination that shares the subject and
    auxiliaries, "likely to", "prevented from" and "without" (a preposition's clause)."""
    out = [verb_of(token)]
    current = out[0]
    for _ in range(5):
        head = current.head
        if head.i == current.i:
            break
        if current.dep_ == "conj" and not _bare_conj(current):
            break
        if current.dep_ in ("xcomp", "conj"):
            current = head.head if head.pos_ == "ADJ" and head.dep_ == "acomp" else head
        elif current.dep_ == "pcomp" and head.lower_ in ("from", "without"):
            current = head  # the preposition; its head is the governing verb
            out.append(current)
            current = current.head
        elif current.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in _DENIERS:
            current = head
        else:
            break
        out.append(current)
    return out


def negation_cue(token: Token) -> str | None:
    links = chain(token)
    if token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return "no (noun)"
    for n, verb in enumerate(links):
        for c in verb.children:
            if c.dep_ == "neg" or c.lower_ in _NEG_ADVERBS and c.dep_ in ("advmod", "neg"):
                return c.lower_
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.lower_ in _NEG_SUBJECTS or any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither")
                                                    for d in c.children):
                    return "negative subject"
                if c.lower_ == "one" and any(d.lower_ == "no" for d in c.children):
                    return "no one"
        if n == 0:
            continue
        below = links[n - 1]
        lemma = verb.lemma_.lower()
        if below.dep_ == "xcomp" and lemma in _FAILERS:
            return f"{lemma} to"
        if below.dep_ == "xcomp" and lemma == "have" and any(c.lower_ == "yet" for c in verb.children):
            return "has yet to"
        if lemma in _DENIERS and below.head.i == verb.i:
            return "denied"
        if verb.lower_ == "without":
            return "without"
        if verb.lower_ == "from" and verb.head.lemma_.lower() in _PREVENTERS:
            return f"{verb.head.lemma_.lower()} from"
    return None


def unreal_cue(token: Token) -> str | None:
    links = chain(token)
    for n, verb in enumerate(links):
        aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        for c in verb.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS:
                if c.lower_ == "must" and "have" in aux:
                    continue  # "must have fired": an inference about the past, not a plan
                return c.lower_
            if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
                return c.lower_
        if n == 0:
            continue
        below = links[n - 1]
        # "is likely to strike": the adjective between the infinitive and its copula decides.
        word = below.head if below.head.pos_ == "ADJ" else verb
        if below.dep_ == "xcomp" and (word.lemma_.lower() in _PLANNERS or word.lower_ in _PLANNERS):
            return f"{word.lemma_.lower()} to"
        if below.dep_ == "xcomp" and below.head.lemma_ == "be" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
            return "is to"
    return None


def past_tense(token: Token) -> bool:
    """Simple past, perfect or past passive: a happening the clause places before now."""
    verb = verb_of(token)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in _MODALS or a == "to" for a in aux):
        return False
    if verb.tag_ == "VBD" and verb.dep_ not in ("amod", "acl"):
        return True
    return verb.tag_ == "VBN" and any(a in ("has", "have", "had", "was", "were", "'s", "'ve") for a in aux)


def states_done(text: str, token: Token) -> bool:
    """A headline that states the trigger's verb with no marker of the unreal."""
    if _UNREAL_HEADLINE.search(text):
        return False
    verb = verb_of(token)
    if verb.pos_ not in ("VERB", "AUX"):
        return False  # a noun phrase states nothing
    lemma = verb.lemma_.lower()
    forms = {verb.lower_, lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma[:-1] + "ies"}
    return any(w.lower() in forms for w in re.findall(r"[\w'-]+", text))


# --- one corpus -----------------------------------------------------------------------------


@dataclass
class Tally:
    entries: int = 0
    negation_cued: int = 0
    unreal_cued: int = 0
    past_undated: int = 0
    flagged: Counter[str] = field(default_factory=Counter)
    cues: Counter[str] = field(default_factory=Counter)
    rows: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.entries += other.entries
        self.negation_cued += other.negation_cued
        self.unreal_cued += other.unreal_cued
        self.past_undated += other.past_undated
        self.flagged.update(other.flagged)
        self.cues.update(other.cues)
        self.rows.extend(other.rows)


def _trigger(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def sweep_event(event: Event, token: Token, dct: str, tally: Tally, corpus: str) -> None:
    tally.entries += 1
    flags: list[str] = []
    neg = negation_cue(token)
    unreal = None if neg else unreal_cue(token)
    if neg:
        tally.negation_cued += 1
        tally.cues[neg] += 1
        if event.modality not in ("negated", *_UNREAL_MODALITIES):
            flags.append("negation shown as done")
    if unreal:
        tally.unreal_cued += 1
        tally.cues[unreal] += 1
        if event.modality in ("happened", "reported"):
            flags.append("unreal shown as done")
    # The headline keeps the cue the clause has (a date in the future alone makes "planned" but
    # leaves "Canada's commitment ends" a fair headline for "… ends in 2011").
    if (neg or event.modality == "negated") and not _NEG_HEADLINE.search(event.headline):
        flags.append("headline lost negation")
    elif unreal and states_done(event.headline, token):
        flags.append("headline lost modality")
    own_timex = event.timex.end > event.timex.start
    if not own_timex and past_tense(token) and event.modality in ("happened", "reported"):
        tally.past_undated += 1
        # A scene's date is the text's own (the story's "today", "on Friday"), not the document's.
        at_present = event.date_source != "scene" and (event.date.value in (dct[:10], "PRESENT_REF") or (
            event.date_source == "document" and event.date.value != "PAST_REF"))
        if at_present:
            flags.append("undated past at the present")
    for flag in flags:
        tally.flagged[flag] += 1
        sentence = " ".join(event.sentence.text.split())[:220]
        tally.rows.append(
            f"{flag}\t{corpus}\t{event.article}\t{event.modality}\t{event.date.value}\t{event.date_source}\t"
            f"{neg or unreal or ''}\t{event.trigger.text}\t{event.headline}\t{sentence}")


def sweep(articles: list[Article], name: str, n_process: int) -> Tally:
    from model.nlp.loading import load_pipeline
    from model.nlp.pipeline import extract

    nlp = load_pipeline()
    result = extract(articles, nlp, n_process=n_process)
    docs = result.docs
    dcts = {a.id: a.dct.value or "" for a in articles}
    tally = Tally()
    for event in result.events:
        doc = docs.get(event.article)
        token = _trigger(doc, event) if doc is not None else None
        if token is not None:
            sweep_event(event, token, dcts[event.article], tally, name)
    return tally


def timeline17_articles(folder: Path, limit: int | None) -> list[Article]:
    articles: list[Article] = []
    for path in sorted(folder / name / "articles.jsonl" for name in DEV_FOLDERS):
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        records = [r for r in records if r.get("text", "").strip()]
        if limit and len(records) > limit:
            step = len(records) / limit  # spread over the folder, not its first days only
            records = [records[int(k * step)] for k in range(limit)]
        for n, record in enumerate(records):
            articles.append(Article(id=f"{path.parent.name}-{n}", path=str(path), text=record["text"],
                                    title=record.get("title", ""),
                                    dct=DocumentDate(record["date"], "metadata", 1.0)))
    return articles


def tbaq_articles(folder: Path, limit: int | None) -> list[Article]:
    from model.loaders import load_paths

    paths = sorted(folder.glob("*/*.tml"))
    if limit:
        paths = paths[:: max(1, len(paths) // limit)][:limit]
    return load_paths(paths).articles


def report(name: str, tally: Tally) -> str:
    flags = ", ".join(f"{k} {tally.flagged[k]}" for k in (
        "negation shown as done", "unreal shown as done", "headline lost negation", "headline lost modality",
        "undated past at the present"))
    return (f"{name}: {tally.entries} entries; negation cue {tally.negation_cued}, unreal cue "
            f"{tally.unreal_cued}, undated past {tally.past_undated}; flagged: {flags}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=shared_data())
    parser.add_argument("--limit", type=int, default=None, help="at most N articles per Timeline17 folder / TBAQ")
    parser.add_argument("--only", choices=("timeline17", "tbaq", "samples"), default=None)
    parser.add_argument("--list", type=Path, default=None, help="write every flagged entry here (TSV)")
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"error: no corpora at {args.data}", file=sys.stderr)
        return 2
    started = time.perf_counter(), time.process_time()
    corpora: list[tuple[str, Tally]] = []
    if args.only in (None, "timeline17"):
        articles = timeline17_articles(args.data / "timeline17", args.limit)
        corpora.append(("Timeline17 dev", sweep(articles, "timeline17", args.n_process)))
    if args.only in (None, "tbaq"):
        corpora.append(("TBAQ", sweep(tbaq_articles(args.data / "tempeval3", args.limit), "tbaq", args.n_process)))
    if args.only in (None, "samples"):
        from model.loaders import load_paths

        samples = load_paths(sorted((ROOT / "resources" / "samples").glob("*.txt"))).articles
        corpora.append(("samples", sweep(samples, "samples", args.n_process)))
    total = Tally()
    for name, tally in corpora:
        total.add(tally)
        print(report(name, tally))
    if len(corpora) > 1:
        print(report("All", total))
    print("cues: " + ", ".join(f"{k} {v}" for k, v in total.cues.most_common()))
    print(f"time: {time.perf_counter() - started[0]:.0f} s wall, {time.process_time() - started[1]:.0f} s CPU")
    if args.list is not None:
        header = "flag\tcorpus\tarticle\tmodality\tdate\tsource\tcue\ttrigger\theadline\tsentence"
        args.list.write_text("\n".join([header, *sorted(total.rows)]) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
