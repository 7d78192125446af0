"""The timeline's events as numpy columns: positions, lanes, styles (Qt-free, no model).

`EventColumns` is a snapshot of the events a view shows, built once per model reset
(`build_columns`, or `select_columns` over every event's `SourceColumns` so that a filter change
is numpy indexing); the view then asks it cheap questions (how many events are in this range,
which ones) instead of walking the Qt model per frame. It reads nothing: the events and a way to
find an article by id are given (the timeline's `gui/timeline/view/feed.py` reads them from its
Qt model); the level-of-detail helpers that draw from it are `gui/timeline/timeline_lod.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

import numpy as np

from model.core.documents import Article
from model.core.events import MODALITIES, Event
from model.core.lanes import NO_PARTICIPANT, check_lane_mode, lane_key, lane_label
from model.core.time_axis import DAY, EPOCH_ORDINAL

FindArticle = Callable[[str], Article | None]  # an article by id, for lane keys and names

MAX_LANES = 30  # beyond this the smallest lanes share one "Other" lane
OTHER_LANE_PREFIX = "Other ("

@dataclass
class EventColumns:
    """The shown events in model-independent columns; index i is the same event in every column."""

    events: list[Event]
    ids: list[str]
    x: np.ndarray  # midpoint of the interval, seconds
    start: np.ndarray  # first instant of the interval
    end: np.ndarray  # first instant after the interval (the day after the last day)
    lane: np.ndarray  # lane index per event
    modality: np.ndarray  # index into MODALITIES; len(MODALITIES) for anything else
    starred: np.ndarray
    coarse: np.ndarray  # coarser than a day: drawn as a bar
    lane_labels: list[str]
    lane_keys: list[str]
    # Happenings the text gives no time for (granularity "relative": PAST_REF…): never a marker
    # on a day; the view shows them apart, per lane, at the document date. (event, lane) pairs.
    undated: list[tuple[Event, int]] = field(default_factory=list)
    order: np.ndarray = field(init=False)  # event indices in time order
    sorted_x: np.ndarray = field(init=False)  # x[order]
    lane_x: list[np.ndarray] = field(init=False)  # each lane's x, sorted
    _index: dict[str, int] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.reorder()

    @property
    def index(self) -> dict[str, int]:
        """Event id -> column index (built on first use: a first paint does not need it)."""
        if self._index is None:
            self._index = dict(zip(self.ids, range(len(self.ids)), strict=True))
        return self._index

    def reorder(self) -> None:
        """Recompute the sorted views after positions changed."""
        # Time order, ties in model order (stable sorts), so arrow keys walk a stable path.
        self.order = np.argsort(self.x, kind="stable")
        self.sorted_x = self.x[self.order]
        # By lane, then time: a stable sort of the time order by lane (a radix sort on integers).
        by_lane = self.order[np.argsort(self.lane[self.order], kind="stable")]
        bounds = np.searchsorted(self.lane[by_lane], np.arange(len(self.lane_labels) + 1))
        xs = self.x[by_lane]
        self.lane_x = [xs[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]

    def __len__(self) -> int:
        return len(self.ids)

    def count_in(self, x0: float, x1: float) -> int:
        """Events whose position lies in [x0, x1]."""
        lo = np.searchsorted(self.sorted_x, x0, side="left")
        hi = np.searchsorted(self.sorted_x, x1, side="right")
        return int(hi - lo)

    def indices_in(self, x0: float, x1: float) -> np.ndarray:
        """Events positioned in [x0, x1], plus coarse ones whose bar crosses it."""
        lo = np.searchsorted(self.sorted_x, x0, side="left")
        hi = np.searchsorted(self.sorted_x, x1, side="right")
        inside = self.order[lo:hi]
        crossing = np.flatnonzero(
            self.coarse & (self.start < x1) & (self.end > x0) & ((self.x < x0) | (self.x > x1))
        )
        return np.concatenate([inside, crossing]) if len(crossing) else inside

    def span(self) -> tuple[float, float] | None:
        if not self.ids:
            return None
        return float(self.start.min()), float(self.end.max())

    def bulk_span(self, outlier_factor: float = 3.0) -> tuple[float, float] | None:
        """Where the entries are (``story_window``) when the whole span is more than
        ``outlier_factor`` times longer (every "1918 pandemic" mention would otherwise squeeze a
        2009 story into one column at the edge); else the whole span."""
        whole = self.span()
        if whole is None:
            return None
        window = story_window(self.sorted_x, floor=STORY_FLOOR_DAYS * DAY)
        if window is None:
            return whole
        lo, hi = window
        if (whole[1] - whole[0]) <= outlier_factor * max(hi - lo, 1.0):
            return whole
        return lo, hi


# A story's stretch is at least this long when deciding how far it may grow (a few days of dense
# reporting must not make three months look "spread out").
STORY_FLOOR_DAYS = 90
STORY_SHARES = (0.9, 0.75, 0.5)
STORY_GROWTH = 5.0


def densest_window(sorted_x: np.ndarray, share: float) -> tuple[float, float] | None:
    """The shortest [x_i, x_j] holding at least ``share`` of the (sorted) positions; None for
    fewer than five, where every entry counts."""
    n = len(sorted_x)
    if n < 5:
        return None
    k = max(2, int(np.ceil(share * n)))
    widths = sorted_x[k - 1 :] - sorted_x[: n - k + 1]
    i = int(np.argmin(widths))
    return float(sorted_x[i]), float(sorted_x[i + k - 1])


def story_window(sorted_x: np.ndarray, floor: float = 0.0) -> tuple[float, float] | None:
    """The stretch that holds most entries without being stretched by a few far ones: the
    densest window of the largest share (90%, else 75%, else half) that is at most
    ``STORY_GROWTH`` times as long as the half's (or ``floor``), with the entries near it."""
    half = densest_window(sorted_x, STORY_SHARES[-1])
    if half is None:
        return None
    limit = STORY_GROWTH * max(half[1] - half[0], floor)
    lo, hi = half
    for share in STORY_SHARES:
        window = densest_window(sorted_x, share)
        if window is not None and window[1] - window[0] <= limit:
            lo, hi = window
            break
    # Entries close to the stretch belong to the story too: only the far ones are left out.
    margin = (hi - lo) / 4
    near = sorted_x[(sorted_x >= lo - margin) & (sorted_x <= hi + margin)]
    return float(near[0]), float(near[-1])


def modality_index(modality: str) -> int:
    try:
        return MODALITIES.index(modality)
    except ValueError:
        return len(MODALITIES)


LANE_ATTRIBUTE = {"article": "article", "modality": "modality"}  # lanes named by one field
FOLDED_NAMES = {"article": "articles", "participant": "participants", "source": "sources"}  # many lanes fold


@dataclass
class SourceColumns:
    """Every event of the source model in columns, whatever the filter: a filter change then
    only picks rows (numpy indexing) instead of reading 100,000 events again."""

    events: list[Event]
    ids: list[str]
    x: np.ndarray
    start: np.ndarray
    end: np.ndarray
    modality: np.ndarray
    starred: np.ndarray
    coarse: np.ndarray
    undated: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))  # granularity "relative"
    _lanes: dict[str, tuple[np.ndarray, list[str]]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    def lane_codes(self, mode: str, find_article: FindArticle) -> tuple[np.ndarray, list[str]]:
        """Each event's lane code and the lane keys, for a lane mode (computed once per mode)."""
        if mode not in self._lanes:
            # Codes by first appearance (a dict is far quicker than np.unique on strings).
            codes: dict[str, int] = {}
            keys = (
                map(attrgetter(LANE_ATTRIBUTE[mode]), self.events)
                if mode in LANE_ATTRIBUTE
                else (lane_key(e, mode, find_article(e.article)) for e in self.events)
            )
            inverse = np.array([codes.setdefault(k, len(codes)) for k in keys], dtype=np.int64)
            self._lanes[mode] = (inverse, list(codes))
        return self._lanes[mode]

    def set_event(self, row: int, event: Event, find_article: FindArticle) -> None:
        """An edited event, in place."""
        one = source_columns([event])
        self.events[row] = event
        for name in ("x", "start", "end", "modality", "starred", "coarse", "undated"):
            getattr(self, name)[row] = getattr(one, name)[0]
        for mode, (codes, keys) in self._lanes.items():
            key = lane_key(event, mode, find_article(event.article))
            if key not in keys:
                keys.append(key)
            codes[row] = keys.index(key)


def source_columns(events: Sequence[Event]) -> SourceColumns:
    events = list(events)
    n = len(events)
    # map() with C-level getters: a generator per column costs several times more at 100,000 events.
    dates = list(map(attrgetter("date"), events))
    first = np.fromiter(map(date.toordinal, map(attrgetter("start"), dates)), dtype=np.int64, count=n)
    last = np.fromiter(map(date.toordinal, map(attrgetter("end"), dates)), dtype=np.int64, count=n)
    start = (first - EPOCH_ORDINAL).astype(float) * DAY
    end = (last + 1 - EPOCH_ORDINAL).astype(float) * DAY
    mod_of = {m: i for i, m in enumerate(MODALITIES)}
    other = len(MODALITIES)
    return SourceColumns(
        events=events,
        ids=list(map(attrgetter("id"), events)),
        x=(start + end) / 2,
        start=start,
        end=end,
        modality=np.array([mod_of.get(m, other) for m in map(attrgetter("modality"), events)], dtype=np.int8),
        starred=np.fromiter(map(attrgetter("starred"), events), dtype=bool, count=n),
        coarse=np.array([g != "day" for g in map(attrgetter("granularity"), dates)], dtype=bool),
        undated=np.array([g == "relative" for g in map(attrgetter("granularity"), dates)], dtype=bool).reshape(n),
    )


def build_columns(events: Sequence[Event], mode: str, find_article: FindArticle) -> EventColumns:
    """Columns for these events, lanes grouped by `mode` (one of model.core.lanes.LANE_MODES)."""
    source = source_columns(events)
    return select_columns(source, np.arange(len(source)), mode, find_article)


def select_columns(
    source: SourceColumns, rows: np.ndarray, mode: str, find_article: FindArticle
) -> EventColumns:
    """Columns for some rows of the source, with lanes for just the events those rows hold."""
    check_lane_mode(mode)
    rows = np.asarray(rows, dtype=np.int64)
    n = len(rows)
    x = source.x[rows]
    all_codes, all_keys = source.lane_codes(mode, find_article)
    present, inverse = np.unique(all_codes[rows], return_inverse=True)  # integers: quick
    lane_keys = [all_keys[int(c)] for c in present]
    lane_keys, inverse = _fold_small_lanes(lane_keys, inverse, mode)
    if mode == "modality":
        rank = {m: i for i, m in enumerate(MODALITIES)}
        sort_key: list[tuple[object, ...]] = [(rank.get(k, len(MODALITIES)), k) for k in lane_keys]
    else:
        # Lanes in the order of their first event, so the timeline reads top-left to bottom-right.
        earliest = np.full(len(lane_keys), np.inf)
        np.minimum.at(earliest, inverse, x)
        # ... and events without a participant last, out of the way.
        sort_key = [
            (k.startswith(OTHER_LANE_PREFIX), k == NO_PARTICIPANT, float(earliest[i]), k) for i, k in enumerate(lane_keys)
        ]
    ranked = sorted(range(len(lane_keys)), key=lambda i: sort_key[i])
    new_of_old = np.empty(len(lane_keys), dtype=np.int32)
    new_of_old[ranked] = np.arange(len(lane_keys), dtype=np.int32)
    lane = new_of_old[inverse] if n else np.zeros(0, dtype=np.int32)
    labels = [_lane_label(lane_keys[i], mode, find_article) for i in ranked]
    lane = lane.astype(np.int32)
    # Lanes are made from every shown event; the undated ones then leave the day markers.
    undated_mask = source.undated[rows] if len(source.undated) == len(source) else np.zeros(n, dtype=bool)
    undated = [(source.events[int(r)], int(lane_no)) for r, lane_no in zip(rows[undated_mask], lane[undated_mask],
                                                                          strict=True)]
    keep = ~undated_mask
    rows, x, lane = rows[keep], x[keep], lane[keep]
    row_list = rows.tolist()
    return EventColumns(
        events=[source.events[r] for r in row_list],
        ids=[source.ids[r] for r in row_list],
        x=x,
        start=source.start[rows],
        end=source.end[rows],
        lane=lane,
        modality=source.modality[rows],
        starred=source.starred[rows],
        coarse=source.coarse[rows],
        lane_labels=labels,
        lane_keys=[lane_keys[i] for i in ranked],
        undated=undated,
    )


def _fold_small_lanes(lane_keys: list[str], inverse: np.ndarray, mode: str) -> tuple[list[str], np.ndarray]:
    """Past MAX_LANES lanes (300 articles, 2,000 participants) no lane is readable: keep the
    lanes with the most events and fold the rest into one "Other" lane at the bottom."""
    if len(lane_keys) <= MAX_LANES or mode not in FOLDED_NAMES:
        return lane_keys, inverse
    counts = np.bincount(inverse, minlength=len(lane_keys))
    keep = np.argsort(-counts, kind="stable")[: MAX_LANES - 1]
    folded = len(lane_keys) - len(keep)
    new_code = np.full(len(lane_keys), len(keep), dtype=np.int64)  # the last code is "Other"
    new_code[keep] = np.arange(len(keep))
    other = f"{OTHER_LANE_PREFIX}{folded} more {FOLDED_NAMES[mode]})"
    return [lane_keys[int(k)] for k in keep] + [other], new_code[inverse]


def _lane_label(key: str, mode: str, find_article: FindArticle) -> str:
    if key.startswith(OTHER_LANE_PREFIX):
        return key
    return lane_label(key, mode, find_article(key) if mode == "article" else None)


def no_articles(_article_id: str) -> Article | None:
    """A finder for views without articles: lanes named by their keys."""
    return None
