"""``nlp.pipe`` over worker processes, for the pipeline's large runs (``model.nlp.pipeline``)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from model.core.documents import Article
from model.core.result import ExtractionCancelled
from model.nlp.loading import worker_pipeline
from model.nlp.sentences import mark_paragraphs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    # What a worker runs on each parsed doc before sending it back (``model.nlp.pipeline`` builds
    # the events of an article whose date is settled): a module-level function, so "spawn" can
    # pickle it; its result must pickle too; None when there is nothing to do for that article.
    DocStep = Callable[[Article, Doc], Any]

# Where spaCy keeps the value of ``doc._.timexes``: Timex objects, which msgpack cannot serialise.
_TIMEXES_KEY = ("._.", "timexes", None, None)

# The parent's pipeline, for workers made by "fork": they share it instead of loading their own.
_FORKED_NLP: Language | None = None


def make_doc(nlp: Language, article: Article) -> Doc:
    """The article's text tokenised, a sentence start at every line break, anchored on its DCT."""
    doc = mark_paragraphs(nlp.make_doc(article.text))
    doc._.dct = article.dct.value
    return doc


def _drop_timex_objects(doc: Doc) -> Doc:
    # After the worker's pipeline: keep only the timex parses (plain JSON in user_data), so the
    # Doc can travel back as bytes; the parent resolves them again (cheap, no parsing).
    user_data: dict[Any, Any] = doc.user_data  # spaCy types its keys as str; extensions use tuples
    user_data.pop(_TIMEXES_KEY, None)
    return doc


def _parse_batch(batch: list[Article], step: DocStep | None) -> list[tuple[bytes, Any]]:
    """Runs in a pool process: articles in, (parsed Doc as bytes, ``step``'s result) out.

    The worker tokenises too (the parent used to, for every article, before any worker could
    start), and runs ``step`` on each doc while it is here (the parent used to, one doc at a time).
    """
    nlp = _FORKED_NLP if _FORKED_NLP is not None else worker_pipeline()
    out = []
    for article, doc in zip(batch, nlp.pipe((make_doc(nlp, a) for a in batch), batch_size=max(1, len(batch))),
                            strict=True):
        done = step(article, doc) if step is not None else None
        out.append((_drop_timex_objects(doc).to_bytes(), done))
    return out


def _start_worker() -> None:
    worker_pipeline()  # the model loads while the parent prepares the first batches


def start_method() -> str:
    """"fork" where it is safe: Linux, no Qt loaded (the app's Qt threads make forking unsafe), no
    other Python thread. Forked workers share the parent's loaded pipeline; a spawned one loads its
    own first (about 1.3 s of CPU each, before its first batch). "spawn" everywhere else."""
    qt = any(name in sys.modules for name in ("PySide6", "PyQt6", "PyQt5", "PySide2"))
    if sys.platform.startswith("linux") and not qt and threading.active_count() == 1:
        return "fork"
    return "spawn"


def pipe_in_processes(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int,
    n_process: int,
    is_cancelled: Callable[[], bool] | None = None,
    step: DocStep | None = None,
    method: str | None = None,
) -> Iterator[tuple[Doc, Any]]:
    """The articles' docs (``make_doc``) through ``nlp.pipe`` in n_process worker processes, in
    order, each with ``doc._.timexes`` as a single process gives it and with what ``step`` gave for
    it in the worker (None without a step).

    Our own pool rather than ``nlp.pipe(n_process=...)``: "spawn" where forking is unsafe (the
    app has Qt threads; ``start_method``; ``method`` overrides), at most two batches per process in
    flight (memory stays bounded), and a cancel that does not wait for the batches being parsed:
    ``is_cancelled`` is polled while waiting, and the workers are terminated at once (also when
    the consumer stops early). Raises ``ExtractionCancelled``. A spawned worker loads the default
    pipeline (``worker_pipeline``): a few seconds, worth it for large corpora only.
    """
    import multiprocessing
    import warnings
    from collections import deque

    from spacy.tokens import Doc as SpacyDoc
    from spacy.util import minibatch

    from model.timex import redate

    global _FORKED_NLP
    batches = minibatch(articles, max(1, batch_size))
    method = method or start_method()
    with warnings.catch_warnings():
        # Python 3.12+ warns on fork with any native thread; ours are then only numerical libraries'
        # idle pools (OpenBLAS), which re-initialise in the child (spaCy's own nlp.pipe forks too).
        warnings.filterwarnings("ignore", r".*multi-threaded.*fork", DeprecationWarning)
        if method == "fork":
            _FORKED_NLP = nlp
            try:
                pool = multiprocessing.get_context("fork").Pool(n_process)
            finally:
                _FORKED_NLP = None  # the children have their copy; the parent keeps no reference
        else:
            pool = multiprocessing.get_context(method).Pool(n_process, initializer=_start_worker)
    # The pool silently replaces a worker that dies (a crash, or a script without a
    # ``__main__`` guard re-run by "spawn"), and its batch is never answered: fail instead.
    workers = list(getattr(pool, "_pool", []))
    try:
        pending: deque[Any] = deque()

        def submit() -> None:
            batch = next(batches, None)
            if batch is not None:
                pending.append(pool.apply_async(_parse_batch, (batch, step)))

        for _ in range(2 * n_process):
            submit()
        while pending:
            head = pending[0]
            while not head.ready():
                head.wait(0.05)
                if is_cancelled is not None and is_cancelled():
                    raise ExtractionCancelled
                if any(worker.exitcode is not None for worker in workers):
                    raise RuntimeError("a parsing process ended unexpectedly")
            parsed: list[tuple[bytes, Any]] = head.get()  # a worker's exception is raised here
            pending.popleft()
            submit()
            for data, done in parsed:
                doc = SpacyDoc(nlp.vocab).from_bytes(data)
                if "timex" in nlp.pipe_names:
                    redate(doc, doc._.dct)  # the timex objects stayed behind; their parses did not
                yield doc, done
    finally:
        pool.terminate()  # at once: on cancel the workers may be in the middle of a batch
        pool.join()
