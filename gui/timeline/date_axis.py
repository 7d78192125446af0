"""A date axis whose labels read as years, months or days depending on the zoom.

pyqtgraph's DateAxisItem picks good tick positions; its labels alone ("Nov", "15")
lose the year, so the first tick and every year boundary carry it here.
All times are UTC: event dates are calendar days, not instants in a time zone; the axis itself
(seconds since the epoch) is ``model.core.time_axis``.
"""

from __future__ import annotations

from datetime import datetime

import pyqtgraph as pg

from model.core.time_axis import DAY, to_datetime


def tick_label(moment: datetime, spacing: float, first: bool) -> str:
    """The label of one tick, given the distance between ticks in seconds."""
    if spacing >= 360 * DAY:
        return str(moment.year)
    if spacing >= 28 * DAY:
        if first or moment.month == 1:
            return f"{moment:%b} {moment.year}"
        return f"{moment:%b}"
    if spacing >= DAY:
        if first or (moment.month == 1 and moment.day == 1):
            return f"{moment.day} {moment:%b} {moment.year}"
        return f"{moment.day} {moment:%b}"
    if first or (moment.hour == 0 and moment.minute == 0):
        return f"{moment.day} {moment:%b} {moment:%H:%M}"
    return f"{moment:%H:%M}"


class TimelineDateAxis(pg.DateAxisItem):
    # The widest label this axis writes, used to space ticks so labels never touch.
    WIDEST = "28 Sep"

    def __init__(self, orientation: str = "bottom", **kwargs: object) -> None:
        super().__init__(orientation, utcOffset=0, **kwargs)
        # Nothing dated to show (an empty timeline): no labels, or the epoch would read "1 Jan 00:00".
        # Blank labels rather than showValues=False, which would change the axis height under the plot.
        self.blank = False

    def set_blank(self, blank: bool) -> None:
        if blank != self.blank:
            self.blank = blank
            self.picture = None  # pyqtgraph redraws from its cached picture otherwise
            self.update()

    def setZoomLevelForDensity(self, density: float) -> None:  # noqa: N802 (pyqtgraph API)
        super().setZoomLevelForDensity(density)
        metrics = getattr(self, "fontMetrics", None)
        if metrics is None:  # set while drawing; before the first paint keep pyqtgraph's spacing
            return
        widest = metrics.boundingRect(self.WIDEST).width() + 16
        current: float = getattr(self, "minSpacing", 0.0)
        self.minSpacing = max(current, density * widest)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        if self.blank:
            return [""] * len(values)
        labels: list[str] = []
        for i, value in enumerate(values):
            moment = to_datetime(value)
            labels.append("" if moment is None else tick_label(moment, spacing, first=i == 0))
        return labels
