"""Property tests: no text makes the tagger raise, and every value it emits is well-formed."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.timex import redate
from model.timex.recognizer import find_candidates
from model.timex.redating import resolve_records
from model.timex.validate import is_valid_value

# Words that steer the rules, mixed with arbitrary text so that the regexes meet odd neighbours.
_WORDS = [
    "on", "in", "last", "next", "this", "the", "early", "mid-", "late", "ago", "later", "earlier",
    "Monday", "Friday", "May", "March", "Nov.", "Sept", "December", "2021", "1999", "15", "3½", "1/2",
    "years", "year", "week", "weekend", "month", "quarter", "half", "third", "first", "fiscal",
    "summer", "fall", "1990s", "'80s", "21st", "century", "a.m.", "10", ":", "30", "p.m.", "noon",
    "today", "yesterday", "tomorrow", "tonight", "now", "recently", "every", "annual", "daily",
    "about", "almost", "more than", "two", "twenty-four", "several", ",", ".", "-", "/", "$",
    "will", "met", "could", "said", "Christmas", "Q3", "2021-11-15", "11/15/2021", "year-earlier",
]
_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join),
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=4)), max_size=25).map(" ".join),
)
_DCT = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.isoformat()[:7]),
    st.dates().map(lambda d: d.isoformat()[:4]),
    st.text(max_size=12),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, dct=_DCT)
def test_recognizer_and_resolution_never_raise(text: str, dct: str | None) -> None:
    records = [{"s": c.start, "e": c.end, "t": c.type, "p": c.parse, "mod": c.mod} for c in find_candidates(text)]
    for direction in (None, "past", "future"):
        for rec in records:
            rec["dir"] = direction
        for timex in resolve_records(text, records, dct):
            assert is_valid_value(timex.value, timex.type), timex
            assert text[timex.start : timex.end] == timex.text
            assert timex.type in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=_TEXT, dct=_DCT)
def test_component_never_raises(nlp, text: str, dct: str | None) -> None:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    doc = next(iter(nlp.pipe([doc])))
    for timex in doc._.timexes:
        assert is_valid_value(timex.value, timex.type), timex
    redate(doc, "2021-11-18")
    for timex in doc._.timexes:
        assert is_valid_value(timex.value, timex.type), timex
        assert not timex.value.startswith("XXXX-XX") or "T" in timex.value or timex.type == "SET"


@given(value=st.text(max_size=20), type_=st.sampled_from(["DATE", "TIME", "DURATION", "SET", "X"]))
def test_validator_is_total(value: str, type_: str) -> None:
    assert is_valid_value(value, type_) in (True, False)


def test_validator_examples() -> None:
    good = [("2021-11-15", "DATE"), ("XXXX-11-15", "DATE"), ("2021-W46", "DATE"), ("199", "DATE"),
            ("2021-Q3", "DATE"), ("2021-SU", "DATE"), ("PRESENT_REF", "DATE"), ("2021-11-15T10:00", "TIME"),
            ("P9M", "DURATION"), ("PT3.5H", "DURATION"), ("PXY", "DURATION"), ("XXXX-WXX-2", "SET"), ("P1Y", "SET")]
    bad = [("2021-13", "DATE"), ("2021-11-32", "DATE"), ("P", "DURATION"), ("P9M", "DATE"), ("nonsense", "DATE"),
           ("2021-11-15", "DURATION"), ("", "DATE")]
    assert all(is_valid_value(v, t) for v, t in good)
    assert not any(is_valid_value(v, t) for v, t in bad)
