"""TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): one slide per happening.

Dates are given at the event's granularity (TimelineJS knows year, month and day); ``end_date`` only
when the interval is longer than that unit, e.g. a week or a decade. Merged events are one slide
listing every source. Lanes (``group``) are the event modality.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from urllib.parse import urlsplit

from model.core.events import Event
from model.exporters.base import ResultLike
from model.exporters.clusters import Cluster, Mention, group_clusters, mention_name

# Chronicle granularity -> the TimelineJS date unit that holds it.
UNITS = {
    "day": "day",
    "week": "day",
    "month": "month",
    "quarter": "month",
    "season": "month",
    "half": "month",
    "year": "year",
    "decade": "year",
    "century": "year",
}
LANES = {
    "happened": "Happened",
    "planned": "Planned",
    "reported": "Reported",
    "projected": "Projected",
    "hypothetical": "Hypothetical",
}
DEFAULT_TITLE = "Chronicle timeline"


def tl_date(day: date, unit: str) -> dict[str, int]:
    out = {"year": day.year}
    if unit in ("month", "day"):
        out["month"] = day.month
    if unit == "day":
        out["day"] = day.day
    return out


def slide_dates(event: Event) -> dict[str, dict[str, int]]:
    unit = UNITS.get(event.date.granularity, "day")
    start, end = tl_date(event.date.start, unit), tl_date(event.date.end, unit)
    return {"start_date": start} if start == end else {"start_date": start, "end_date": end}


def _link(url: str, label: str) -> str:
    # Only web links: a javascript: or file: URL from a corpus must not become clickable.
    if urlsplit(url).scheme.lower() in ("http", "https"):
        return f'<a href="{html.escape(url, quote=True)}" target="_blank">{html.escape(label)}</a>'
    return html.escape(label)


def _source_html(mention: Mention) -> str:
    article = mention.article
    label = mention_name(mention)
    source = _link(article.url, label) if article and article.url else html.escape(label)
    dct = article.dct.value if article and article.dct.value else ""
    when = f", {html.escape(dct)}" if dct else ""
    return (
        f"<blockquote>{html.escape(mention.event.sentence.text.strip())}</blockquote><p>— {source}{when}</p>"
    )


_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_-]+")


def slide(cluster: Cluster, unique_id: str) -> dict[str, object]:
    event = cluster.main
    return {
        **slide_dates(event),
        "text": {
            "headline": html.escape(event.headline),
            "text": "".join(_source_html(m) for m in cluster.mentions),
        },
        "group": LANES.get(event.modality, event.modality.capitalize()),
        "unique_id": unique_id,
    }


def to_timelinejs(result: ResultLike, title: str = DEFAULT_TITLE) -> dict[str, object]:
    clusters = group_clusters(result)
    slides, used = [], set()
    for cluster in clusters:
        if cluster.main.date.granularity == "relative":
            continue  # no date in the text: a slide would claim the document's day
        # unique_id becomes a DOM id and URL hash in TimelineJS: keep it plain and unique.
        base = _UNSAFE_ID.sub("-", cluster.id).strip("-") or "event"
        uid, n = base, 1
        while uid in used:
            n += 1
            uid = f"{base}-{n}"
        used.add(uid)
        slides.append(slide(cluster, uid))
    articles = len(result.articles)
    summary = f"{len(clusters)} events from {articles} article{'s' if articles != 1 else ''}"
    return {"title": {"text": {"headline": html.escape(title), "text": summary}}, "events": slides}


def render_timelinejs(result: ResultLike) -> str:
    return json.dumps(to_timelinejs(result), ensure_ascii=False, indent=2) + "\n"
