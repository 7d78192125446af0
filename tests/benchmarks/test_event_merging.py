"""The merge measure of benchmarks/event_merging.py: gold chains from the trial timelines and the
pairwise and B-cubed scores of a clustering over the gold mentions it has."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from event_merging import gold_chains, pair_scores  # noqa: E402


def test_lines_of_two_entities_sharing_a_mention_are_one_event(tmp_path: Path) -> None:
    # The unveiling is on the phone's timeline and on its maker's, once with a third report.
    (tmp_path / "phone.txt").write_text("iPhone 4\n1\t2010-06-07\t16844-2-unveiled\t16900-2-announced\n"
                                        "2\t2010-06-24\t16900-12-release\n")
    (tmp_path / "jobs.txt").write_text("Steve Jobs\n1\t2010-06-07\t16900-2-announced\t17174-7-introduced\n"
                                       "2\t2006-05-08\t4954-2-court_case\n")
    chains = sorted(sorted(c) for c in gold_chains(tmp_path))
    assert chains == [["16844-2-unveiled", "16900-2-announced", "17174-7-introduced"], ["16900-12-release"],
                      ["4954-2-court"]]


def test_pairwise_and_b_cubed_over_the_mentions_the_system_has() -> None:
    gold = [{"a", "b", "c"}, {"d"}, {"e"}]
    system = {"a": "1", "b": "1", "c": "2", "d": "2"}  # "e" is no event of ours: left out
    s = pair_scores(gold, system)
    assert (s["mentions"], s["gold pairs"], s["system pairs"], s["right pairs"]) == (4, 3, 2, 1)
    assert s["pair P"] == pytest.approx(1 / 2) and s["pair R"] == pytest.approx(1 / 3)
    assert s["B3 P"] == pytest.approx((1 + 1 + 1 / 2 + 1 / 2) / 4)
    assert s["B3 R"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
