"""TimelineJS3 JSON ({"title": …, "events": [{"start_date": {…}, "text": {…}}]}) as a corpus:
one article per event, its text the headline and the text with HTML removed."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from model.loaders.draft import Draft
from model.loaders.htmltext import html_to_text
from model.loaders.records import RecordError


def is_timelinejs(data: object) -> bool:
    if not isinstance(data, Mapping) or "articles" in data:
        return False
    events = data.get("events")
    return isinstance(events, list) and any(
        isinstance(e, Mapping) and isinstance(e.get("start_date"), Mapping) for e in events
    )


def timeline_title(data: Mapping[str, object]) -> str:
    """The title slide's headline, used as the events' source."""
    title = data.get("title")
    text = title.get("text") if isinstance(title, Mapping) else None
    headline = text.get("headline") if isinstance(text, Mapping) else None
    return " ".join(_plain(headline).split())


def timelinejs_drafts(data: Mapping[str, object], source: str) -> Iterator[Draft | RecordError]:
    events = data.get("events")
    assert isinstance(events, list)
    for number, event in enumerate(events, start=1):
        try:
            yield _draft(event, number, source)
        except RecordError as exc:
            yield exc


def _draft(event: object, number: int, source: str) -> Draft:
    if not isinstance(event, Mapping):
        raise RecordError(f"event {number} is not an object")
    text_obj = event.get("text")
    headline = body = ""
    if isinstance(text_obj, Mapping):
        headline = _plain(text_obj.get("headline"))
        body = _plain(text_obj.get("text"))
    text = "\n\n".join(part for part in (headline, body) if part)
    if not text:
        raise RecordError(f"event {number} has no text (no headline, no text)")
    start = event.get("start_date")
    return Draft(
        text=text,
        title=" ".join(headline.split()),
        date=start if isinstance(start, Mapping) and start.get("year") not in (None, "") else None,
        source=source,
        format="timelinejs",
        record=number,
    )


def _plain(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        return ""
    return html_to_text(value) if "<" in value or "&" in value else value.strip()
