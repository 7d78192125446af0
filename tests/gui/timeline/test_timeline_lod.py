"""The timeline's numpy columns sit on the same time axis as the event table (model.core.time_axis)."""

from __future__ import annotations

import numpy as np

from gui.timeline.timeline_lod import source_columns
from model.core.time_axis import event_interval, event_x
from tests.fakes import fake_result


def test_columns_place_events_where_the_table_does() -> None:
    events = fake_result().events
    columns = source_columns(events)
    assert np.array_equal(columns.start, [event_interval(e)[0] for e in events])
    assert np.array_equal(columns.end, [event_interval(e)[1] for e in events])
    assert np.array_equal(columns.x, [event_x(e) for e in events])
