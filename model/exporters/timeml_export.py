"""TimeML (.tml): one document per article, with its DCT, TIMEX3 and EVENT tags (every recognised event
with its class, not only those on the timeline), so annotations go back into NLP tools (and into Chronicle: the text with tags removed is the article text exactly).
Each EVENT has its MAKEINSTANCE, and a TLINK to the time it takes where that is known
(``model/exporters/mentions.py``): IS_INCLUDED its TIMEX3 or the DCT (``t0``), BEFORE ``t0`` for an
undated happening told in the past.

Several articles: ``-o out_dir`` (or any path without .tml/.zip suffix) writes one ``<article-id>.tml``
per article into that folder; ``-o out.zip`` writes the same files into a zip; ``-o out.tml`` needs
exactly one article. In memory, one article is a ``str`` and several are the zip's ``bytes``.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from model.core.documents import Article, EventMention
from model.core.events import Event, anchor_events
from model.exporters.base import ExportError, ResultLike, write_export
from model.exporters.mentions import article_times, mention_event, time_link

# XML 1.0 cannot carry these at all, not even as character references.
_INVALID_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTR_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}


def escape_text(text: str) -> str:
    """Escape for element content; "\\r" as a reference because parsers turn a raw CR LF into LF."""
    text = _INVALID_XML.sub("\ufffd", text)
    return "".join(_TEXT_ESCAPES.get(c, c) for c in text)


def escape_attr(value: str) -> str:
    value = _INVALID_XML.sub("\ufffd", value)
    return "".join(_ATTR_ESCAPES.get(c, c) for c in value)


def timex_type(value: str) -> str:
    """The TIMEX3 type a value implies: P1D is a duration, 2021-11-15T10:00 a time, PAST_REF a date."""
    if re.match(r"P(T|\d)", value):
        return "DURATION"
    if re.match(r"R\d*P", value):
        return "SET"
    if re.search(r"T(\d|MO|AF|EV|NI|DT)", value):
        return "TIME"
    return "DATE"


@dataclass(frozen=True)
class _Timex:
    start: int
    end: int
    type: str
    value: str


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _valid(start: int, end: int, text: str) -> bool:
    return 0 <= start < end <= len(text)


def _timexes(article: Article, events: list[Event], docs: object) -> list[_Timex]:
    """Events' timexes (their value may be the user's edit), those of the happenings that are no
    entries (a reopened project has no doc to give them), then any other the tagger found."""
    found = [_Timex(e.timex.start, e.timex.end, timex_type(e.date.value), e.date.value)
             for e in [*events, *anchor_events(article)] if e.timex.end > e.timex.start]
    doc = docs.get(article.id) if isinstance(docs, dict) else None
    for t in getattr(getattr(doc, "_", None), "timexes", None) or ():
        found.append(_Timex(t.start, t.end, t.type, t.value))
    kept: list[_Timex] = []
    # Longest first at each start; nested or crossing spans cannot be tags, so later ones give way.
    for timex in sorted(found, key=lambda t: (t.start, -(t.end - t.start))):
        if _valid(timex.start, timex.end, article.text) and not _overlaps(
            timex.start, timex.end, ((k.start, k.end) for k in kept)
        ):
            kept.append(timex)
    return kept


def _mentions(article: Article, docs: object) -> tuple[EventMention, ...]:
    """The article's recognised events: as extraction stored them, else from its parsed doc."""
    if article.event_mentions:
        return article.event_mentions
    doc = docs.get(article.id) if isinstance(docs, dict) else None
    spans = getattr(getattr(doc, "_", None), "events", None) or ()
    return tuple(EventMention(s.start_char, s.end_char, s.label_) for s in spans)


def _links(
    article: Article,
    events: list[Event],
    mentions: tuple[EventMention, ...],
    eids: dict[tuple[int, int], str],
    tids: dict[tuple[int, int], str],
    classes: dict[tuple[int, int], str],
) -> list[str]:
    """A TLINK for every tagged EVENT whose time is known: a timeline event's own, or, for any other
    recognised mention, the time of the event it is told with (its stored anchor)."""
    by_trigger = article_times(article, events)
    taken: dict[tuple[int, int], Event] = {}
    for mention in mentions:
        event = mention_event(mention, by_trigger)
        if event is not None:
            taken[(mention.start, mention.end)] = event
    # A timeline event's trigger takes its own time, whatever a mention says (the first of two
    # events on one word, as ``events_by_trigger`` picks).
    for event in reversed(events):
        taken[(event.trigger.start, event.trigger.end)] = event
    spans = set(tids)
    links: list[str] = []
    for span, eid in sorted(eids.items()):
        event = taken.get(span)
        link = time_link(event, article, events, spans, classes.get(span, "")) if event is not None else None
        if link is None or (link.timex is None and not article.dct.value):
            continue
        tid = "t0" if link.timex is None else tids[link.timex]
        links.append(
            f'<TLINK lid="l{len(links) + 1}" relType="{link.relation}" eventInstanceID="ei{eid[1:]}"'
            f' relatedToTime="{tid}"/>'
        )
    return links


def render_article(article: Article, events: list[Event], docs: object = None) -> str:
    """One TimeML document for one article and its events."""
    text = article.text
    timexes = _timexes(article, events, docs)
    tids = {(t.start, t.end): f"t{i}" for i, t in enumerate(timexes, start=1)}
    # Tags to insert: (start, end, open tag, close tag).
    tags = [
        (
            t.start,
            t.end,
            f'<TIMEX3 tid="{tids[(t.start, t.end)]}" type="{t.type}" value="{escape_attr(t.value)}">',
            "</TIMEX3>",
        )
        for t in timexes
    ]
    # The timeline's events (their class, which the recognizer gave where it marked the word), then
    # every other recognised EVENT of the article. A trigger inside or across a timex (or another
    # trigger) cannot be tagged without breaking nesting.
    classes: dict[tuple[int, int], str] = {}
    negated: set[tuple[int, int]] = set()
    for event in events:
        span = (event.trigger.start, event.trigger.end)
        classes.setdefault(span, event.event_class)
        if event.modality == "negated":
            negated.add(span)
    for event in anchor_events(article):  # not tagged for themselves, but a negation is still one
        if event.modality == "negated":
            negated.add((event.trigger.start, event.trigger.end))
    for mention in _mentions(article, docs):
        classes.setdefault((mention.start, mention.end), mention.event_class)
    eids: dict[tuple[int, int], str] = {}
    instances: list[str] = []
    for span in sorted(classes):
        if not _valid(*span, text) or _overlaps(*span, tids) or _overlaps(*span, eids):
            continue
        n = len(eids) + 1
        eids[span] = f"e{n}"
        tags.append((*span, f'<EVENT eid="e{n}" class="{escape_attr(classes[span])}">', "</EVENT>"))
        polarity = "NEG" if span in negated else "POS"
        instances.append(
            f'<MAKEINSTANCE eiid="ei{n}" eventID="e{n}" pos="UNKNOWN" tense="NONE" aspect="NONE"'
            f' polarity="{polarity}"/>'
        )
    links = _links(article, events, _mentions(article, docs), eids, tids, classes)
    body: list[str] = []
    pos = 0
    for start, end, open_tag, close_tag in sorted(tags):
        body += [escape_text(text[pos:start]), open_tag, escape_text(text[start:end]), close_tag]
        pos = end
    body.append(escape_text(text[pos:]))

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<TimeML>",
        f"<DOCID>{escape_text(article.id)}</DOCID>",
    ]
    if article.dct.value:
        value = escape_attr(article.dct.value)
        lines.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{value}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{escape_text(article.dct.value)}</TIMEX3></DCT>'
        )
    if article.title:
        lines.append(f"<TITLE>{escape_text(article.title)}</TITLE>")
    lines.append(f"<TEXT>{''.join(body)}</TEXT>")
    lines += instances + links + ["</TimeML>", ""]
    return "\n".join(lines)


def render_documents(result: ResultLike) -> dict[str, str]:
    """File name -> TimeML document, one per article, names unique and safe on every OS."""
    docs = getattr(result, "docs", None)
    out: dict[str, str] = {}
    for article in result.articles:
        events = [e for e in result.events if e.article == article.id]
        base = re.sub(r"[^A-Za-z0-9._-]+", "_", article.id).strip("._") or "article"
        name, n = f"{base}.tml", 1
        while name in out:
            n += 1
            name = f"{base}-{n}.tml"
        out[name] = render_article(article, events, docs)
    return out


def _zip(documents: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, document in documents.items():
            # A fixed timestamp: the same result always zips to the same bytes.
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), document)
    return buffer.getvalue()


def render_timeml(result: ResultLike) -> str | bytes:
    documents = render_documents(result)
    if len(documents) == 1:
        return next(iter(documents.values()))
    return _zip(documents)


def write_timeml(result: ResultLike, out: Path) -> list[Path]:
    documents = render_documents(result)
    suffix = out.suffix.lower()
    if suffix == ".tml":
        if len(documents) != 1:
            raise ExportError(
                f"{out}: {len(documents)} articles make {len(documents)} TimeML files: give a folder or a .zip"
            )
        write_export(out, next(iter(documents.values())))
        return [out]
    if suffix == ".zip":
        write_export(out, _zip(documents))
        return [out]
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: not a folder (TimeML goes to a folder, a .zip or a single .tml)")
    out.mkdir(exist_ok=True)  # not parents=True: a mistyped parent path should fail, not be created
    written = []
    for name, document in documents.items():
        write_export(out / name, document)
        written.append(out / name)
    return written
