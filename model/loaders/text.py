"""Plain text and Markdown: the text verbatim, the title from the first short line."""

from __future__ import annotations

import re

from model.core.naming import readable
from model.loaders.draft import Draft
from model.loaders.records import field_map
from model.text.datelines import find_date_line, find_dateline

MAX_TITLE_CHARS = 200
# Optional YAML-style front matter ("---\ntitle: …\ndate: …\n---") in Markdown files.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_RULE = re.compile(r"[-*_=\s]{3,}")
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")


def read_text(text: str, *, markdown: bool) -> Draft:
    """One article; `text` is kept exactly as decoded (offsets into it are a public contract)."""
    meta: dict[str, str] = {}
    body = text
    if markdown:
        match = _FRONT_MATTER.match(text)
        if match:
            meta = _front_matter(match["body"])
            body = text[match.end() :]
    fields = {name: meta[key] for name, key in field_map(meta).items()}
    return Draft(
        text=text,
        title=fields.get("title") or title_from_text(body, markdown=markdown),
        date=fields.get("date") or None,
        source=fields.get("source", ""),
        url=fields.get("url", ""),
        format="md" if markdown else "txt",
    )


def first_line_title(text: str, *, markdown: bool = False) -> str:
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if markdown:
            if _RULE.fullmatch(line):  # a thematic break or an unclosed front-matter fence
                continue
            line = line.lstrip("#").rstrip("#").strip()
            if not line:
                continue
        return line if len(line) < MAX_TITLE_CHARS else ""
    return ""


def _front_matter(body: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in body.splitlines():
        match = _FIELD.match(line)
        if match:
            meta[match["key"].lower()] = match["value"].strip("'\"")
    return meta


_LEAD_CHARS = 100
# A sentence ends after a lower-case word or a number ("cases. Officials"), not after "U.S." or "Mr.".
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%][.!?])\s+(?=[A-Z\"“‘'(])")
_AGENCY_TAG = re.compile(r"^\((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|Xinhua|dpa|PA)\)\s*[-–—]+\s*")


def lead_title(text: str) -> str:
    """A name for an untitled article from its lead: past the page's date line and dateline
    ("JAKARTA | Wed Jun 24, 2009 4:10am EDT JAKARTA (Reuters) -"), its first sentence, readable
    and cut at a word to about 100 characters. Empty when the text has no words."""
    head = text[:800]
    start = 0
    for found in (find_date_line(head), find_dateline(head)):
        if found is not None and found.end <= 500:
            start = max(start, found.end)
    rest = _AGENCY_TAG.sub("", readable(text[start : start + 2000]).lstrip(" -–—:|,"))
    sentence = _SENTENCE_END.split(rest, maxsplit=1)[0].strip()
    if len(sentence) <= _LEAD_CHARS:
        return sentence
    cut = sentence[:_LEAD_CHARS].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"


def title_from_text(text: str, *, markdown: bool = False) -> str:
    """The first line when it reads as a title; else (a date line, a one-line tokenised corpus
    text) the lead's first sentence."""
    first = first_line_title(text, markdown=markdown)
    if first and not _opens_with_date_line(first):
        return first
    return lead_title(text)


def _opens_with_date_line(line: str) -> bool:
    """The line is, or starts with, the page's date line or dateline ("JAKARTA | Wed Jun 24, …")."""
    found = find_date_line(line) or find_dateline(line)
    return found is not None and found.start <= 40  # after a place: "JAKARTA | Wed Jun 24…"
