"""The timeline's numpy columns: the same time axis as the event table (model.core.time_axis), the
same lanes as an exported image (model.core.lanes)."""

from __future__ import annotations

import numpy as np
import pytest

from model.core.lanes import LANE_MODES
from model.core.time_axis import event_interval, event_x
from model.render.scene import build_scene
from model.render.timeline_columns import build_columns, source_columns
from tests.fakes import fake_result


def test_columns_place_events_where_the_table_does() -> None:
    events = fake_result().events
    columns = source_columns(events)
    assert np.array_equal(columns.start, [event_interval(e)[0] for e in events])
    assert np.array_equal(columns.end, [event_interval(e)[1] for e in events])
    assert np.array_equal(columns.x, [event_x(e) for e in events])


@pytest.mark.parametrize("mode", LANE_MODES)
def test_screen_and_image_name_the_same_lanes(mode: str) -> None:
    result = fake_result()
    result.articles[1].text = "Officials met on Tuesday.\n" + result.articles[1].text  # untitled: its first line
    screen = build_columns(result.events, mode, result.article)
    image = build_scene(result, lane_by=mode)
    assert sorted(screen.lane_labels) == sorted(lane.label for lane in image.lanes)
    if mode == "article":
        assert set(screen.lane_labels) == {"Leaders meet", "Officials met on Tuesday."}
