"""Does a speed change keep extraction's output the same? Fingerprints of everything ``extract`` gives.

    python benchmarks/extraction_identity.py --save before.json              # on the old code
    python benchmarks/extraction_identity.py --against before.json           # on the new code
    python benchmarks/extraction_identity.py --against before.json --n-process 2

Corpora: the 256 TempEval-3 documents (metadata dates: events built as each doc arrives) and the
three sample articles (no dates: dated from their text and from each other), each extracted on its
own, then both in one run (settled and inferred dates side by side). Per article: its document
date, its TimeML event mentions and its TimeML export (the rendering reads the timexes of the doc
the result keeps); per event: ``Event.to_json()`` (date, headline, sentence, trigger, timex,
participants, modality, cluster...). Prints one line per corpus: how many rows differ.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.shared_data import shared_data  # noqa: E402
from model.core.documents import Article  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"


def _shared_data() -> Path:
    return shared_data()


def _load(path: Path) -> list[Article]:
    from model.loaders import load_paths

    loaded = load_paths([path])
    if not loaded.articles:
        raise SystemExit(f"no articles in {path}")
    return loaded.articles


def fingerprint(articles: list[Article], n_process: int, batch_size: int) -> list[str]:
    """One JSON line per article and per event of one ``extract`` run."""
    from model.exporters.timeml_export import render_article
    from model.nlp.loading import load_pipeline
    from model.nlp.pipeline import extract

    result = extract(copy.deepcopy(articles), load_pipeline(), n_process=n_process, batch_size=batch_size)
    rows = []
    for article in result.articles:
        events = [e for e in result.events if e.article == article.id]
        mentions = [[m.start, m.end, m.event_class] for m in article.event_mentions]
        rows.append(json.dumps({"article": article.id, "dct": article.dct.to_json(), "mentions": mentions,
                                "tml": render_article(article, events, result.docs)}, sort_keys=True))
    rows.extend(json.dumps(e.to_json(), sort_keys=True) for e in result.events)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tempeval", type=Path, default=None, help="TempEval-3 folder (default: shared data)")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--save", type=Path, help="write the fingerprints here")
    parser.add_argument("--against", type=Path, help="compare with fingerprints saved earlier")
    args = parser.parse_args(argv)

    tempeval = _load(args.tempeval or _shared_data() / "tempeval3")
    samples = _load(SAMPLES)
    corpora = {"tempeval3": tempeval, "samples": samples, "samples+tempeval3[:40]": samples + tempeval[:40]}
    now = {name: fingerprint(arts, args.n_process, args.batch_size) for name, arts in corpora.items()}
    if args.save:
        args.save.write_text(json.dumps(now), encoding="utf-8")
    status = 0
    if args.against:
        before = json.loads(args.against.read_text(encoding="utf-8"))
        for name, rows in now.items():
            old = before.get(name, [])
            differ = sum(a != b for a, b in zip(old, rows, strict=False)) + abs(len(old) - len(rows))
            events = sum(1 for r in rows if '"headline"' in r)
            print(f"{name}: {len(rows)} rows ({events} events), {differ} differ from {args.against.name} "
                  f"(n_process={args.n_process})")
            status |= bool(differ)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
