"""One corpus record (a JSON object or a CSV row) to one article draft, whatever its field names."""

from __future__ import annotations

from collections.abc import Mapping

from model.loaders.draft import Draft

# Accepted names for each field, most specific first; matched case-insensitively.
FIELDS: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "body",
        "content",
        "full_text",
        "fulltext",
        "article_text",
        "maintext",
        "main_text",
        "article",
        "story",
        "raw_text",
    ),
    "title": ("title", "headline", "heading", "name", "subject"),
    "date": (
        "date",
        "published",
        "publication_date",
        "pubdate",
        "pub_date",
        "published_at",
        "publish_date",
        "publishedat",
        "date_published",
        "datepublished",
        "dct",
        "datetime",
        "created_at",
        "timestamp",
        "time",
    ),
    "source": (
        "source",
        "sitename",
        "site_name",
        "publisher",
        "outlet",
        "source_name",
        "newspaper",
        "site",
        "domain",
    ),
    "url": ("url", "link", "href", "uri", "source_url", "permalink"),
    # The record's own id, kept as the article id so exports join back to the user's data.
    "id": ("id", "article_id", "doc_id", "document_id", "docid", "_id"),
}


class RecordError(ValueError):
    """A record that cannot become an article."""


def field_map(keys: list[str] | tuple[str, ...] | Mapping[str, object]) -> dict[str, str]:
    """Our field name -> the record's key holding it, for the keys present."""
    by_lower: dict[str, str] = {}
    for key in keys:
        if isinstance(key, str):
            by_lower.setdefault(key.strip().lower().replace(" ", "_").replace("-", "_"), key)
    found: dict[str, str] = {}
    for name, synonyms in FIELDS.items():
        for synonym in synonyms:
            if synonym in by_lower:
                found[name] = by_lower[synonym]
                break
    return found


def draft_from_record(record: object, *, fmt: str, number: int, line: int | None) -> Draft:
    if not isinstance(record, Mapping):
        raise RecordError(f"record {number} is a {_kind(record)}, not an object with a text field")
    fields = field_map(record)
    text = _text(record) or (record.get(fields["text"]) if "text" in fields else None)
    if not isinstance(text, str):
        if text is None or text == "":
            raise RecordError(f"record {number} has no text ({_expected('text')})")
        raise RecordError(f"record {number}: its text is a {_kind(text)}, not a string")
    if not text.strip():
        raise RecordError(f"record {number} has no text (its text field is blank)")
    return Draft(
        text=text,
        title=_scalar(record.get(fields.get("title", ""))),
        date=record.get(fields["date"]) if "date" in fields else None,
        source=_scalar(record.get(fields.get("source", ""))),
        url=_scalar(record.get(fields.get("url", ""))),
        id=_record_id(record.get(fields["id"])) if "id" in fields else "",
        format=fmt,
        record=number,
        line=line,
    )


def _text(record: Mapping[str, object]) -> str | None:
    """The first text-like field holding real text: {"text": null, "body": "…"} has text."""
    by_lower = {k.strip().lower(): v for k, v in record.items() if isinstance(k, str)}
    for synonym in FIELDS["text"]:
        value = by_lower.get(synonym)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _scalar(value: object) -> str:
    # NewsAPI and others nest the source: {"id": …, "name": "Reuters"}.
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("title") or ""
    if value is None or isinstance(value, (list, dict, Mapping)):
        return ""
    return " ".join(str(value).split())


def _record_id(value: object) -> str:
    """A string or whole number, as written; anything else (null, an object) is no id."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split()) if isinstance(value, (str, int)) else ""


def _expected(name: str) -> str:
    return "expected a field named " + ", ".join(FIELDS[name][:5]) + "…"


def _kind(value: object) -> str:
    return {list: "list", dict: "object", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number" if isinstance(value, (int, float)) else type(value).__name__
    )
