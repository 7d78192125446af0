"""The scorer of benchmarks/tempeval3_events.py: extents matched one-to-one, class F1, per-class F1.

Extents are (start, end, class) character spans, written by hand for a sentence of our own:
"Officials said the ministers agreed to resume talks after the blast."
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from tempeval3_events import Score, _class_pairs, per_class_f1  # noqa: E402

SAID = (10, 14, "REPORTING")
AGREED = (29, 35, "I_ACTION")
RESUME = (39, 45, "ASPECTUAL")
TALKS = (46, 51, "OCCURRENCE")
BLAST = (62, 67, "OCCURRENCE")
GOLD = [SAID, AGREED, RESUME, TALKS, BLAST]


def test_class_f1_is_relaxed_f1_times_the_share_of_matches_with_the_gold_class() -> None:
    score = Score()
    # "agreed" found as an OCCURRENCE, "blast" missed, "the" marked as an event
    predicted = [SAID, (29, 35, "OCCURRENCE"), RESUME, TALKS, (15, 18, "OCCURRENCE")]
    errors = score.add(GOLD, predicted)
    row = score.row()
    assert row["relaxed P"] == pytest.approx(4 / 5)
    assert row["relaxed R"] == pytest.approx(4 / 5)
    assert row["class acc"] == pytest.approx(3 / 4)
    assert row["class F1"] == pytest.approx(0.8 * 0.75)
    assert sorted(kind for kind, _ in errors) == ["FN", "FP", "class I_ACTION->"]


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        # every event found with its class: each class scores 1
        (GOLD, {"REPORTING": 1.0, "I_ACTION": 1.0, "ASPECTUAL": 1.0, "OCCURRENCE": 1.0}),
        # "agreed" as an OCCURRENCE: I_ACTION loses its only event, OCCURRENCE gains a false one
        ([SAID, (29, 35, "OCCURRENCE"), RESUME, TALKS, BLAST],
         {"REPORTING": 1.0, "I_ACTION": 0.0, "ASPECTUAL": 1.0, "OCCURRENCE": 0.8}),
        # "resume" missed: ASPECTUAL recall 0; the other classes untouched
        ([SAID, AGREED, TALKS, BLAST], {"REPORTING": 1.0, "I_ACTION": 1.0, "ASPECTUAL": 0.0, "OCCURRENCE": 1.0}),
    ],
)
def test_per_class_f1(predicted: list[tuple[int, int, str]], expected: dict[str, float]) -> None:
    confusion: Counter[tuple[str, str]] = _class_pairs(GOLD, predicted)
    got = {c: round(f, 3) for c, (_, _, f, _) in per_class_f1(confusion).items()}
    assert got == pytest.approx(expected)
    assert sum(n for *_, n in per_class_f1(confusion).values()) == len(GOLD)
