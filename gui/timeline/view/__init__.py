"""The pieces of the timeline view (`gui/timeline/timeline_view.py`), one concern each.

`feed` reads the model into columns; `markers` draws them at the level of detail; `labels` writes
headlines beside markers; `undated_bands` shows happenings with no time of their own; `selection`
rings the selected markers and words the tooltips; `navigation` zooms and pans; `lanes` groups
events into lanes and names them. None of them imports the view (``pyproject.toml`` contract).
"""
