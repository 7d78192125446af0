"""One command from the TempEval-3 data to the shipped event weights:

    python -m model.nlp.events.training [--corpus DIR] [--work DIR] [--max-steps N]

1. converts TBAQ to DocBins (``convert.py``; split by document, ``--split tbaq`` by default: a fifth
   of TimeBank and AQUAINT documents held out as test, see ``convert.splits``),
2. trains with ``spacy.cli.train`` on ``config.cfg`` (seed fixed there),
3. writes the trained ``timeml_events`` component alone, as a small pipeline, to
   ``model/nlp/events/weights`` (what ``add_event_recognizer`` loads).

Intermediate files go to ``build/event-model`` (git-ignored). Run it under ``nice``: about 15 minutes
on two busy cores.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]


def export_weights(trained_dir: Path, out: Path, split: str = "tbaq", base: str | None = None) -> None:
    """Keep only the event component: the English pipeline it was trained on ships separately."""
    import spacy

    from model.nlp.events.recognizer import FACTORY, EventTagger, reads_doc_tensor, tok2vec_fingerprint

    trained = spacy.load(trained_dir)
    small = spacy.blank("en")
    small.add_pipe(FACTORY, source=trained)
    # The benchmark reads the split to score on the documents these weights never saw.
    small.meta["name"] = "chronicle_timeml_events"
    small.meta["chronicle"] = {"split": split}
    tagger = small.get_pipe(FACTORY)
    if isinstance(tagger, EventTagger) and reads_doc_tensor(tagger.model):
        # It reads the English pipeline's token vectors: add_event_recognizer checks they are these.
        small.meta["chronicle"]["tok2vec"] = tok2vec_fingerprint(trained)
        small.meta["chronicle"]["base"] = base
    if out.exists():
        shutil.rmtree(out)
    small.to_disk(out)


def main(argv: list[str] | None = None) -> int:
    from model.nlp.events.recognizer import WEIGHTS
    from model.nlp.events.training.convert import SCHEMES, convert, default_corpus
    from model.nlp.loading import ModelNotFoundError, available_model

    parser = argparse.ArgumentParser(description="Train the TimeML event tagger and ship its weights.")
    parser.add_argument("--corpus", type=Path, default=default_corpus(ROOT))
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "event-model")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--split", choices=SCHEMES, default="tbaq", help="held-out scheme (convert.splits)")
    parser.add_argument("--config", type=Path, default=HERE / "config.cfg", help="training config (default: the shipped one)")
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override a config value, e.g. components.timeml_events.model.tok2vec.embed.width=96")
    args = parser.parse_args(argv)

    base = available_model()
    if base is None:
        print(f"error: {ModelNotFoundError.__doc__}", file=sys.stderr)
        return 1
    try:
        convert(args.corpus, args.work / "corpus", scheme=args.split)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    from spacy.cli.train import train

    overrides: dict[str, object] = {
        "paths.train": str(args.work / "corpus" / "train.spacy"),
        "paths.dev": str(args.work / "corpus" / "dev.spacy"),
        "paths.base": base,
    }
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    for item in args.set:
        key, _, value = item.partition("=")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    train(args.config, args.work / "output", use_gpu=-1, overrides=overrides)
    export_weights(args.work / "output" / "model-best", args.out, args.split, base)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"weights: {args.out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
