"""Drafts to articles: the per-article limit, the metadata date, a unique readable id."""

from __future__ import annotations

import re

from model.core.documents import Article, DocumentDate
from model.loaders.dates import DateError, normalize_date
from model.loaders.draft import Draft
from model.loaders.ids import IdAllocator, safe_id
from model.loaders.limits import MAX_TEXT_CHARS, too_long_message
from model.loaders.result import LoadError
from model.loaders.text import title_from_text

_SURROGATE = re.compile("[\ud800-\udfff]")


def build_article(
    draft: Draft, *, path: str, stem: str, ids: IdAllocator
) -> tuple[Article | None, list[LoadError]]:
    """The article (None when refused) and the problems met on the way."""
    label = f"record {draft.record}: " if draft.record is not None else ""
    if len(draft.text) > MAX_TEXT_CHARS:
        return None, [LoadError(path, label + too_long_message(len(draft.text)), draft.line)]
    if not draft.text.strip():
        what = (
            f"record {draft.record} has no text" if draft.record is not None else "no text (only whitespace)"
        )
        return None, [LoadError(path, what, draft.line)]
    problems: list[LoadError] = [LoadError(path, label + w, draft.line, warning=True) for w in draft.warnings]
    if _has_surrogates(draft.text, draft.title, draft.source, draft.url):
        # Half an emoji cut by a scraper: it cannot be written anywhere (UTF-8, JSON, SQLite).
        # One replacement character per broken one keeps every offset into the text.
        draft.text, draft.title, draft.source, draft.url = (
            _repair(v) for v in (draft.text, draft.title, draft.source, draft.url)
        )
        problems.append(
            LoadError(path, f"{label}broken characters (half of an emoji?) replaced with \ufffd", draft.line, warning=True)
        )
    try:
        date = normalize_date(draft.date)
    except DateError as exc:
        date = None
        problems.append(LoadError(path, f"{label}{exc}; loaded without a date", draft.line, warning=True))
    if draft.id:
        own = safe_id(draft.id)
        article_id = ids.allocate(own)
        if own != draft.id:  # ids name export files: no folder may be reached through one
            problems.append(LoadError(
                path, f"{label}id {draft.id!r} holds path characters; this article is {article_id!r}", draft.line,
                warning=True,
            ))
        elif article_id != draft.id:  # two records (or files) give the same id: unique, and said
            problems.append(LoadError(
                path, f"{label}id {draft.id!r} is already taken; this article is {article_id!r}", draft.line, warning=True
            ))
    else:
        article_id = ids.allocate(f"{stem}-{draft.record}" if draft.record is not None else stem)
    article = Article(
        id=article_id,
        path=path,
        text=draft.text,
        title=draft.title or title_from_text(draft.text),
        source=draft.source,
        url=draft.url,
        metadata_date=date,
        dct=DocumentDate(date, source="metadata", confidence=1.0) if date else DocumentDate(None),
        format=draft.format,
    )
    return article, problems


def _has_surrogates(*texts: str) -> bool:
    return any(not t.isascii() and _SURROGATE.search(t) for t in texts)


def _repair(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text)
