"""Timeline images: written, read back and checked (PNG pixels, SVG text, PDF page)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from gui.export.image_export import ExportError, export_timeline_image, render_image
from model.render.painter import choose_ticks, natural_height, paint_timeline
from model.render.scene import build_scene
from tests.model.render.test_scene import sample_result

SVG = "{http://www.w3.org/2000/svg}"


def _distinct_colours(image: QImage, step: int = 3) -> set[int]:
    return {image.pixel(x, y) for y in range(0, image.height(), step) for x in range(0, image.width(), step)}


def _non_white(image: QImage, x0: int, y0: int, x1: int, y1: int) -> int:
    white = QColor("white").rgb()
    return sum(1 for y in range(y0, y1, 2) for x in range(x0, x1, 2) if image.pixel(x, y) != white)


def test_png_is_wide_and_not_blank(qapp, tmp_path: Path) -> None:
    out = tmp_path / "timeline.png"
    export_timeline_image(sample_result(), out)
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() == 1600
    assert 400 <= image.height() <= 1600
    assert len(_distinct_colours(image)) > 30  # text antialiasing, lane colours, markers
    # The plot area (right of the lane labels, below the header) holds markers and labels.
    w, h = image.width(), image.height()
    assert _non_white(image, w // 4, h // 6, w - 40, h * 3 // 4) > 1500
    # The background is white, as for print.
    assert QColor(image.pixel(3, 3)) == QColor("white")


def test_png_scale_multiplies_pixels_and_transparency_keeps_alpha(qapp, tmp_path: Path) -> None:
    out = tmp_path / "print.png"
    export_timeline_image(sample_result(), out, width=1000, height=600, scale=2.0, transparent=True)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (2000, 1200)
    assert image.hasAlphaChannel()
    assert QColor.fromRgba(image.pixel(2, 2)).alpha() == 0
    assert len(_distinct_colours(image, step=5)) > 30


def test_height_follows_the_number_of_lanes(qapp) -> None:
    result = sample_result()
    one_lane = build_scene(result, visible_event_ids={"st-2"})
    three_lanes = build_scene(result)
    assert natural_height(three_lanes, 1600) > natural_height(one_lane, 1600)


def test_svg_is_xml_with_title_viewbox_and_event_labels(qapp, tmp_path: Path) -> None:
    out = tmp_path / "timeline.svg"
    export_timeline_image(sample_result(), out, width=1600, title="US–China military talks")
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox", "").split()[2] == "1600"
    assert root.findtext(f"{SVG}title") == "US–China military talks"
    texts = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    for label in ("Biden and Xi meet in Woodside", "Military talks planned", "Talks on R&D <safety> resume"):
        assert label in texts
    assert "US–China military talks" in texts
    assert "Sources" in texts
    # Lines are paths: ImageMagick's own SVG reader rejects the <polyline> QSvgGenerator writes.
    assert not list(root.iter(f"{SVG}polyline"))


def test_merged_cluster_is_drawn_once(qapp, tmp_path: Path) -> None:
    out = tmp_path / "timeline.svg"
    export_timeline_image(sample_result(), out)
    texts = ["".join(t.itertext()) for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    assert texts.count("Biden and Xi hold virtual summit") == 1
    assert not any("Virtual summit between Biden and Xi" in t for t in texts)
    assert any("2 sources" in t for t in texts)


def test_pdf_starts_right_and_has_the_image_aspect(qapp, tmp_path: Path) -> None:
    out = tmp_path / "timeline.pdf"
    export_timeline_image(sample_result(), out, width=1600, height=800)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert boxes, "no page in the PDF"
    x0, y0, x1, y1 = (float(v) for v in boxes[0])
    assert (x1 - x0) / (y1 - y0) == pytest.approx(2.0, rel=0.01)
    assert x1 - x0 == pytest.approx(1200, abs=2)  # 1600 px at 96 px per inch, in points


def test_failed_export_leaves_the_existing_file_intact(qapp, tmp_path: Path) -> None:
    out = tmp_path / "timeline.png"
    out.write_bytes(b"precious")
    with pytest.raises(ExportError) as info:
        export_timeline_image(sample_result(), out, width=10)  # too small: fails before writing
    assert "\n" not in str(info.value)
    assert out.read_bytes() == b"precious"
    with pytest.raises(ExportError):
        export_timeline_image(sample_result(), tmp_path / "no" / "such" / "dir" / "t.png")
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.png"]  # no temp file left behind


def test_unwritable_folder_is_a_clear_error(qapp, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "timeline.svg"
    target.write_text("old")
    folder.chmod(0o500)
    try:
        if _can_write(folder):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(ExportError, match="cannot write"):
            export_timeline_image(sample_result(), target)
        assert target.read_text() == "old"
    finally:
        folder.chmod(0o700)


def _can_write(folder: Path) -> bool:
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


def test_unknown_suffix_is_a_clear_error(qapp, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"\.png, \.svg or \.pdf"):
        export_timeline_image(sample_result(), tmp_path / "timeline.gif")
    assert list(tmp_path.iterdir()) == []


def test_replacing_an_existing_image_works(qapp, tmp_path: Path) -> None:
    out = tmp_path / "timeline.png"
    out.write_bytes(b"old")
    export_timeline_image(sample_result(), out, width=800)
    assert QImage(str(out)).width() == 800


def test_current_view_shows_only_that_range(qapp, tmp_path: Path) -> None:
    out = tmp_path / "view.svg"
    export_timeline_image(sample_result(), out, view_range=(date(2023, 10, 1), date(2023, 12, 31)))
    texts = " ".join("".join(t.itertext()) for t in ET.parse(out).getroot().iter(f"{SVG}text"))
    assert "Biden and Xi meet in Woodside" in texts
    assert "Biden and Xi hold virtual summit" not in texts
    assert "Oct" in texts and "Nov" in texts  # month ticks over a quarter


def test_empty_timeline_still_paints(qapp) -> None:
    from model.core.result import ExtractionResult

    scene = build_scene(ExtractionResult([], []), title="Nothing yet")
    image = render_image(scene, 800, natural_height(scene, 800))
    assert len(_distinct_colours(image)) > 5


@pytest.mark.parametrize(
    ("lo", "hi", "unit"),
    [
        (date(2023, 11, 1), date(2023, 11, 20), "day"),
        (date(2023, 1, 1), date(2023, 12, 31), "month"),
        (date(1990, 1, 1), date(2030, 12, 31), "year"),
    ],
)
def test_ticks_read_days_months_or_years_and_never_overlap(lo: date, hi: date, unit: str) -> None:
    width = 1200.0
    span = (hi - lo).days + 1

    def x_of(d: date) -> float:
        return (d - lo).days / span * width

    def measure(text: str) -> float:
        return 7.0 * len(text)

    got_unit, ticks = choose_ticks(lo, hi, x_of, measure)
    assert got_unit == unit
    assert len(ticks) >= 4
    for a, b in zip(ticks, ticks[1:], strict=False):
        assert x_of(b.day) - x_of(a.day) >= (measure(a.label) + measure(b.label)) / 2


def test_painter_draws_on_any_device_size(qapp) -> None:
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_timeline(painter, QRectF(0, 0, 400, 300), build_scene(sample_result()))
    painter.end()
    assert len(_distinct_colours(image, step=2)) > 10


# --------------------------------------------------------------------------- the export dialog


def _dialog(qtbot, tmp_path: Path, **kwargs):
    from gui.export.export_dialog import ExportDialog

    dialog = ExportDialog(sample_result(), path=tmp_path / "timeline.png", **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_preview_is_not_blank(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.show()
    image = dialog.preview_image()
    assert not image.isNull()
    assert image.width() >= 300
    assert len(_distinct_colours(image, step=2)) > 20
    assert not dialog.preview_label.pixmap().isNull()


def test_dialog_preview_follows_the_settings(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, view_range=(date(2023, 10, 1), date(2023, 12, 31)))
    assert dialog.view_radio.isChecked()
    assert len(dialog.scene().items) == 2
    dialog.whole_radio.setChecked(True)
    assert len(dialog.scene().items) == 7
    dialog.height_spin.setValue(400)
    dialog.update_preview()
    image = dialog.preview_image()
    assert image.width() / image.height() == pytest.approx(1600 / 400, rel=0.02)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".svg"))
    assert dialog.settings().path.suffix == ".svg"
    assert not dialog.scale_spin.isEnabled()


def test_dialog_without_a_view_exports_the_whole_timeline(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, visible_event_ids={"st-2", "scmp-1"})
    assert not dialog.view_radio.isEnabled() and dialog.whole_radio.isChecked()
    assert {i.event_id for i in dialog.scene().items} == {"st-2", "scmp-1"}


def test_dialog_exports_in_a_worker_and_reports(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.title_edit.setText("Military talks")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=30000) as blocker:
        dialog.start_export()
    path = blocker.args[0]
    assert path == tmp_path / "timeline.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    assert not dialog.is_exporting()


def test_dialog_shows_a_failed_export(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.path_edit.setText(str(tmp_path / "missing" / "timeline.png"))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=30000)
    assert "Export failed" in dialog.status_label.text()
    assert "cannot write" in dialog.status_label.text()
    assert dialog.export_button.isEnabled()


def test_a_period_running_out_of_view_keeps_its_marker_and_label(qapp, tmp_path: Path) -> None:
    out = tmp_path / "view.svg"
    # "More talks expected in 2024" covers all of 2024; the view shows only its first quarter.
    export_timeline_image(sample_result(), out, view_range=(date(2023, 10, 1), date(2024, 3, 31)))
    texts = " ".join("".join(t.itertext()) for t in ET.parse(out).getroot().iter(f"{SVG}text"))
    assert "More talks expected in 2024" in texts


def test_dialog_cannot_be_closed_under_a_running_export(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.show()
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.start_export()
        dialog.reject()  # the worker may still be running: the dialog stays until it reports
        assert dialog.isVisible() or not dialog.is_exporting()
    assert (tmp_path / "timeline.png").exists()


def test_an_export_process_exits_cleanly(tmp_path: Path) -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on every void Qt call; thousands of
    paint calls used to end the process with "Fatal Python error: none_dealloc"."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[3]
    script = (
        "from pathlib import Path\n"
        "from tests.model.render.test_scene import sample_result\n"
        "from gui.export.image_export import export_timeline_image\n"
        "for n in range(5):\n"
        f"    for s in ('.png', '.svg', '.pdf'): export_timeline_image(sample_result(), Path({str(tmp_path)!r}) / f't{{n}}{{s}}')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=root, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    assert "Fatal Python error" not in proc.stderr
    assert len(list(tmp_path.iterdir())) == 15
