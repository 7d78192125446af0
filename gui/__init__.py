"""Widgets only: windows, timeline view, article view, dialogs."""
