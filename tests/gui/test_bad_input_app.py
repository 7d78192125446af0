"""Issue 8 in the app: twenty bad files dropped at once are listed in the Problems panel, one line
each naming the file; no dialog opens; the good files dropped with them are analysed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.gui.test_main_window import drop

FRENCH = (
    "Le président de la République a annoncé lundi que les négociations avec la Chine reprendraient "
    "dans les prochaines semaines, selon un communiqué publié le 3 mars 2020 par le ministère.\n"
)


def _bad_files(folder: Path) -> dict[Path, str]:
    """Twenty inputs that cannot be (fully) read, with what the Problems panel must say."""
    (folder / "empty-folder").mkdir()
    files: dict[Path, str] = {}

    def put(name: str, content: str | bytes, problem: str) -> None:
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        files[path] = problem

    for i in range(4):
        put(f"binary-{i}.txt", bytes(range(256)) * 16, "not a text file")
    for i in range(3):
        put(f"empty-{i}.md", b"", "empty file")
    for i in range(3):
        put(f"broken-{i}.json", '[{"text": "ok"}, {"text": }]', "malformed JSON")
    for i in range(3):
        put(f"rows-{i}.csv", "title,text\nA,Alpha,extra\n", "fields where the header has 2")
    for i in range(3):
        put(f"broken-{i}.tml", "<TimeML><TEXT>unclosed</TimeML>", "not valid TimeML XML")
    put("notes.docx", b"PK\x03\x04", "unsupported file type")
    put("french.txt", FRENCH, "looks like French, not English; dates not extracted")
    files[folder / "empty-folder"] = "directory holds no article files"
    files[folder / "missing.txt"] = "no such file or directory"
    assert len(files) == 20
    return files


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any message box or modal dialog opened is recorded (and returns at once)."""
    opened: list[str] = []

    def recorder(name: str):
        def record(*_args: object, **_kwargs: object) -> int:
            opened.append(name)
            return 0

        return record

    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(recorder(name)))
    monkeypatch.setattr(QDialog, "exec", recorder("QDialog.exec"))
    return opened


def test_twenty_bad_files_dropped_at_once_fill_the_problems_panel_without_dialogs(
    qtbot, make_window, nlp, tmp_path: Path, no_dialogs: list[str]
) -> None:
    window = make_window()
    window.workflow.set_pipeline(nlp)
    bad = _bad_files(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text("Acme Corp opened a factory in Ohio on March 3, 2020.\n", encoding="utf-8")

    with qtbot.waitSignal(window.workflow.extractionFinished, timeout=120_000):
        drop(window, [*bad, good])
    qtbot.waitUntil(lambda: not window.workflow.busy)

    lines = [window.errors_list.item(i).text() for i in range(window.errors_list.count())]
    assert window.errors_dock.isVisible()
    for path, problem in bad.items():
        about = [line for line in lines if line.startswith(f"{path}:")]
        assert about, (path, lines)
        assert any(problem in line for line in about), (problem, about)
    assert all("\n" not in line and "Traceback" not in line for line in lines)
    assert "Problems (" in window.errors_dock.windowTitle()

    # No dialog storm: no message box, no modal dialog, no extra window.
    assert no_dialogs == []
    assert QApplication.activeModalWidget() is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, QDialog)] == []

    # The good file, the readable French one and the good JSON records are in; French gave no event.
    paths = {Path(a.path).name for a in window.session.articles}
    assert {"good.txt", "french.txt", "broken-0.json"} <= paths
    french = next(a for a in window.session.articles if a.path.endswith("french.txt"))
    assert not [e for e in window.session.events if e.article == french.id]
    assert window.timeline.marker_ids()


def test_a_50_mb_text_is_refused_in_the_panel_and_other_encodings_are_read(
    qtbot, make_window, nlp, tmp_path: Path, no_dialogs: list[str]
) -> None:
    window = make_window()
    window.workflow.set_pipeline(nlp)
    huge = tmp_path / "huge.txt"
    with huge.open("w", encoding="utf-8") as out:
        for _ in range(50):
            out.write("The board met on Monday. " * 40_000 + "\n")  # 50 MB
    text = "Café talks\nThe président said in Genève on March 3, 2020 that the plant would open.\n"
    encoded = {
        "utf16.txt": text.encode("utf-16"),
        "latin1.txt": text.encode("latin-1"),
        "cp1252.txt": (text + "Costs – €5 … “quoted”.\n").encode("cp1252"),
    }
    for name, data in encoded.items():
        (tmp_path / name).write_bytes(data)

    with qtbot.waitSignal(window.workflow.extractionFinished, timeout=120_000):
        drop(window, [huge, *(tmp_path / name for name in encoded)])
    qtbot.waitUntil(lambda: not window.workflow.busy)

    lines = [window.errors_list.item(i).text() for i in range(window.errors_list.count())]
    assert lines == [
        f"{huge}: file is 50.0 MB, more than the 1,000,000-character limit per article of the language "
        "pipeline; split it into smaller articles"
    ]
    assert sorted(a.title for a in window.session.articles) == ["Café talks"] * 3
    assert no_dialogs == [] and QApplication.activeModalWidget() is None
