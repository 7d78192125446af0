"""Every pronoun and definite description of the samples and six TimeBank documents, with what
``model.nlp.events.coreference`` resolved it to, for judging by hand (docs/benchmarks.md, Headlines).

    python benchmarks/coreference_listing.py [--data ../shared/data] [--seed 3]

One line per mention: document | resolved name (``NP:head`` for an unnamed antecedent, ``None`` when
left unresolved) | the words before it with the mention in brackets.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from headline_rules import read_tml  # noqa: E402

from benchmarks.shared_data import shared_data  # noqa: E402
from model.core.documents import Article  # noqa: E402
from model.nlp.events.participants import find_participants  # noqa: E402

PRONOUNS = frozenset(["he", "him", "his", "she", "her", "they", "them", "their", "its"])


def listing(doc, tag: str) -> list[str]:  # type: ignore[no-untyped-def]
    participants = find_participants(doc)
    out = []
    for t in doc:
        described = t.i in participants.by_token and t.pos_ == "NOUN" and t.i > 0 and doc[t.i - 1].lower_ == "the"
        if t.lower_ not in PRONOUNS and not described:
            continue
        name = participants.by_token.get(t.i)
        if name is None and t.i in participants.refers_to:
            name = "NP:" + doc[participants.refers_to[t.i]].text
        before = doc[max(0, t.i - 12) : t.i].text.replace("\n", " ")
        out.append(f"{tag} | {name} | {before} [{t.text}] {doc[t.i + 1 : t.i + 4].text}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=shared_data())
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    from model.nlp.loading import load_pipeline
    from model.nlp.pipeline import parse_articles

    nlp = load_pipeline()
    lines: list[str] = []
    for path in sorted((ROOT / "resources" / "samples").glob("*.txt")):
        article = Article(id=path.stem, path=str(path), text=path.read_text(encoding="utf-8"), title="")
        lines += listing(next(parse_articles([article], nlp)), path.stem[:6])
    random.seed(args.seed)
    for path in random.sample(sorted((args.data / "tempeval3" / "TimeBank").glob("*.tml")), 6):
        lines += listing(nlp(read_tml(path)[0]), path.stem)
    print("\n".join(lines))
    resolved = sum(1 for line in lines if line.split(" | ")[1] != "None")
    print(f"{len(lines)} mentions, {resolved} resolved")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
