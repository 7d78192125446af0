"""Metadata dates to TIMEX3 values; impossible ones refused with a reason."""

from __future__ import annotations

import datetime as dt

import pytest

from model.loaders.dates import DateError, normalize_date


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("2021-11-12", "2021-11-12"),
        ("2021-11-12T08:00:00Z", "2021-11-12"),
        ("2021-11-12 08:00:00+08:00", "2021-11-12"),
        ("2021-11-12T08:00:00.000Z", "2021-11-12"),
        ("1998-11-20T19:30", "1998-11-20"),
        ("20211112", "2021-11-12"),
        ("2021/11/12", "2021-11-12"),
        ("2021-11", "2021-11"),
        ("2021", "2021"),
        ("Nov 12, 2021", "2021-11-12"),
        ("12 November 2021", "2021-11-12"),
        ("Fri, 12 Nov 2021 08:00:00 GMT", "2021-11-12"),
        ("March 2021", "2021-03"),
        ("12.11.2021", "2021-11-12"),
        (2021, "2021"),
        (1636700000, "2021-11-12"),
        (1636700000000, "2021-11-12"),
        (dt.date(2021, 11, 12), "2021-11-12"),
        (dt.datetime(2021, 11, 12, 8), "2021-11-12"),
        ({"year": "2021", "month": "11", "day": "15"}, "2021-11-15"),
        ({"year": 2021, "month": 11}, "2021-11"),
        (None, None),
        ("  ", None),
    ],
)
def test_dates_normalise(raw: object, value: str | None) -> None:
    assert normalize_date(raw) == value


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("2021-02-30", "impossible date '2021-02-30': no day 30 in 2021-02"),
        ("February 30, 2021", "impossible date 'February 30, 2021'"),
        ("2021-13-01", "impossible date '2021-13-01': no month 13"),
        ("99999", "impossible date '99999'"),
        ("0000", "impossible date '0000': year out of range 1–9999"),
        ({"year": -500}, "year out of range"),
        ("1 BC", "not a date: '1 BC'"),
        ("Nov 12", "date without a year: 'Nov 12'"),
        ("soon", "not a date: 'soon'"),
        (True, "not a date"),
        ("x" * 500, "not a date"),
    ],
)
def test_impossible_dates_are_refused(raw: object, message: str) -> None:
    with pytest.raises(DateError) as caught:
        normalize_date(raw)
    assert message in str(caught.value)
