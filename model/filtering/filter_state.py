"""What the user chose to see: every filter of the event views in one immutable value.

Within a facet the chosen values are alternatives (any of them); facets combine (all of them).
Hidden events stay out unless ``show_hidden``; that is the default a "clear all" returns to.
``one_per_cluster`` (on by default, never a chip) shows the reports several articles give of one
happening as one entry; it is a way of looking, not a filter, so "clear all" keeps it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

# Events below this confidence, or anchored to the document date for want of a date of their own,
# are the ones a reader may want out of the way.
LOW_CONFIDENCE = 0.4

# The set-valued facets, by the FilterState field that holds the chosen values.
SET_FACETS = ("participants", "sources", "modalities", "tags")
FACET_TITLES = {
    "participants": "Participant",
    "articles": "Article",
    "sources": "Source",
    "modalities": "Modality",
    "tags": "Tag",
}


@dataclass(frozen=True)
class Chip:
    """One active filter as the user sees it, and what removing it means."""

    label: str
    facet: str  # a FilterState field name ("participants", "text", "dates", …)
    value: str | None = None  # the one value of a set facet this chip stands for

    def remove_from(self, state: FilterState) -> FilterState:
        return state.without(self.facet, self.value)


@dataclass(frozen=True)
class FilterState:
    participants: frozenset[str] = frozenset()
    article_ids: frozenset[str] | None = None  # None: every article (an empty set shows none)
    sources: frozenset[str] = frozenset()
    modalities: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    starred_only: bool = False
    show_hidden: bool = False
    hide_uncertain: bool = False  # undated (document-date) and low-confidence events out
    one_per_cluster: bool = True  # the reports of one happening (a cluster) as one entry
    key_events: int | None = None  # only the N most important happenings (model.ranking); None: all

    # --- queries -------------------------------------------------------------
    @property
    def needle(self) -> str:
        """The search text as matched: trimmed and case-folded."""
        return self.text.strip().casefold()

    @property
    def has_dates(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    def is_default(self) -> bool:
        return replace(self, one_per_cluster=True) == FilterState()

    def is_narrowing(self) -> bool:
        """True when some event the default would show is left out (show-hidden only widens)."""
        return not replace(self, show_hidden=False).is_default()

    def cleared(self) -> FilterState:
        """No filter left; the way of showing clusters stays as the user chose it."""
        return FilterState(one_per_cluster=self.one_per_cluster)

    def values(self, facet: str) -> frozenset[str]:
        if facet == "articles":
            return self.article_ids or frozenset()
        return frozenset(getattr(self, facet))

    # --- changes (each returns a new state) ----------------------------------
    def _with(self, name: str, value: Any) -> FilterState:
        if name not in _FIELDS:
            raise ValueError(f"unknown filter {name!r}")
        changes: dict[str, Any] = {name: value}
        return replace(self, **changes)

    def toggled(self, facet: str, value: str, on: bool) -> FilterState:
        """Add or remove one value of a set facet; un-ticking the last article means every article."""
        current = set(self.values(facet))
        if on:
            current.add(value)
        else:
            current.discard(value)
        if facet == "articles":
            return replace(self, article_ids=frozenset(current) or None)
        return self._with(facet, frozenset(current))

    def with_flag(self, name: str, on: bool) -> FilterState:
        """starred_only, show_hidden, hide_uncertain or one_per_cluster set on or off."""
        if name not in ("starred_only", "show_hidden", "hide_uncertain", "one_per_cluster"):
            raise ValueError(f"unknown flag {name!r}")
        return self._with(name, on)

    def with_key_events(self, count: int | None) -> FilterState:
        """Only the ``count`` most important happenings (None or 0: every happening)."""
        return replace(self, key_events=count if count and count > 0 else None)

    def with_values(self, facet: str, values: Iterable[str] | None) -> FilterState:
        if facet == "articles":
            return replace(self, article_ids=None if values is None else frozenset(values))
        return self._with(facet, frozenset(values or ()))

    def without(self, facet: str, value: str | None = None) -> FilterState:
        """The state with one chip's filter removed."""
        if facet in SET_FACETS or facet == "articles":
            if value is None:
                return self.with_values(facet, None)
            return self.toggled(facet, value, False)
        if facet == "dates":
            return replace(self, date_from=None, date_to=None)
        if facet == "text":
            return replace(self, text="")
        if facet in ("starred_only", "show_hidden", "hide_uncertain"):
            return self._with(facet, False)
        if facet == "key_events":
            return replace(self, key_events=None)
        raise ValueError(f"unknown filter {facet!r}")

    # --- presentation ------------------------------------------------------------
    def chips(self, label_of: Callable[[str, str], str] | None = None) -> list[Chip]:
        """The active filters, one chip per removable piece, in a stable order.

        ``label_of(facet, value)`` names a value (an article id becomes its title).
        """

        def name(facet: str, value: str) -> str:
            return label_of(facet, value) if label_of is not None else value

        chips: list[Chip] = []
        if self.needle:
            chips.append(Chip(f"Search: “{self.text.strip()}”", "text"))
        if self.article_ids is not None:
            if not self.article_ids:
                chips.append(Chip("Article: none", "articles"))
            for value in sorted(self.article_ids, key=lambda v: name("articles", v).casefold()):
                chips.append(Chip(f"Article: {name('articles', value)}", "articles", value))
        for facet in SET_FACETS:
            for value in sorted(getattr(self, facet), key=lambda v, f=facet: name(f, v).casefold()):  # type: ignore[misc]
                chips.append(Chip(f"{FACET_TITLES[facet]}: {name(facet, value)}", facet, value))
        if self.has_dates:
            lo = self.date_from.isoformat() if self.date_from else "…"
            hi = self.date_to.isoformat() if self.date_to else "…"
            chips.append(Chip(f"Dates: {lo} – {hi}", "dates"))
        if self.key_events:
            chips.append(Chip(f"Key events: top {self.key_events}", "key_events"))
        if self.starred_only:
            chips.append(Chip("Starred only", "starred_only"))
        if self.hide_uncertain:
            chips.append(Chip("Without undated / low-confidence", "hide_uncertain"))
        if self.show_hidden:
            chips.append(Chip("Showing hidden", "show_hidden"))
        return chips


_FIELDS = frozenset(f.name for f in fields(FilterState))
