"""Extraction: articles in, dated events out. The one path the CLI, the app and benchmarks share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from model.core.documents import Article, DocumentDate, EventMention, TimeAnchor
from model.core.result import CancelledFn, ExtractionCancelled, ExtractionResult, ProgressFn

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from model.core.events import Event
    from model.nlp.process_pipe import DocStep, WorkerPool

def parse_articles(
    articles: list[Article],
    nlp: Language,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelledFn | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    workers: WorkerPool | None = None,
) -> Iterator[Doc]:
    """Run the pipeline over the articles, each doc anchored on its known DCT (if any).

    ``n_process`` > 1 parses in that many worker processes (``model.nlp.process_pipe``); worth it for
    large corpora only: each worker process starts with a copy of the pipeline. ``workers``: worker
    processes kept between runs instead (their own number), which have it loaded after the first.
    """
    for doc, _none in _parse(articles, nlp, progress=progress, is_cancelled=is_cancelled,
                             batch_size=batch_size, n_process=n_process, workers=workers):
        yield doc


def _parse(
    articles: list[Article],
    nlp: Language,
    *,
    progress: ProgressFn | None,
    is_cancelled: CancelledFn | None,
    batch_size: int,
    n_process: int,
    step: DocStep | None = None,
    workers: WorkerPool | None = None,
) -> Iterator[tuple[Doc, Any]]:
    """``parse_articles``, each doc with what ``step`` gives for it (in the worker process that
    parsed it when there are several: the parent then only receives and clusters)."""
    from model.nlp.process_pipe import make_doc

    total = len(articles)
    docs: Iterator[tuple[Doc, Any]]
    if n_process > 1 or workers is not None:
        from model.nlp.process_pipe import pipe_in_processes

        docs = pipe_in_processes(nlp, articles, batch_size=batch_size, n_process=n_process,
                                 is_cancelled=is_cancelled, step=step, workers=workers)
    else:
        parsed = nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=batch_size)
        docs = ((doc, step(a, doc) if step is not None else None) for a, doc in zip(articles, parsed, strict=True))
    try:
        for i, item in enumerate(docs, start=1):
            if is_cancelled is not None and is_cancelled():
                raise ExtractionCancelled
            if progress is not None:
                progress(i, total)
            yield item
    finally:
        # On cancel, stop spaCy's worker processes now rather than when the generator is collected.
        close = getattr(docs, "close", None)
        if close is not None:
            close()


# Document dates that the text is never asked about.
SETTLED_DCT_SOURCES = ("user", "metadata")


def date_documents(articles: list[Article], docs: list[Doc]) -> None:
    """Give every article without a trusted DCT one inferred from its text (and the others')."""
    from model.nlp.dating.dct import check_metadata_date, infer_document_dates
    from model.timex import redate

    # A metadata date is kept, but a page whose own date line contradicts it is one to check
    # (the warning and the lower confidence used to be worked out and then dropped here).
    for article, doc in zip(articles, docs, strict=True):
        if article.dct.source == "metadata":
            article.dct = check_metadata_date(article.dct, doc.text)
    if all(article.dct.source in SETTLED_DCT_SOURCES for article in articles):
        return  # nothing to date (the dates inferred below would all be dropped)
    inferred = infer_document_dates(articles, docs)
    for article, doc, dct in zip(articles, docs, inferred, strict=True):
        if article.dct.source in SETTLED_DCT_SOURCES:
            continue
        article.dct = dct
        redate(doc, dct.value)


def article_events(article: Article, doc: Doc) -> list[Event]:
    """One article's events (before merging); none for a text in another language."""
    from model.nlp.events.recognizer import event_mentions
    from model.text.language_check import guess_language

    if guess_language(article.text) is not None:
        return []  # English rules on another language give mis-dated events; the loader warned
    return _events_and_anchors(article, doc, event_mentions(doc))


def _events_and_anchors(article: Article, doc: Doc, mentions: tuple[EventMention, ...]) -> list[Event]:
    """The article's entries; its mentions and the non-entries' times go on the article."""
    from model.core.events import time_anchor
    from model.nlp.events.anchoring import anchor_mentions
    from model.nlp.events.extraction import extract_happenings

    told = extract_happenings(doc, article)
    # Each recognised mention's time, worked out once here (the exports read it from the article):
    # an entry's, or that of a happening the timeline leaves out (a dated opinion).
    article.event_mentions = anchor_mentions(doc, told.entries + told.anchors, mentions)
    article.time_anchors = tuple(time_anchor(e) for e in told.anchors)
    return told.entries


def settled_events(
    article: Article, doc: Doc,
) -> tuple[list[Event], tuple[EventMention, ...], tuple[TimeAnchor, ...]] | None:
    """The events of an article whose date is settled, its event mentions and time anchors; None for
    the others, which wait for document dating. Runs where the doc was parsed (a worker process, as
    it goes)."""
    if article.dct.source not in SETTLED_DCT_SOURCES:
        return None
    events = article_events(article, doc)
    return events, article.event_mentions, article.time_anchors


def build_events(articles: list[Article], docs: list[Doc]) -> list[Event]:
    from model.nlp.merge import assign_clusters

    events: list[Event] = []
    for article, doc in zip(articles, docs, strict=True):
        events.extend(article_events(article, doc))
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
    workers: WorkerPool | None = None,
) -> ExtractionResult:
    """The articles' events, merged. ``n_process`` > 1 parses in that many worker processes made
    for this run; ``workers`` in processes kept between runs (``model.nlp.process_pipe.WorkerPool``:
    the app's, whose second run finds the pipeline loaded)."""
    from model.nlp.merge import assign_clusters

    docs: list[Doc] = []
    # An article whose date is settled (metadata, the user's) needs no document dating: its
    # events are built as soon as it is parsed, by the worker process that parsed it when there
    # are several, while the others go on parsing.
    early: dict[int, list[Event]] = {}
    for i, (doc, built) in enumerate(_parse(articles, nlp, progress=progress, is_cancelled=is_cancelled,
                                            batch_size=batch_size, n_process=n_process, step=settled_events,
                                            workers=workers)):
        docs.append(doc)
        if built is not None:
            early[i], articles[i].event_mentions, articles[i].time_anchors = built
    date_documents(articles, docs)
    events: list[Event] = []
    for i, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        events.extend(early[i] if i in early else article_events(article, doc))
    assign_clusters(events, articles)
    return ExtractionResult(articles, events, {a.id: d for a, d in zip(articles, docs, strict=True)})


def set_document_date(
    result: ExtractionResult,
    article_id: str,
    dct: DocumentDate,
    *,
    parse: Callable[[Article], Doc] | None = None,
) -> ExtractionResult:
    """The user's DCT for one article: its expressions re-dated and its events extracted again,
    the user's work kept. The one re-dating rule (the app's undoable command uses it too).

    Articles whose inferred date rests on this one (``DocumentDate.based_on``: "last month's
    summit" dated from this article's summit) are dated again from the new date, and their events
    rebuilt the same way. Only the re-dated articles' events are extracted again: the others' docs
    did not change, and re-extracting a whole corpus took a second per 30 articles
    (benchmarks/curation_redate.py). The new events keep the headline, star, hidden flag and tags
    of the old event with the same trigger; an event the user deleted stays deleted; the other
    articles' events stay the same objects (manual merges and splits included). ``parse`` parses
    an article whose doc the result does not hold (a reopened project keeps no docs). The docs are
    re-dated in place, shared with ``result``; the re-dated articles are the new objects in the
    returned result's ``articles``.
    """
    from model.nlp.dating.dct import redate_dependents
    from model.nlp.events.extraction import extract_events
    from model.nlp.events.recognizer import event_mentions
    from model.nlp.merge import assign_clusters
    from model.timex import redate

    old_article = result.article(article_id)
    if old_article is None:
        raise KeyError(article_id)
    article = replace(old_article, dct=dct)
    articles = [article if a.id == article_id else a for a in result.articles]
    docs = dict(result.docs)
    if article_id not in docs:
        if parse is None:
            raise ValueError(f"{article_id}: no parsed document to re-date")
        docs[article_id] = parse(old_article)
    dependents: list[Article] = []
    if any(article_id in a.dct.based_on for a in articles):
        if parse is not None:  # a reopened project keeps no docs: parse the dependents too
            for a in articles:
                if article_id in a.dct.based_on and a.dct.source == "inferred" and a.id not in docs:
                    docs[a.id] = parse(a)
        parsed = [a for a in articles if a.id in docs]  # an unparsed article keeps its date
        changed = redate_dependents(parsed, [docs[a.id] for a in parsed], article_id)
        dependents = [replace(a, dct=changed[a.id]) for a in parsed if a.id in changed]
    redated = [article, *dependents]
    by_id = {a.id: a for a in redated}
    articles = [by_id.get(a.id, a) for a in articles]
    old_by_id = {a.id: a for a in result.articles}

    deleted: set[tuple[str, int, int]] = set()
    for new in redated:
        # What extraction gave under the old date and the user has since deleted stays deleted:
        # otherwise every DCT edit would bring the deleted events back.
        before = {_trigger_key(e) for e in extract_events(docs[new.id], old_by_id[new.id])}
        deleted |= before - {_trigger_key(e) for e in result.events if e.article == new.id}
        redate(docs[new.id], new.dct.value)
    # New events for the re-dated articles, clustered with copies of the others' (order does not matter).
    ids = set(by_id)
    rebuilt = [replace(e) for e in result.events if e.article not in ids]
    for new in redated:
        # New dates may make new events (a scene): the mentions' anchors follow them.
        rebuilt += _events_and_anchors(new, docs[new.id], new.event_mentions or event_mentions(docs[new.id]))
    assign_clusters(rebuilt, articles)
    kept = result.events
    for new in redated:
        kept = _carry_over(kept, rebuilt, new.id)
    return ExtractionResult(articles, [e for e in kept if _trigger_key(e) not in deleted], docs)


def _trigger_key(event: Event) -> tuple[str, int, int]:
    return (event.article, event.trigger.start, event.trigger.end)


def _carry_over(old: list[Event], rebuilt: list[Event], article_id: str) -> list[Event]:
    """The old list with the re-dated article's events swapped for rebuilt ones, the user's work kept.

    Other articles' events stay the old objects (their text and dates did not change; events the
    user deleted stay deleted). The re-dated article's events keep the curation of the old event
    with the same trigger, and join the (old) cluster of any other article's event the rebuild
    clustered them with.
    """
    old_by_trigger: dict[tuple[str, int, int], Event] = {}
    for event in old:
        if event.article == article_id:
            old_by_trigger.setdefault(_trigger_key(event), event)
    old_by_id = {e.id: e for e in old}

    # Rebuilt cluster id -> the old cluster of another article's event in that group.
    joined: dict[str, str] = {}
    for event in rebuilt:
        if event.article != article_id and event.id in old_by_id:
            joined.setdefault(event.cluster_key, old_by_id[event.id].cluster_key)
    kept_clusters = {e.cluster_key for e in old if e.article != article_id}

    fresh: list[Event] = []
    for event in rebuilt:
        if event.article != article_id:
            continue
        cluster = joined.get(event.cluster_key)
        if cluster is None:
            cluster = event.cluster_key
            if cluster in kept_clusters:  # a name still used by other articles' entries
                cluster = f"{cluster}@{article_id}"
        previous = old_by_trigger.get(_trigger_key(event))
        if previous is not None:
            event = replace(
                event, headline=previous.headline, starred=previous.starred, hidden=previous.hidden,
                tags=list(previous.tags),
            )
        fresh.append(replace(event, cluster=cluster))

    out: list[Event] = []
    placed = False
    for event in old:  # the article's new events where its old ones were
        if event.article != article_id:
            out.append(event)
        elif not placed:
            out.extend(fresh)
            placed = True
    if not placed:
        out.extend(fresh)
    return out
