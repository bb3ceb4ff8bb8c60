"""Dates written in pages: formats, time of day, timezones, the reference bound."""

from __future__ import annotations

import pytest

from newsfuse.clean._dates import find_date, normalise_iso, not_after


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("June 4, 2019 at 7:02 am", "2019-06-04T07:02"),
        ("Tuesday 4 June 2019 19:02 EDT", "2019-06-04T19:02-04:00"),
        ("Updated 3:15 pm GMT, Tue June 4, 2019", "2019-06-04T15:15+00:00"),
        ("Posted: 2019-06-04", "2019-06-04"),
        ("04.06.2019 | 12:30 UTC+2", "2019-06-04T12:30+02:00"),
        ("Sept. 9th, 2018", "2018-09-09"),
    ],
)
def test_dates_find_date_formats(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso == iso


def test_dates_find_date_rejects_impossible_day() -> None:
    assert find_date("February 30, 2019") is None


def test_dates_not_after_reference() -> None:
    assert not_after("2020-01-02", "2020-01-01T12:00:00+00:00") is None
    assert not_after("2020-01-01", "2020-01-01T00:30:00+00:00") == "2020-01-01"
    assert not_after("2020-01-01T10:00-05:00", "2020-01-01T14:00:00+00:00") is None
    assert not_after("2020-01-01T08:00-05:00", "2020-01-01T14:00:00+00:00") is not None


def test_dates_normalise_iso_keeps_offset_only_when_given() -> None:
    assert normalise_iso("2019-06-04T07:02:11+05:30") == "2019-06-04T07:02+05:30"
    assert normalise_iso("2019-06-04T07:02:11") == "2019-06-04T07:02"
    assert normalise_iso("2019-06-04") == "2019-06-04"
    assert normalise_iso("not a date") is None
