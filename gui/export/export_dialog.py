"""The export dialog: format, size, title and range, with a live preview from the same painter."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.export.export_job import ImageExportJob
from gui.export.image_export import IMAGE_SUFFIXES, ExportError, image_size, render_image
from model.render.scene import TimelineScene, build_scene, default_title
from model.state.job_runner import JobRunner

if TYPE_CHECKING:
    from model.core.result import ExtractionResult

FORMATS = (("PNG image", ".png"), ("SVG vector image", ".svg"), ("PDF document", ".pdf"))
PREVIEW_WIDTH = 640
PREVIEW_DELAY_MS = 150  # typing a width or a title re-renders once, not per keystroke


@dataclass(frozen=True)
class ExportSettings:
    path: Path
    width: int
    height: int | None
    scale: float
    transparent: bool
    title: str
    whole_timeline: bool


def _checkerboard(image: QImage) -> QImage:
    """A transparent preview shown over the usual grey checks, so 'transparent' is visible."""
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(QColor("#ffffff"))
    painter = QPainter(out)
    tile, grey = 8, QColor("#e6e6e6")
    for y in range(0, out.height(), tile):
        for x in range((y // tile) % 2 * tile, out.width(), 2 * tile):
            painter.fillRect(x, y, tile, tile, grey)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


class ExportDialog(QDialog):
    exported = Signal(Path)  # emitted once the file is on disk

    def __init__(
        self,
        result: ExtractionResult,
        parent: QWidget | None = None,
        view_range: tuple[date, date] | None = None,
        visible_event_ids: Collection[str] | None = None,
        path: Path | None = None,
        lane_by: str = "article",
        *,
        jobs: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        # The app's job runner; a dialog on its own runs its one export itself.
        self._jobs = jobs if jobs is not None else JobRunner(self)
        self.setWindowTitle("Export timeline image")
        self._result = result
        self._view_range = view_range
        self._lane_by = lane_by  # the timeline's grouping: the image shows the lanes the user sees
        self._visible = None if visible_event_ids is None else frozenset(visible_event_ids)
        self._job: ImageExportJob | None = None
        self._preview_image = QImage()
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self._build(path or Path.home() / "timeline.png")
        self.update_preview()

    # -- widgets
    def _build(self, path: Path) -> None:
        self.title_edit = QLineEdit(default_title(self._result))
        self.format_combo = QComboBox()
        for name, suffix in FORMATS:
            self.format_combo.addItem(f"{name} ({suffix})", suffix)
        self.width_spin = QSpinBox(minimum=200, maximum=20000, value=1600, suffix=" px", singleStep=100)
        self.height_spin = QSpinBox(minimum=0, maximum=20000, value=0, suffix=" px", singleStep=100)
        self.height_spin.setSpecialValueText("Auto (fits the lanes)")
        self.scale_spin = QDoubleSpinBox(minimum=0.25, maximum=8.0, value=1.0, singleStep=0.5, decimals=2)
        self.scale_spin.setPrefix("× ")
        self.scale_spin.setToolTip("Multiplies the pixels of a PNG for print; SVG and PDF are vector")
        self.transparent_check = QCheckBox("Transparent background")
        self.view_radio = QRadioButton("Current view")
        self.whole_radio = QRadioButton("Whole timeline")
        group = QButtonGroup(self)
        group.addButton(self.view_radio)
        group.addButton(self.whole_radio)
        self.view_radio.setEnabled(self._view_range is not None)
        (self.view_radio if self._view_range is not None else self.whole_radio).setChecked(True)
        self.path_edit = QLineEdit(str(path))
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        self._set_format_from_path(path)

        range_row = QHBoxLayout()
        range_row.addWidget(self.view_radio)
        range_row.addWidget(self.whole_radio)
        range_row.addStretch(1)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow("Title", self.title_edit)
        form.addRow("Format", self.format_combo)
        form.addRow("Width", self.width_spin)
        form.addRow("Height", self.height_spin)
        form.addRow("Scale", self.scale_spin)
        form.addRow("", self.transparent_check)
        form.addRow("Range", range_row)
        form.addRow("File", path_row)

        self.preview_label = QLabel()
        self.preview_label.setMinimumSize(PREVIEW_WIDTH, 280)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview_label.setStyleSheet("QLabel { background: #8a8a8a; }")
        self.size_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.preview_label, 1)
        layout.addWidget(self.size_label)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        for signal in (
            self.title_edit.textChanged,
            self.width_spin.valueChanged,
            self.height_spin.valueChanged,
            self.scale_spin.valueChanged,
            self.transparent_check.toggled,
            self.view_radio.toggled,
        ):
            signal.connect(self._schedule_preview)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _set_format_from_path(self, path: Path) -> None:
        index = self.format_combo.findData(path.suffix.lower())
        if index >= 0:
            self.format_combo.setCurrentIndex(index)

    def _format_changed(self) -> None:
        suffix = self.format_combo.currentData()
        self.scale_spin.setEnabled(suffix == ".png")
        path = Path(self.path_edit.text().strip() or "timeline")
        if path.suffix.lower() != suffix:
            stem = path.with_suffix("") if path.suffix.lower() in IMAGE_SUFFIXES else path
            self.path_edit.setText(str(stem) + suffix)
        self._schedule_preview()

    def _browse(self) -> None:
        suffix = self.format_combo.currentData()
        filters = ";;".join(f"{name} (*{s})" for name, s in FORMATS)
        selected = next(f"{name} (*{s})" for name, s in FORMATS if s == suffix)
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export timeline image", self.path_edit.text(), filters, selected
        )
        if chosen:
            self.path_edit.setText(chosen)
            self._set_format_from_path(Path(chosen))

    # -- what will be exported
    def scene(self) -> TimelineScene:
        whole = self.whole_radio.isChecked() or self._view_range is None
        return build_scene(
            self._result,
            visible_event_ids=self._visible,
            view_range=None if whole else self._view_range,
            title=self.title_edit.text().strip() or None,
            lane_by=self._lane_by,
        )

    def settings(self) -> ExportSettings:
        suffix = self.format_combo.currentData()
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix.lower() != suffix:
            path = Path(str(path) + suffix)
        return ExportSettings(
            path=path,
            width=self.width_spin.value(),
            height=self.height_spin.value() or None,
            scale=self.scale_spin.value() if suffix == ".png" else 1.0,
            transparent=self.transparent_check.isChecked(),
            title=self.title_edit.text().strip(),
            whole_timeline=self.whole_radio.isChecked(),
        )

    # -- preview
    def _schedule_preview(self, *_: object) -> None:
        self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._schedule_preview()  # a bigger dialog deserves a sharper preview

    def preview_image(self) -> QImage:
        return self._preview_image

    def update_preview(self) -> None:
        """Render with the export painter at the export's layout size, shrunk to fit the label."""
        s = self.settings()
        scene = self.scene()
        try:
            width, height = image_size(scene, s.width, s.height)
        except ExportError as exc:
            self.status_label.setText(str(exc))
            return
        fit = max(self.preview_label.width(), PREVIEW_WIDTH) - 8
        fit_h = max(self.preview_label.height(), 280) - 8
        factor = min(fit / width, fit_h / height, 1.0)
        image = render_image(scene, width, height, scale=factor, transparent=s.transparent)
        self._preview_image = image
        shown = _checkerboard(image) if s.transparent else image
        self.preview_label.setPixmap(QPixmap.fromImage(shown))
        out_w, out_h = round(width * s.scale), round(height * s.scale)
        unit = "px" if s.path.suffix == ".png" else "px layout, vector"
        self.size_label.setText(
            f"{out_w} × {out_h} {unit} · {len(scene.items)} events · {len(scene.lanes)} lanes"
        )

    # -- export
    def start_export(self) -> None:
        if self._job is not None:
            return
        s = self.settings()
        if not self.path_edit.text().strip():
            self.status_label.setText("Choose a file to export to")
            return
        job = ImageExportJob(
            self.scene(), s.path, s.width, s.height, scale=s.scale, transparent=s.transparent
        )
        job.finished.connect(self._export_finished)
        job.failed.connect(self._export_failed)
        self._job = job
        self.export_button.setEnabled(False)
        self.status_label.setStyleSheet("")
        self.status_label.setText(f"Exporting {s.path.name}…")
        self._jobs.start(job)

    def is_exporting(self) -> bool:
        return self._job is not None

    def reject(self) -> None:
        # The running job reports to this dialog; it takes well under a second, so wait for it
        # rather than let the dialog (and the job it holds) be deleted under the worker.
        if self.is_exporting():
            self.status_label.setText("Finishing the export…")
            return
        super().reject()

    def _export_finished(self, path: object) -> None:
        self._job = None
        self.export_button.setEnabled(True)
        self.status_label.setText(f"Exported to {path}")
        self.exported.emit(Path(str(path)))
        self.accept()

    def _export_failed(self, message: str) -> None:
        self._job = None
        self.export_button.setEnabled(True)
        self.status_label.setStyleSheet("QLabel { color: #b00020; }")
        self.status_label.setText(f"Export failed: {message}")
