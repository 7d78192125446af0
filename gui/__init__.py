"""Widgets only: windows, timeline view, article view, dialogs.

Importing this package changes nothing: the Qt work-arounds (``gui.qt_workarounds``) are applied
where a process starts making Qt objects, not as a side effect of an import.
"""
