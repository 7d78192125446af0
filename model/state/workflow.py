"""What happens when the user opens files: load the model, read the files, extract, publish.

One extraction runs at a time; files opened meanwhile wait in a queue. Everything
here runs on the GUI thread except the jobs it starts.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from model.core.documents import Article
from model.core.result import ExtractionResult
from model.state.job_runner import JobRunner
from model.state.jobs import Addition, ExtractionJob, FunctionJob, JoinJob, LoadJob, ModelLoadJob
from model.state.session import Session

if TYPE_CHECKING:
    from spacy.language import Language

    from model.nlp.process_pipe import WorkerPool

# A worker process costs a few seconds (it loads the model) the first time; from about this many
# articles on, two processes save more than that. The processes are then kept until they have
# been idle for ``IDLE_WORKERS_MS``.
PARALLEL_THRESHOLD = 200
# Idle worker processes hold the model (about 265 MB each): after this long without an extraction
# they are ended, and the next large one starts them again (a cold start of a few seconds).
IDLE_WORKERS_MS = 10 * 60 * 1000


class Workflow(QObject):
    modelReady = Signal()
    modelFailed = Signal(str)
    busyChanged = Signal(bool)
    progress = Signal(int, int)  # articles parsed, articles in this run
    extractionFinished = Signal()
    extractionCancelled = Signal()
    extractionFailed = Signal(str)
    message = Signal(str)
    projectOpened = Signal(str, object)  # path, model.project.Project: its result is in the session
    outputRead = Signal()  # an extraction output's articles and events were read back into the session

    def __init__(self, session: Session, parent: QObject | None = None, *, jobs: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # The app's one job runner: the window hands it on to saving, exports and re-dating.
        self.jobs = jobs if jobs is not None else JobRunner(self)
        self.nlp: Language | None = None
        self._model_error: str | None = None
        self._loading_model = False
        self._pending: list[Article] = []
        self._extraction: ExtractionJob | None = None
        self._loads = 0
        # Bumped by cancel(): files still being read when the user cancelled are not analysed.
        self._generation = 0
        # More new articles than this are parsed in two processes (model.nlp.process_pipe), the
        # same ones for the whole session: a spawned process loads the model once, not every run.
        self.parallel_threshold = PARALLEL_THRESHOLD
        self._workers: WorkerPool | None = None
        # Ends the idle worker processes after a quiet period (``idle_workers_ms``, a setting);
        # restarted by every extraction that ends, stopped by one that starts.
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(IDLE_WORKERS_MS)
        self._idle_timer.timeout.connect(self._end_idle_workers)
        # Who opens a `.chronicle` path met in open_paths (the project controller, which first asks
        # about unsaved work); without one, the project is loaded at once.
        self.project_handler: Callable[[str], None] | None = None
        self._after_project: list[str] = []
        # Extraction outputs read back and being joined to the workspace (``JoinJob``).
        self._joining: list[ExtractionResult] = []
        # Asked before newly read articles are analysed (the app asks the user when the corpus is
        # far bigger than usual: issue 17, item 11); False drops them. None: always analyse.
        self.confirm_articles: Callable[[list[Article]], bool] | None = None

    # --- state -------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._loads or self._extraction or (self._pending and self._loading_model))

    @property
    def model_error(self) -> str | None:
        return self._model_error

    @property
    def idle_workers_ms(self) -> int:
        return self._idle_timer.interval()

    @idle_workers_ms.setter
    def idle_workers_ms(self, ms: int) -> None:
        self._idle_timer.setInterval(max(0, int(ms)))

    def _busy_maybe_changed(self, before: bool) -> None:
        if before != self.busy:
            self.busyChanged.emit(self.busy)

    # --- model -------------------------------------------------------------
    def start_model_load(self) -> None:
        if self.nlp is not None or self._loading_model:
            return
        self._loading_model = True
        self.message.emit("Loading the language model…")
        job = ModelLoadJob()
        job.finished.connect(self._on_model_loaded)
        job.failed.connect(self._on_model_failed)
        self.jobs.start(job)

    def set_pipeline(self, nlp: Language) -> None:
        """Use an already loaded pipeline (tests, or a host that has one)."""
        self.nlp = nlp
        self.modelReady.emit()
        self._maybe_extract()

    def _on_model_loaded(self, nlp: object) -> None:
        before = self.busy
        self._loading_model = False
        self.nlp = nlp  # type: ignore[assignment]
        self.modelReady.emit()
        self._maybe_extract()
        self._busy_maybe_changed(before)

    def _on_model_failed(self, message: str) -> None:
        before = self.busy
        self._loading_model = False
        self._model_error = message
        self.modelFailed.emit(message)
        self._publish_unanalysed()
        self._busy_maybe_changed(before)

    def _publish_unanalysed(self) -> None:
        """Without a language model the articles can still be read, just not put on the timeline."""
        if not self._pending:
            return
        articles, self._pending = self._pending, []
        result = self.session.result
        grown = ExtractionResult(result.articles + articles, list(result.events), dict(result.docs))
        self.session.set_result(grown, new_workspace=False)
        self.message.emit(f"{len(articles)} article(s) opened but not analysed: no language model")

    # --- files -------------------------------------------------------------
    def open_paths(self, paths: Sequence[str]) -> None:
        from model.project import is_project_path

        projects = [p for p in paths if is_project_path(p)]
        paths = [p for p in paths if not is_project_path(p)]
        if len(projects) > 1:
            self.session.add_errors([f"{p}: only one project can be open at a time" for p in projects[1:]])
        if projects:
            # One workspace at a time: the project replaces the open one; the articles given with it
            # are added once it is in.
            self._after_project = list(paths)
            (self.project_handler or self.load_project)(str(projects[0]))
            return
        if not paths:
            return
        before = self.busy
        self._loads += 1
        self.message.emit(f"Reading {len(paths)} path(s)…")
        job = LoadJob(paths)
        generation = self._generation
        job.finished.connect(lambda loaded: self._on_loaded(loaded, generation))
        job.failed.connect(self._on_load_failed)
        self.jobs.start(job)
        self._busy_maybe_changed(before)

    def _on_loaded(self, loaded: object, generation: int | None = None) -> None:
        before = self.busy
        self._loads -= 1
        errors = [str(e) for e in getattr(loaded, "errors", [])]
        self.session.add_errors(errors)
        if generation is not None and generation != self._generation:
            self._busy_maybe_changed(before)
            return  # cancelled while reading
        outputs = [self._new_output(o) for o in getattr(loaded, "outputs", [])]
        for output in outputs:
            self._join_output(output)
        articles = self._new_articles(list(getattr(loaded, "articles", [])))
        declined = bool(articles) and self.confirm_articles is not None and not self.confirm_articles(articles)
        if declined:
            self.message.emit(f"Not analysed: {len(articles):,} article(s); nothing was added")
            articles = []
        failures = len(getattr(loaded, "failures", errors))  # warnings (a dropped date) lose nothing
        if declined:
            pass
        elif outputs and not articles:
            pass  # the output's own message follows when it is in
        elif not articles and not failures:
            self.message.emit("Nothing new to read in these paths")
        elif not articles:  # "Reading 1 path(s)…" must not stay up after a path that cannot be opened
            self.message.emit(f"Nothing could be read: {_problems(failures)} (see Problems)")
        self._pending.extend(articles)
        if self._model_error is not None:
            self._publish_unanalysed()
        elif self.nlp is None and self._pending:
            self.message.emit(f"{len(self._pending)} article(s) read; loading the language model…")
        self._maybe_extract()
        self._busy_maybe_changed(before)

    def _on_project_failed(self, message: str) -> None:
        self._after_project = []
        self._on_load_failed(message)

    def _on_load_failed(self, message: str) -> None:
        before = self.busy
        self._loads -= 1
        self.session.add_errors([message])
        self.message.emit(f"Nothing could be read: {_problems(1)} (see Problems)")
        self._busy_maybe_changed(before)

    def load_project(self, path: str) -> None:
        """Open a saved project in a worker; it replaces the workspace without re-running extraction."""
        from model.project import open_project

        self.cancel()  # an extraction still running would merge into the project it did not belong to
        before = self.busy
        self._loads += 1
        self.message.emit(f"Opening {path}…")
        job = FunctionJob(open_project, path)
        generation = self._generation
        job.finished.connect(lambda project: self._on_project_loaded(path, project, generation))
        job.failed.connect(self._on_project_failed)
        self.jobs.start(job)
        self._busy_maybe_changed(before)

    def _on_project_loaded(self, path: str, project: object, generation: int) -> None:
        before = self.busy
        self._loads -= 1
        if generation == self._generation:
            result = project.result  # type: ignore[attr-defined]
            self.session.set_result(result)
            self.message.emit(f"Opened {path}: {summary(result)}")
            self.projectOpened.emit(path, project)
        after, self._after_project = self._after_project, []
        self._busy_maybe_changed(before)
        self.open_paths(after)

    def _new_articles(self, articles: list[Article]) -> list[Article]:
        """Skip files already open; give a fresh id to an article whose id is taken."""
        known = self.session.articles + self._pending + [a for o in self._joining for a in o.articles]
        seen = {(a.path, a.text) for a in known}
        ids = {a.id for a in known}
        fresh: list[Article] = []
        for article in articles:
            if (article.path, article.text) in seen:
                continue
            seen.add((article.path, article.text))
            base, n = article.id, 1
            while article.id in ids:
                n += 1
                article.id = f"{base}-{n}"
            ids.add(article.id)
            fresh.append(article)
        return fresh

    # --- extraction outputs read back ---------------------------------------
    def _new_output(self, output: ExtractionResult) -> ExtractionResult:
        """The output without the articles already open (and their events); an article whose id is
        taken gets a fresh one, and its events with it (their ids, clusters and the dates resting on it)."""
        copies = [replace(a) for a in output.articles]
        fresh = self._new_articles(copies)  # gives the copies fresh ids in place
        kept = {id(a) for a in fresh}
        renamed = {old.id: new.id for old, new in zip(output.articles, copies, strict=True) if id(new) in kept}
        event_ids: dict[str, str] = {}
        for event in output.events:
            if event.article in renamed:
                old, new = event.article, renamed[event.article]
                event_ids[event.id] = new + event.id[len(old):] if event.id.startswith(old + "-") else f"{new}-{event.id}"
        events = [replace(e, id=event_ids[e.id], article=renamed[e.article],
                          cluster=event_ids.get(e.cluster, e.cluster)) for e in output.events if e.id in event_ids]
        for article in fresh:
            if article.dct.based_on:
                based_on = tuple(renamed.get(i, i) for i in article.dct.based_on)
                article.dct = replace(article.dct, based_on=based_on)
        return ExtractionResult(fresh, events)

    def _join_output(self, output: ExtractionResult) -> None:
        if not output.articles:
            self.message.emit("Nothing new in this extraction output: its articles are open already")
            return
        before = self.busy
        self._loads += 1
        self._joining.append(output)
        job = JoinJob(output, self.session.result)
        generation = self._generation
        job.finished.connect(lambda addition: self._on_output_joined(output, addition, generation))
        job.failed.connect(lambda message: self._on_join_failed(output, message))
        self.jobs.start(job)
        self._busy_maybe_changed(before)

    def _on_join_failed(self, output: ExtractionResult, message: str) -> None:
        self._joining.remove(output)
        self._on_load_failed(message)

    def _on_output_joined(self, output: ExtractionResult, addition: object, generation: int) -> None:
        assert isinstance(addition, Addition)
        before = self.busy
        self._loads -= 1
        self._joining.remove(output)
        if generation == self._generation:  # not cancelled meanwhile
            # Joined to the workspace as it is now: what is open (and edited) stays.
            result = addition.onto(self.session.result)
            self.session.set_result(result, new_workspace=False)
            self.message.emit(f"Read back without analysing again: {summary(addition)}; now {summary(result)}")
            self.outputRead.emit()
        self._busy_maybe_changed(before)

    # --- extraction --------------------------------------------------------
    def _maybe_extract(self) -> None:
        if self._extraction is not None or not self._pending or self.nlp is None:
            return
        before = self.busy
        articles, self._pending = self._pending, []
        previous = self.session.result if self.session.articles else None
        # Many new articles: parse on every core. Not for a few: each process loads the model.
        n_process = min(2, os.cpu_count() or 1) if len(articles) > self.parallel_threshold else 1
        job = ExtractionJob(articles, self.nlp, previous, n_process=n_process,
                            workers=self._worker_pool(n_process) if n_process > 1 else None)
        job.progress.connect(self.progress)
        job.finished.connect(self._on_extracted)
        job.failed.connect(self._on_extraction_failed)
        job.cancelled.connect(self._on_extraction_cancelled)
        self._extraction = job
        self._idle_timer.stop()
        self.message.emit(f"Analysing {len(articles)} article(s)…")
        self.jobs.start(job)
        self._busy_maybe_changed(before)

    def _worker_pool(self, n_process: int) -> WorkerPool:
        """The session's worker processes (started by the first run that needs them; a cancelled
        run ends them, and so does a quiet period (``idle_workers_ms``); the next run starts new ones)."""
        from model.nlp.process_pipe import WorkerPool  # spaCy: not imported at start-up

        if self._workers is None or self._workers.n_process != n_process:
            if self._workers is not None:
                self._workers.close()  # never while a run uses it: one extraction at a time
            self._workers = WorkerPool(n_process)
        return self._workers

    def cancel(self) -> None:
        """Stop the running extraction and drop what waits; the current result stays."""
        before = self.busy
        self._generation += 1
        self._pending.clear()
        for job in self.jobs.jobs():
            if isinstance(job, LoadJob):
                job.cancel()  # what it read is dropped on arrival (the generation moved on)
        if self._extraction is not None:
            self._extraction.cancel()
        self._busy_maybe_changed(before)

    def _extraction_done(self) -> bool:
        before = self.busy
        self._extraction = None
        self._maybe_extract()
        if self._extraction is None and self._workers is not None and self._workers.pids():
            self._idle_timer.start()
        return before

    def _end_idle_workers(self) -> None:
        # On the GUI thread, where extractions start: none is running or about to use the processes.
        if self._extraction is None and self._workers is not None:
            self._workers.stop_if_idle()  # the status line keeps the summary: nothing the user lost

    def _on_extracted(self, addition: object) -> None:
        assert isinstance(addition, Addition)
        # Joined to the workspace as it is now, not as it was when the job started: edits made
        # meanwhile (and the undo history) stay.
        result = addition.onto(self.session.result)
        self.session.set_result(result, new_workspace=False)
        before = self._extraction_done()
        self.message.emit(summary(result))
        self.extractionFinished.emit()
        self._busy_maybe_changed(before)

    def _on_extraction_failed(self, message: str) -> None:
        before = self._extraction_done()
        self.session.add_errors([message])
        self.extractionFailed.emit(message)
        self._busy_maybe_changed(before)

    def _on_extraction_cancelled(self) -> None:
        before = self._extraction_done()
        self.message.emit("Extraction cancelled")
        self.extractionCancelled.emit()
        self._busy_maybe_changed(before)

    # --- shutdown ----------------------------------------------------------
    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel what can be cancelled and let every job (a save too) end and report; True if they all did."""
        self.cancel()
        self._idle_timer.stop()
        drained = self.jobs.drain(timeout_ms)
        if self._workers is not None:
            self._workers.close()  # the session's worker processes, idle now (a cancelled run ended its own)
        return drained


def summary(result: ExtractionResult) -> str:
    """"3 articles, 42 events (44 reports)": a happening several articles report counts once,
    as on the timeline and in the filter bar."""
    n_articles, n_reports = len(result.articles), len(result.events)
    n_events = len({e.cluster_key for e in result.events})
    text = f"{n_articles} article{'s' * (n_articles != 1)}, {n_events} event{'s' * (n_events != 1)}"
    return text if n_events == n_reports else f"{text} ({n_reports} reports)"


def _problems(n: int) -> str:
    return f"{n} problem{'s' * (n != 1)}"
