"""Paint a `TimelineScene` with a QPainter onto any paint device (QImage, QSvgGenerator, QPdfWriter).

One drawing routine for every format, so PNG, SVG and PDF look the same. We paint
ourselves instead of going through pyqtgraph's exporters: its SVG exporter fails on
scatter items, and nothing here needs a live widget, so it also runs headless and in
worker threads (QImage/QPainter only, never QPixmap).

All sizes are logical pixels of `rect`; callers scale the painter for print resolution.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from model.render.scene import SceneItem, TimelineScene

# Colour-blind-safe lane colours (Okabe–Ito), dark enough to print on white.
LANE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7F6A00", "#555555")

LEGEND = (
    ("happened", "Happened"),
    ("planned", "Planned / expected"),
    ("projected", "Projected"),
    ("reported", "Reported"),
    ("hypothetical", "Hypothetical"),
    ("negated", "Did not happen"),
)

BAR_LEGEND = "Month / year precision (bar spans the period)"
BAR_LEGEND_SHORT = "Period"

MAX_FOOTER_SOURCES = 8
MAX_HEIGHT = 12000  # a 1600 × 12000 RGBA image is ~77 MB; beyond that nobody reads it anyway


@dataclass(frozen=True)
class PaintStyle:
    transparent: bool = False
    background: str = "#ffffff"
    text: str = "#1a1a1a"
    muted: str = "#5a5a5a"
    grid: str = "#e4e4e4"
    grid_strong: str = "#c4c4c4"
    lane_fill: str = "#f4f6f8"
    families: tuple[str, ...] = ("Helvetica Neue", "Arial", "Liberation Sans", "DejaVu Sans")
    margin: float = 28.0
    marker_radius: float = 6.0
    max_label_width: float = 250.0
    compact_label_width: float = 130.0


def font(style: PaintStyle, px: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(list(style.families))
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    # Unhinted glyphs scale linearly, so measured layout holds at every resolution and in vector output.
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


class _Fonts:
    def __init__(self, style: PaintStyle) -> None:
        self.title = font(style, 26, bold=True)
        self.subtitle = font(style, 13)
        self.legend = font(style, 12)
        self.lane = font(style, 12.5, bold=True)
        self.label = font(style, 12, bold=True)
        self.label_date = font(style, 11)
        self.axis = font(style, 12)
        self.axis_context = font(style, 12, bold=True)
        self.footer = font(style, 11.5)
        self.footer_head = font(style, 11.5, bold=True)

    @staticmethod
    def height(f: QFont) -> float:
        return QFontMetricsF(f).height()


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class _Layout:
    title_top: float
    legend_top: float
    plot: QRectF  # the lanes, right of the lane labels
    lane_column: QRectF
    lane_height: float
    label_rows: int  # label rows on each side of a lane's centre line
    axis_top: float
    footer_top: float
    footer_lines: int


def _label_box_height(fonts: _Fonts) -> float:
    return fonts.height(fonts.label) + fonts.height(fonts.label_date) + 4


def _row_pitch(fonts: _Fonts) -> float:
    return _label_box_height(fonts) + 4


BAND = 22.0  # marker band in the middle of a lane


def _header_height(fonts: _Fonts) -> float:
    return fonts.height(fonts.title) + 4 + fonts.height(fonts.subtitle) + 12 + 22 + 14


def _axis_height(fonts: _Fonts) -> float:
    return 8 + fonts.height(fonts.axis) + 4 + fonts.height(fonts.axis_context) + 6


def _footer_line_count(scene: TimelineScene) -> int:
    n = min(len(scene.sources), MAX_FOOTER_SOURCES)
    more = 1 if len(scene.sources) > MAX_FOOTER_SOURCES else 0
    return 1 + n + more + 1  # heading, sources, "… more", notes


def _footer_height(fonts: _Fonts, lines: int) -> float:
    return 16 + lines * (fonts.height(fonts.footer) + 2)


MAX_ROWS = 4  # label rows on each side of a lane
STACK_PX = 24.0  # a leader may pass behind the labels of markers this close (a stack of nearby labels)


def _max_rows_for_lane_count(n_lanes: int) -> int:
    """Few lanes may grow tall to show their labels; many lanes stay compact and readable as a chart."""
    return MAX_ROWS if n_lanes <= 6 else 1 if n_lanes <= 16 else 0


def _rows_wanted(scene: TimelineScene, width: float, style: PaintStyle) -> int:
    """Label rows per side that the most crowded lane needs: items whose labels would share
    the same stretch of axis each need their own slot, two slots to a row (above and below)."""
    plot_w = width - 2 * style.margin - _lane_column_width(width, style)
    d0 = _ordinal(scene.x_range[0])
    d1 = max(_ordinal(scene.x_range[1]) + 1, d0 + 1)
    reach = style.max_label_width * 0.8 / max(plot_w, 1.0) * (d1 - d0)  # a label's width, in days
    crowd = 1
    by_lane: dict[int, list[float]] = {}
    for item in scene.items:
        by_lane.setdefault(item.lane, []).append((_ordinal(item.start) + _ordinal(item.end) + 1) / 2)
    for days in by_lane.values():
        days.sort()
        lo = 0
        for hi, day in enumerate(days):
            while day - days[lo] > reach:
                lo += 1
            crowd = max(crowd, hi - lo + 1)
    return max(1, -(-crowd // 2))


def _lane_height_for_rows(fonts: _Fonts, rows: int) -> float:
    return max(BAND + 2 * rows * _row_pitch(fonts) + 10, 34.0)


def natural_height(scene: TimelineScene, width: float, style: PaintStyle | None = None) -> int:
    """The height that gives every lane room for its labels (the default image height)."""
    style = style or PaintStyle()
    fonts = _Fonts(style)
    n = max(1, len(scene.lanes))
    rows = min(_max_rows_for_lane_count(n), _rows_wanted(scene, width, style))
    lanes = n * _lane_height_for_rows(fonts, rows)
    total = (
        2 * style.margin
        + _header_height(fonts)
        + lanes
        + _axis_height(fonts)
        + _footer_height(fonts, _footer_line_count(scene))
    )
    return int(min(MAX_HEIGHT, max(round(total), round(width * 0.3))))


def _lane_column_width(width: float, style: PaintStyle) -> float:
    return min(300.0, max(120.0, (width - 2 * style.margin) * 0.17))


def _layout(rect: QRectF, scene: TimelineScene, style: PaintStyle, fonts: _Fonts) -> _Layout:
    m = style.margin
    left, top, right, bottom = rect.left() + m, rect.top() + m, rect.right() - m, rect.bottom() - m
    legend_top = top + fonts.height(fonts.title) + 4 + fonts.height(fonts.subtitle) + 12
    plot_top = top + _header_height(fonts)
    # The footer keeps its sources unless the caller's height leaves no room; then it shrinks first.
    lines = _footer_line_count(scene)
    axis_h = _axis_height(fonts)
    min_plot = 30.0 * max(1, len(scene.lanes))
    while lines > 1 and bottom - _footer_height(fonts, lines) - axis_h - plot_top < min_plot:
        lines -= 1
    footer_top = bottom - _footer_height(fonts, lines) + 16
    axis_top = footer_top - 16 - axis_h
    n = max(1, len(scene.lanes))
    lane_h = max(8.0, (axis_top - plot_top) / n)
    rows = 0
    while rows < MAX_ROWS and BAND + 2 * (rows + 1) * _row_pitch(fonts) + 10 <= lane_h + 1:  # 1: rounding
        rows += 1
    column_w = _lane_column_width(rect.width(), style)
    plot = QRectF(left + column_w, plot_top, right - left - column_w, lane_h * n)
    column = QRectF(left, plot_top, column_w - 14, lane_h * n)
    return _Layout(top, legend_top, plot, column, lane_h, rows, plot.bottom(), footer_top, lines)


# --------------------------------------------------------------------------- dates and ticks


def _ordinal(d: date) -> float:
    return float(d.toordinal())


class _XMap:
    """Days to x: a day covers [ordinal, ordinal + 1)."""

    def __init__(self, scene: TimelineScene, plot: QRectF) -> None:
        self.d0 = _ordinal(scene.x_range[0])
        self.d1 = max(_ordinal(scene.x_range[1]) + 1, self.d0 + 1)
        self.left = plot.left()
        self.width = plot.width()

    def __call__(self, day: float) -> float:
        return self.left + (day - self.d0) / (self.d1 - self.d0) * self.width

    def item_x(self, item: SceneItem) -> float:
        """Mid-period; for a period running out of view, the middle of its visible part."""
        lo, hi = _ordinal(item.start), _ordinal(item.end) + 1
        if item.is_interval and lo < self.d1 and hi > self.d0:
            lo, hi = max(lo, self.d0), min(hi, self.d1)
        return self((lo + hi) / 2)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# (unit, step) from fine to coarse; the first whose labels do not collide wins.
_STEPS = (
    [("day", s) for s in (1, 2, 7, 14)]
    + [("month", s) for s in (1, 2, 3, 6)]
    + [("year", s) for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)]
)


MIN_TICK_PITCH = 56.0


@dataclass(frozen=True)
class Tick:
    day: date
    label: str


def _month_add(d: date, months: int) -> date:
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, 1)


def _tick_days(unit: str, step: int, lo: date, hi: date) -> Iterator[date]:
    if unit == "day":
        days = {1: range(1, 32), 2: range(1, 31, 2), 7: (1, 8, 15, 22), 14: (1, 15)}[step]
        d = lo
        while d <= hi:
            if d.day in days:
                yield d
            d += timedelta(days=1)
    elif unit == "month":
        d = date(lo.year, lo.month, 1)
        while d <= hi:
            if d >= lo and (d.month - 1) % step == 0:
                yield d
            d = _month_add(d, 1)
    else:
        y = max(1, lo.year - lo.year % step)
        while y <= hi.year:
            d = date(y, 1, 1)
            if d >= lo:
                yield d
            y += step


def _tick_label(unit: str, d: date) -> str:
    return str(d.day) if unit == "day" else _MONTHS[d.month - 1] if unit == "month" else str(d.year)


def choose_ticks(
    lo: date, hi: date, x_of: Callable[[date], float], measure: Callable[[str], float]
) -> tuple[str, list[Tick]]:
    """The finest tick step whose centred labels leave a gap between neighbours."""
    span = (hi - lo).days + 1
    for unit, step in _STEPS:
        approx = (
            span / step
            if unit == "day"
            else span / (30.4 * step)
            if unit == "month"
            else span / (365.25 * step)
        )
        if approx > 400:
            continue
        days = list(_tick_days(unit, step, lo, hi))
        ticks = [Tick(d, _tick_label(unit, d)) for d in days]
        widths = [measure(t.label) for t in ticks]
        # Ticks also keep a minimum pitch, so a year reads as months rather than "1 15 1 15".
        fits = all(
            x_of(b.day) - x_of(a.day) >= max((wa + wb) / 2 + 14, MIN_TICK_PITCH)
            for a, b, wa, wb in zip(ticks, ticks[1:], widths, widths[1:], strict=False)
        )
        if fits:
            return unit, ticks
    return "year", []


def _context_marks(unit: str, lo: date, hi: date) -> list[tuple[date, str]]:
    """The second axis row: month+year under day ticks, year under month ticks."""
    if unit == "day":
        out, d = [], date(lo.year, lo.month, 1)
        while d <= hi:
            out.append((max(d, lo), f"{calendar.month_name[d.month]} {d.year}"))
            d = _month_add(d, 1)
        return out
    if unit == "month":
        return [(max(date(y, 1, 1), lo), str(y)) for y in range(lo.year, hi.year + 1)]
    return []


# --------------------------------------------------------------------------- markers


def _lane_colour(lane: int) -> QColor:
    return QColor(LANE_COLOURS[lane % len(LANE_COLOURS)])


def draw_line(painter: QPainter, line: QLineF) -> None:
    """A line as a two-point path: QSvgGenerator writes drawLine as <polyline>, which
    ImageMagick's SVG reader rejects; a <path> renders everywhere and looks the same."""
    path = QPainterPath(line.p1())
    path.lineTo(line.p2())
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def draw_marker(
    painter: QPainter, centre: QPointF, modality: str, colour: QColor, r: float, fill_bg: QColor
) -> None:
    """One marker shape per modality, so the kind of event reads in black and white too."""
    x, y = centre.x(), centre.y()
    painter.save()
    outline = QPen(colour.darker(135), max(1.2, r * 0.25))
    if modality == "planned":
        painter.setPen(QPen(colour, max(1.8, r * 0.36)))
        painter.setBrush(QBrush(fill_bg))
        painter.drawEllipse(centre, r * 0.9, r * 0.9)
    elif modality == "projected":
        pen = QPen(colour.darker(120), max(1.4, r * 0.26))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        light = QColor(colour)
        light.setAlpha(70)
        painter.setBrush(QBrush(light))
        k = r * 1.25
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - k), QPointF(x + k, y), QPointF(x, y + k), QPointF(x - k, y)])
        )
    elif modality == "reported":
        painter.setPen(outline)
        painter.setBrush(QBrush(colour))
        k = r * 0.75
        painter.drawRect(QRectF(x - k, y - k, 2 * k, 2 * k))
    elif modality == "hypothetical":
        painter.setPen(QPen(colour, max(1.8, r * 0.38), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        k = r * 0.8
        draw_line(painter, QLineF(x - k, y - k, x + k, y + k))
        draw_line(painter, QLineF(x - k, y + k, x + k, y - k))
    elif modality == "negated":  # a struck-through hollow circle: the text says it did not happen
        painter.setPen(QPen(colour, max(1.4, r * 0.28)))
        painter.setBrush(QBrush(fill_bg))
        painter.drawEllipse(centre, r * 0.9, r * 0.9)
        k = r * 0.64
        draw_line(painter, QLineF(x - k, y + k, x + k, y - k))
    else:  # happened, and anything unknown
        painter.setPen(outline)
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(centre, r, r)
    painter.restore()


# --------------------------------------------------------------------------- the painter


class _Painter:
    def __init__(self, painter: QPainter, rect: QRectF, scene: TimelineScene, style: PaintStyle) -> None:
        self.p = painter
        self.rect = rect
        self.scene = scene
        self.style = style
        self.fonts = _Fonts(style)
        self.layout = _layout(rect, scene, style, self.fonts)
        self.x = _XMap(scene, self.layout.plot)
        self.text = QColor(style.text)
        self.muted = QColor(style.muted)
        self.bg = QColor(style.background)
        self.hidden_labels = 0

    def paint(self) -> None:
        p = self.p
        p.save()
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            if not self.style.transparent:
                p.fillRect(self.rect, self.bg)
            self._header()
            self._legend()
            self._lanes_background()
            self._axis()
            self._items()
            self._lane_labels()
            self._footer()
        finally:
            p.restore()

    # -- header
    def _text(
        self, f: QFont, colour: QColor, x: float, top: float, text: str, width: float | None = None
    ) -> float:
        """Draw one line with its top at `top`; return its width."""
        fm = QFontMetricsF(f)
        if width is not None:
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
        self.p.setFont(f)
        self.p.setPen(colour)
        self.p.drawText(QPointF(x, top + fm.ascent()), text)
        return fm.horizontalAdvance(text)

    def _header(self) -> None:
        left = self.rect.left() + self.style.margin
        width = self.rect.width() - 2 * self.style.margin
        top = self.layout.title_top
        self._text(self.fonts.title, self.text, left, top, self.scene.title, width)
        top += self.fonts.height(self.fonts.title) + 4
        self._text(self.fonts.subtitle, self.muted, left, top, self._subtitle(), width)

    def _subtitle(self) -> str:
        s = self.scene
        lo, hi = s.x_range
        n = len(s.items)
        parts = [f"{n} event{'s' if n != 1 else ''}"]
        if s.total_events and s.total_events != n:
            parts[0] += f" of {s.total_events}"
        parts.append(f"{len(s.sources)} source{'s' if len(s.sources) != 1 else ''}")
        parts.append(
            f"{lo.day} {_MONTHS[lo.month - 1]} {lo.year} – {hi.day} {_MONTHS[hi.month - 1]} {hi.year}"
        )
        return "  ·  ".join(parts)

    def _legend(self) -> None:
        """Marker shapes and the period bar on one line; narrower images get shorter wording,
        start at the margin, and finally lose entries from the end rather than overflow."""
        f = self.fonts.legend
        fm = QFontMetricsF(f)
        r = self.style.marker_radius
        right = self.rect.right() - self.style.margin
        bar_w = 34.0
        for bar_text, x in (
            (BAR_LEGEND, self.layout.plot.left()),
            (BAR_LEGEND_SHORT, self.layout.plot.left()),
            (BAR_LEGEND_SHORT, self.rect.left() + self.style.margin),
        ):
            entries = [(m, t, 2 * r) for m, t in LEGEND] + [("bar", bar_text, bar_w)]
            total = sum(w + 6 + fm.horizontalAdvance(t) + 22 for _, t, w in entries) - 22
            if x + total <= right:
                break
        y = self.layout.legend_top + 11
        ink = QColor("#444444")
        for modality, text, w in entries:
            if x + w + 6 + fm.horizontalAdvance(text) > right:
                break
            if modality == "bar":
                # The interval bar: a date known only to the month, quarter or year.
                self._bar(QRectF(x, y - 2.5, w, 5), ink)
            else:
                draw_marker(self.p, QPointF(x + r, y), modality, ink, r, self.bg)
            x += w + 6
            self._text(f, self.text, x, y - fm.height() / 2, text)
            x += fm.horizontalAdvance(text) + 22

    def _bar(self, r: QRectF, colour: QColor) -> None:
        c = QColor(colour)
        c.setAlpha(120)
        self.p.save()
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(c))
        self.p.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        self.p.restore()

    # -- lanes and axis
    def _lane_rect(self, lane: int) -> QRectF:
        L = self.layout
        return QRectF(L.plot.left(), L.plot.top() + lane * L.lane_height, L.plot.width(), L.lane_height)

    def _lane_centre(self, lane: int) -> float:
        return self._lane_rect(lane).center().y()

    def _lanes_background(self) -> None:
        p = self.p
        fill = QColor(self.style.lane_fill)
        if self.style.transparent:
            fill.setAlpha(110)
        for i in range(len(self.scene.lanes)):
            r = self._lane_rect(i)
            if i % 2 == 0:
                p.fillRect(r, fill)
            p.setPen(QPen(QColor(self.style.grid), 1))
            draw_line(p, QLineF(r.left(), self._lane_centre(i), r.right(), self._lane_centre(i)))
        p.setPen(QPen(QColor(self.style.grid_strong), 1))
        p.drawRect(self.layout.plot)

    def _axis(self) -> str:
        p = self.p
        L = self.layout
        lo, hi = self.scene.x_range
        fm = QFontMetricsF(self.fonts.axis)
        unit, ticks = choose_ticks(lo, hi, lambda d: self.x(_ordinal(d)), fm.horizontalAdvance)
        grid = QPen(QColor(self.style.grid), 1)
        strong = QPen(QColor(self.style.grid_strong), 1)
        marks = _context_marks(unit, lo, hi)
        boundaries = {d for d, _ in marks}
        # A day tick sits mid-day, where that day's markers are; months and years tick at their start.
        offset = 0.5 if unit == "day" else 0.0
        for t in ticks:
            x = self.x(_ordinal(t.day) + offset)
            p.setPen(strong if t.day in boundaries and t.day != lo else grid)
            draw_line(p, QLineF(x, L.plot.top(), x, L.plot.bottom()))
            p.setPen(QPen(self.text, 1))
            draw_line(p, QLineF(x, L.plot.bottom(), x, L.plot.bottom() + 5))
            w = fm.horizontalAdvance(t.label)
            self._text(self.fonts.axis, self.text, x - w / 2, L.axis_top + 8, t.label)
        # Context row: each month (or year) named once, left-aligned at its start, never overlapping.
        cf = self.fonts.axis_context
        cfm = QFontMetricsF(cf)
        top = L.axis_top + 8 + fm.height() + 4
        last_right = -1e9
        for i, (d, text) in enumerate(marks):
            x = max(self.x(_ordinal(d)), L.plot.left())
            w = cfm.horizontalAdvance(text)
            if x < last_right + 12 or x + w > L.plot.right() + self.style.margin:
                continue
            # A period cut by the left edge is named only if it has room before the next one starts.
            if i + 1 < len(marks) and d == lo and self.x(_ordinal(marks[i + 1][0])) - x < w + 40:
                continue
            self._text(cf, self.text, x, top, text)
            last_right = x + w
        return unit

    # -- items and labels
    def _items(self) -> None:
        p = self.p
        L = self.layout
        r = self.style.marker_radius
        p.save()
        p.setClipRect(L.plot.adjusted(-r - 2, 0, r + 2, 0))
        for item in self.scene.items:
            if item.is_interval:
                y = self._lane_centre(item.lane)
                x0 = max(self.x(_ordinal(item.start)), L.plot.left())
                x1 = min(self.x(_ordinal(item.end) + 1), L.plot.right())
                if x1 > x0:
                    self._bar(QRectF(x0, y - 2.5, max(x1 - x0, 2), 5), _lane_colour(item.lane))
        for item in self.scene.items:
            pt = QPointF(self.x.item_x(item), self._lane_centre(item.lane))
            draw_marker(p, pt, item.modality, _lane_colour(item.lane), r, self.bg)
        p.restore()
        self._labels()

    def _labels(self) -> None:
        rows = self.layout.label_rows
        by_lane: dict[int, list[SceneItem]] = {}
        for item in self.scene.items:
            by_lane.setdefault(item.lane, []).append(item)
        for lane, items in by_lane.items():
            if rows == 0:
                self.hidden_labels += len(items)
                continue
            self._place_lane_labels(lane, sorted(items, key=self.x.item_x), rows)

    def _label_texts(self, item: SceneItem) -> tuple[str, str]:
        when = item.date_label
        if len(item.sources) > 1:
            when += f"  ·  {len(item.sources)} sources"
        return item.label, when

    def _place_lane_labels(self, lane: int, items: list[SceneItem], rows: int) -> None:
        """Greedy: each label takes the first free slot, alternating above/below; no slot, no label.

        A slot is free when the box touches no other box or leader line and its own leader
        crosses no other box, so every label visibly points at its marker.
        """
        L = self.layout
        hf, df = QFontMetricsF(self.fonts.label), QFontMetricsF(self.fonts.label_date)
        box_h = _label_box_height(self.fonts)
        pitch = _row_pitch(self.fonts)
        centre = self._lane_centre(lane)
        r = self.style.marker_radius
        boxes: list[QRectF] = []
        leaders: list[QRectF] = []
        anchors: list[float] = []  # the marker x each placed box belongs to
        chosen: list[tuple[SceneItem, float, QRectF, bool, str, str]] = []
        prefer_above = True
        for item in items:
            x = self.x.item_x(item)
            if not L.plot.left() - 1 <= x <= L.plot.right() + 1:
                continue
            head, when = self._label_texts(item)
            natural = max(hf.horizontalAdvance(head), df.horizontalAdvance(when)) + 8
            sides = (True, False) if prefer_above else (False, True)
            widths = dict.fromkeys(
                (min(natural, self.style.max_label_width), min(natural, self.style.compact_label_width))
            )
            spot = None
            for width in widths:
                for row in range(rows):
                    for above in sides:
                        top = (
                            centre - BAND / 2 - row * pitch - box_h
                            if above
                            else centre + BAND / 2 + row * pitch
                        )
                        left = min(max(x - 4, L.plot.left() + 2), L.plot.right() - 2 - width)
                        box = QRectF(left, top, width, box_h)
                        y0, y1 = (top + box_h, centre - r) if above else (centre + r, top)
                        leader = QRectF(x - 1, y0, 2, max(0.0, y1 - y0))
                        padded = box.adjusted(-6, 0, 6, 0)
                        if any(padded.intersects(b) for b in boxes) or any(
                            padded.intersects(ld) for ld in leaders
                        ):
                            continue
                        # A leader may run behind labels stacked on the same point, never across others'.
                        if any(
                            leader.intersects(b) and abs(a - x) > STACK_PX
                            for b, a in zip(boxes, anchors, strict=True)
                        ):
                            continue
                        spot = (box, leader, above)
                        break
                    if spot:
                        break
                if spot:
                    break
            if spot is None:
                self.hidden_labels += 1
                continue
            box, leader, above = spot
            boxes.append(box)
            anchors.append(x)
            leaders.append(leader)
            prefer_above = not above
            chosen.append((item, x, box, above, head, when))
        for item, x, box, above, head, when in chosen:
            self._draw_label(item, x, centre, box, above, head, when)

    def _draw_label(
        self, item: SceneItem, x: float, centre: float, box: QRectF, above: bool, head: str, when: str
    ) -> None:
        p = self.p
        colour = _lane_colour(item.lane)
        r = self.style.marker_radius
        # Leader from the marker to the label, so a label in an outer row still points home.
        p.setPen(QPen(QColor(colour.red(), colour.green(), colour.blue(), 150), 1))
        if above:
            draw_line(p, QLineF(x, centre - r - 1, x, box.bottom()))
        else:
            draw_line(p, QLineF(x, centre + r + 1, x, box.top()))
        if not self.style.transparent:
            # Opaque, so leaders of stacked labels pass cleanly behind the text.
            p.fillRect(box, self.bg)
        p.fillRect(QRectF(box.left(), box.top() + 2, 2, box.height() - 4), colour)
        width = box.width() - 8
        top = box.top() + 2
        self._text(self.fonts.label, self.text, box.left() + 6, top, head, width)
        below = top + self.fonts.height(self.fonts.label)
        self._text(self.fonts.label_date, self.muted, box.left() + 6, below, when, width)

    def _lane_labels(self) -> None:
        col = self.layout.lane_column
        f = self.fonts.lane
        fm = QFontMetricsF(f)
        line_h = fm.height()
        for i, lane in enumerate(self.scene.lanes):
            r = self._lane_rect(i)
            max_lines = max(1, min(3, int(r.height() // line_h)))
            lines = _wrap(lane.label, fm, col.width() - 16, max_lines)
            top = r.center().y() - len(lines) * line_h / 2
            self.p.save()
            self.p.setPen(Qt.PenStyle.NoPen)
            self.p.setBrush(_lane_colour(i))
            self.p.drawEllipse(QPointF(col.left() + 5, top + line_h / 2), 4.5, 4.5)
            self.p.restore()
            for j, line in enumerate(lines):
                self._text(f, self.text, col.left() + 16, top + j * line_h, line)
            # Happenings with no time in the text: a note under the lane's name, not a marker on a day.
            notes = [text for lane_no, text in self.scene.undated if lane_no == i]
            for k, note in enumerate(notes[: max(0, int(r.height() // line_h) - len(lines))]):
                self._text(self.fonts.label_date, self.muted, col.left() + 16, top + (len(lines) + k) * line_h,
                           note, col.width() - 16)

    # -- footer
    def _footer(self) -> None:
        L = self.layout
        if L.footer_lines <= 0:
            return
        left = self.rect.left() + self.style.margin
        width = self.rect.width() - 2 * self.style.margin
        f = self.fonts.footer
        lh = self.fonts.height(f) + 2
        top = L.footer_top
        self.p.setPen(QPen(QColor(self.style.grid_strong), 1))
        draw_line(self.p, QLineF(left, top - 8, left + width, top - 8))
        self._text(self.fonts.footer_head, self.text, left, top, "Sources")
        top += lh
        room = L.footer_lines - 1  # lines under the heading
        notes = self._notes() if room >= 2 else ""
        room -= 1 if notes else 0
        sources = self.scene.sources
        shown = sources if len(sources) <= room else sources[: max(0, room - 1)]
        for n, source in enumerate(shown, start=1):
            self._text(f, self.muted, left, top, f"{n}. {source}", width)
            top += lh
        if len(shown) < len(sources) and room > 0:
            self._text(f, self.muted, left, top, f"… and {len(sources) - len(shown)} more", width)
            top += lh
        if notes:
            self._text(f, self.muted, left, top, notes, width)

    def _notes(self) -> str:
        parts = ["Made with Chronicle"]
        if self.hidden_labels:
            n = self.hidden_labels
            parts.append(
                f"{n} label{'s' if n != 1 else ''} left out where {'they' if n != 1 else 'it'} would overlap"
            )
        return "  ·  ".join(parts)


def _wrap(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most max_lines, the last one elided."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if fm.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
    if current:
        lines.append(current)
    lines = lines[:max_lines]
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines] or [""]


def paint_timeline(
    painter: QPainter, rect: QRectF, scene: TimelineScene, style: PaintStyle | None = None
) -> None:
    """Paint the whole timeline image (title, legend, lanes, axis, labels, sources) into rect."""
    _Painter(painter, QRectF(rect), scene, style or PaintStyle()).paint()


__all__ = ["LANE_COLOURS", "PaintStyle", "Tick", "choose_ticks", "natural_height", "paint_timeline"]
