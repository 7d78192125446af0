"""The questions the project controller asks, as dialogs (tests answer them with functions instead).

``ask(kind, text) -> answer``: ``"unsaved"`` -> ``"save" | "discard" | "cancel" | "keep"`` (go on
without saving but keep the autosave, as after a crash); ``"restore"`` -> ``"restore" | "discard" |
"later"``. Without a screen (offscreen, as in tests and screenshot runs) nobody can answer a
dialog, so the answers are "keep" and "later": nothing blocks and nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from model.project import PROJECT_SUFFIX

PROJECT_FILTER = f"Chronicle projects (*{PROJECT_SUFFIX});;All files (*)"

AskFn = Callable[[str, str], str]


def ask_with_dialog(parent: QWidget, kind: str, text: str) -> str:
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return "keep" if kind == "unsaved" else "later"  # nobody can answer: decide nothing, lose nothing
    box = QMessageBox(parent)
    box.setWindowTitle("Chronicle")
    box.setText(text)
    box.setIcon(QMessageBox.Icon.Question)
    if kind == "restore":
        restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton("Not now", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(later)
        box.exec()
        clicked = box.clickedButton()
        return "restore" if clicked is restore else "discard" if clicked is discard else "later"
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    answer = box.exec()
    return {buttons.Save: "save", buttons.Discard: "discard"}.get(buttons(answer), "cancel")


def choose_save_path(parent: QWidget, current: Path | None) -> str:
    """A save dialog starting at the project's file; "" when cancelled."""
    suggested = str(current) if current is not None else f"Untitled{PROJECT_SUFFIX}"
    path, _ = QFileDialog.getSaveFileName(parent, "Save project", suggested, PROJECT_FILTER)
    return path


def choose_open_path(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, "Open project", "", PROJECT_FILTER)
    return path
