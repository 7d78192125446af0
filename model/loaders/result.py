"""What a load returns: the articles read, and one error per problem met."""

from __future__ import annotations

from dataclasses import dataclass, field

from model.core.documents import Article
from model.core.result import ExtractionResult


@dataclass(frozen=True)
class LoadError:
    """One problem with one input, printable as a single line "path[:line]: message".

    `warning` marks a problem that did not stop the article from loading
    (e.g. an impossible metadata date that was dropped).
    """

    path: str
    message: str
    line: int | None = None
    warning: bool = False

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        kind = "warning: " if self.warning else ""
        # Messages must stay on one line whatever the parser said.
        message = " ".join(self.message.split())
        return f"{where}: {kind}{message}"


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    # Extraction outputs read back whole (``load_paths(read_outputs=True)``): their articles with
    # the events found in them, not in ``articles`` (which are still to be analysed).
    outputs: list[ExtractionResult] = field(default_factory=list)

    @property
    def failures(self) -> list[LoadError]:
        """The errors that lost an input (warnings left out)."""
        return [e for e in self.errors if not e.warning]

    def extend(self, other: LoadResult) -> None:
        self.articles.extend(other.articles)
        self.errors.extend(other.errors)
        self.outputs.extend(other.outputs)
