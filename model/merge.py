"""Cross-article event merging (placeholder: every event its own cluster; replaced by issue 4)."""

from __future__ import annotations

from model.documents import Article
from model.events import Event


def assign_clusters(events: list[Event], articles: list[Article]) -> None:
    for event in events:
        event.cluster = event.id
