"""Deciding rows from the column index (``model.filtering.columns``): numpy only, no Qt.

- ``criteria``: one pass/fail array per active criterion of a ``FilterState``, named by its facet;
- ``combine``: the rows every given criterion lets through;
- ``collapse``: with one entry per cluster, the best passing report of each cluster (the rows are
  sorted once by cluster and preference, so it is the first passing row of each cluster);
- ``facet_counts``: per facet value, how many entries ticking it would show under the other
  facets' choices (a cluster counts once per value any of its passing reports has).

The proxy (``model.qt.event_filter_model``) caches these results and turns them into rows.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

import numpy as np

from model.filtering.columns import Codes, Multi, RowKeys, any_of, bools, distinct
from model.filtering.filter_state import FilterState

FACETS = ("participants", "articles", "sources", "modalities", "tags")


@dataclass(frozen=True)
class FacetCounts:
    """For each facet, how many events each value would show given the other facets' choices."""

    counts: dict[str, Counter[str]]
    date_bounds: tuple[date, date] | None  # first and last day of the events the date filter sees
    visible: int
    total: int


def criteria(state: FilterState, keys: RowKeys) -> dict[str, np.ndarray]:
    """One pass/fail array per active criterion, named by the facet it belongs to."""
    n = len(keys)
    out: dict[str, np.ndarray] = {}
    needle = state.needle
    if needle:
        out["text"] = bools((needle in h for h in keys.haystacks), n)
    if state.participants:
        out["participants"] = any_of(keys.participants, state.participants, n)
    if state.article_ids is not None:
        out["articles"] = np.isin(keys.articles.codes, keys.articles.of(state.article_ids))
    if state.sources:
        out["sources"] = np.isin(keys.sources.codes, keys.sources.of(state.sources))
    if state.modalities:
        out["modalities"] = np.isin(keys.modalities.codes, keys.modalities.of(state.modalities))
    if state.tags:
        out["tags"] = any_of(keys.tags, state.tags, n)
    if state.has_dates:
        lo = state.date_from.toordinal() if state.date_from else -(10**9)
        hi = state.date_to.toordinal() if state.date_to else 10**9
        out["dates"] = (keys.ends >= lo) & (keys.starts <= hi)
    status: np.ndarray | None = None
    if not state.show_hidden:
        status = ~keys.hidden
    if state.starred_only:
        status = keys.starred if status is None else status & keys.starred
    if state.hide_uncertain:
        status = ~keys.uncertain if status is None else status & ~keys.uncertain
    if status is not None:
        out["status"] = status
    return out


def combine(arrays: list[np.ndarray], n: int) -> np.ndarray:
    """The rows every array lets through (all rows when there is none)."""
    if not arrays:
        return np.ones(n, dtype=bool)
    result = arrays[0].copy()
    for array in arrays[1:]:
        result &= array
    return result


def collapsing(state: FilterState, keys: RowKeys) -> bool:
    """One entry per cluster changes what is shown (some cluster holds several reports)."""
    return state.one_per_cluster and len(keys) > 0 and keys.clusters.shared


def collapse(keys: RowKeys, accepted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(per row: shown, per cluster code: its shown row or -1): the accepted reports that stand
    alone, and the best accepted report of every cluster of several."""
    clusters = keys.clusters
    order = keys.cluster_order
    passing = order[accepted[order]]  # still by cluster, best report first
    codes = clusters.codes[passing]
    first = np.ones(len(passing), dtype=bool)
    first[1:] = codes[1:] != codes[:-1]
    shown = accepted & clusters.alone
    shown[passing[first]] = True
    rows = np.flatnonzero(shown)
    by_cluster = np.full(len(clusters.sizes), -1, dtype=np.int64)
    by_cluster[clusters.codes[rows]] = rows  # one shown row per cluster at most
    return shown, by_cluster


def facet_counts(state: FilterState, keys: RowKeys, passed: dict[str, np.ndarray], visible: int) -> FacetCounts:
    """Counts per facet value under the other facets' choices (the usual faceted search);
    ``passed`` is ``criteria(state, keys)``, ``visible`` the number of entries shown."""
    n = len(keys)
    collapsed = collapsing(state, keys)
    counts: dict[str, Counter[str]] = {}
    for facet in FACETS:
        passing = combine([v for k, v in passed.items() if k != facet], n)
        counts[facet] = _count(getattr(keys, facet), keys, passing, collapsed)
    passing = combine([v for k, v in passed.items() if k != "dates"], n)
    bounds = None
    if passing.any():
        bounds = (date.fromordinal(int(keys.starts[passing].min())), date.fromordinal(int(keys.ends[passing].max())))
    return FacetCounts(counts, bounds, visible, n)


def _count(column: Codes | Multi, keys: RowKeys, passing: np.ndarray, collapsed: bool) -> Counter[str]:
    """Entries per value: with one entry per cluster, a cluster counts once per value any
    of its passing reports has."""
    if isinstance(column, Multi):
        rows = column.rows[passing[column.rows]]
        codes = column.codes[passing[column.rows]]
    else:
        rows = np.flatnonzero(passing)
        codes = column.codes[rows]
    if collapsed and len(codes):
        # Reports alone count as they are; the others once per (cluster, value).
        clusters = keys.clusters
        shared = ~clusters.alone[rows]
        width = max(len(column.vocab), 1)
        pairs = distinct(clusters.codes[rows[shared]] * width + codes[shared])
        codes = np.concatenate((codes[~shared], pairs % width))
    totals = np.bincount(codes, minlength=len(column.vocab))
    return Counter({column.vocab[i]: int(totals[i]) for i in np.flatnonzero(totals)})
