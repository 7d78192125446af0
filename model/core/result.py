"""What an extraction gives (articles, events, the parsed docs), and how a long run reports and stops.

Plain data, so the layers that only read a result (render, project, exporters, state) need not
import the pipeline that makes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from model.core.documents import Article
from model.core.events import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class ExtractionCancelled(Exception):
    """The user cancelled; nothing of this run is kept."""


@dataclass
class ExtractionResult:
    articles: list[Article]
    events: list[Event]
    # Parsed docs by article id, kept so a DCT edit re-dates without re-parsing.
    docs: dict[str, Doc] = field(default_factory=dict, repr=False)

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)
