"""Writing a timeline image off the GUI thread.

Painting into QImage/QSvgGenerator/QPdfWriter is allowed in worker threads (QPixmap is
not), so the whole export, encoding and file write included, runs in a QRunnable. The
scene is immutable plain data built on the GUI thread before the job starts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from gui.export.image_export import ExportError, export_scene_image
from model.render.scene import TimelineScene


class ExportJobSignals(QObject):
    """Created on the GUI thread, so its signals reach GUI slots through queued connections."""

    finished = Signal(str)  # the path written
    failed = Signal(str)  # one line for the user


class ImageExportJob(QRunnable):
    def __init__(
        self,
        scene: TimelineScene,
        path: Path,
        width: int,
        height: int | None,
        *,
        scale: float = 1.0,
        transparent: bool = False,
    ) -> None:
        super().__init__()
        # The owner keeps a Python reference until a signal arrives; Qt must not delete it under us.
        self.setAutoDelete(False)
        self.signals = ExportJobSignals()
        self.scene = scene
        self.path = Path(path)
        self.width = width
        self.height = height
        self.scale = scale
        self.transparent = transparent

    def run(self) -> None:
        try:
            export_scene_image(
                self.scene, self.path, self.width, self.height, scale=self.scale, transparent=self.transparent
            )
        except ExportError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a worker must never die silently: the dialog waits for one signal
            self.signals.failed.emit(f"export failed: {type(exc).__name__}: {exc}".splitlines()[0])
        else:
            self.signals.finished.emit(str(self.path))
