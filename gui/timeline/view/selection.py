"""Selection and hover on the timeline: which marker stands for a selected event, the rings round
the selected markers, which of overlapping markers a click meant, and the markers' tooltips."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pyqtgraph as pg

from gui.timeline.timeline_styles import MARKER_SIZE
from gui.timeline.view.feed import EventFeed
from gui.timeline.view.undated_bands import UndatedBands
from model.render.timeline_columns import EventColumns

# How an entry got its date, as the tooltip says it.
DATE_SOURCE_WORDS = {
    "timex": "dated by its own expression",
    "governor": "dated by the expression it is tied to",
    "scene": "dated by the story's scene",
    "document": "no date in the text: relative to the document date",
    "user": "dated by you",
}


def entry_marker(event_id: str | None, c: EventColumns, undated: UndatedBands, feed: EventFeed) -> str | None:
    """The marker standing for the event: its own, or its entry's when it is a collapsed report
    (a marker on a day or an undated band); None when neither is shown."""
    if event_id is None:
        return None
    if event_id in c.index or undated.position(event_id) is not None:
        return event_id
    entry = feed.entry_of(event_id)
    if entry is None:
        return None
    return entry if entry in c.index or undated.position(entry) is not None else None


class SelectionRings:
    """A thick ring round the current event's marker (or its undated band), thin ones round the
    rest of a multi-selection (the event table's Ctrl/Shift-click)."""

    def __init__(self) -> None:
        self.highlight = pg.ScatterPlotItem(
            size=MARKER_SIZE + 10, pen=pg.mkPen("#d62728", width=3), brush=pg.mkBrush(None)
        )
        self.others = pg.ScatterPlotItem(
            size=MARKER_SIZE + 6, pen=pg.mkPen("#d62728", width=1.5), brush=pg.mkBrush(None)
        )
        self.others.setZValue(19)
        self.highlight.setZValue(20)

    def draw(
        self,
        current: str | None,
        selected: Iterable[str],
        c: EventColumns,
        drawn_y: Callable[[str], float],
        band_position: Callable[[str], tuple[float, float] | None],
    ) -> None:
        """Ring `current` and, thinly, the other `selected` markers (entries, see `entry_marker`)."""
        ringed = dict.fromkeys(selected)
        others = [i for i in ringed if i != current and i in c.index]  # a band has its own ring
        self.others.setData([{"pos": (float(c.x[c.index[i]]), drawn_y(i)), "data": i} for i in others])
        if current is None:
            self.highlight.setData([])
            return
        band = band_position(current)
        if band is not None:  # an undated happening: its band is ringed
            self.highlight.setData([{"pos": band, "data": current}])
            return
        x = float(c.x[c.index[current]])
        self.highlight.setData([{"pos": (x, drawn_y(current)), "data": current}])

    def ring_ids(self) -> list[str]:
        """The events drawn with the thin multi-selection ring."""
        return [str(spot.data()) for spot in self.others.points()]


def clicked_event(spots: list, ev: object, view_box: pg.ViewBox) -> str | None:
    """Of the overlapping markers a click hit, the one whose centre is nearest the click."""
    if not spots:
        return None
    click = view_box.mapViewToDevice(ev.pos()) if hasattr(ev, "pos") else None  # type: ignore[attr-defined]
    if click is not None:

        def distance(spot: object) -> float:
            centre = view_box.mapViewToDevice(spot.pos())  # type: ignore[attr-defined]
            return (centre - click).manhattanLength()

        spots.sort(key=distance)
    return str(spots[0].data())


def tip_text(c: EventColumns, feed: EventFeed, data: object) -> str:
    """A marker's tooltip: its date, headline, who told it, and how it got its date and rank."""
    i = c.index.get(str(data))
    if i is None:
        return ""
    event = c.events[i]
    source_of = feed.source_namer()
    star = "\n★ starred" if event.starred else ""
    sources = feed.cluster_sources(event.id)
    # An entry standing for several reports names them all.
    source = f"{len(sources)} sources: {', '.join(sources)}" if len(sources) > 1 else source_of(event.article)
    # Its own expression goes without saying; any other way of dating is said.
    how = f"\n{DATE_SOURCE_WORDS[event.date_source]}" if event.date_source in DATE_SOURCE_WORDS and (
        event.date_source != "timex") else ""
    key = feed.importance(event.id)
    key = f"\n{key[0].upper()}{key[1:]}" if key else ""
    return f"{event.date.value}\n{event.headline}\n{source}{star}{how}{key}"
