"""``nlp.pipe`` over worker processes, for the pipeline's large runs (``model.nlp.pipeline``).

A run makes its own processes and ends them, or borrows a ``WorkerPool`` that outlives it: the
app keeps one for its session, so a second large extraction finds the pipeline loaded."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from model.core.documents import Article
from model.core.result import ExtractionCancelled
from model.nlp.loading import model_order, prefer_models, worker_pipeline
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


def _start_worker(models: tuple[str, ...] = ()) -> None:
    # The parent's order of model packages (the user's saved choice first): a spawned process
    # starts with the defaults, and would load another model than the parent's.
    prefer_models(models)
    worker_pipeline()  # the model loads while the parent prepares the first batches


# The number of a worker's first answer: its pipeline is loaded (or the exception that stopped it).
READY = -1


def _worker_main(tasks: Any, answers: Any, models: tuple[str, ...]) -> None:
    """A worker process: says when its pipeline is loaded (``READY``), then takes (number, batch,
    step) on its task pipe and answers (number, ok, the parsed batch or the exception) on its answer
    pipe, until a None or the parent's end."""
    try:
        if _FORKED_NLP is None:
            _start_worker(models)
    except Exception as exc:  # no model: the parent says why instead of "ended unexpectedly"
        answers.send((READY, False, exc))
        return
    answers.send((READY, True, None))
    while True:
        try:
            task = tasks.recv()
        except EOFError:  # the parent is gone
            return
        if task is None:
            return
        number, batch, step = task
        try:
            out: tuple[int, bool, Any] = (number, True, _parse_batch(batch, step))
        except Exception as exc:  # raised again in the parent
            out = (number, False, exc)
        try:
            answers.send(out)
        except Exception as exc:  # an exception (or a step's result) that does not pickle
            answers.send((number, False, RuntimeError(f"{type(exc).__name__}: {exc}")))


def start_method() -> str:
    """"fork" where it is safe: Linux, no Qt loaded (the app's Qt threads make forking unsafe), no
    other Python thread. Forked workers share the parent's loaded pipeline; a spawned one loads its
    own first (about 1.3 s of CPU each, before its first batch). "spawn" everywhere else."""
    qt = any(name in sys.modules for name in ("PySide6", "PyQt6", "PyQt5", "PySide2"))
    if sys.platform.startswith("linux") and not qt and threading.active_count() == 1:
        return "fork"
    return "spawn"


class WorkerPool:
    """Worker processes that outlive one run: each loads the pipeline once, and the next run in
    the same session finds it loaded (a spawned worker's load is seconds of CPU; the app spawns).

    The processes start with the first run that needs them (``acquire``). A run that ends with
    batches still in the workers (cancelled, failed, its consumer gone) ends them at once
    (``discard``): a cancel never waits for a batch, and nothing stale is left for the next run,
    which starts new ones. So does a worker found dead (a crash, or killed while idle). ``close``
    at quit ends them and refuses later runs (they raise ``ExtractionCancelled``). Thread-safe: a
    run goes on in a job's thread while the GUI thread may close the pool.

    Idle processes hold the model (about 265 MB each): ``stop_if_idle`` ends them when no run has
    used them for a while (the app asks after a quiet period), and the next run starts new ones.

    Our own processes rather than ``multiprocessing.Pool``: its ``terminate()`` waits forever
    for a lock that a worker killed while idle took with it (``Pool._help_stuff_finish``). Here
    each process has a task pipe and an answer pipe of its own, no lock is shared, and the parent
    sends a batch only to a process that is waiting for one: loaded (it said so) and idle. So
    neither side ever blocks on the other's full pipe, a cancel is not held up by a model still
    loading, and no feeder thread is left behind.
    """

    def __init__(self, n_process: int, *, method: str | None = None) -> None:
        self.n_process = max(1, n_process)
        self.method = method  # None: ``start_method()`` when the processes start
        self._lock = threading.Lock()
        self._workers: _Workers | None = None
        self._key: object = None  # what the processes were started for (below)
        self._closed = False
        self._runs = 0  # runs between acquire and release: their processes are never stopped as idle
        self._idle_since: float | None = None  # time.monotonic() when the last run released them

    def acquire(self, nlp: Language) -> _Workers:
        """The running processes, started now if there are none (or one of them has died)."""
        method = self.method or start_method()
        # Forked workers share the pipeline they were forked with; spawned ones load the model the
        # parent's preference names: either change means new processes.
        key = (method, id(nlp) if method == "fork" else model_order())
        with self._lock:
            if self._closed:
                raise ExtractionCancelled
            if self._workers is not None and (key != self._key or self._workers.any_dead()):
                self._stop()
            if self._workers is None:
                self._workers = _Workers.start(nlp, self.n_process, method)
                self._key = key
            self._runs += 1
            self._idle_since = None
            return self._workers

    def release(self) -> None:
        """A run that acquired the processes is over (whether it ended them or not)."""
        import time

        with self._lock:
            self._runs = max(0, self._runs - 1)
            if not self._runs:
                self._idle_since = time.monotonic()

    def idle_seconds(self) -> float | None:
        """How long the running processes have waited for a run; None when there are none or a run uses them."""
        import time

        with self._lock:
            if self._workers is None or self._runs or self._idle_since is None:
                return None
            return time.monotonic() - self._idle_since

    def stop_if_idle(self, quiet: float = 0.0) -> bool:
        """End the processes if no run uses them and none has for ``quiet`` seconds; the next run
        starts new ones (a cold start: each loads the model again). True if they were ended."""
        import time

        with self._lock:
            if self._workers is None or self._runs or self._idle_since is None:
                return False
            if time.monotonic() - self._idle_since < quiet:
                return False
            self._stop()
            return True

    def pids(self) -> list[int]:
        """The running worker processes' ids (none before the first run and after ``discard``)."""
        with self._lock:
            return [] if self._workers is None else self._workers.pids()

    def discard(self) -> None:
        """End the processes now, in the middle of a batch if need be; the next run starts new ones."""
        with self._lock:
            self._stop()

    def close(self) -> None:
        """At quit: end the processes; later runs are refused. Safe to call more than once."""
        with self._lock:
            self._closed = True
            self._stop()

    def _stop(self) -> None:
        workers, self._workers, self._key = self._workers, None, None
        if workers is not None:
            workers.end()


class _Workers:
    """One set of worker processes, each with its task pipe and its answer pipe (the parent's ends)."""

    def __init__(self, processes: list[Any], tasks: list[Any], answers: list[Any]) -> None:
        self.processes = processes
        self.tasks = tasks
        self.answers = answers
        # Loaded and waiting for a batch; the others are loading their pipeline (a run with nothing
        # in flight at its end leaves every loaded worker here, for the next run).
        self.ready: set[int] = set()

    @classmethod
    def start(cls, nlp: Language, n_process: int, method: str) -> _Workers:
        import multiprocessing
        import warnings

        global _FORKED_NLP
        context = multiprocessing.get_context(method)
        processes, tasks, answers = [], [], []
        with warnings.catch_warnings():
            # Python 3.12+ warns on fork with any native thread; ours are then only numerical libraries'
            # idle pools (OpenBLAS), which re-initialise in the child (spaCy's own nlp.pipe forks too).
            warnings.filterwarnings("ignore", r".*multi-threaded.*fork", DeprecationWarning)
            if method == "fork":
                _FORKED_NLP = nlp
            try:
                for _ in range(n_process):
                    task_out, task_in = context.Pipe(duplex=False)
                    answer_in, answer_out = context.Pipe(duplex=False)
                    process = context.Process(  # type: ignore[attr-defined]
                        target=_worker_main, args=(task_out, answer_out, model_order()), daemon=True)
                    process.start()
                    # The worker's ends: a write to a dead worker fails, and its answer pipe reads EOF.
                    task_out.close()
                    answer_out.close()
                    processes.append(process)
                    tasks.append(task_in)
                    answers.append(answer_in)
            finally:
                _FORKED_NLP = None  # the children have their copy; the parent keeps no reference
        return cls(processes, tasks, answers)

    def send(self, worker: int, task: tuple[int, list[Article], DocStep | None]) -> None:
        try:
            self.tasks[worker].send(task)
        except OSError as exc:  # BrokenPipeError: it died
            raise RuntimeError("a parsing process ended unexpectedly") from exc

    def answered(self, workers: Iterable[int], timeout: float) -> list[tuple[int, tuple[int, bool, Any]]]:
        """(worker, its answer) for those of ``workers`` that answered within ``timeout`` seconds."""
        from multiprocessing.connection import wait

        by_connection = {id(self.answers[i]): i for i in workers}
        out = []
        for connection in wait([self.answers[i] for i in by_connection.values()], timeout):
            worker = by_connection[id(connection)]
            try:
                out.append((worker, self.answers[worker].recv()))
            except EOFError as exc:  # its process ended without answering
                raise RuntimeError("a parsing process ended unexpectedly") from exc
        return out

    def any_dead(self) -> bool:
        return any(p.exitcode is not None for p in self.processes)

    def pids(self) -> list[int]:
        return [p.pid for p in self.processes if p.pid is not None and p.exitcode is None]

    def end(self) -> None:
        for process in self.processes:
            if process.exitcode is None:
                process.kill()  # at once: a cancelled run's workers may be in the middle of a batch
        for process in self.processes:
            process.join()
            process.close()
        for connection in (*self.tasks, *self.answers):
            connection.close()


def pipe_in_processes(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int,
    n_process: int,
    is_cancelled: Callable[[], bool] | None = None,
    step: DocStep | None = None,
    method: str | None = None,
    workers: WorkerPool | None = None,
) -> Iterator[tuple[Doc, Any]]:
    """The articles' docs (``make_doc``) through ``nlp.pipe`` in n_process worker processes, in
    order, each with ``doc._.timexes`` as a single process gives it and with what ``step`` gave for
    it in the worker (None without a step).

    Our own pool rather than ``nlp.pipe(n_process=...)``: "spawn" where forking is unsafe (the
    app has Qt threads; ``start_method``; ``method`` overrides), at most two batches per process in
    flight (memory stays bounded), and a cancel that does not wait for the batches being parsed:
    ``is_cancelled`` is polled while waiting, and the workers are terminated at once (also when
    the consumer stops early). Raises ``ExtractionCancelled``. A spawned worker loads the default
    pipeline (``worker_pipeline``): a few seconds, worth it for large corpora only, or when
    ``workers``, a ``WorkerPool`` kept between runs (its own size then, not ``n_process``), has
    them loaded already; a run that ends with batches in flight ends its processes.
    """
    from spacy.tokens import Doc as SpacyDoc
    from spacy.util import minibatch

    from model.timex import redate

    batches = minibatch(articles, max(1, batch_size))
    own = workers is None
    held = workers if workers is not None else WorkerPool(n_process, method=method)
    running = held.acquire(nlp)  # released in the finally below
    in_flight: dict[int, int] = {}  # worker -> the number of the batch it is parsing
    answers: dict[int, tuple[bool, Any]] = {}  # batch number -> answer, until its turn comes
    handed = head = 0  # batches handed out; the next one to yield
    exhausted = False

    def hand_out() -> None:
        # Only to a loaded, waiting worker; at most two batches per process answered ahead of their turn.
        nonlocal handed, exhausted
        while running.ready and not exhausted and len(answers) < 2 * held.n_process:
            batch = next(batches, None)
            if batch is None:
                exhausted = True
                return
            worker = min(running.ready)
            running.ready.discard(worker)
            running.send(worker, (handed, batch, step))
            in_flight[worker] = handed
            handed += 1

    try:
        hand_out()
        while not (exhausted and head == handed):
            if head not in answers:
                loading = [w for w in range(held.n_process) if w not in running.ready and w not in in_flight]
                for worker, (number, ok, value) in running.answered([*in_flight, *loading], 0.05):
                    if number == READY and not ok:
                        raise value  # it could not load the pipeline
                    if number != READY:
                        answers[number] = (ok, value)
                        del in_flight[worker]
                    running.ready.add(worker)
                hand_out()
                if head not in answers and not (exhausted and head == handed):
                    if is_cancelled is not None and is_cancelled():
                        raise ExtractionCancelled
                    # A worker that died (a crash, a kill, a script without a ``__main__`` guard
                    # re-run by "spawn") never answers its batch: fail instead of waiting.
                    if running.any_dead():
                        raise RuntimeError("a parsing process ended unexpectedly")
                continue
            ok, value = answers.pop(head)
            head += 1
            if not ok:
                raise value  # the worker's exception
            hand_out()
            for data, done in value:
                doc = SpacyDoc(nlp.vocab).from_bytes(data)
                if "timex" in nlp.pipe_names:
                    redate(doc, doc._.dct)  # the timex objects stayed behind; their parses did not
                yield doc, done
    finally:
        # Batches still in flight (a cancel, an error, the consumer gone): end the workers at once
        # rather than wait for them. A borrowed pool with nothing in flight stays warm.
        if own or in_flight:
            held.discard()
        held.release()
