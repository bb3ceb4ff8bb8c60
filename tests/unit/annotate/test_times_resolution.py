"""Time expressions resolved against the publication date, on invented sentences."""

from datetime import date

from newsfuse.annotate._times import find_times, parse_published


def _by_text(
    text: str, published: str | None
) -> dict[str, tuple[str | None, str | None, str, str]]:
    return {
        t.text: (t.date, t.date_end, t.precision, t.anchor) for t in find_times(text, published)
    }


def test_times_weekday_is_on_or_before_publication() -> None:
    # 2021-03-10 is a Wednesday
    got = _by_text("The parade was on Tuesday and the fair on Wednesday.", "2021-03-10T08:00")
    assert got["on Tuesday"] == ("2021-03-09", "2021-03-09", "day", "published")
    assert got["on Wednesday"] == ("2021-03-10", "2021-03-10", "day", "published")


def test_times_last_night_and_possessive_weekday() -> None:
    found = find_times("Last night a kiln cracked. Monday's storm was worse.", "2021-03-10")
    assert [(t.text, t.date, t.time_of_day) for t in found] == [
        ("Last night", "2021-03-09", "night"),
        ("Monday's", "2021-03-08", None),
    ]


def test_times_late_on_weekday_night() -> None:
    (t,) = find_times("The barn burned late on Sunday night.", "2021-03-10")
    assert (t.text, t.date, t.time_of_day) == ("late on Sunday night", "2021-03-07", "night")


def test_times_day_without_year_takes_nearest_year() -> None:
    got = _by_text("It opened on Dec.30 and closes Jan. 4.", "2021-01-02")
    assert got["on Dec.30"][0] == "2020-12-30"
    assert got["Jan. 4"][0] == "2021-01-04"


def test_times_absolute_and_day_month() -> None:
    got = _by_text("Signed 3 January 2019, renewed on March 5, 2020.", None)
    assert got["3 January 2019"] == ("2019-01-03", "2019-01-03", "day", "absolute")
    assert got["on March 5, 2020"][3] == "absolute"


def test_times_periods() -> None:
    got = _by_text("Sales fell earlier this month, rose last month and this year.", "2021-03-10")
    assert got["earlier this month"] == ("2021-03-01", "2021-03-10", "month", "published")
    assert got["last month"] == ("2021-02-01", "2021-02-28", "month", "published")
    assert got["this year"] == ("2021-01-01", "2021-03-10", "year", "published")


def test_times_undated_article_does_not_guess() -> None:
    found = find_times("The mill closed on Friday, after last week's flood.", None)
    assert {(t.text, t.date, t.anchor) for t in found} == {
        ("on Friday", None, "none"),
        ("last week", None, "none"),
    }
    assert found[0].timex == "XXXX-WXX-5"


def test_times_offset_anchored_on_a_date() -> None:
    text = "The vote came three days before the May 9 deadline."
    anchored = [t for t in find_times(text, "2021-05-20") if t.anchor == "event"]
    (t,) = anchored
    assert (t.date, t.offset_days) == ("2021-05-06", -3)
    assert t.anchor_start == text.index("the May 9")


def test_times_offset_kept_when_undated() -> None:
    (t,) = [t for t in find_times("Two weeks ahead of the Jan. 9 fair.", None) if t.offset_days]
    assert (t.date, t.anchor, t.offset_days) == (None, "event", -14)


def test_times_reference_time_caps_inferred_year() -> None:
    found = find_times("It happens on Jan. 4.", "2021-01-02", cap=date(2021, 1, 2))
    assert found[0].date == "2020-01-04"


def test_times_parse_published_forms() -> None:
    assert parse_published("2020-11-18T09:29-05:00") == date(2020, 11, 18)
    assert parse_published("2020-11-18") == date(2020, 11, 18)
    assert parse_published("yesterday") is None


def test_times_month_after_article_word() -> None:
    (t,) = find_times("Two men were charged over the January robbery.", "2013-04-02")
    assert (t.text, t.date, t.date_end, t.precision) == (
        "the January", "2013-01-01", "2013-01-31", "month",
    )  # fmt: skip
