"""Choosing the event's date among annotate's time expressions."""

from __future__ import annotations

from newsfuse.extract._dates import choose_date
from newsfuse.models import TimeExpression


def _t(text: str, start: int, date: str | None, precision: str = "day", anchor: str = "published"):
    return TimeExpression(text, start, start + len(text), date, date, precision, anchor)


def test_dates_nearest_to_trigger_wins() -> None:
    times = (_t("on Monday", 10, "2024-03-04"), _t("on Friday", 300, "2024-03-01"))
    claim = choose_date(times, (0, 400), 290, "2024-03-06", "a")
    assert claim.date == "2024-03-01"
    assert claim.how == "relative_to_published"
    assert claim.evidence is not None and claim.evidence.quote == "on Friday"


def test_dates_future_dates_are_not_the_event() -> None:
    times = (_t("next Thursday", 5, "2024-03-07"),)
    claim = choose_date(times, (0, 100), 5, "2024-03-06", "a")
    assert claim.date == "2024-03-06"
    assert claim.how == "published"


def test_dates_no_date_says_none() -> None:
    claim = choose_date((), (0, 100), 5, None, "a")
    assert (claim.date, claim.how, claim.precision) == (None, "none", "none")


def test_dates_unresolved_weekday_keeps_its_evidence() -> None:
    times = (_t("on Sunday", 20, None, anchor="none"),)
    claim = choose_date(times, (0, 100), 25, None, "a")
    assert claim.date is None and claim.how == "none"
    assert claim.evidence is not None and claim.evidence.quote == "on Sunday"


def test_dates_outside_window_ignored() -> None:
    times = (_t("in August", 500, "2023-08-01", precision="month"),)
    claim = choose_date(times, (0, 400), 10, "2024-03-06", "a")
    assert claim.how == "published"
