"""Background jobs: long work runs on a QThreadPool and reports back through Qt signals.

A job is a QObject created on the GUI thread; its signals are emitted from the
worker thread and delivered queued to receivers living on the GUI thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from model.core.documents import Article
from model.core.events import Event
from model.core.result import ExtractionCancelled, ExtractionResult
from model.nlp.pipeline import extract

if TYPE_CHECKING:
    from spacy.language import Language

    from model.nlp.process_pipe import WorkerPool
    from model.ranking.summary import SummaryDay


class Job(QObject):
    """Run `work()` off the GUI thread; report finished(result), failed(message) or cancelled(),
    then done() whatever the outcome (``JobRunner`` keeps the job alive until then).

    ``cancel()`` asks the work to stop; a job whose work checks ``is_cancelled()`` (extraction)
    stops early, others (a save) end normally."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progress = Signal(int, int)  # done, total
    done = Signal()

    # A cancelled job of this kind reports cancelled() even when its work got to the end.
    stops_when_cancelled = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self.run)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.work()
        except ExtractionCancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported as a message; the GUI shows it, never a traceback
            if not getattr(exc, "user_facing", False):  # a bad file is no bug: its one line is enough
                traceback.print_exc()
            self.failed.emit(self.describe_error(exc))
        else:
            if self.stops_when_cancelled and self.is_cancelled():
                self.cancelled.emit()  # its result belongs to work the user has abandoned
            else:
                self.finished.emit(result)
        finally:
            self.done.emit()

    def work(self) -> object:
        raise NotImplementedError

    def describe_error(self, exc: Exception) -> str:
        return f"{type(exc).__name__}: {exc}"


class FunctionJob(Job):
    """Any self-contained call (e.g. an image export) off the GUI thread."""

    def __init__(self, fn: Callable[..., object], *args: object, parent: QObject | None = None, **kwargs: object) -> None:
        super().__init__(parent)
        self._call = partial(fn, *args, **kwargs)

    def work(self) -> object:
        return self._call()

    def describe_error(self, exc: Exception) -> str:
        return str(exc) or type(exc).__name__


class RankJob(Job):
    """The happening ranks behind the Key events control (``model.ranking.summary.rank_events``) for
    a snapshot of the events and their sources, with their order (a ``KeyRanks``): ~0.5 s for
    10,000 articles, off the GUI thread."""

    stops_when_cancelled = True  # a newer snapshot is being ranked: this one's result is stale

    def __init__(self, events: Sequence[Event], sources: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events = list(events)
        self.sources = list(sources)

    def work(self) -> object:
        from model.ranking.summary import KeyRanks, rank_events

        ranks = rank_events(self.events, self.sources, progress=self.progress.emit, is_cancelled=self.is_cancelled)
        return KeyRanks.of(ranks)

    def describe_error(self, exc: Exception) -> str:
        return f"Could not rank the events: {type(exc).__name__}: {exc}"


@dataclass
class Summary:
    """A timeline summary and, per (day, sentence), the event told in that sentence."""

    days: list[SummaryDay]
    sources: dict[tuple[date, str], str]


class SummaryJob(Job):
    """The timeline summary of a snapshot of the workspace (``model.ranking.summary.summarize``):
    the ``n_dates`` key dates inside [start, end], each with its ``k_sentences`` best sentences."""

    stops_when_cancelled = True

    def __init__(
        self, result: ExtractionResult, *, n_dates: int | None, k_sentences: int,
        start: date | None = None, end: date | None = None, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Copies of the lists, on the GUI thread: the session replaces items of its lists in place.
        self.result = ExtractionResult(list(result.articles), list(result.events))
        # Not ``start``: that is Job.start, the method that runs the job.
        self.n_dates, self.k_sentences, self.first_day, self.last_day = n_dates, k_sentences, start, end

    def work(self) -> object:
        from model.ranking.summary import sentence_sources, summarize

        days = summarize(self.result, n_dates=self.n_dates, k_sentences=self.k_sentences, start=self.first_day,
                         end=self.last_day, progress=self.progress.emit, is_cancelled=self.is_cancelled)
        return Summary(days, sentence_sources(self.result, days))

    def describe_error(self, exc: Exception) -> str:
        return f"Could not summarize: {type(exc).__name__}: {exc}"


class ModelLoadJob(Job):
    """Load the spaCy pipeline (a few seconds) while the window is already up."""

    def work(self) -> object:
        from model.nlp.loading import load_pipeline

        return load_pipeline()

    def describe_error(self, exc: Exception) -> str:
        from model.nlp.loading import ModelNotFoundError

        if isinstance(exc, ModelNotFoundError):
            return str(exc)
        return f"Could not load the language model: {type(exc).__name__}: {exc}"


class LoadJob(Job):
    """Files and folders -> LoadResult(articles, errors, outputs): an extraction output folder is
    read back with its events (``outputs``), not given to be extracted again."""

    def __init__(self, paths: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = list(paths)

    def work(self) -> object:
        from model.loaders import load_paths

        # cancel() stops the reading between two records (a big corpus takes minutes to read).
        return load_paths(self.paths, stop=self.is_cancelled, read_outputs=True)


@dataclass
class Addition(ExtractionResult):
    """New articles with their events and docs, to be joined to the workspace as it is when they land.

    ``anchors`` maps a new event to an event of the workspace that tells the same happening
    (``join_new_events``); ``onto`` puts the new event in that event's cluster as it is then.
    """

    anchors: dict[str, str] = field(default_factory=dict)

    def onto(self, current: ExtractionResult) -> ExtractionResult:
        """``current`` with the new articles added; its own events stay as they are (the user's edits,
        deletions, merges and splits included), whatever was done while this was being made."""
        if not current.articles:
            return ExtractionResult(list(self.articles), list(self.events), dict(self.docs))
        by_id = {e.id: e for e in current.events}
        events = list(current.events)
        for event in self.events:
            anchor = by_id.get(self.anchors.get(event.id, ""))
            events.append(event if anchor is None else replace(event, cluster=anchor.cluster_key))
        return ExtractionResult(current.articles + self.articles, events, {**current.docs, **self.docs})


class JoinJob(Job):
    """An extraction output read back (articles with their events, no docs) -> an ``Addition``:
    its events are only clustered against the workspace's, as a new extraction's are."""

    def __init__(self, output: ExtractionResult, previous: ExtractionResult, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.output = output
        self.old_events = list(previous.events)  # on the GUI thread, as ExtractionJob takes them

    def work(self) -> Addition:
        events = self.output.events
        anchors: dict[str, str] = {}
        if self.old_events and events:
            from model.nlp.merge import join_new_events

            # On copies: the output keeps its own clusters (merged across all its articles); a
            # cluster of it that tells a happening of the workspace joins that one whole.
            found = join_new_events(self.old_events, [replace(e) for e in events])
            by_cluster: dict[str, str] = {}
            for event in events:
                if event.id in found:
                    by_cluster.setdefault(event.cluster_key, found[event.id])
            anchors = {e.id: by_cluster[e.cluster_key] for e in events if e.cluster_key in by_cluster}
        return Addition(self.output.articles, events, {}, anchors)

    def describe_error(self, exc: Exception) -> str:
        return f"Could not add the extraction output: {type(exc).__name__}: {exc}"


class ExtractionJob(Job):
    """Extract events from new articles; the result is an ``Addition`` to the workspace.

    Previous articles are neither parsed again nor re-extracted: their events are the user's
    (edited, deleted, merged); the new events are only clustered against them.
    """
    stops_when_cancelled = True

    def __init__(
        self,
        articles: Sequence[Article],
        nlp: Language,
        previous: ExtractionResult | None = None,
        parent: QObject | None = None,
        *,
        n_process: int = 1,
        workers: WorkerPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.articles = list(articles)
        self.nlp = nlp
        # The workspace's events now, on the GUI thread: the session replaces items of its list in place.
        self.old_events = list(previous.events) if previous is not None else []
        self.n_process = n_process  # > 1: parse in that many processes (model.nlp.process_pipe)
        self.workers = workers  # processes kept between runs (the session's), used instead when given

    def work(self) -> Addition:
        self.progress.emit(0, len(self.articles))
        new = extract(
            self.articles,
            self.nlp,
            progress=lambda done, total: self.progress.emit(done, total),
            is_cancelled=self.is_cancelled,
            n_process=self.n_process,
            workers=self.workers,
        )
        from model.nlp.merge import join_new_events  # spaCy's stop words: not imported at start-up

        anchors = join_new_events(self.old_events, new.events) if self.old_events else {}
        return Addition(new.articles, new.events, new.docs, anchors)

    def describe_error(self, exc: Exception) -> str:
        return f"Extraction failed: {type(exc).__name__}: {exc}"
