"""Loading articles from every supported format, robustly.

    result = load_paths(["notes.txt", "corpus/", "feed.jsonl"])
    result.articles  # Article objects; .txt/.md text exactly as decoded (offsets are a contract)
    result.errors    # one LoadError per problem: str(err) == "path[:line]: message"

Formats: .txt/.text, .md/.markdown (title from the first short line), .html/.htm/.xhtml
(trafilatura, offline), .json (records, a wrapper object, a single record, TimelineJS3),
.jsonl/.ndjson and .csv/.tsv (streamed, one article per record), .tml (TimeML <TEXT>, DCT).
Bad input never raises: each problem becomes a LoadError and every other file and record
still loads. A LoadError with `warning=True` (e.g. an impossible metadata date dropped)
did not cost an article; `LoadResult.failures` leaves those out.
"""

from __future__ import annotations

from model.loaders.limits import MAX_TEXT_CHARS
from model.loaders.load import SUPPORTED_SUFFIXES, load_path, load_paths
from model.loaders.result import LoadError, LoadResult

__all__ = [
    "MAX_TEXT_CHARS",
    "SUPPORTED_SUFFIXES",
    "LoadError",
    "LoadResult",
    "load_path",
    "load_paths",
]
