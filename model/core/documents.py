"""Articles as loaded, and their document creation time (DCT)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class TextSpan:
    """A character range in an article's text."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Evidence:
    """A piece of text that supports a document date, and why."""

    start: int
    end: int
    text: str
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "reason": self.reason}


# Where a DCT came from, most to least trusted.
DCT_SOURCES = ("user", "metadata", "dateline", "inferred", "none")


@dataclass(frozen=True)
class DocumentDate:
    """An article's creation time as a TIMEX3 value ("2021-11-18", "2021-11") or None."""

    value: str | None
    source: str = "none"
    confidence: float = 0.0
    evidence: tuple[Evidence, ...] = ()
    # Ids of the other articles this date was inferred from (cross-article evidence): re-dating
    # one of them must re-date this article too.
    based_on: tuple[str, ...] = ()

    @property
    def needs_date(self) -> bool:
        """No date, one the text does not state (inferred), or metadata the page's own date line
        contradicts (its confidence lowered): the user should check it."""
        return self.value is None or self.source in ("inferred", "none") or (
            self.source == "metadata" and self.confidence < 0.8)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "value": self.value,
            "source": self.source,
            "confidence": round(self.confidence, 3),
            "evidence": [e.to_json() for e in self.evidence],
        }
        if self.based_on:
            out["based_on"] = list(self.based_on)
        return out


@dataclass(frozen=True)
class EventMention:
    """An event as TimeML marks it (``<EVENT class=…>``): its extent and class. Every one the
    recognizer finds, not only the happenings put on the timeline."""

    start: int
    end: int
    event_class: str
    # Where the mention takes its time from: the trigger start of the extracted event whose time it
    # shares (``anchoring.mention_times``: its own event, a conjunct's, "by walking"…); None when the
    # text gives it none. An offset, not an event id: ids change when a DCT edit re-extracts.
    anchor: int | None = None


@dataclass(frozen=True)
class TimeAnchor:
    """The time the text gives a recognised happening that is not a timeline entry: a dated opinion,
    state or hypothetical ("X said on Tuesday the decision was a mistake"). Not shown on the timeline
    (a careful reader would not put it there) but what its event mentions are tied to in the TimeML
    and JSON exports, as an entry's are (``EventMention.anchor`` is its trigger start).

    The date is the fields of ``model.core.events.EventDate`` (``anchor_events`` builds the event):
    ``value`` a TIMEX3 value, ``start``..``end`` the days (PAST_REF and the like: the known bound).
    """

    trigger: TextSpan
    timex: TextSpan  # the expression that governs it; empty at the trigger when it has none
    sentence_start: int
    value: str
    start: date
    end: date
    granularity: str
    date_source: str = "timex"  # as ``Event.date_source``
    modality: str = "happened"
    event_class: str = "OCCURRENCE"
    participants: tuple[str, ...] = ()


@dataclass
class Article:
    """One article: its text exactly as read, and whatever metadata came with it."""

    id: str
    path: str
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    # Publication date from metadata, as a TIMEX3 value, if any.
    metadata_date: str | None = None
    dct: DocumentDate = field(default_factory=lambda: DocumentDate(None))
    format: str = "txt"
    # Every TimeML EVENT recognised in the text (set by extraction; kept in the project file).
    event_mentions: tuple[EventMention, ...] = ()
    # The times of the recognised happenings that are not timeline entries (set by extraction; kept
    # in the project file): the exports tie mentions to them as to entries.
    time_anchors: tuple[TimeAnchor, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "dct": self.dct.to_json(),
        }
