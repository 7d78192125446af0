"""Merged events: events sharing a ``cluster`` are one happening told by several sources."""

from __future__ import annotations

from dataclasses import dataclass

from model.core.documents import Article
from model.core.events import Event
from model.core.naming import article_name
from model.exporters.base import ResultLike, articles_by_id


@dataclass(frozen=True)
class Mention:
    event: Event
    article: Article | None


@dataclass(frozen=True)
class Cluster:
    id: str
    # The mention whose date and headline stand for the whole cluster.
    main: Event
    mentions: tuple[Mention, ...]


def _precision_key(event: Event) -> tuple[int, float]:
    # The narrowest interval is the most precise date; among equals trust the most confident.
    return ((event.date.end - event.date.start).days, -event.confidence)


def group_clusters(result: ResultLike) -> list[Cluster]:
    """Clusters in order of their first event; an event without a cluster is its own."""
    articles = articles_by_id(result)
    grouped: dict[str, list[Event]] = {}
    for event in result.events:
        grouped.setdefault(event.cluster_key, []).append(event)
    return [
        Cluster(
            cluster_id,
            min(events, key=_precision_key),
            tuple(Mention(e, articles.get(e.article)) for e in events),
        )
        for cluster_id, events in grouped.items()
    ]


def mention_name(mention: Mention) -> str:
    """How an export credits a mention: its article's name (``model.core.naming``)."""
    return article_name(mention.article) if mention.article is not None else mention.event.article
