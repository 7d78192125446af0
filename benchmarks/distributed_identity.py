"""Does the Dask/Parquet path give what ``extract`` gives? The whole result, on a real corpus (issue 13).

    python benchmarks/distributed_identity.py                          # H1N1 (Reuters), local:2
    python benchmarks/distributed_identity.py CORPUS.jsonl --scheduler local:4

The corpus goes through ``model.nlp.distributed.extract_corpus`` (JSON lines read by the workers,
cut into blocks, events merged across partitions by the client) and through one ``extract`` over
all its articles; the Parquet output is read back (``model.loaders.parquet_corpus.read_result``)
and compared article by article (document date with its evidence, recognised events, time anchors)
and event by event (every field, cluster included). One line per kind of difference.

Expected differences: a document date inferred from other articles (``DocumentDate.based_on``)
sees only its partition's articles on Dask, so such an article, its events and the clusters they
join may differ. Everything else should be the same.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.shared_data import shared_data  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(shared_data("timeline17", "H1N1_reuters", "articles.jsonl")),
                        help="a JSON-lines corpus")
    parser.add_argument("--scheduler", default="local:2")
    args = parser.parse_args(argv)

    from model.core.rows import article_from_record
    from model.loaders.parquet_corpus import read_result
    from model.nlp.distributed import extract_corpus, record_from_line
    from model.nlp.loading import load_pipeline
    from model.nlp.pipeline import extract

    lines = Path(args.corpus).read_text(encoding="utf-8").splitlines()
    articles = [article_from_record(r) for r in map(record_from_line, lines) if r is not None]
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        summary = extract_corpus([args.corpus], out, args.scheduler)
        dask_s = time.perf_counter() - started
        got = read_result(out)
    started = time.perf_counter()
    expected = extract(copy.deepcopy(articles), load_pipeline(), n_process=2)
    one_s = time.perf_counter() - started
    print(f"{args.corpus}: {len(articles)} articles; Dask {summary.partitions} partitions "
          f"{dask_s:.1f} s wall, extract {one_s:.1f} s wall")

    by_id = {a.id: a for a in got.articles}
    kinds: Counter[str] = Counter()
    cross = {a.id for a in expected.articles if a.dct.based_on} | {a.id for a in got.articles if a.dct.based_on}
    for article in expected.articles:
        other = by_id.get(article.id)
        if other is None:
            kinds["article missing"] += 1
            continue
        for name in ("dct", "event_mentions", "time_anchors", "title", "text", "source", "url", "metadata_date"):
            if getattr(article, name) != getattr(other, name):
                kinds[f"article {name}{' (dated from other articles)' if article.id in cross else ''}"] += 1
    events = {e.id: e for e in got.events}
    for event in expected.events:
        other_event = events.pop(event.id, None)
        tag = " (dated from other articles)" if event.article in cross else ""
        if other_event is None:
            kinds[f"event only in extract{tag}"] += 1
        elif other_event != event:
            fields = [f for f in ("date", "headline", "cluster", "entities", "participants", "modality")
                      if getattr(other_event, f) != getattr(event, f)]
            kinds[f"event differs: {'/'.join(fields) or 'other'}{tag}"] += 1
    for event in events.values():
        kinds[f"event only on Dask{' (dated from other articles)' if event.article in cross else ''}"] += 1
    print(f"articles {len(expected.articles)} / {len(got.articles)}, events {len(expected.events)} / "
          f"{len(got.events)} (extract / Dask); dated from other articles: {len(cross)}")
    print("identical" if not kinds else "\n".join(f"  {n:5d}  {kind}" for kind, n in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
