"""Loading articles from every supported format, robustly.

result = load_paths(["notes.txt", "corpus/", "feed.jsonl"])
result.articles  # Article objects, text exactly as read
result.errors    # LoadError per problem: str(err) == "path[:line]: message"
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
