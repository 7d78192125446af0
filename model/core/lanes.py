"""The lanes of a timeline, on screen and in an exported image: which modes there are, which lane
an event goes in, and what the lane is called. ``gui.timeline`` (the view's numpy columns) and
``model.render.scene`` (the image) both ask here, so an image shows the lanes the user sees.
"""

from __future__ import annotations

from model.core.documents import Article
from model.core.events import Event
from model.core.naming import article_name

LANE_MODES = ("none", "article", "participant", "source", "modality")
LANE_MODE_LABELS = {
    "none": "None",
    "article": "Article",
    "participant": "Participant",
    "source": "Source",
    "modality": "Modality",
}
NO_LANE_LABEL = "Events"
NO_PARTICIPANT = "No participant"
UNKNOWN_SOURCE = "Unknown source"


def check_lane_mode(mode: str) -> None:
    if mode not in LANE_MODES:
        raise ValueError(f"lane mode must be one of {', '.join(LANE_MODES)}, not {mode!r}")


def lane_key(event: Event, mode: str, article: Article | None = None) -> str:
    """The lane an event goes in; ``article`` is the event's article (the source mode reads it).

    The participant mode reads the entities ``model.nlp.events.entity_events`` assigned the event
    at extraction (its arguments, "it" and "the company" resolved), falling back to its
    participants where they were never worked out (an older project). An event with several goes
    in its main entity's lane: one mark per event keeps counts, selection and arrow keys simple.
    """
    if mode == "article":
        return event.article
    if mode == "participant":
        names = event.participants if event.entities is None else event.entities
        return names[0] if names else NO_PARTICIPANT
    if mode == "source":
        return (article.source.strip() if article is not None else "") or UNKNOWN_SOURCE
    if mode == "modality":
        return event.modality
    return ""


def lane_label(key: str, mode: str, article: Article | None = None) -> str:
    """What a lane is called; ``article`` is the lane's article in the article mode."""
    if mode == "article":
        return article_name(article) if article is not None else key
    if mode == "modality":
        return key.capitalize() or "Unknown"
    if mode == "none":
        return NO_LANE_LABEL
    return key
