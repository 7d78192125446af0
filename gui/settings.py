"""What the app remembers between runs (QSettings), and the theme that follows the system palette.

    settings = WindowSettings(window)   # in the main window's constructor
    settings.restore()                  # geometry, dock/toolbar state, splitter sizes
    settings.save()                     # in closeEvent

    follow_palette(app)                 # plots take their colours from the light/dark palette

Recent files live in the project controller's settings, not here.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QStandardPaths
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

from model.project.recovery import recovery_folder

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_GROUP = "splitters"
MODEL_KEY = "nlp/model"
IDLE_WORKERS_KEY = "nlp/idle_workers_minutes"
# Bumped when the dock/toolbar layout changes so that an old saved state is not applied to it.
STATE_VERSION = 1


# --- window and splitters ------------------------------------------------------------
def _splitter_keys(window: QWidget) -> dict[str, QSplitter]:
    """A stable key per splitter: its object name, else its place, orientation and pane count
    (so a state saved for another layout is never applied to the wrong splitter)."""
    keys: dict[str, QSplitter] = {}
    for index, splitter in enumerate(window.findChildren(QSplitter)):
        name = splitter.objectName()
        if not name:
            kind = "h" if splitter.orientation().name == "Horizontal" else "v"
            name = f"{index}-{kind}{splitter.count()}"
        keys[name] = splitter
    return keys


class WindowSettings:
    """Saves and restores a main window's geometry, dock state and splitter sizes."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window

    def save(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.window.saveGeometry())
        settings.setValue(STATE_KEY, self.window.saveState(STATE_VERSION))
        settings.beginGroup(SPLITTER_GROUP)
        settings.remove("")  # splitters of an older layout are forgotten
        for key, splitter in _splitter_keys(self.window).items():
            settings.setValue(key, splitter.saveState())
        settings.endGroup()
        settings.sync()

    def restore(self) -> bool:
        """True when a saved geometry was applied; a damaged value is ignored, never fatal."""
        settings = QSettings()
        restored = False
        geometry = _bytes(settings.value(GEOMETRY_KEY))
        if geometry is not None:
            restored = bool(self.window.restoreGeometry(geometry))
        state = _bytes(settings.value(STATE_KEY))
        if state is not None:
            self.window.restoreState(state, STATE_VERSION)
        settings.beginGroup(SPLITTER_GROUP)
        for key, splitter in _splitter_keys(self.window).items():
            saved = _bytes(settings.value(key))
            if saved is not None:
                splitter.restoreState(saved)
        settings.endGroup()
        return restored


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None


# --- language model ------------------------------------------------------------------
def saved_model() -> str | None:
    """The spaCy model package the user chose (or last used), if any."""
    value = QSettings().value(MODEL_KEY)
    # Only a package-like name: the value is imported by name.
    return value if isinstance(value, str) and value.isidentifier() else None


def save_model(name: str) -> None:
    if name.isidentifier():
        QSettings().setValue(MODEL_KEY, name)


def model_preference() -> tuple[str, ...]:
    """The order in which to try model packages: the saved choice, then the defaults."""
    from model.nlp.loading import MODEL_PACKAGES

    saved = saved_model()
    return (saved, *(m for m in MODEL_PACKAGES if m != saved)) if saved else MODEL_PACKAGES


def idle_workers_ms(default_ms: int) -> int:
    """How long the worker processes may stay idle before they are ended (``nlp/idle_workers_minutes``
    in the settings file; ``default_ms`` when it is unset or not a number of minutes >= 0)."""
    value = QSettings().value(IDLE_WORKERS_KEY)
    try:
        minutes = float(value) if value is not None else -1.0  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default_ms
    return int(minutes * 60_000) if 0 <= minutes < 10_000 else default_ms


# --- theme ---------------------------------------------------------------------------
def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def plot_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """Background and foreground (axes, text) for the plots in this palette."""
    return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)


def apply_theme(palette: QPalette, root: QWidget | None = None) -> None:
    """Plot colours from the palette: the default for new plots, and every plot under `root`."""
    background, foreground = plot_colours(palette)
    pg.setConfigOptions(background=background, foreground=foreground)
    if root is None:
        return
    for plot in root.findChildren(pg.PlotWidget):
        plot.setBackground(background)
        item = plot.getPlotItem()
        for name in ("bottom", "left", "top", "right"):
            axis = item.getAxis(name)
            axis.setPen(foreground)
            axis.setTextPen(foreground)


class ThemeFollower(QObject):
    """Re-applies the plot colours whenever the palette changes (system light/dark switch, or a
    palette set by the app). Watches the window only: an application-wide event filter would see
    every event of every widget."""

    def __init__(self, app: QApplication, root: QWidget | None = None) -> None:
        super().__init__(app)
        self.root: QWidget | None = None
        self.set_root(root)

    def set_root(self, root: QWidget | None) -> None:
        if self.root is not None:
            self.root.removeEventFilter(self)
        self.root = root
        if root is not None:
            root.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        palette = self.root.palette() if self.root is not None else QGuiApplication.palette()
        apply_theme(palette, self.root)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.root and event.type() in (
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.PaletteChange,
        ):
            self.apply()
        return False


# --- crash recovery ------------------------------------------------------------------
def default_recovery_folder() -> Path:
    """Where untitled work is autosaved: ``$CHRONICLE_RECOVERY_DIR``, else under Qt's AppDataLocation."""
    app_data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return recovery_folder(app_data=app_data or None)
