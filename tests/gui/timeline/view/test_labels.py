"""Where a headline fits beside its marker (gui/timeline/view/labels.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from gui.timeline.timeline_styles import MARKER_SIZE
from gui.timeline.view.labels import label_box

HALF = MARKER_SIZE / 2
WIDTH = 900.0


@pytest.mark.parametrize(
    ("headline", "marker", "others", "taken", "side", "whole"),
    [
        # A lone marker near the left: its headline reads to its right, whole.
        ("Xi and Biden hold virtual summit", 100.0, [], [], "right", True),
        # A neighbour close on the right leaves no room there: the label goes left, where there is.
        ("Kirby holds briefing", 500.0, [530.0], [], "left", True),
        # The neighbour a little further: the right side has some room, the headline is elided to it.
        ("Sullivan says Biden is determined to re-establish military ties", 100.0, [260.0], [], "right", False),
        # A band's label already takes the row on both sides: no label at all.
        ("Austin has yet to speak to his counterpart", 450.0, [], [(0.0, 440.0, 50.0), (460.0, 900.0, 50.0)], None, False),
        # A marker at the right edge: the label reads to its left.
        ("Officials agree to high-level conversations", 890.0, [], [], "left", True),
    ],
)
def test_a_label_takes_the_room_beside_its_marker(
    qapp, headline: str, marker: float, others: list[float], taken: list[tuple[float, float, float]],
    side: str | None, whole: bool,
) -> None:
    metrics = QFontMetrics(QFont())
    dots = [(marker, 50.0), *((x, 50.0) for x in others)]
    box = label_box(marker, 50.0, headline, metrics, WIDTH, metrics.height(), HALF, dots, list(taken), 0)
    if side is None:
        assert box is None
        return
    assert box is not None
    left, right, text, right_side = box
    assert ("right" if right_side else "left") == side
    assert (text == headline) is whole
    assert left < right
    # Never over a neighbouring marker.
    assert all(not (left < x - HALF < right or left < x + HALF < right) for x in others)
