"""iCalendar (.ics, RFC 5545) for day-precision events, written by hand: all-day VEVENTs.

A merged happening is one VEVENT listing all its sources, as on the timeline. Month- or
year-precision events are left out: a calendar entry would claim a day nobody reported.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit

from model.exporters.base import ResultLike
from model.exporters.clusters import Cluster, group_clusters, mention_name
from model.exporters.timelinejs import LANES

PRODID = "-//Chronicle//Timeline export//EN"
MAX_OCTETS = 75  # RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the CRLF


def escape_text(text: str) -> str:
    """RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and newlines escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    # Other control characters are not allowed in a content line at all.
    return "".join(c if c == "\t" or ord(c) >= 0x20 and c != "\x7f" else " " for c in text)


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""
    parts: list[str] = []
    current, size, limit = "", 0, MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            # A continuation line starts with one space, which counts towards its 75 octets.
            current, size, limit = "", 0, MAX_OCTETS - 1
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def is_day_precision(cluster: Cluster) -> bool:
    d = cluster.main.date
    return d.granularity == "day" and d.start == d.end


def _uid(cluster: Cluster) -> str:
    # Stable across re-exports of the same corpus, distinct across corpora (event ids like "e1" are not).
    event = cluster.main
    mention = next(m for m in cluster.mentions if m.event is event)
    key = "\0".join((mention.article.path if mention.article else event.article, event.id, event.date.value))
    return f"{hashlib.sha1(key.encode('utf-8')).hexdigest()[:24]}@chronicle"


def _description(cluster: Cluster) -> str:
    blocks = []
    for mention in cluster.mentions:
        article = mention.article
        source = mention_name(mention)
        if article and article.dct.value:
            source += f", {article.dct.value}"
        if article and article.url:
            source += f" <{article.url}>"
        blocks.append(f"{mention.event.sentence.text.strip()}\n— {source}")
    return "\n\n".join(blocks)


def _vevent(cluster: Cluster, stamp: str) -> list[str]:
    event = cluster.main
    day: date = event.date.start
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_uid(cluster)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
        # DTEND of an all-day event is exclusive: the next day.
        f"DTEND;VALUE=DATE:{(day + timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{escape_text(event.headline)}",
        f"DESCRIPTION:{escape_text(_description(cluster))}",
        f"CATEGORIES:{escape_text(LANES.get(event.modality, event.modality))}",
        "TRANSP:TRANSPARENT",
    ]
    article = next((m.article for m in cluster.mentions if m.event is event), None)
    url = article.url if article else ""
    # URL is a URI value, not TEXT: only well-formed web links without whitespace go in.
    if url and urlsplit(url).scheme.lower() in ("http", "https") and not any(c.isspace() for c in url):
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def render_ics(result: ResultLike, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for cluster in group_clusters(result):
        if is_day_precision(cluster):
            lines += _vevent(cluster, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
