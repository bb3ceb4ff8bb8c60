"""A day without a year in a past-tense sentence is the most recent such day (invented text)."""

from newsfuse.annotate import annotate
from newsfuse.annotate._times import find_times
from newsfuse.models import Article
from newsfuse.settings import Settings


def test_times_past_context_takes_the_most_recent_past() -> None:
    text = "The barn burned on 3 January."
    found = find_times(text, "2020-11-18", past=lambda offset: True)
    assert [(t.text, t.date) for t in found] == [("on 3 January", "2020-01-03")]


def test_times_without_past_context_stays_nearest() -> None:
    found = find_times("The fair opens on 3 January.", "2020-11-18")
    assert [t.date for t in found] == ["2021-01-03"]


def test_times_past_context_from_the_parse() -> None:
    settings = Settings(progress=False)
    past = "The mayor opened the new bridge on 3 January."
    future = "The mayor will open the new bridge on 3 January."
    got = [
        annotate(Article(id=t, input_id=t, text=t, published="2020-11-18"), settings).times[0]
        for t in (past, future)
    ]
    assert [t.date for t in got] == ["2020-01-03", "2021-01-03"]
