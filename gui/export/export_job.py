"""Writing a timeline image off the GUI thread, as a job of the app's ``JobRunner``.

Painting into QImage/QSvgGenerator/QPdfWriter is allowed in worker threads (QPixmap is
not), so the whole export, encoding and file write included, runs in the job. The
scene is immutable plain data built on the GUI thread before the job starts.
"""

from __future__ import annotations

from pathlib import Path

from gui.export.image_export import ExportError, export_scene_image
from model.render.scene import TimelineScene
from model.state.jobs import Job


class ImageExportJob(Job):
    """finished(path as str) or failed(one line for the user)."""

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
        self.scene = scene
        self.path = Path(path)
        self.width = width
        self.height = height
        self.scale = scale
        self.transparent = transparent

    def work(self) -> object:
        export_scene_image(self.scene, self.path, self.width, self.height, scale=self.scale, transparent=self.transparent)
        return str(self.path)

    def describe_error(self, exc: Exception) -> str:
        if isinstance(exc, ExportError):
            return str(exc)
        return f"export failed: {type(exc).__name__}: {exc}".splitlines()[0]
