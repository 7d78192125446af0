"""The timeline's lanes: how events are grouped, and the lane names down the left."""

from __future__ import annotations

LANE_LABEL_PIXELS = 170  # lane names are elided to this width; longer ones pyqtgraph would drop
LEFT_AXIS_PIXELS = LANE_LABEL_PIXELS + 16  # the lane-name column (the overview strip lines up with it)
SETTINGS_KEY = "timeline/lane_mode"
LANE_MODE_TIPS = {
    "none": "All events in one lane",
    "article": "One lane per article",
    "participant": "One lane per participant: the events it takes part in, by name or as \"it\" or \"the company\";"
                   " an event with several goes in its main participant's lane",
    "source": "One lane per source (the outlet that published the article)",
    "modality": "One lane per modality: happened, planned, reported, projected, hypothetical, negated",
}
