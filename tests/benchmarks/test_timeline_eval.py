"""The SemEval-2015 Task 4 official measure as benchmarks/timeline_eval.py reimplements it.

Hand-made timelines whose scores follow from the tool's rules: rank-0 lines ignored, each event
SIMULTANEOUS its date node, consecutive events BEFORE (higher rank) or SIMULTANEOUS (same rank),
implied relations left out of the reduced graphs, mentions matched exactly.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from timeline_eval import TimelineLine, encode, temporal_awareness, timegraph  # noqa: E402

# Jobs's keynote told by two articles, a sale a year later, an undated court case after it.
GOLD = [
    TimelineLine(0, "XXXX-XX-XX", ["1-3-said"]),
    TimelineLine(1, "2005-06-06", ["1-2-keynote", "2-5-keynote"]),
    TimelineLine(2, "2006", ["1-9-sold"]),
    TimelineLine(3, "XXXX-XX-XX", ["3-4-court_case"]),
]


def shifted(lines: list[TimelineLine], by: int) -> list[TimelineLine]:
    return [TimelineLine(line.rank + by if line.rank else 0, line.date, line.mentions) for line in lines]


def test_the_tool_writes_one_anchor_per_event_and_a_chain_in_line_order() -> None:
    gold, _ = encode(GOLD, [])
    assert gold == [
        ("ei1", "t0", "SIMULTANEOUS"),
        ("ei2", "t0", "SIMULTANEOUS"),
        ("ei3", "t1", "SIMULTANEOUS"),
        ("ei4", "t2", "SIMULTANEOUS"),  # XXXX-XX-XX is a date node like any other
        ("ei1", "ei2", "SIMULTANEOUS"),
        ("ei2", "ei3", "BEFORE"),
        ("ei3", "ei4", "BEFORE"),
    ]
    # The two keynotes are simultaneous already through their date: not in the reduced graph.
    graph = timegraph(gold)
    assert ("ei1", "ei2", "SIMULTANEOUS") not in graph.reduced
    assert len(graph.reduced) == 6 and not graph.violated


@pytest.mark.parametrize(
    ("name", "system", "counts"),
    [
        ("gold against itself", GOLD, (6, 6, 6, 6)),
        ("ranks shifted by two", shifted(GOLD, 2), (6, 6, 6, 6)),
        # Rank 0 is ignored, whatever it holds.
        ("another rank-0 line", [*GOLD, TimelineLine(0, "2006", ["1-7-announced"])], (6, 6, 6, 6)),
        # The sale put in 2007: its anchor is wrong both ways, the order still holds.
        ("one date changed", [*GOLD[:2], TimelineLine(2, "2007", ["1-9-sold"]), GOLD[3]], (5, 6, 5, 6)),
        # "court" is not the gold mention "court_case": an event of its own, its two links unmatched.
        ("multi-word mention cut", [*GOLD[:3], TimelineLine(3, "XXXX-XX-XX", ["3-4-court"])], (4, 6, 4, 6)),
        # The sale before the keynote: only the anchors of all three hold.
        (
            "order reversed",
            [TimelineLine(1, "2006", ["1-9-sold"]), TimelineLine(2, "2005-06-06", ["1-2-keynote", "2-5-keynote"])],
            (3, 4, 3, 6),
        ),
    ],
)
def test_official_counts_on_hand_made_timelines(
    name: str, system: list[TimelineLine], counts: tuple[int, int, int, int]
) -> None:
    score = temporal_awareness(GOLD, system)
    assert (score.matched_p, score.total_p, score.matched_r, score.total_r) == counts, name


def test_gold_against_itself_scores_one_hundred() -> None:
    score = temporal_awareness(GOLD, GOLD)
    assert score.precision == score.recall == score.f1 == 1.0


def test_implied_relations_count_for_precision() -> None:
    # The system leaves out the middle line: keynote BEFORE court case follows from gold's graph.
    score = temporal_awareness(GOLD, [GOLD[1], GOLD[3]])
    assert score.precision == 1.0
    assert 0.0 < score.recall < 1.0
