"""The level-of-detail helpers that keep 100,000 events fluid (numpy, no Qt, no model).

The columns themselves (`EventColumns`: positions, lanes, styles) are built model-side, Qt-free
(`model/render/timeline_columns.py`); the view asks them cheap questions (how many events are in
this range, which ones, what density per lane) instead of walking the Qt model per frame.
Nothing here draws: `gui/timeline/view/markers.py` turns the answers into a few pyqtgraph items.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from model.core.events import Event
from model.core.time_axis import DAY, EPOCH_ORDINAL
from model.render.timeline_columns import EventColumns

STACK_STEP = 0.12  # lane units between stacked events
STACK_SLOTS = 7  # rows at the full step: the middle and three either side; more runs get closer
STACK_HALF = 0.42  # the furthest a stacked marker sits from its lane's axis


def stack_offsets(xs: Sequence[float], near: float) -> list[float]:
    """Offsets within a lane so events closer than `near` do not hide each other (xs sorted).

    A run of nearby events is spread evenly over the lane's height, middle first
    outwards, so a few events sit close to the lane's axis and many still fit.
    """
    runs: list[int] = []  # length of each run of nearby events
    run_start: float | None = None
    for x in xs:
        if run_start is not None and x - run_start < near:
            runs[-1] += 1
        else:
            run_start = x
            runs.append(1)
    offsets: list[float] = []
    for n in runs:
        step = STACK_STEP if n <= STACK_SLOTS else 2 * STACK_HALF / (n - 1)
        for k in range(n):
            slot = (k + 1) // 2
            offsets.append(min(STACK_HALF, slot * step) * (1 if k % 2 else -1) if slot else 0.0)
    return offsets


def lane_density(columns: EventColumns, x0: float, x1: float, bins: int) -> np.ndarray:
    """Events per lane per bin over [x0, x1): shape (lanes, bins)."""
    edges = np.linspace(x0, x1, bins + 1)
    out = np.zeros((len(columns.lane_labels), bins), dtype=np.int64)
    for k, xs in enumerate(columns.lane_x):
        out[k] = np.diff(np.searchsorted(xs, edges))
    return out


def density_image(counts: np.ndarray, colours: Sequence[tuple[int, int, int]], rows: int = 24) -> np.ndarray:
    """A per-lane histogram as one RGBA image, (lanes * rows) high and one column per bin.

    Bars grow from each lane's lower edge; their height is the square root of the share of
    the busiest bin, so a lone event still shows beside a bin of thousands.
    """
    lanes, bins = counts.shape
    peak = counts.max() if counts.size else 0
    if peak <= 0:
        return np.zeros((lanes * rows, bins, 4), dtype=np.uint8)
    usable = max(1, rows - 1)  # a gap between lanes
    height = np.ceil(np.sqrt(counts / peak) * usable).astype(np.int32)
    height[(counts > 0) & (height < 1)] = 1
    from_bottom = (rows - 1 - np.arange(rows, dtype=np.int32))[None, :, None]  # row 0 is the lane's top
    filled = from_bottom < height[:, None, :]  # (lanes, rows, bins)
    palette = np.array([(*colours[k % len(colours)], 200) for k in range(lanes)], dtype=np.uint8)
    # One 32-bit word per pixel: a quarter of the element operations of four uint8 channels.
    packed = palette.view(np.uint32).reshape(lanes, 1, 1)
    image = np.where(filled, packed, np.uint32(0))
    return image.view(np.uint8).reshape(lanes * rows, bins, 4)


RELATION_WORDS = {"PAST_REF": "before", "PRESENT_REF": "around", "FUTURE_REF": "after"}


@dataclass(frozen=True)
class UndatedGroup:
    """A lane's happenings with no time of their own, shown at the document date as a band."""

    lane: int
    x: float  # the document date's end (PAST_REF: before it)
    label: str  # "3 undated · before 17 Nov 2021"
    event_ids: tuple[str, ...]
    headlines: tuple[str, ...]


def undated_groups(columns: EventColumns) -> list[UndatedGroup]:
    """One band per lane: its happenings with no time of their own, at the document date.

    One band, not one per relation: a PAST_REF and a PRESENT_REF band of one lane would stand
    at the same place with their labels on top of each other."""
    lanes: dict[int, list[Event]] = {}
    for event, lane in columns.undated:
        lanes.setdefault(lane, []).append(event)
    out = []
    for lane, events in sorted(lanes.items()):
        by_value: dict[str, list[Event]] = {}
        for event in events:
            by_value.setdefault(event.date.value, []).append(event)
        parts = []
        xs = []
        bounds = []
        for value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF", *sorted(set(by_value) - set(RELATION_WORDS))):
            group = by_value.get(value)
            if not group:
                continue
            bound = max(e.date.end for e in group) if value != "FUTURE_REF" else min(e.date.start for e in group)
            word = RELATION_WORDS.get(value, "around")
            parts.append((len(group), f"{word} {bound.day} {bound.strftime('%b %Y')}"))
            bounds.append(bound)
            xs.append((bound.toordinal() + (1 if word == "before" else 0) - EPOCH_ORDINAL) * DAY)
        if len(parts) == 1:
            label = f"{parts[0][0]} undated · {parts[0][1]}"
        else:  # short on the timeline; the tooltip lists the happenings
            day = max(bounds)
            label = f"{len(events)} undated · by {day.day} {day.strftime('%b %Y')}"
        out.append(UndatedGroup(lane=lane, x=max(xs), label=label, event_ids=tuple(e.id for e in events),
                                headlines=tuple(e.headline for e in events)))
    return out
