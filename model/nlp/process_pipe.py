"""``nlp.pipe`` over worker processes, for the pipeline's large runs (``model.nlp.pipeline``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from model.core.result import ExtractionCancelled
from model.nlp.loading import worker_pipeline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


# Where spaCy keeps the value of ``doc._.timexes``: Timex objects, which msgpack cannot serialise.
_TIMEXES_KEY = ("._.", "timexes", None, None)


def _drop_timex_objects(doc: Doc) -> Doc:
    # After the worker's pipeline: keep only the timex parses (plain JSON in user_data), so the
    # Doc can travel back as bytes; the parent resolves them again (cheap, no parsing).
    user_data: dict[Any, Any] = doc.user_data  # spaCy types its keys as str; extensions use tuples
    user_data.pop(_TIMEXES_KEY, None)
    return doc


def _parse_batch(batch: list[bytes]) -> list[bytes]:
    """Runs in a pool process: made Docs in (bytes, with their DCT), parsed Docs out."""
    from spacy.tokens import Doc

    nlp = worker_pipeline()
    docs = [Doc(nlp.vocab).from_bytes(b) for b in batch]
    return [_drop_timex_objects(doc).to_bytes() for doc in nlp.pipe(docs, batch_size=max(1, len(batch)))]


def _start_worker() -> None:
    worker_pipeline()  # the model loads while the parent prepares the first batches


def pipe_in_processes(
    nlp: Language,
    docs: Iterable[Doc],
    *,
    batch_size: int,
    n_process: int,
    is_cancelled: Callable[[], bool] | None = None,
) -> Iterator[Doc]:
    """``nlp.pipe`` over n_process worker processes, with ``doc._.timexes`` as a single process gives it.

    Our own pool rather than ``nlp.pipe(n_process=...)``: "spawn" (the app has Qt threads, and
    forking a threaded process is unsafe), at most two batches per process in flight (memory
    stays bounded), and a cancel that does not wait for the batches being parsed:
    ``is_cancelled`` is polled while waiting, and the workers are terminated at once (also when
    the consumer stops early). Raises ``ExtractionCancelled``. Each worker loads the default
    pipeline (``worker_pipeline``): a few seconds, worth it for large corpora only.
    """
    import multiprocessing
    from collections import deque

    from spacy.tokens import Doc as SpacyDoc
    from spacy.util import minibatch

    from model.timex import redate

    batches = minibatch(docs, max(1, batch_size))
    pool = multiprocessing.get_context("spawn").Pool(n_process, initializer=_start_worker)
    # The pool silently replaces a worker that dies (a crash, or a script without a
    # ``__main__`` guard re-run by "spawn"), and its batch is never answered: fail instead.
    workers = list(getattr(pool, "_pool", []))
    try:
        pending: deque[Any] = deque()

        def submit() -> None:
            batch = next(batches, None)
            if batch is not None:
                pending.append(pool.apply_async(_parse_batch, ([d.to_bytes() for d in batch],)))

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
            parsed: list[bytes] = head.get()  # a worker's exception is raised here
            pending.popleft()
            submit()
            for data in parsed:
                doc = SpacyDoc(nlp.vocab).from_bytes(data)
                if "timex" in nlp.pipe_names:
                    redate(doc, doc._.dct)  # the timex objects stayed behind; their parses did not
                yield doc
    finally:
        pool.terminate()  # at once: on cancel the workers may be in the middle of a batch
        pool.join()
