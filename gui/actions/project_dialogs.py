"""The questions the project controller asks, as dialogs (tests answer them with functions instead).

``ask(kind, text) -> answer``: ``"unsaved"`` -> ``"save" | "discard" | "cancel" | "keep"`` (go on
without saving but keep the autosave, as after a crash); ``"restore"`` -> ``"restore" | "discard" |
"later"``; ``"changed"`` (the file was saved by another window since it was read) -> ``"reload" |
"save_as" | "overwrite" | "cancel"``. Without a screen (offscreen, as in tests and screenshot runs)
nobody can answer a dialog, so the answers are "keep", "later" and "cancel": nothing blocks and
nothing is lost.
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
        # nobody can answer: decide nothing, lose nothing
        return {"unsaved": "keep", "changed": "cancel"}.get(kind, "later")
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
    if kind == "changed":
        box.setIcon(QMessageBox.Icon.Warning)
        choices = {
            "reload": box.addButton("Reload", QMessageBox.ButtonRole.DestructiveRole),
            "save_as": box.addButton("Save as…", QMessageBox.ButtonRole.AcceptRole),
            "overwrite": box.addButton("Overwrite", QMessageBox.ButtonRole.DestructiveRole),
            "cancel": box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole),
        }
        box.setDefaultButton(choices["save_as"])
        box.setEscapeButton(choices["cancel"])
        box.exec()
        return next((k for k, b in choices.items() if b is box.clickedButton()), "cancel")
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
