"""The DESIGN.md JSON contract: ``{"articles": [...], "events": [...]}``."""

from __future__ import annotations

import json

from model.core.events import Event
from model.exporters.base import ResultLike
from model.exporters.mentions import mentions_json


def to_contract(result: ResultLike) -> dict[str, list[dict[str, object]]]:
    by_article: dict[str, list[Event]] = {}
    for event in result.events:
        by_article.setdefault(event.article, []).append(event)
    # Each article also lists every recognised event mention with the date it takes (``mentions``).
    return {
        "articles": [{**a.to_json(), "mentions": mentions_json(a, by_article.get(a.id, []))}
                     for a in result.articles],
        "events": [e.to_json() for e in result.events],
    }


def render_json(result: ResultLike) -> str:
    # ensure_ascii=False: article text is mostly non-ASCII-free, but names and quotes must stay readable.
    return json.dumps(to_contract(result), ensure_ascii=False, indent=2) + "\n"
