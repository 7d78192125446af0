"""Many regular expressions asked of one text at a time, most of which find nothing.

Python's ``re`` tries a pattern that opens on ``\\b`` or ignores case at every position of the text, so
forty page-furniture patterns cost about 0.4 ms a sentence. Most of them need a word ("comment",
"broadcast") that a sentence lacks: a pattern is searched only when the text holds one of the literal
runs the pattern cannot match without (worked out from the pattern itself), so the answers are those
of searching every pattern, never different.
"""

from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parse
from collections.abc import Iterable
from typing import Any

# Characters outside ASCII that ``re.IGNORECASE`` matches against an ASCII letter: the Kelvin sign
# (k), the long s (s), dotted capital and dotless small i (i). A text holding one is searched with
# every pattern (``tests/model/text/test_pattern_sets.py`` checks the list against ``re`` itself).
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_SHORTEST = 3  # a shorter run is in almost every text: no use as a filter


class PatternSet:
    """Patterns asked whether any of them is found in a text (``any(p.search(text) for p in patterns)``)."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        needs = [_needed_runs(p) for p in self.patterns]
        self._table = tuple((p, frozenset(runs), ignore_case) for p, (runs, ignore_case) in zip(self.patterns, needs,
                                                                                               strict=True))
        # Every run once: which of them a text holds is looked up once per text, not once per pattern.
        self._folded_runs = frozenset(r for runs, ignore_case in needs if ignore_case for r in runs)
        self._exact_runs = frozenset(r for runs, ignore_case in needs if not ignore_case for r in runs)

    def search_any(self, text: str) -> bool:
        held: tuple[frozenset[str], frozenset[str]] | None = None  # (exact, folded) runs the text holds
        for pattern, runs, ignore_case in self._table:
            if runs:
                if held is None:
                    held = self._held(text)
                if runs.isdisjoint(held[ignore_case]):
                    continue  # the pattern cannot match without one of its runs
            if pattern.search(text):
                return True
        return False

    def _held(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        exact = frozenset(r for r in self._exact_runs if r in text)
        if _FOLDS_TO_ASCII.search(text):
            return exact, self._folded_runs  # lower() would not fold those as ``re`` does: search them all
        folded = text.lower()
        return exact, frozenset(r for r in self._folded_runs if r in folded)


def _needed_runs(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool]:
    """Literal runs of which every match of ``pattern`` holds one (lower-cased when it ignores case),
    and whether it ignores case; no runs when none can be found (the pattern is always searched)."""
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        runs = _sequence_runs(list(parsed))
    except Exception:  # noqa: BLE001 - a private parser's surprise only costs the filter
        return (), ignore_case
    if not runs or any(not run.isascii() for run in runs):
        return (), ignore_case
    return tuple(run.lower() if ignore_case else run for run in runs), ignore_case


def _sequence_runs(items: list[tuple[Any, Any]]) -> tuple[str, ...]:
    """The best set of alternatives a sequence of pattern items must match one of: its longest run
    of literal characters, or one of its alternations whose branches all have runs."""
    options: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if len(run) >= _SHORTEST:
            options.append(("".join(run),))
        run = []
        if op is sre_constants.BRANCH:
            branches = [_sequence_runs(list(alternative)) for alternative in av[1]]
            if branches and all(branches):
                options.append(tuple(r for b in branches for r in b))
        # Anything else (a class, a repeat, a group with its own flags) ends the run and is not read.
    return max(options, key=lambda o: min(len(r) for r in o), default=())
