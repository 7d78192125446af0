"""The pieces of the timeline view (`gui/timeline/timeline_view.py`), one concern each."""
