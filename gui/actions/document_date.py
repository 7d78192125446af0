"""A document date entered in the panel becomes an undoable edit, re-dated in a job."""

from __future__ import annotations

from PySide6.QtCore import QObject

from gui.actions.curation_actions import CurationActions
from gui.panels.dct_panel import DctPanel
from model.state.curation import CurationError, SetDocumentDate
from model.state.job_runner import JobRunner
from model.state.jobs import FunctionJob
from model.state.session import Session
from model.state.workflow import Workflow


class DocumentDateEdits(QObject):
    """A date entered in the panel becomes an undoable ``SetDocumentDate``: the article is re-dated
    in a job (parsing it again takes seconds), then the command is pushed on the GUI thread."""

    LANE = "document-date"  # one re-dating at a time

    def __init__(
        self, panel: DctPanel, session: Session, curation: CurationActions, workflow: Workflow, jobs: JobRunner
    ) -> None:
        super().__init__(panel)
        self.panel = panel
        self.session = session
        self.curation = curation
        self.workflow = workflow
        self.jobs = jobs
        panel.dateEntered.connect(self.set_date)

    def _make(self, article_id: str, text: str) -> SetDocumentDate:
        return SetDocumentDate(self.session, article_id, text, nlp=lambda: self.workflow.nlp)

    def set_date(self, article_id: str, text: str) -> None:
        if self.jobs.lane_busy(self.LANE):
            return
        if self.workflow.busy:
            self.curation.message.emit("Wait for the analysis to finish before setting a document date")
            return
        try:
            command = self._make(article_id, text)
        except CurationError as error:
            self.curation.message.emit(str(error))
            return
        job = FunctionJob(command.prepare)
        self.panel.set_busy(True)
        self.curation.message.emit(f"Re-dating the article to {command.value}…")

        def finished(_result: object) -> None:
            self.panel.set_busy(False)
            if command.is_current():
                self.curation.push(lambda: command)
            else:  # edited meanwhile: start again from what the session holds now
                command.discard()
                self.curation.push(lambda: self._make(article_id, text))

        def failed(message: str) -> None:
            self.panel.set_busy(False)
            command.discard()
            self.curation.message.emit(f"The document date was not set: {message}")

        job.finished.connect(finished)
        job.failed.connect(failed)
        self.jobs.start(job, lane=self.LANE)
