"""Long articles (issue 8): time to parse and to build events for one article of N dated
sentences, and for one 200,000-character sentence without a full stop.

    nice python benchmarks/long_text.py [--sizes 200,400,800]

Before the doc-text cache (model/text/doc_text.py) building events took O(expressions x tokens).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from model.core.documents import Article, DocumentDate  # noqa: E402
from model.nlp.loading import load_pipeline  # noqa: E402
from model.nlp.pipeline import build_events, parse_articles  # noqa: E402

SENTENCE = "The board met on Monday, March 3, 2021 and then voted. "
LONG_SENTENCE = "and then the board met again " * 4_000 + "on March 3, 2021 " + "and then it voted " * 4_000


def measure(nlp: object, name: str, text: str) -> None:
    article = Article(id="x", path="x", text=text, dct=DocumentDate("2021-11-12", "user", 1.0))
    start = time.perf_counter()
    docs = list(parse_articles([article], nlp))  # type: ignore[arg-type]
    parsed = time.perf_counter() - start
    start = time.perf_counter()
    events = build_events([article], docs)
    built = time.perf_counter() - start
    print(f"{name:28} {len(text):>9,} chars  parse {parsed:6.1f} s  events {built:6.2f} s  {len(events)} events", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="200,400,800")
    args = parser.parse_args()
    nlp = load_pipeline()
    for n in (int(s) for s in args.sizes.split(",")):
        measure(nlp, f"{n} dated sentences", SENTENCE * n)
    measure(nlp, "one sentence, no full stop", LONG_SENTENCE)


if __name__ == "__main__":
    main()
