"""What the TimeML event tagger costs at run time, beside the parse it follows (issue 13, item 1).

    python benchmarks/event_tagger_cost.py                          # the shipped weights
    python benchmarks/event_tagger_cost.py --weights DIR [DIR ...]  # other weights, in the same run
    python benchmarks/event_tagger_cost.py --limit 50 --repeat 5

The 256 TempEval-3 documents go once through the app's pipeline without the event tagger
(``nlp.pipe``, batch size 16; CPU seconds of this process = "parse"); then each tagger runs alone,
``pipe`` over those parsed docs, ``--repeat`` times, without and with the noun rules after it, and its
best CPU time is reported with its share of the parse. CPU time, not wall time: on shared cores the wall clock measures the neighbours.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model.nlp.events.training.convert import default_corpus, read_timeml  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus(ROOT))
    parser.add_argument("--weights", type=Path, nargs="+", default=None, help="default: the shipped weights")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    import spacy

    from model.nlp.events.recognizer import FACTORY, WEIGHTS, EventTagger, weights_available
    from model.nlp.loading import load_pipeline

    paths = sorted(args.corpus.glob("*/*.tml"))[: args.limit]
    if not paths:
        print(f"error: no TimeML documents under {args.corpus}", file=sys.stderr)
        return 1
    texts = [read_timeml(p).text for p in paths]
    nlp = load_pipeline(disable=(FACTORY,))
    t0 = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=16))
    parse = time.process_time() - t0
    words = sum(len(d) for d in docs)
    print(f"{len(docs)} documents, {words:,} tokens; load average {os.getloadavg()[0]:.1f}")
    print(f"parse without the event tagger ({' '.join(nlp.pipe_names)}): {parse:.2f} s CPU")
    for weights in args.weights or [WEIGHTS]:
        if not weights_available(weights):
            print(f"error: no event weights in {weights}", file=sys.stderr)
            return 1
        tagger = spacy.load(weights).get_pipe(FACTORY)
        assert isinstance(tagger, EventTagger)
        # Without and with the noun rules after it (model/nlp/events/noun_events.py; the app runs them).
        for noun_rules in (False, True):
            tagger.noun_rules = noun_rules
            best = float("inf")
            for _ in range(args.repeat):
                t0 = time.process_time()
                for _doc in tagger.pipe(docs, batch_size=16):
                    pass
                best = min(best, time.process_time() - t0)
            print(f"event tagger {weights}{' with noun rules' if noun_rules else ''}: {best:.2f} s CPU, "
                  f"{best / parse:.1%} of the parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
