"""Event.cluster_key: the one rule for which happening an event reports."""

from __future__ import annotations

from dataclasses import replace

from model.core.rows import event_row
from model.exporters.clusters import group_clusters
from tests.fakes import fake_result


def test_an_event_without_a_cluster_is_its_own_happening_and_a_merged_one_is_its_clusters() -> None:
    event = fake_result().events[0]
    assert replace(event, cluster="").cluster_key == event.id
    assert replace(event, cluster="a-e9").cluster_key == "a-e9"


def test_json_and_exported_clusters_use_the_key_and_rows_keep_the_field() -> None:
    result = fake_result()
    result.events[1].cluster = result.events[0].id
    result.events[2].cluster = ""
    for event in result.events:
        assert event.to_json()["cluster"] == event.cluster_key
        assert event_row(event)["cluster"] == event.cluster  # a codec gives back what it was given
    assert [c.id for c in group_clusters(result)] == list(dict.fromkeys(e.cluster_key for e in result.events))
