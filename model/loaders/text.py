"""Plain text and Markdown: the text verbatim, the title from the first short line."""

from __future__ import annotations

import re

from model.loaders.draft import Draft
from model.loaders.records import field_map

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
        title=fields.get("title") or first_line_title(body, markdown=markdown),
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
