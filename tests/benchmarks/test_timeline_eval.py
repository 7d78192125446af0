"""The SemEval-2015 Task 4 scorer used by benchmarks/timeline_trial.py (temporal awareness)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from timeline_eval import TimelineLine, temporal_awareness  # noqa: E402

GOLD = [
    TimelineLine(0, "XXXX-XX-XX", ["1-3-said"]),
    TimelineLine(1, "2005-06-06", ["1-2-keynote", "2-5-keynote"]),
    TimelineLine(1, "2005-06-06", ["1-3-announced"]),
    TimelineLine(2, "2006", ["1-9-sold"]),
]


def test_a_perfect_timeline_scores_one() -> None:
    score = temporal_awareness(GOLD, GOLD)
    assert score.precision == score.recall == score.f1 == 1.0


def test_implied_relations_count_as_right() -> None:
    # The system leaves out the middle rank; "said" BEFORE "sold" still follows from gold's closure.
    system = [GOLD[0], GOLD[3]]
    score = temporal_awareness(GOLD, system)
    assert score.precision == 1.0
    assert 0.0 < score.recall < 1.0


def test_a_wrong_order_and_a_wrong_date_lose_precision() -> None:
    system = [
        TimelineLine(0, "2006", ["1-9-sold"]),
        TimelineLine(1, "2007", ["1-2-keynote"]),
    ]
    score = temporal_awareness(GOLD, system)
    # Of BEFORE(sold, keynote), 2006 INCLUDES sold and 2007 INCLUDES keynote only the anchor of sold holds.
    assert (score.matched_p, score.total_p) == (1, 3)
