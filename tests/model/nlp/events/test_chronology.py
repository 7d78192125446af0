"""A dated list's items date what they tell; a date belongs to its own part of a sentence.

Rows are in our own words after the lists of past earthquakes that end news pages on a disaster.
"""

from __future__ import annotations

import pytest

from model.core.documents import Article, DocumentDate
from model.nlp.pipeline import extract

_LIST = (
    "Experts say the region is at risk from earthquakes. "
    "3 September 1950 : Port Royal , Jamaica . A quake killed 900 people in the port . "
    "14 Aug 1872 : Windward Islands . The quake flattened two towns , and the harbour was lost . "
    "6 June 1733 : Hispaniola . It destroyed most of the capital ."
)


def _dates(nlp, text: str, dct: str = "2010-01-14") -> dict[str, str]:
    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate(dct, "metadata", 1.0))
    return {e.trigger.text: e.date.value for e in extract([article], nlp).events}


@pytest.mark.parametrize(
    ("trigger", "value"),
    [
        ("killed", "1950-09-03"),
        ("flattened", "1872-08-14"),
        ("destroyed", "1733-06-06"),
    ],
)
def test_an_item_of_a_dated_list_takes_its_header_date(nlp, trigger: str, value: str) -> None:
    assert _dates(nlp, _LIST)[trigger] == value


def test_a_header_run_into_the_item_before_it_dates_its_own_item(nlp) -> None:
    text = ("1 May 1902 : Martinique . A quake killed 30 people 9 Oct 1911 : Saint Lucia . "
            "A second quake left hundreds homeless .")
    dates = _dates(nlp, text)
    assert dates["killed"] == "1902-05-01"
    assert dates["left"] == "1911-10-09"


def test_one_date_with_a_colon_is_no_list(nlp) -> None:
    text = "Talks went on into the night. 12 March 2009 : the ministers signed nothing . The envoy left ."
    assert _dates(nlp, text, "2009-03-14").get("left") != "2009-03-12"


def test_each_date_of_a_sentence_cut_by_semicolons_dates_its_own_part(nlp) -> None:
    text = ("Older quakes were worse : in 1692 in Jamaica , a quake killed 2,000 ; in the Leeward Islands in "
            "1843 , a stronger quake killed 5,000 ; and in Jamaica in 1907 , another quake killed 1,000 .")
    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate("2010-01-14", "metadata", 1.0))
    killed = sorted((e.trigger.start, e.date.value) for e in extract([article], nlp).events
                    if e.trigger.text == "killed")
    assert [value for _, value in killed] == ["1692", "1843", "1907"]
