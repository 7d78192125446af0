"""HTML pages: main text and metadata through trafilatura, offline; a plain reduction as fallback."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass

import trafilatura

from model.loaders.draft import Draft, FormatError
from model.loaders.htmltext import (
    PARSER_MAX_DEPTH,
    PLAIN_PARSER_MAX_DEPTH,
    element_text,
    html_title,
    markup_text,
    parse_html,
    tree_depth,
)
from model.loaders.limits import MAX_TEXT_CHARS, too_long_message

# Dates from the page's markup and URL only: a date guessed from the body text is
# the dater's job (step 2), with its evidence, not metadata.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

_FAR_TOO_LONG = 2 * MAX_TEXT_CHARS
_CODE = re.compile(r"<(script|style|template)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")

# trafilatura logs every page it finds too short; the loader reports problems itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


@dataclass(frozen=True)
class _Page:
    """What trafilatura found, whichever shape its version returns (2.x object, 1.x dict)."""

    text: str = ""
    title: str = ""
    date: str = ""
    source: str = ""
    url: str = ""


def read_html(markup: str) -> Draft:
    _refuse_far_too_long(markup)
    root = parse_html(markup)
    if root is None:
        raise FormatError("no HTML content found")
    warnings: list[str] = []
    depth = tree_depth(root)
    if depth >= PLAIN_PARSER_MAX_DEPTH - 1:
        # Unclosed tags nest deeper than trafilatura's parser goes: it would drop the rest of the
        # page without a word. Every visible text instead, from our own (deeper) tree.
        page = _extract_metadata_only(markup)
        text = element_text(root)
        if depth >= PARSER_MAX_DEPTH:  # even that tree was cut: read the markup as plain text
            text = markup_text(markup)
            warnings.append(f"tags nested more than {PARSER_MAX_DEPTH:,} deep: read as plain text (layout lost)")
        else:
            warnings.append(f"tags nested {depth:,} deep: read every visible text (no main-text extraction)")
    else:
        page = _extract(markup)
        text = page.text.strip()
        if not text:
            # Malformed or very short pages: every visible text, so nothing the user sees is lost.
            text = element_text(root)
    if not text.strip():
        raise FormatError("no text found in the HTML page")
    return Draft(
        warnings=warnings,
        text=text,
        title=" ".join((page.title or html_title(root)).split()),
        date=page.date or None,
        source=page.source,
        url=page.url,
        format="html",
    )


def _refuse_far_too_long(markup: str) -> None:
    """Extraction of a huge page takes minutes; when even a rough count of its visible text is
    far above the per-article limit, the article would be refused anyway: say so at once."""
    if len(markup) <= _FAR_TOO_LONG:
        return
    visible = _TAG.sub(" ", _CODE.sub(" ", markup))
    chars = len(" ".join(visible.split()))
    if chars > _FAR_TOO_LONG:
        raise FormatError(too_long_message(chars, subject="page text is about"))


def _extract(markup: str) -> _Page:
    try:
        document = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            favor_recall=True,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception:  # a third-party extractor on hostile markup: the fallback still reads it
        return _Page()
    if document is None:
        return _Page()
    return _Page(
        text=_field(document, "text"),
        title=_field(document, "title"),
        date=_field(document, "date"),
        source=_field(document, "sitename") or _field(document, "hostname"),
        url=_field(document, "url"),
    )


def _extract_metadata_only(markup: str) -> _Page:
    """Title, date and site of a page whose text comes from elsewhere."""
    page = _extract(markup)
    return _Page(title=page.title, date=page.date, source=page.source, url=page.url)


def _field(document: object, name: str) -> str:
    value = document.get(name) if isinstance(document, Mapping) else getattr(document, name, None)
    return value.strip() if isinstance(value, str) else ""
