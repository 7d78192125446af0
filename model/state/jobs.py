"""Background jobs: long work runs on a QThreadPool and reports back through Qt signals.

A job is a QObject created on the GUI thread; its signals are emitted from the
worker thread and delivered queued to receivers living on the GUI thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from model.core.documents import Article
from model.nlp.pipeline import ExtractionCancelled, ExtractionResult, build_events, extract

if TYPE_CHECKING:
    from spacy.language import Language


class Job(QObject):
    """Run `work()` off the GUI thread; emit finished(result) or failed(message)."""

    finished = Signal(object)
    failed = Signal(str)

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self.run)

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported as a message; the GUI shows it, never a traceback
            if not getattr(exc, "user_facing", False):  # a bad file is no bug: its one line is enough
                traceback.print_exc()
            self.failed.emit(self.describe_error(exc))
            return
        self.finished.emit(result)

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
    """Files and folders -> LoadResult(articles, errors)."""

    def __init__(self, paths: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = list(paths)
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Stop reading between two records (a big corpus takes minutes to read)."""
        self._stop.set()

    def work(self) -> object:
        from model.loaders import load_paths

        return load_paths(self.paths, stop=self._stop.is_set)


class ExtractionJob(Job):
    """Extract events from new articles; with a previous result, the two become one.

    Previous articles are not parsed again: their docs are reused and only the
    events (and cross-article clusters) are rebuilt over all articles.
    """

    progress = Signal(int, int)
    cancelled = Signal()

    def __init__(
        self,
        articles: Sequence[Article],
        nlp: Language,
        previous: ExtractionResult | None = None,
        parent: QObject | None = None,
        *,
        n_process: int = 1,
    ) -> None:
        super().__init__(parent)
        self.articles = list(articles)
        self.nlp = nlp
        self.previous = previous
        self.n_process = n_process  # > 1: parse in that many processes (model.nlp.parallel)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.work()
        except ExtractionCancelled:
            self.cancelled.emit()
            return
        except Exception as exc:
            traceback.print_exc()
            self.failed.emit(self.describe_error(exc))
            return
        if self.is_cancelled():
            self.cancelled.emit()
            return
        self.finished.emit(result)

    def work(self) -> ExtractionResult:
        self.progress.emit(0, len(self.articles))
        new = extract(
            self.articles,
            self.nlp,
            progress=lambda done, total: self.progress.emit(done, total),
            is_cancelled=self.is_cancelled,
            n_process=self.n_process,
        )
        if self.previous is None or not self.previous.articles:
            return new
        articles = self.previous.articles + new.articles
        docs = {**self.previous.docs, **new.docs}
        if any(a.id not in docs for a in self.previous.articles):
            # A reopened project keeps no parsed docs: its events stay as saved (with the user's
            # edits) rather than re-parse every article; the new articles' events join them.
            return ExtractionResult(articles, list(self.previous.events) + new.events, docs)
        events = build_events(articles, [docs[a.id] for a in articles])
        return ExtractionResult(articles, events, docs)

    def describe_error(self, exc: Exception) -> str:
        return f"Extraction failed: {type(exc).__name__}: {exc}"
