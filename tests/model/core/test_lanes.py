"""One lane vocabulary (model.core.lanes): modes, keys and labels."""

from __future__ import annotations

from model.core.lanes import LANE_MODE_LABELS, LANE_MODES, lane_key, lane_label
from tests.fakes import fake_result


def test_every_mode_has_a_label() -> None:
    assert set(LANE_MODE_LABELS) == set(LANE_MODES)


def test_a_source_lane_falls_back_when_the_article_has_no_source() -> None:
    result = fake_result()
    event = next(e for e in result.events if e.article == "b")
    assert lane_key(event, "source", result.article("b")) == "Unknown source"
    assert lane_key(event, "source", result.article("a")) == "Reuters"


def test_an_article_lane_is_named_by_the_article_not_its_source() -> None:
    result = fake_result()
    assert lane_label("a", "article", result.article("a")) == "Leaders meet"  # source is Reuters


def test_a_participant_lane_holds_an_event_by_its_main_entity_else_by_its_participants() -> None:
    event = fake_result().events[0]
    event.participants = ["Joe Biden", "Xi Jinping"]
    assert lane_key(event, "participant") == "Joe Biden"  # never worked out: the participants
    event.entities = ["Xi Jinping", "Joe Biden"]
    assert lane_key(event, "participant") == "Xi Jinping"  # what entity_events found, main first
    event.entities = []
    assert lane_key(event, "participant") == "No participant"  # worked out: nobody takes part
