"""Events: a dated happening in one article, possibly one of a cluster told by several."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from model.core.documents import TextSpan

MODALITIES = ("happened", "planned", "reported", "projected", "hypothetical", "negated")
# TimeML EVENT classes.
EVENT_CLASSES = ("OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION")
# How an event got its time: its own expression, one it is tied to ("since", "after", "that day"),
# the scene the story is telling, only its relation to the document date (PAST_REF/PRESENT_REF/
# FUTURE_REF, granularity "relative"), or the user's edit.
DATE_SOURCES = ("timex", "governor", "scene", "document", "user")


@dataclass(frozen=True)
class EventDate:
    """A TIMEX3 value and the interval of days it covers (end inclusive)."""

    value: str
    start: date
    end: date
    # "day", "week", "month", "quarter", "season", "half", "year", "decade", "century", or "relative"
    # for PAST_REF/PRESENT_REF/FUTURE_REF (start..end is then the bound that is known).
    granularity: str

    def to_json(self) -> dict[str, object]:
        return {
            "value": self.value,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "granularity": self.granularity,
        }


@dataclass
class Event:
    id: str
    article: str
    date: EventDate
    headline: str
    sentence: TextSpan
    trigger: TextSpan
    timex: TextSpan
    participants: list[str] = field(default_factory=list)
    modality: str = "happened"
    confidence: float = 0.5
    cluster: str = ""
    event_class: str = "OCCURRENCE"
    date_source: str = "timex"
    # The user's curation: kept in the project file, never produced by extraction.
    starred: bool = False
    hidden: bool = False
    tags: list[str] = field(default_factory=list)
    # The entities the happening involves as ``model.nlp.events.entity_events`` finds them (its
    # arguments, "it" and "the company" resolved), the main one first: what a participant lane
    # holds. None where it was never worked out (a project saved before version 6, a hand-made
    # event): lanes then fall back to ``participants``.
    entities: list[str] | None = None

    @property
    def cluster_key(self) -> str:
        """The happening this event reports: its cluster, or the event itself when it stands alone
        (extraction leaves ``cluster`` empty until merging, and a split gives it back its own id)."""
        return self.cluster or self.id

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "article": self.article,
            "date": self.date.to_json(),
            "headline": self.headline,
            "sentence": self.sentence.to_json(),
            "trigger": self.trigger.to_json(),
            "timex": self.timex.to_json(),
            "participants": list(self.participants),
            "modality": self.modality,
            "confidence": round(self.confidence, 3),
            "cluster": self.cluster_key,
            "class": self.event_class,
            "date_source": self.date_source,
            "starred": self.starred,
            "hidden": self.hidden,
            "tags": list(self.tags),
            "entities": None if self.entities is None else list(self.entities),
        }
