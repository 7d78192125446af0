"""Selection and hover on the timeline: the rings round the selected markers and the tooltips."""

from __future__ import annotations

# How an entry got its date, as the tooltip says it.
DATE_SOURCE_WORDS = {
    "timex": "dated by its own expression",
    "governor": "dated by the expression it is tied to",
    "scene": "dated by the story's scene",
    "document": "no date in the text: relative to the document date",
    "user": "dated by you",
}
