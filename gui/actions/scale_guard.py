"""Before a corpus far bigger than usual is analysed, the app says what is coming (articles, estimated
time and memory) and lets the user cancel (issue 17, item 11). Installed by ``gui.app``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from model.core.documents import Article
from model.nlp.estimate import estimate

AskFn = Callable[[str], bool]


def confirm_large_corpus(window: QMainWindow, articles: list[Article], ask: AskFn | None = None) -> bool:
    """True to analyse: at once for a usual corpus; a big one only if the user agrees."""
    cost = estimate(articles)
    if not cost.is_large:
        return True
    text = f"Analyse {cost.describe()}?\n\nEsc cancels the analysis at any time; what is done by then is kept."
    if ask is not None:
        return ask(text)
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        # Nobody can answer a dialog: go on, but not without a word.
        window.statusBar().showMessage(f"Analysing {cost.describe()}; Esc cancels", 0)
        return True
    box = QMessageBox(window)
    box.setWindowTitle("Chronicle: a large corpus")
    box.setIcon(QMessageBox.Icon.Warning if cost.exceeds_memory else QMessageBox.Icon.Question)
    box.setText(text)
    go = box.addButton("Analyse", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel if cost.exceeds_memory else go)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go
