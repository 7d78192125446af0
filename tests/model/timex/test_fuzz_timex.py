"""Property tests on the `timex` spaCy component (issue 8): for any text and any document date
it never raises, its spans lie inside the text and match it, and its values are well-formed
TIMEX3. `benchmarks/fuzz.py` drives the same checks with many more examples."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.timex import redate
from model.timex.validate import is_valid_value

# The same word-steered strategies as the tagger's own property tests.
from tests.model.timex.test_properties import _DCT, _TEXT, _WORDS

TYPES = ("DATE", "TIME", "DURATION", "SET")

# Impossible and extreme dates, next to the words that make the rules fire.
_EXTREME = [
    "February 30", "Feb. 30, 2021", "30 February 2021", "2021-02-30", "31/02/2021", "April 31",
    "the year 99999", "in 99999", "year 10000", "9999", "0000", "year 0", "1 BC", "44 B.C.",
    "500 BCE", "AD 33", "the 25th century", "the 0th century", "-2021", "2021-13-45", "13/13/2013",
    "99999999999999999999", "1e308", "10,000 years ago", "in 1,000,000 years", "P9999Y",
    "Monday February 30", "last February 29", "29 February 2100", "Q5 2021", "week 54",
]
EXTREME_TEXT = st.lists(st.sampled_from(_EXTREME + _WORDS), min_size=1, max_size=20).map(" ".join)
ANY_TEXT = st.one_of(_TEXT, EXTREME_TEXT)
ANY_DCT = st.one_of(_DCT, st.sampled_from(["0001-01-01", "9999-12-31", "2020-02-29", "99999", "-0044"]))


def check_component(nlp, text: str, dct: str | None, redate_to: str | None) -> None:
    """The component's contract on one text; raises AssertionError when broken."""
    doc = nlp.make_doc(text)
    doc._.dct = dct
    doc = next(iter(nlp.pipe([doc])))
    for when in (dct, redate_to):
        if when is not dct:
            redate(doc, when)
        for timex in doc._.timexes:
            assert 0 <= timex.start < timex.end <= len(text), timex
            assert text[timex.start : timex.end] == timex.text, timex
            assert timex.type in TYPES, timex
            assert is_valid_value(timex.value, timex.type), timex


_FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@_FUZZ
@given(text=ANY_TEXT, dct=ANY_DCT, redate_to=ANY_DCT)
def test_component_on_any_text_and_dct(nlp, text: str, dct: str | None, redate_to: str | None) -> None:
    check_component(nlp, text, dct, redate_to)


def test_extreme_dates_are_never_given_impossible_values(nlp) -> None:
    text = (
        "The council met on February 30, 2021. It will vote in the year 99999. "
        "Rome was founded long before 1 BC. Caesar died in 44 BC. Leap day came on 29 February 2100."
    )
    check_component(nlp, text, "2021-11-12", "0001-01-01")
    doc = nlp(text)
    for timex in doc._.timexes:
        assert "99999" not in timex.value and "-02-30" not in timex.value and "2100-02-29" not in timex.value



def test_a_well_formed_but_impossible_day_is_not_a_valid_value() -> None:
    # Found by the bad-input tests: "February 30, 2021" was tagged with the value 2021-02-30.
    assert not is_valid_value("2021-02-30", "DATE")
    assert not is_valid_value("2021-02-29T10:00", "TIME")
    assert not is_valid_value("XXXX-04-31", "DATE")
    assert is_valid_value("2020-02-29", "DATE") and is_valid_value("XXXX-02-29", "DATE")
