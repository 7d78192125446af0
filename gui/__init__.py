"""Widgets only: windows, timeline view, article view, dialogs."""

from gui.qt_workarounds import pin_none

pin_none()
