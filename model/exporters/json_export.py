"""The DESIGN.md JSON contract: ``{"articles": [...], "events": [...]}``."""

from __future__ import annotations

import json

from model.exporters.base import ResultLike


def to_contract(result: ResultLike) -> dict[str, list[dict[str, object]]]:
    return {
        "articles": [a.to_json() for a in result.articles],
        "events": [e.to_json() for e in result.events],
    }


def render_json(result: ResultLike) -> str:
    # ensure_ascii=False: article text is mostly non-ASCII-free, but names and quotes must stay readable.
    return json.dumps(to_contract(result), ensure_ascii=False, indent=2) + "\n"
