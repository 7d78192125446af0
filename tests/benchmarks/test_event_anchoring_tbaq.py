"""The gold of benchmarks/event_anchoring_tbaq.py: which TBAQ events a calendar time anchors.

A hand-made TimeML document in our own words: links from the event (IS_INCLUDED, DURING) and
from the time (INCLUDES) anchor it; a duration or another relation does not.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from event_anchoring_tbaq import load_document, same_days  # noqa: E402

from model.core.events import EventDate  # noqa: E402

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-18" functionInDocument="CREATION_TIME">08/18/1998</TIMEX3></DCT>
<TEXT>
The envoy <EVENT eid="e1" class="OCCURRENCE">arrived</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-17">Monday</TIMEX3>
and <EVENT eid="e2" class="OCCURRENCE">toured</EVENT> the site. Officials <EVENT eid="e3" class="REPORTING">said</EVENT>
the search <EVENT eid="e4" class="OCCURRENCE">lasted</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>
and <EVENT eid="e5" class="OCCURRENCE">ended</EVENT> before the <EVENT eid="e6" class="OCCURRENCE">visit</EVENT>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e5" eiid="ei5" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e6" eiid="ei6" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="DURING" eventInstanceID="ei3" relatedToTime="t0"/>
<TLINK lid="l4" relType="IS_INCLUDED" eventInstanceID="ei4" relatedToTime="t2"/>
<TLINK lid="l5" relType="BEFORE" eventInstanceID="ei5" relatedToTime="t1"/>
</TimeML>
"""


def test_gold_anchors_come_from_inclusion_links_to_calendar_times(tmp_path: Path) -> None:
    path = tmp_path / "TEST1.tml"
    path.write_text(TML, encoding="utf-8")
    doc = load_document(path)
    anchors = {e.text: (e.values, e.dct) for e in doc.events}
    assert doc.dct == "1998-08-18"
    assert anchors == {
        "arrived": (["1998-08-17"], False),
        "toured": (["1998-08-17"], False),  # INCLUDES from the time's side
        "said": (["1998-08-18"], True),  # the document's creation time
        "lasted": ([], False),  # a duration is no calendar time
        "ended": ([], False),  # BEFORE does not say when
        "visit": ([], False),
    }
    arrived = next(e for e in doc.events if e.text == "arrived")
    assert doc.text[arrived.start : arrived.end] == "arrived"


@pytest.mark.parametrize(
    ("ours", "gold", "right"),
    [
        (EventDate("1998-08-17", date(1998, 8, 17), date(1998, 8, 17), "day"), "1998-08-17T14:00", True),
        (EventDate("1998-08-17", date(1998, 8, 17), date(1998, 8, 17), "day"), "1998-08", False),  # finer is not it
        (EventDate("1998-08", date(1998, 8, 1), date(1998, 8, 31), "month"), "1998-08", True),
        (EventDate("1998-W03", date(1998, 1, 12), date(1998, 1, 18), "week"), "1998-01", False),
    ],
)
def test_right_means_the_same_days(ours: EventDate, gold: str, right: bool) -> None:
    assert same_days(ours, gold) is right


SIMULTANEOUS_TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-18" functionInDocument="CREATION_TIME">08/18/1998</TIMEX3></DCT>
<TEXT>Rescuers <EVENT eid="e1" class="OCCURRENCE">dug</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-17">Monday</TIMEX3>
as crowds <EVENT eid="e2" class="OCCURRENCE">watched</EVENT>; the building had <EVENT eid="e3" class="OCCURRENCE">collapsed</EVENT>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="PERFECTIVE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="SIMULTANEOUS" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="SIMULTANEOUS" timeID="t1" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="AFTER" timeID="t0" relatedToEventInstance="ei3"/>
<TLINK lid="l4" relType="DURING" timeID="t1" relatedToEventInstance="ei3"/>
</TimeML>
"""


def test_simultaneous_is_inside_and_dct_relations_read_from_the_events_side(tmp_path: Path) -> None:
    path = tmp_path / "TEST2.tml"
    path.write_text(SIMULTANEOUS_TML, encoding="utf-8")
    doc = load_document(path)
    got = {e.text: (e.values, e.spans, e.dct_relations) for e in doc.events}
    monday = (doc.text.index("Monday"), doc.text.index("Monday") + len("Monday"))
    assert got == {
        "dug": (["1998-08-17"], [monday], []),
        "watched": (["1998-08-17"], [monday], []),  # SIMULTANEOUS from the time's side
        # t0 AFTER the collapse: it is BEFORE t0; a time DURING an event does not put the event in it.
        "collapsed": ([], [], ["BEFORE"]),
    }
