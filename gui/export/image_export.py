"""Timeline images on disk: PNG, SVG or PDF, all painted by `paint_timeline`.

Writes go to a temporary file beside the target and replace it only when complete,
so a failed export never leaves a half-written or clobbered file behind.
"""

from __future__ import annotations

import threading
from collections.abc import Collection
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from gui.qt_workarounds import pin_none
from model.core.atomic import write_atomic
from model.render.painter import PaintStyle, natural_height, paint_timeline
from model.render.scene import TimelineScene, build_scene

if TYPE_CHECKING:
    from model.core.result import ExtractionResult

IMAGE_SUFFIXES = (".png", ".svg", ".pdf")
PDF_DPI = 300
CSS_DPI = 96  # logical pixels are CSS pixels: 1600 px wide is 16⅔ inches of PDF page
MAX_PIXELS = 20000  # per side, after scale: Qt refuses much larger images anyway

_app: QGuiApplication | None = None  # kept alive for the process when we had to create one


class ExportError(Exception):
    """An image could not be written; the message is one line for the user."""


def ensure_gui_application() -> QGuiApplication:
    """Painting text needs a Qt application; scripts (and the CLI) may not have made one yet."""
    global _app
    pin_none()  # painting a large timeline makes many void Qt calls (gui/qt_workarounds.py)
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if threading.current_thread() is not threading.main_thread():
        # Qt allows its application object only on the main thread.
        raise ExportError("no Qt application: create one on the main thread before exporting from a worker")
    # A QApplication, not a bare QGuiApplication, so widgets created later in the process still work.
    from PySide6.QtWidgets import QApplication

    _app = QApplication(["chronicle-export"])
    return _app


def image_size(scene: TimelineScene, width: int, height: int | None) -> tuple[int, int]:
    if width < 200:
        raise ExportError(f"image width {width} px is too small (at least 200)")
    h = natural_height(scene, width) if height is None else height
    if h < 150:
        raise ExportError(f"image height {h} px is too small (at least 150)")
    return width, h


def render_image(
    scene: TimelineScene, width: int, height: int, *, scale: float = 1.0, transparent: bool = False
) -> QImage:
    """The timeline as a QImage of width*scale × height*scale pixels (safe in worker threads)."""
    pw, ph = round(width * scale), round(height * scale)
    if not (0 < pw <= MAX_PIXELS and 0 < ph <= MAX_PIXELS):
        raise ExportError(f"image of {pw} × {ph} px is too large (at most {MAX_PIXELS} px a side)")
    image = QImage(pw, ph, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(f"not enough memory for an image of {pw} × {ph} px")
    image.fill(0)
    image.setDotsPerMeterX(round(CSS_DPI * scale / 0.0254))
    image.setDotsPerMeterY(round(CSS_DPI * scale / 0.0254))
    painter = QPainter(image)
    try:
        painter.scale(pw / width, ph / height)
        paint_timeline(painter, QRectF(0, 0, width, height), scene, PaintStyle(transparent=transparent))
    finally:
        painter.end()
    return image


def _png_bytes(scene: TimelineScene, width: int, height: int, scale: float, transparent: bool) -> bytes:
    image = render_image(scene, width, height, scale=scale, transparent=transparent)
    if not transparent:
        # No alpha channel when there is nothing transparent: smaller files, no viewer surprises.
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs say bytes, runtime wants str
        raise ExportError("Qt could not encode the PNG image")
    buffer.close()
    return bytes(data.data())


def _svg_bytes(scene: TimelineScene, width: int, height: int, transparent: bool) -> bytes:
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(0, 0, width, height))
    generator.setResolution(CSS_DPI)
    generator.setTitle(scene.title)
    generator.setDescription("Timeline exported by Chronicle")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError("Qt could not start the SVG document")
    try:
        paint_timeline(painter, QRectF(0, 0, width, height), scene, PaintStyle(transparent=transparent))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _pdf_bytes(scene: TimelineScene, width: int, height: int, transparent: bool) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    # One page exactly the image's aspect: logical pixels become points at 96 px per inch.
    points = QSizeF(width * 72 / CSS_DPI, height * 72 / CSS_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(
                points, QPageSize.Unit.Point, "Chronicle timeline", QPageSize.SizeMatchPolicy.ExactMatch
            ),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setResolution(PDF_DPI)
    writer.setTitle(scene.title)
    writer.setCreator("Chronicle")
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("Qt could not start the PDF document")
    try:
        device = painter.viewport()
        painter.scale(device.width() / width, device.height() / height)
        paint_timeline(painter, QRectF(0, 0, width, height), scene, PaintStyle(transparent=transparent))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def scene_image_bytes(
    scene: TimelineScene,
    suffix: str,
    width: int = 1600,
    height: int | None = None,
    *,
    scale: float = 1.0,
    transparent: bool = False,
) -> bytes:
    """The encoded image for a suffix (.png/.svg/.pdf); no file is touched."""
    suffix = suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        raise ExportError(f"unknown image format {suffix or '(none)'!r}: use .png, .svg or .pdf")
    if not scale > 0:
        raise ExportError(f"scale must be positive, not {scale}")
    ensure_gui_application()
    w, h = image_size(scene, width, height)
    if suffix == ".png":
        return _png_bytes(scene, w, h, scale, transparent)
    if suffix == ".svg":
        return _svg_bytes(scene, w, h, transparent)
    return _pdf_bytes(scene, w, h, transparent)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace path with data in one step (model.core.atomic); on any failure the old file stays
    as it was and the problem is one ExportError line."""
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None


def export_scene_image(
    scene: TimelineScene,
    path: Path,
    width: int = 1600,
    height: int | None = None,
    *,
    scale: float = 1.0,
    transparent: bool = False,
) -> None:
    """Write a scene as the image format its suffix names."""
    path = Path(path)
    data = scene_image_bytes(scene, path.suffix, width, height, scale=scale, transparent=transparent)
    write_atomically(path, data)


def export_timeline_image(
    result: ExtractionResult,
    path: Path,
    width: int = 1600,
    height: int | None = None,
    title: str | None = None,
    view_range: tuple[date, date] | None = None,
    visible_event_ids: Collection[str] | None = None,
    scale: float = 1.0,
    transparent: bool = False,
    lane_by: str = "article",
) -> None:
    """Export the timeline of a result as PNG, SVG or PDF, chosen by the path's suffix.

    Raises ExportError (one-line message) on an unknown suffix or a path that cannot be written.
    """
    path = Path(path)
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        raise ExportError(f"{path}: unknown image format, use .png, .svg or .pdf")
    scene = build_scene(
        result, visible_event_ids=visible_event_ids, view_range=view_range, title=title, lane_by=lane_by
    )
    export_scene_image(scene, path, width, height, scale=scale, transparent=transparent)
