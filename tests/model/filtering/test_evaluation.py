"""The filter's numpy half, without Qt: the column index, criteria, cluster collapse, facet counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from model.filtering.columns import RowKeys
from model.filtering.evaluation import collapse, collapsing, combine, criteria, facet_counts
from model.filtering.filter_state import FilterState
from tests.fakes import fake_result


def _events() -> list:
    events = fake_result().events
    events[0].participants = ["Biden", "Xi"]
    events[1].participants = ["Xi"]
    events[2].participants = ["Austin"]
    events[3].tags = ["check"]
    events[4].hidden = True
    return events


def _keys() -> RowKeys:
    events = _events()
    return RowKeys(events, ["Reuters" if e.article == "a" else "Untitled" for e in events])


def _passing(state: FilterState, keys: RowKeys) -> list[str]:
    mask = combine(list(criteria(state, keys).values()), len(keys))
    return [keys.ids[r] for r in np.flatnonzero(mask)]


@pytest.mark.parametrize(
    ("state", "wanted"),
    [
        (FilterState(), lambda e: not e.hidden),
        (FilterState(participants=frozenset({"Xi"})), lambda e: "Xi" in e.participants),
        (FilterState(tags=frozenset({"check"})), lambda e: "check" in e.tags),
        (FilterState(sources=frozenset({"Reuters"})), lambda e: e.article == "a"),
        (FilterState(show_hidden=True), lambda e: True),
        (FilterState(text="virtual"), lambda e: "virtual" in e.sentence.text and not e.hidden),
        (FilterState(date_from=date(2021, 11, 10)), lambda e: e.date.end >= date(2021, 11, 10) and not e.hidden),
    ],
)
def test_criteria_let_through_the_events_they_name(state: FilterState, wanted) -> None:
    assert _passing(state, _keys()) == [e.id for e in _events() if wanted(e)]


def test_one_entry_per_cluster_shows_its_finest_dated_report() -> None:
    events = fake_result().events
    events[1] = replace(events[1], cluster=events[0].id, date=replace(events[0].date, granularity="month",
                        start=date(2021, 11, 1), end=date(2021, 11, 30)))
    events[0].cluster = events[0].id
    keys = RowKeys(list(events), [""] * len(events))
    state = FilterState(show_hidden=True)
    assert collapsing(state, keys)
    shown, by_cluster = collapse(keys, np.ones(len(keys), dtype=bool))
    shown_ids = [keys.ids[r] for r in np.flatnonzero(shown)]
    assert events[0].id in shown_ids and events[1].id not in shown_ids  # the day beats the month
    assert (by_cluster >= 0).sum() == len(shown_ids)


def test_facet_counts_count_under_the_other_facets_choices() -> None:
    keys = _keys()
    state = FilterState(participants=frozenset({"Xi"}))
    counts = facet_counts(state, keys, criteria(state, keys), visible=2)
    # The participant facet ignores its own choice: every visible participant keeps its count.
    assert counts.counts["participants"] == {"Biden": 1, "Xi": 2, "Austin": 1}
    # The other facets count only what the participant choice lets through.
    assert sum(counts.counts["sources"].values()) == 2
    assert counts.total == len(keys) and counts.visible == 2
