"""The filter's column index: per event row, what the filters compare, as numpy columns (no Qt).

Built once per set of events and kept until the events change, so a filter change is numpy over
these columns (``model.filtering.evaluation``), never a walk over 100,000 events. Each column is
computed the first time it is needed; the proxy (``model.qt.event_filter_model``) builds the rest in
idle time (``RowKeys.warm_up_one``).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, NamedTuple

import numpy as np

from model.core.documents import TextSpan
from model.core.events import Event, EventDate
from model.filtering.filter_state import LOW_CONFIDENCE
from model.ranking.summary import HappeningRank, KeyRanks, key_order, rank_events


class Codes(NamedTuple):
    """A string column as integer codes into its sorted vocabulary (codes are also sort ranks)."""

    codes: np.ndarray
    vocab: list[str]

    def of(self, values: Iterable[str]) -> list[int]:
        index = {v: i for i, v in enumerate(self.vocab)}
        return [index[v] for v in values if v in index]


class Clusters(NamedTuple):
    """Each row's cluster as a code (numbered in first-seen order) and each code's size."""

    codes: np.ndarray
    sizes: np.ndarray
    names: list[str]  # code -> cluster id
    alone: np.ndarray  # per row: the only report of its cluster

    @property
    def shared(self) -> bool:
        """Some cluster holds more than one report (else collapsing changes nothing)."""
        return len(self.sizes) < len(self.codes)


def clusters_of(events: list[Event]) -> Clusters:
    index: dict[str, int] = {}
    # An event without a cluster id (or a placeholder without an id) is its own cluster.
    keys = [e.cluster_key or f"\0{row}" for row, e in enumerate(events)]
    codes = np.fromiter((index.setdefault(k, len(index)) for k in keys), np.int64, len(keys))
    sizes = np.bincount(codes, minlength=len(index))
    return Clusters(codes, sizes, list(index), sizes[codes] == 1)


def distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (np.unique's hash path is many times slower on 100,000 ints)."""
    values = np.sort(values)
    keep = np.ones(len(values), dtype=bool)
    keep[1:] = values[1:] != values[:-1]
    return values[keep]


class Multi(NamedTuple):
    """A set-valued column (participants, tags) as (row, code) pairs."""

    rows: np.ndarray
    codes: np.ndarray
    vocab: list[str]

    def of(self, values: Iterable[str]) -> list[int]:
        index = {v: i for i, v in enumerate(self.vocab)}
        return [index[v] for v in values if v in index]


def _codes(values: list[str]) -> Codes:
    vocab = sorted(set(values), key=lambda v: (v.casefold(), v))
    index = {v: i for i, v in enumerate(vocab)}
    return Codes(np.fromiter((index[v] for v in values), np.int64, len(values)), vocab)


def _ranks(values: list[str]) -> np.ndarray:
    """Each row's place in sorted order (ties in row order): headlines are nearly all distinct,
    so ranking the rows is cheaper than a vocabulary."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = np.empty(len(values), dtype=np.int64)
    ranks[np.asarray(order, dtype=np.int64)] = np.arange(len(values), dtype=np.int64)
    return ranks


def _multi(values: list[list[str]]) -> Multi:
    rows: list[int] = []
    names: list[str] = []
    for row, row_values in enumerate(values):
        for value in dict.fromkeys(row_values):  # a name twice in one event counts once
            rows.append(row)
            names.append(value)
    codes = _codes(names)
    return Multi(np.array(rows, dtype=np.int64), codes.codes, codes.vocab)


def bools(values: Iterable[bool], n: int) -> np.ndarray:
    return np.fromiter(values, dtype=bool, count=n)


def any_of(column: Multi, wanted: Iterable[str], n: int) -> np.ndarray:
    """Rows holding any of the wanted values."""
    mask = np.zeros(n, dtype=bool)
    mask[column.rows[np.isin(column.codes, column.of(wanted))]] = True
    return mask


class RowKeys:
    """Per source row, what the filters compare, as numpy columns indexed by source row.

    Each column is computed the first time a filter needs it (the default view needs only
    ``hidden``), so loading 100,000 events does not pay for a search nobody has typed yet.
    """

    def __init__(self, events: list[Event | None] | None = None, sources: list[str] | None = None) -> None:
        # A row without an event (a model that is not ours) is a hidden placeholder: it never shows.
        self._events: list[Event] = [e if e is not None else _NO_EVENT for e in events or []]
        self._sources: list[str] = list(sources or [""] * len(self._events))
        self._columns: dict[str, Any] = {}
        # Happening ranks handed in by whoever computes them off the GUI thread (``use_ranks``);
        # None: computed here on first need.
        self._given_ranks: KeyRanks | None = None

    def __len__(self) -> int:
        return len(self._events)

    def _column(self, name: str, build: Callable[[list[Event]], Any]) -> Any:
        column = self._columns.get(name)
        if column is None:
            with gc_paused():
                column = self._columns[name] = build(self._events)
        return column

    # Built ahead, one per idle turn, in the order a user is likely to need them.
    WARM_UP = ("ids", "clusters", "haystacks", "articles", "participants", "starts", "ends", "modalities", "sources",
               "starred", "uncertain", "tags", "headline_ranks", "confidences", "cluster_order")

    def warm_up_one(self) -> bool:
        """Build the next column not built yet; False when every column is there."""
        for name in self.WARM_UP:
            key = "headlines" if name == "headline_ranks" else name
            if key not in self._columns:
                getattr(self, name)
                return True
        return False

    def set_row(self, row: int, event: Event, source: str) -> None:
        """An edited event: its columns are rebuilt when next needed (a whole column costs milliseconds)."""
        self._events[row] = event
        self._sources[row] = source
        self._columns.clear()

    @property
    def ids(self) -> list[str]:
        return self._column("ids", lambda ev: [e.id for e in ev])  # type: ignore[no-any-return]

    @property
    def haystacks(self) -> list[str]:
        return self._column(  # type: ignore[no-any-return]
            "haystacks", lambda ev: [f"{e.headline}\n{e.sentence.text}\n{e.timex.text}".casefold() for e in ev]
        )

    @property
    def clusters(self) -> Clusters:
        return self._column("clusters", clusters_of)  # type: ignore[no-any-return]

    @property
    def cluster_order(self) -> np.ndarray:
        """The rows of clusters of two or more reports, sorted by cluster, then by the report that
        best speaks for it: the finest date (shortest interval), then the highest confidence, then
        the earliest row (article order). Only those rows: a report alone needs no choosing."""

        def build(ev: list[Event]) -> np.ndarray:
            clusters = self.clusters
            rows = np.flatnonzero(~clusters.alone)
            picked = [ev[r] for r in rows.tolist()]
            spans = np.fromiter(((e.date.end - e.date.start).days for e in picked), np.int64, len(picked))
            confidences = np.fromiter((e.confidence for e in picked), float, len(picked))
            return rows[np.lexsort((rows, -confidences, spans, clusters.codes[rows]))]  # type: ignore[no-any-return]

        return self._column("cluster_order", build)  # type: ignore[no-any-return]

    @property
    def key_ranks(self) -> np.ndarray:
        """Per row, its happening's place in the corpus's order of importance (0: the most
        important; ``model.ranking``): the Key events filter keeps the rows below N."""

        def build(ev: list[Event]) -> np.ndarray:
            given = self._given_ranks
            if given is None:
                place = {key: n for n, key in enumerate(key_order(self._happening_ranks()))}
                missing = len(place)
            else:
                # Ranks made before the last edit: a happening they do not know (a split's new
                # entry) is not left out on a guess, it waits for the next ranks like the rest.
                place, missing = given.place, 0
            return np.fromiter((place.get(e.cluster_key, missing) for e in ev), np.int64, len(ev))

        return self._column("key_ranks", build)  # type: ignore[no-any-return]

    def _happening_ranks(self) -> dict[str, HappeningRank]:
        if self._given_ranks is not None:
            return self._given_ranks.ranks
        return self._column("happening_ranks", lambda ev: rank_events(ev, self._sources))  # type: ignore[no-any-return]

    def use_ranks(self, ranks: KeyRanks | None) -> None:
        """Take the happening ranks from outside (the app ranks in a job: ~0.5 s at 10,000 articles)
        instead of computing them on first need. ``None``: not known yet; until they come every
        row ranks first, so the Key events filter narrows nothing rather than guessing."""
        self._given_ranks = ranks if ranks is not None else KeyRanks({}, {})
        self._columns.pop("key_ranks", None)
        self._columns.pop("happening_ranks", None)

    def rank_inputs(self) -> tuple[list[Event], list[str]]:
        """Copies of what the ranks are computed from (each row's event and source), for a job."""
        return list(self._events), list(self._sources)

    def key_rank(self, row: int) -> HappeningRank | None:
        """Why a row's happening ranks where it does (for a tooltip)."""
        return self._happening_ranks().get(self._events[row].cluster_key)

    @property
    def headline_ranks(self) -> np.ndarray:
        return self._column("headlines", lambda ev: _ranks([e.headline.casefold() for e in ev]))  # type: ignore[no-any-return]

    @property
    def confidences(self) -> np.ndarray:
        return self._column("confidences", lambda ev: np.fromiter((e.confidence for e in ev), float, len(ev)))  # type: ignore[no-any-return]

    @property
    def articles(self) -> Codes:
        return self._column("articles", lambda ev: _codes([e.article for e in ev]))  # type: ignore[no-any-return]

    @property
    def sources(self) -> Codes:
        return self._column("sources", lambda _ev: _codes(self._sources))  # type: ignore[no-any-return]

    @property
    def modalities(self) -> Codes:
        return self._column("modalities", lambda ev: _codes([e.modality for e in ev]))  # type: ignore[no-any-return]

    @property
    def participants(self) -> Multi:
        return self._column("participants", lambda ev: _multi([e.participants for e in ev]))  # type: ignore[no-any-return]

    @property
    def tags(self) -> Multi:
        return self._column("tags", lambda ev: _multi([e.tags for e in ev]))  # type: ignore[no-any-return]

    @property
    def starts(self) -> np.ndarray:
        return self._column("starts", lambda ev: np.fromiter((e.date.start.toordinal() for e in ev), np.int64, len(ev)))  # type: ignore[no-any-return]

    @property
    def ends(self) -> np.ndarray:
        return self._column("ends", lambda ev: np.fromiter((e.date.end.toordinal() for e in ev), np.int64, len(ev)))  # type: ignore[no-any-return]

    @property
    def starred(self) -> np.ndarray:
        return self._column("starred", lambda ev: bools((bool(e.starred) for e in ev), len(ev)))  # type: ignore[no-any-return]

    @property
    def hidden(self) -> np.ndarray:
        return self._column("hidden", lambda ev: bools((bool(e.hidden) for e in ev), len(ev)))  # type: ignore[no-any-return]

    @property
    def uncertain(self) -> np.ndarray:
        return self._column(  # type: ignore[no-any-return]
            "uncertain",
            lambda ev: bools((not e.timex.text or e.confidence < LOW_CONFIDENCE for e in ev), len(ev)),
        )


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """100,000 new tuples would set off full collections over every event held; nothing built
    here makes cycles, so collection can wait until the keys are done."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _no_event() -> Event:
    empty = TextSpan(0, 0, "")
    return Event("", "", EventDate("", date.min, date.min, "day"), "", empty, empty, empty, hidden=True)


_NO_EVENT: Event = _no_event()  # hidden: never shown
