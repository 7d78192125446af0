"""What a timeline shows, as plain data: lanes, items and a date range.

The app's timeline widget and the image exporter both draw a `TimelineScene`, so
an exported image shows what the user sees. No Qt here: `model/` stays widget-free.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from model.core.documents import Article
from model.core.events import Event
from model.core.lanes import check_lane_mode, lane_key, lane_label
from model.core.naming import article_name
from model.core.result import ExtractionResult

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASONS = {3: "Spring", 6: "Summer", 9: "Autumn", 12: "Winter"}


@dataclass(frozen=True)
class Lane:
    label: str
    key: str = ""


@dataclass(frozen=True)
class SceneItem:
    """One happening on the timeline; a cluster of events told by several articles is one item."""

    event_id: str
    lane: int  # index into TimelineScene.lanes
    start: date
    end: date  # inclusive, like EventDate
    granularity: str
    label: str
    modality: str
    sources: list[str] = field(default_factory=list)
    event_ids: tuple[str, ...] = ()

    @property
    def is_interval(self) -> bool:
        """Coarser than a day: drawn as a bar over the days it covers."""
        return self.end > self.start

    @property
    def date_label(self) -> str:
        return format_date(self.start, self.end, self.granularity)


@dataclass(frozen=True)
class TimelineScene:
    title: str
    lanes: list[Lane]
    items: list[SceneItem]
    x_range: tuple[date, date]  # both days inclusive
    sources: list[str]
    total_events: int = 0  # items before view/visibility filtering, for "n of m shown"
    # Happenings the text gives no time for, per lane: (lane, "2 undated · before 17 Nov 2021").
    # They are never items on a day.
    undated: list[tuple[int, str]] = field(default_factory=list)


def format_date(start: date, end: date, granularity: str) -> str:
    """A short human date for a label: "15 Nov 2021", "Nov 2021", "Q1 2023", "2027"."""
    if granularity == "relative":
        return f"before {end.day} {_MONTHS[end.month - 1]} {end.year}"
    if granularity == "day" or start == end:
        return f"{start.day} {_MONTHS[start.month - 1]} {start.year}"
    if granularity == "month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if granularity == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if granularity == "half":
        return f"H{(start.month - 1) // 6 + 1} {start.year}"
    if granularity == "season":
        return f"{_SEASONS.get(start.month, 'Season')} {start.year}"
    if granularity == "year":
        return str(start.year)
    if granularity == "decade":
        return f"{start.year}s"
    if granularity == "century":
        return f"{start.year // 100 + 1}th century"
    if granularity == "week":
        return f"week of {start.day} {_MONTHS[start.month - 1]} {start.year}"
    return f"{start.isoformat()} – {end.isoformat()}"


def source_line(article: Article) -> str:
    """An article as the footer cites it: its name and document date."""
    when = article.dct.value or "undated"
    return f"{article_name(article)} ({when})"


def _clusters(events: Iterable[Event]) -> list[list[Event]]:
    """Events grouped by cluster (an empty cluster is the event's own), in first-seen order."""
    groups: dict[str, list[Event]] = {}
    for event in events:
        groups.setdefault(event.cluster_key, []).append(event)
    return list(groups.values())


def _lane_key(event: Event, article: Article | None, lane_by: str) -> tuple[str, str]:
    """(key, label) of the lane an event goes in (model.core.lanes: the same on screen)."""
    key = lane_key(event, lane_by, article)
    return key, lane_label(key, lane_by, article)


def _overlaps(start: date, end: date, view: tuple[date, date]) -> bool:
    return start <= view[1] and end >= view[0]


def _padded_range(items: list[SceneItem]) -> tuple[date, date]:
    """The whole timeline with a little air on both sides so markers are not cut at the edges."""
    if not items:
        today = date.today()
        return today - timedelta(days=30), today
    lo = min(i.start for i in items)
    hi = max(i.end for i in items)
    pad = max(1, round((hi - lo).days * 0.04))
    return lo - timedelta(days=pad), hi + timedelta(days=pad)


def build_scene(
    result: ExtractionResult,
    *,
    visible_event_ids: Collection[str] | None = None,
    view_range: tuple[date, date] | None = None,
    title: str | None = None,
    lane_by: str = "article",
) -> TimelineScene:
    """The scene for a result as the user sees it: only visible events, clusters merged."""
    check_lane_mode(lane_by)
    articles = {a.id: a for a in result.articles}
    order = {a.id: i for i, a in enumerate(result.articles)}
    visible = None if visible_event_ids is None else set(visible_event_ids)
    events = [e for e in result.events if visible is None or e.id in visible]
    all_clusters = _clusters(result.events)

    lane_index: dict[str, int] = {}
    lanes: list[Lane] = []
    items: list[SceneItem] = []
    cited_articles: set[str] = set()
    undated: dict[tuple[int, str], int] = {}
    for group in _clusters(events):
        # The most confident mention speaks for the cluster; ties go to the earliest article.
        lead = max(group, key=lambda e: (e.confidence, -order.get(e.article, 0)))
        # The most precise mention dates the cluster: "15 Nov 2021" beats "Nov 2021" for the same summit.
        dated = min(group, key=lambda e: ((e.date.end - e.date.start).days, -e.confidence))
        start, end = dated.date.start, dated.date.end
        if view_range is not None and not _overlaps(start, end, view_range):
            continue
        key, label = _lane_key(lead, articles.get(lead.article), lane_by)
        if key not in lane_index:
            lane_index[key] = len(lanes)
            lanes.append(Lane(label, key))
        if dated.date.granularity == "relative":
            # No time in the text: counted in its lane's note, not drawn on the document's day.
            words = {"PAST_REF": "before", "FUTURE_REF": "after"}.get(dated.date.value, "around")
            bound = dated.date.start if words == "after" else dated.date.end
            note = f"{words} {bound.day} {_MONTHS[bound.month - 1]} {bound.year}"
            undated[(lane_index[key], note)] = undated.get((lane_index[key], note), 0) + 1
            continue
        cited = sorted({e.article for e in group}, key=lambda a: order.get(a, 0))
        cited_articles.update(cited)
        items.append(
            SceneItem(
                event_id=lead.id,
                lane=lane_index[key],
                start=start,
                end=end,
                granularity=dated.date.granularity,
                label=lead.headline.strip() or lead.sentence.text.strip(),
                modality=lead.modality,
                sources=[article_name(articles[a]) if a in articles else a for a in cited],
                event_ids=tuple(e.id for e in group),
            )
        )

    if lane_by == "article":
        # Lanes in the order the articles were opened, not the order events happened to come.
        ordered = sorted(range(len(lanes)), key=lambda i: order.get(lanes[i].key, 0))
        remap = {old: new for new, old in enumerate(ordered)}
        lanes = [lanes[i] for i in ordered]
        items = [replace(item, lane=remap[item.lane]) for item in items]
        undated = {(remap[lane], note): n for (lane, note), n in undated.items()}
    items.sort(key=lambda i: (i.start, i.end, i.event_id))

    sources = [source_line(a) for a in result.articles if a.id in cited_articles]
    x_range = view_range if view_range is not None else _padded_range(items)
    return TimelineScene(
        title=title if title is not None else default_title(result),
        lanes=lanes,
        items=items,
        x_range=x_range,
        sources=sources,
        total_events=len(all_clusters),
        undated=[(lane, f"{n} undated · {note}") for (lane, note), n in sorted(undated.items())],
    )


def default_title(result: ExtractionResult) -> str:
    n = len(result.articles)
    return "Timeline" if n == 0 else f"Timeline of {n} article{'s' if n != 1 else ''}"
