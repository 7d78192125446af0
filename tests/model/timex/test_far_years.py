"""Issue 17, item 10: a year outside 1600-2099 that the text writes is that year, or the expression is
not a date; it never takes the document's year instead. Rows written for this test."""

from __future__ import annotations

import pytest

from model.timex.expression import Timex
from tests.model.timex.table import check_row, tag_rows

DCT = "2021-03-02"

CASES: list[tuple[str, str, str, str]] = [
    ("The colony ship will launch on March 3, 2150, officials said.", "March 3, 2150", "DATE", "2150-03-03"),
    ("The vault stays sealed until December 31, 9999.", "December 31, 9999", "DATE", "9999-12-31"),
    ("The charter was sealed on 15 June 1215 at Runnymede.", "15 June 1215", "DATE", "1215-06-15"),
    ("The castle was built in 1066.", "1066", "DATE", "1066"),
    ("The abbey was founded in 1132 by monks.", "1132", "DATE", "1132"),
    ("The time capsule will be opened in 2500, the mayor said.", "2500", "DATE", "2500"),
    ("The manuscript dates from October 1415.", "October 1415", "DATE", "1415-10"),
]

# Numbers after a date or a preposition that are counts, not years: no year is made of them.
COUNTS: list[tuple[str, str]] = [
    ("On March 3, 3000 protesters gathered in the square.", "3000"),
    ("In March 3000 people marched through the city.", "3000"),
    ("The fleet sailed in 2100 ships.", "2100"),
    ("Prices rose by 1500 points.", "1500"),
]


@pytest.fixture(scope="module")
def tagged(nlp) -> list[list[Timex]]:
    return tag_rows(nlp, [(DCT, text) for text, *_ in CASES])


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[1] for c in CASES])
def test_a_written_far_year_is_that_year(tagged: list[list[Timex]], index: int) -> None:
    text, extent, type_, value = CASES[index]
    check_row(tagged[index], text, extent, type_, value)


@pytest.mark.parametrize(("text", "number"), COUNTS)
def test_a_count_after_a_date_is_not_a_year(nlp, text: str, number: str) -> None:
    (timexes,) = tag_rows(nlp, [(DCT, text)])
    assert not any(number in t.text for t in timexes), [t.text for t in timexes]
    assert not any(t.value.startswith(number) for t in timexes)


def test_no_expression_takes_the_document_year_in_place_of_a_written_one(nlp) -> None:
    text = "The colony ship will launch on March 3, 2150. The vault stays sealed until December 31, 9999."
    (timexes,) = tag_rows(nlp, [(DCT, text)])
    assert not any(t.value.startswith(("2020", "2021")) for t in timexes), [(t.text, t.value) for t in timexes]
