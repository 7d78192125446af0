"""Issue 17, item 10: the document dater's mentions never read "March 3, 2150" as a yearless
"March 3" (which it would then put in the text's own year)."""

from __future__ import annotations

import pytest

from model.text.date_mentions import find_date_mentions


@pytest.mark.parametrize(
    "text",
    ["The ship will launch on March 3, 2150.", "The vault opens on 31 December, 9999.", "Sealed until Dec 31 9999."],
)
def test_a_date_with_a_far_year_is_no_yearless_mention(text: str) -> None:
    assert not [m for m in find_date_mentions(text) if m.year is None and m.month is not None]


def test_a_yearless_date_is_still_found() -> None:
    (mention,) = find_date_mentions("The board met on March 3 in Ohio.")
    assert (mention.month, mention.day, mention.year) == (3, 3, None)
