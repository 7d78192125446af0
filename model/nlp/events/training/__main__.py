"""One command from the TempEval-3 data to the shipped event weights:

    python -m model.nlp.events.training [--corpus DIR] [--work DIR] [--max-steps N]

1. converts TBAQ to DocBins (``convert.py``; split: AQUAINT test, TimeBank train/dev),
2. trains with ``spacy.cli.train`` on ``config.cfg`` (seed fixed there),
3. writes the trained ``timeml_events`` component alone, as a small pipeline, to
   ``model/nlp/events/weights`` (what ``add_event_recognizer`` loads).

Intermediate files go to ``build/event-model`` (git-ignored). Run it under ``nice``: about 15 minutes
on two busy cores.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]


def export_weights(trained_dir: Path, out: Path) -> None:
    """Keep only the event component: the English pipeline it was trained on ships separately."""
    import spacy

    from model.nlp.events.recognizer import FACTORY

    trained = spacy.load(trained_dir)
    small = spacy.blank("en")
    small.add_pipe(FACTORY, source=trained)
    if out.exists():
        shutil.rmtree(out)
    small.to_disk(out)


def main(argv: list[str] | None = None) -> int:
    from model.nlp.events.recognizer import WEIGHTS
    from model.nlp.events.training.convert import convert, default_corpus
    from model.nlp.loading import ModelNotFoundError, available_model

    parser = argparse.ArgumentParser(description="Train the TimeML event tagger and ship its weights.")
    parser.add_argument("--corpus", type=Path, default=default_corpus(ROOT))
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "event-model")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    args = parser.parse_args(argv)

    base = available_model()
    if base is None:
        print(f"error: {ModelNotFoundError.__doc__}", file=sys.stderr)
        return 1
    try:
        convert(args.corpus, args.work / "corpus")
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
    train(HERE / "config.cfg", args.work / "output", use_gpu=-1, overrides=overrides)
    export_weights(args.work / "output" / "model-best", args.out)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"weights: {args.out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
