"""The small rules behind document dating, boilerplate, headlines and merging, one at a time."""

from __future__ import annotations

from datetime import date

import pytest

from model.core.documents import TextSpan
from model.core.events import Event
from model.nlp.dating.weekday_agreement import agreeing_years, earliest_year
from model.nlp.events.headlines import present
from model.nlp.merge import assign_clusters, compatible_dates
from model.text.boilerplate import classify_line
from model.text.date_mentions import find_date_mentions
from model.text.datelines import find_dateline
from model.timex.values import value_to_interval


@pytest.mark.parametrize(
    ("text", "place", "agency", "parts"),
    [
        ("WASHINGTON, Nov 12 (Reuters) – U.S. President", "WASHINGTON", "Reuters", (None, 11, 12)),
        ("LONDON, 3 March 2020 /PRNewswire/ -- Acme", "LONDON", "PRNewswire", (2020, 3, 3)),
        ("NEW YORK, N.Y., Jan. 5 (AP) — The", "NEW YORK, N.Y.", "AP", (None, 1, 5)),
        ("BEIJING (AFP) - China said", "BEIJING", "AFP", None),
    ],
)
def test_datelines(text: str, place: str, agency: str, parts: tuple[int | None, int, int] | None) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    got = (found.date.year, found.date.month, found.date.day) if found.date else None
    assert got == parts


def test_a_headline_with_a_dash_is_not_a_dateline() -> None:
    assert find_dateline("US - China talks resume\n\nOfficials met.") is None


def test_weekday_agreement_fixes_the_year() -> None:
    assert 2023 in agreeing_years(11, 12, 6, 2015, 2030)  # 12 Nov 2023 was a Sunday
    assert 2022 not in agreeing_years(11, 12, 6, 2015, 2030)
    # The earliest agreeing year not before the latest explicit past date (14 Nov 2022).
    assert earliest_year(11, 12, 6, date(2022, 11, 14), None) == 2023
    assert earliest_year(11, 15, 0, date(2021, 1, 1), None) == 2021  # Monday (Nov 15)
    assert earliest_year(11, 12, None, date(2022, 11, 14), None) == 2023
    assert earliest_year(11, 12, 6, date(2022, 11, 14), date(2023, 1, 1)) is None


def test_date_mentions_keep_only_what_the_writer_gave() -> None:
    found = {m.text: (m.year, m.month, m.day, m.weekday) for m in find_date_mentions(
        "On Monday (Nov 15) and on Nov 15, 2021, in January 2021, by 2027, 1,000 warheads, 2021-11-16."
    )}
    assert found["Monday (Nov 15)"] == (None, 11, 15, 0)
    assert found["Nov 15, 2021"] == (2021, 11, 15, None)
    assert found["January 2021"] == (2021, 1, None, None)
    assert found["2027"] == (2027, None, None, None)
    assert found["2021-11-16"] == (2021, 11, 16, None)
    assert "1,000" not in " ".join(found)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("US President Joe Biden with Xi during their virtual summit on Nov 15, 2021. PHOTO: REUTERS", "caption"),
        ("Biden meets Xi in Bali, Indonesia, November 14, 2022. REUTERS/Kevin Lamarque License Rights Acquire", "caption"),
        ("READ MORE  Intel says its latest laptop chips will handle AI", "boilerplate"),
        ("Reporting by Katharine Jackson; Editing by Scott Malone", "boilerplate"),
        ("Authors: Teddy Ng, Kinling Lo, SCMP", "boilerplate"),
        ("Join ST's Telegram channel and get the latest breaking news delivered to you.", "boilerplate"),
        ("Get license rightsopens a new tab", "boilerplate"),
        ("Related Articles", "boilerplate"),
        ("Back to top button", "boilerplate"),
        ("Sullivan said on Sunday that talks would resume.", None),
        ("Reporters said the photo was taken in 2020.", None),
    ],
)
def test_boilerplate_lines(line: str, kind: str | None) -> None:
    assert classify_line(line) == kind


def test_headline_verbs_in_the_present() -> None:
    assert present("hold", False) == "holds"
    assert present("hold", True) == "hold"
    assert present("push", False) == "pushes"
    assert present("try", False) == "tries"
    assert present("be", False) == "is"


def _event(eid: str, article: str, value: str, headline: str, people: list[str], trigger: str = "summit") -> Event:
    interval = value_to_interval(value)
    assert interval is not None
    sentence = f"{headline} on {value}."
    return Event(eid, article, interval, headline, TextSpan(0, len(sentence), sentence), TextSpan(0, 1, trigger),
                 TextSpan(0, 1, value), people, "happened", 0.8)


def test_dates_are_compatible_when_one_contains_the_other() -> None:
    day = _event("a", "1", "2021-11-15", "x", [])
    assert compatible_dates(day, _event("b", "2", "2021-11", "x", []))
    assert compatible_dates(day, _event("c", "2", "2021-W46", "x", []))
    assert not compatible_dates(day, _event("d", "2", "2021-11-16", "x", []))
    assert not compatible_dates(_event("e", "1", "2021", "x", []), _event("f", "2", "2022", "x", []))


def test_merging_needs_date_people_and_the_same_kind_of_happening() -> None:
    events = [
        _event("a1", "a", "2021-11-15", "Xi and Biden hold virtual summit", ["Xi Jinping", "Joe Biden"]),
        _event("b1", "b", "2021-11", "Presidents hold virtual summit", ["Xi Jinping", "Joe Biden"]),
        _event("b2", "b", "2021-11", "Austin meets Wei", ["Lloyd Austin", "Wei Fenghe"], trigger="met"),
        _event("c1", "c", "2023-11-15", "Biden meets Xi", ["Joe Biden", "Xi Jinping"], trigger="meet"),
    ]
    assign_clusters(events, [])
    assert events[0].cluster == events[1].cluster == "a1"
    assert events[2].cluster == "b2"
    assert events[3].cluster == "c1"
