"""Events as one flat table (one row per event), shared by the CSV and Excel exporters."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from model.exporters.base import ResultLike, articles_by_id

LIST_SEPARATOR = "; "
# Article fields copied onto each event row, so a row can be read without the articles table.
ARTICLE_COLUMNS = ("article.title", "article.dct", "article.source", "article.url", "article.path")


def flatten(record: Mapping[str, object], prefix: str = "") -> dict[str, object]:
    """``{"date": {"value": ...}}`` -> ``{"date.value": ...}``; lists joined with "; "."""
    out: dict[str, object] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, f"{name}."))
        elif isinstance(value, (list, tuple)):
            out[name] = LIST_SEPARATOR.join(str(v) for v in value)
        else:
            out[name] = value
    return out


def event_columns() -> list[str]:
    """Column order: the event contract flattened, then the article's fields."""
    from datetime import date

    from model.core.documents import TextSpan
    from model.core.events import Event, EventDate

    span = TextSpan(0, 0, "")
    sample = Event("", "", EventDate("", date.min, date.min, ""), "", span, span, span)
    return [*flatten(sample.to_json()), *ARTICLE_COLUMNS]


def events_frame(result: ResultLike) -> pd.DataFrame:
    articles = articles_by_id(result)
    rows = []
    for event in result.events:
        row = flatten(event.to_json())
        article = articles.get(event.article)
        row["article.title"] = article.title if article else ""
        row["article.dct"] = (article.dct.value or "") if article else ""
        row["article.source"] = article.source if article else ""
        row["article.url"] = article.url if article else ""
        row["article.path"] = article.path if article else ""
        rows.append(row)
    # Explicit columns so an empty result still has a header.
    return pd.DataFrame(rows, columns=event_columns())
