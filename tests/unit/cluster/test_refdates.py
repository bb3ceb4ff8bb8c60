"""Referenced dates: the earlier days a follow-up report names, and the archive they reopen."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from _cluster_make import article, mention

from newsfuse.cluster import Clusterer
from newsfuse.cluster._refdates import referenced_days
from newsfuse.settings import Settings


def _d(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def test_refdates_reads_month_day_with_and_without_year() -> None:
    text = "He was charged in the Aug. 14 shooting; a cousin was killed on May 26, 2013."
    refs = referenced_days(text, _d("2014-09-30"))
    assert (_d("2014-08-14"), _d("2014-08-14")) in refs
    assert (_d("2013-05-26"), _d("2013-05-26")) in refs


def test_refdates_yearless_date_after_publication_is_last_year() -> None:
    refs = referenced_days("the Dec. 30 robbery", _d("2015-01-10"))
    assert refs == ((_d("2014-12-30"), _d("2014-12-30")),)


def test_refdates_month_year_last_month_and_future_dropped() -> None:
    text = "the November 2015 attack, last month's fire, a hearing set for 2030 on March 3, 2030"
    refs = referenced_days(text, _d("2016-04-07"))
    assert (_d("2015-11-01"), _d("2015-11-30")) in refs
    assert (_d("2016-03-01"), _d("2016-03-31")) in refs
    assert all(lo <= _d("2016-04-07") for lo, _ in refs)


def test_refdates_ignores_words_that_only_look_like_months() -> None:
    assert referenced_days("The Mayor 5 plan may 3 times", _d("2016-04-07")) == ()


FIRST = (
    "Two brothers were wounded by gunfire outside a bakery on Wexcombe Street in Caldmoor "
    "early on Friday. Witnesses said a car stopped and someone inside opened fire."
)
ARREST = (
    "Caldmoor detectives arrested a 19-year-old on Thursday in connection with the March 5 "
    "shooting on Wexcombe Street, a department statement said."
)
OTHER = (
    "Caldmoor detectives arrested a 19-year-old on Thursday in connection with the March 19 "
    "shooting on Wexcombe Street, a department statement said."
)


def _day(n: int) -> str:
    return (dt.date(2021, 3, 5) + dt.timedelta(days=n)).isoformat()


def _stream(text: str, event_type: str = "Violence against civilians") -> tuple[str, str, str]:
    c = Clusterer(Settings(cluster_window_days=7, cluster_archive_days=400))
    first = article("b0", FIRST, _day(0), "Two brothers wounded outside bakery")
    m0 = replace(mention(first, date=_day(0), city="Caldmoor", injured=2), event_type=event_type)
    d0 = c.add(m0, first)
    for n in range(1, 40):
        filler = article(f"y{n}", f"Council meeting {n} approved budget line {n}.", _day(n))
        c.add(mention(filler), filler)
    late = article("b1", text, _day(40), "Arrest in Wexcombe Street shooting")
    d1 = c.add(replace(mention(late, date=_day(40), city="Caldmoor"), event_type=event_type), late)
    return d0.cluster_id, d1.cluster_id, d1.reason


def test_followup_naming_the_event_date_reopens_the_event() -> None:
    first_id, late_id, reason = _stream(ARREST)
    assert late_id == first_id
    assert "reopened from the archive" in reason
    assert "the report names the event's date: 2021-03-05" in reason


def test_new_attack_recalling_the_last_one_by_date_stays_apart() -> None:
    """Attacks that recur on one target: a new one, dated, that recalls the March 5 attack by
    its date is not a follow-up of it."""
    again = (
        "Two rockets struck near the bakery on Wexcombe Street in Caldmoor on Thursday, a month "
        "after the March 5 attack there; no one was hurt."
    )
    first_id, late_id, reason = _stream(again, "Explosions/Remote violence")
    assert late_id != first_id
    assert "names the event's date" not in reason


def test_followup_naming_another_date_stays_apart() -> None:
    first_id, late_id, _reason = _stream(OTHER)
    assert late_id != first_id


def test_dated_index_finds_archived_cluster_by_place_and_named_day() -> None:
    from newsfuse.cluster._dated import DatedIndex, cluster_keys
    from newsfuse.cluster._features import build
    from newsfuse.cluster._state import ClusterState
    from newsfuse.cluster._text import DocFrequencies
    from newsfuse.models import Decision

    dfs = DocFrequencies()
    first = article("c0", FIRST, _day(0))
    state = ClusterState(id="ev-x", seq=0)
    state.add(
        build(mention(first, date=_day(0), city="Caldmoor"), first, dfs),
        Decision("m", "ev-x", "new", 0.0),
    )
    assert cluster_keys(state) == (f"d:caldmoor:{_d(_day(0))}",)
    index = DatedIndex()
    index.add(state)
    late = article("c1", ARREST, _day(40))
    found = build(mention(late, date=_day(40), city="Caldmoor"), late, dfs)
    assert index.candidates(found) == ["ev-x"]
    elsewhere = build(mention(late, date=_day(40), city="Dunmore"), late, dfs)
    assert index.candidates(elsewhere) == []
    index.remove(state)
    assert index.candidates(found) == []
