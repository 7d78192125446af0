"""Extraction: articles in, dated events out. The one path the CLI, the app and benchmarks share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from model.core.documents import Article, DocumentDate
from model.nlp.sentences import mark_paragraphs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from model.core.events import Event

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class ExtractionCancelled(Exception):
    """The user cancelled; nothing of this run is kept."""


@dataclass
class ExtractionResult:
    articles: list[Article]
    events: list[Event]
    # Parsed docs by article id, kept so a DCT edit re-dates without re-parsing.
    docs: dict[str, Doc] = field(default_factory=dict, repr=False)

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)


def parse_articles(
    articles: list[Article],
    nlp: Language,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelledFn | None = None,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[Doc]:
    """Run the pipeline over the articles, each doc anchored on its known DCT (if any).

    ``n_process`` > 1 parses in that many worker processes (``model.nlp.parallel``); worth it for
    large corpora only: each worker process starts with a copy of the pipeline.
    """

    def make_docs() -> Iterable[Doc]:
        for article in articles:
            doc = mark_paragraphs(nlp.make_doc(article.text))
            doc._.dct = article.dct.value
            yield doc

    total = len(articles)
    if n_process > 1:
        from model.nlp.parallel import pipe_in_processes

        docs = pipe_in_processes(nlp, make_docs(), batch_size=batch_size, n_process=n_process,
                                 is_cancelled=is_cancelled)
    else:
        docs = nlp.pipe(make_docs(), batch_size=batch_size)
    try:
        for i, doc in enumerate(docs, start=1):
            if is_cancelled is not None and is_cancelled():
                raise ExtractionCancelled
            if progress is not None:
                progress(i, total)
            yield doc
    finally:
        # On cancel, stop spaCy's worker processes now rather than when the generator is collected.
        close = getattr(docs, "close", None)
        if close is not None:
            close()


def date_documents(articles: list[Article], docs: list[Doc]) -> None:
    """Give every article without a trusted DCT one inferred from its text (and the others')."""
    from model.nlp.dating.dct import infer_document_dates
    from model.timex import redate

    inferred = infer_document_dates(articles, docs)
    for article, doc, dct in zip(articles, docs, inferred, strict=True):
        if article.dct.source in ("user", "metadata"):
            continue
        article.dct = dct
        redate(doc, dct.value)


def build_events(articles: list[Article], docs: list[Doc]) -> list[Event]:
    from model.nlp.events.extraction import extract_events
    from model.nlp.events.recognizer import event_mentions
    from model.nlp.merge import assign_clusters
    from model.text.language_check import guess_language

    events: list[Event] = []
    for article, doc in zip(articles, docs, strict=True):
        if guess_language(article.text) is not None:
            continue  # English rules on another language give mis-dated events; the loader warned
        article.event_mentions = event_mentions(doc)
        events.extend(extract_events(doc, article))
    assign_clusters(events, articles)
    return events


def extract(
    articles: list[Article],
    nlp: Language,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelledFn | None = None,
    batch_size: int = 16,
    n_process: int = 1,
) -> ExtractionResult:
    docs = list(parse_articles(articles, nlp, progress=progress, is_cancelled=is_cancelled,
                               batch_size=batch_size, n_process=n_process))
    date_documents(articles, docs)
    events = build_events(articles, docs)
    return ExtractionResult(articles, events, {a.id: d for a, d in zip(articles, docs, strict=True)})


def set_document_date(result: ExtractionResult, article_id: str, dct: DocumentDate) -> ExtractionResult:
    """The user's DCT for one article: re-date that article's expressions (and those of the
    articles whose inferred date rests on it) and rebuild events."""
    from model.nlp.dating.dct import redate_dependents
    from model.timex import redate

    articles = [replace(a, dct=dct) if a.id == article_id else a for a in result.articles]
    docs = [result.docs[a.id] for a in articles]
    changed = {article_id: dct, **redate_dependents(articles, docs, article_id)}
    articles = [replace(a, dct=changed[a.id]) if a.id in changed else a for a in articles]
    for a in articles:
        if a.id in changed:
            redate(result.docs[a.id], changed[a.id].value)
    return ExtractionResult(articles, build_events(articles, docs), dict(result.docs))
