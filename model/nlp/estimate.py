"""What an extraction will cost before it starts: articles, characters, estimated time and memory.

The rates are the measured ones (docs/benchmarks.md, "Speed and memory"): one process parses
about 8 articles of ~2,000 characters a second, and a result that keeps every parsed Doc (as the
app and one `extract` call do) grows by about 160 MB per 1,000 such articles, linearly.
Used to warn before a corpus far bigger than usual is analysed (issue 17, item 11).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from model.core.documents import Article

SECONDS_PER_MILLION_CHARS = 62.0  # one process: 8 articles/s at ~2,000 characters
BYTES_PER_CHAR = 84.0  # kept Docs and events: ~160 MB per 1,000 articles of ~1,900 characters
BASELINE_BYTES = 160e6  # the interpreter and the language model
# Above any of these the user is told what is coming before it starts.
LARGE_ARTICLES = 2_000
LARGE_SECONDS = 5 * 60
LARGE_BYTES = 2e9


@dataclass(frozen=True)
class Estimate:
    articles: int
    chars: int
    seconds: float
    memory_bytes: float
    machine_bytes: float | None  # this machine's physical memory, when known

    @property
    def is_large(self) -> bool:
        return self.articles > LARGE_ARTICLES or self.seconds > LARGE_SECONDS or self.memory_bytes > LARGE_BYTES

    @property
    def exceeds_memory(self) -> bool:
        return self.machine_bytes is not None and self.memory_bytes > 0.8 * self.machine_bytes

    def describe(self) -> str:
        """One line: '107,925 articles (205 MB of text): about 3 h 33 min and 17.4 GB of memory …'."""
        text = (
            f"{self.articles:,} articles ({_size(self.chars)} of text): about {_duration(self.seconds)} "
            f"and {_size(self.memory_bytes)} of memory"
        )
        if self.exceeds_memory and self.machine_bytes is not None:
            text += (f", more than this machine has ({_size(self.machine_bytes)}): split the corpus, or run "
                     "'main.py extract CORPUS.jsonl --scheduler local:N -o OUT/' (Dask workers, a folder the app opens)")
        return text


def estimate(articles: Sequence[Article], processes: int = 1) -> Estimate:
    chars = sum(len(a.text) for a in articles)
    seconds = chars / 1e6 * SECONDS_PER_MILLION_CHARS / max(1, processes)
    return Estimate(len(articles), chars, seconds, BASELINE_BYTES + chars * BYTES_PER_CHAR, _machine_memory())


def _machine_memory() -> float | None:
    try:
        return float(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (AttributeError, ValueError, OSError):
        return None


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    minutes = round(seconds / 60)
    if minutes < 90:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60} min"


def _size(n: float) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}" if n < 10 * scale else f"{n / scale:,.0f} {unit}"
    return f"{int(n)} B"
