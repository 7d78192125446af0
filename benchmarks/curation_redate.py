"""How long the user waits for a curation edit: the commands run on the GUI thread.

    python benchmarks/curation_redate.py                      # the TempEval-3 corpus (~256 articles)
    python benchmarks/curation_redate.py --limit 50 --repeat 5

Extracts the corpus once (not timed), then times, as medians of --repeat runs:

- an event edit (EditHeadline) pushed and undone: one in-place replacement through the session;
- SetDocumentDate while the session holds every parsed doc (re-date the doc in place, rebuild the
  events with ``pipeline.set_document_date``, carry the curation over), its undo and its redo;
- SetDocumentDate after a reopened project (no docs): the article is parsed again first.

The article edited is the corpus's longest, the worst case for one article.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "tempeval3"


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        action()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QUndoStack

    from model.core.result import ExtractionResult
    from model.loaders import load_paths
    from model.nlp.loading import load_pipeline
    from model.nlp.pipeline import extract
    from model.state.curation import EditHeadline, SetDocumentDate
    from model.state.session import Session

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 (signals need an application)
    articles = load_paths([args.corpus]).articles
    if args.limit:
        articles = articles[: args.limit]
    nlp = load_pipeline()
    t0 = time.perf_counter()
    result = extract(articles, nlp)
    extract_s = time.perf_counter() - t0
    target = max(result.articles, key=lambda a: len(a.text))
    event = next(e for e in result.events if e.article == target.id)

    session = Session()
    session.set_result(ExtractionResult(list(result.articles), list(result.events), dict(result.docs)))
    stack = QUndoStack()
    headlines = iter(range(10**6))

    def edit_headline() -> None:
        stack.push(EditHeadline(session, event.id, f"Edited headline {next(headlines)}"))
        stack.undo()

    def set_date() -> None:
        stack.push(SetDocumentDate(session, target.id, "2001-02-03"))

    edit_ms = median_ms(edit_headline, args.repeat)
    push_ms, undo_ms, redo_ms = [], [], []
    for _ in range(args.repeat):
        stack.clear()
        push_ms.append(median_ms(set_date, 1))
        undo_ms.append(median_ms(stack.undo, 1))
        redo_ms.append(median_ms(stack.redo, 1))
        stack.undo()

    reopened = Session()
    reopened.set_result(ExtractionResult(list(result.articles), list(result.events), {}))
    reparse_ms = []
    for _ in range(args.repeat):
        reopened.set_result(ExtractionResult(list(result.articles), list(result.events), {}))
        t0 = time.perf_counter()
        SetDocumentDate(reopened, target.id, "2001-02-03", nlp=nlp).redo()
        reparse_ms.append((time.perf_counter() - t0) * 1000)

    print(f"# {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"# corpus {args.corpus}: {len(result.articles)} articles, {len(result.events)} events "
          f"(extracted in {extract_s:.1f} s, not part of the figures); edited article {target.id} "
          f"({len(target.text)} chars)")
    print(f"EditHeadline push + undo:            {edit_ms:8.2f} ms")
    print(f"SetDocumentDate, docs in session:    {statistics.median(push_ms):8.1f} ms")
    print(f"  undo:                              {statistics.median(undo_ms):8.1f} ms")
    print(f"  redo (kept result, doc re-dated):  {statistics.median(redo_ms):8.1f} ms")
    print(f"SetDocumentDate, reopened (re-parse):{statistics.median(reparse_ms):8.1f} ms")


if __name__ == "__main__":
    main()
