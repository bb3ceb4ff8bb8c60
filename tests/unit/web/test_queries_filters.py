"""newsfuse.store._queries: filtered event lists, full-text search, outlets."""

from __future__ import annotations

import pytest
import webdata

from newsfuse.store import Store
from newsfuse.store import _queries as q


def ids(store: Store, **filters: object) -> list[str]:
    events, total = q.list_events(store, q.EventFilter(**filters))  # type: ignore[arg-type]
    assert total >= len(events)
    return [e["id"] for e in events]


def test_queries_list_is_newest_first(store: Store) -> None:
    assert ids(store) == ["ev-lyon", "ev-mosul", "ev-baghdad"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"date_from": "2020-12-01"}, ["ev-lyon", "ev-mosul"]),
        ({"date_to": "2020-11-30"}, ["ev-baghdad"]),
        ({"date_from": "2020-11-17", "date_to": "2020-11-17"}, ["ev-baghdad"]),
        ({"country": "fr"}, ["ev-lyon"]),
        ({"place": "green zone"}, ["ev-baghdad"]),
        ({"place": "Mosul"}, ["ev-mosul"]),
        ({"event_type": "Riots"}, ["ev-lyon"]),
        ({"event_type": "Remote explosive/landmine/IED"}, ["ev-mosul"]),
        ({"min_killed": 2}, ["ev-mosul"]),
        ({"min_injured": 7}, ["ev-mosul", "ev-baghdad"]),
        ({"outlet": "Eastern Wire"}, ["ev-mosul", "ev-baghdad"]),
        ({"outlet": "Nobody"}, []),
        ({"country": "IQ", "min_injured": 8}, ["ev-mosul"]),
    ],
)
def test_queries_filters_narrow_the_list(
    store: Store, filters: dict[str, object], expected: list[str]
) -> None:
    assert ids(store, **filters) == expected


def test_queries_search_matches_summaries_and_article_text(store: Store) -> None:
    assert ids(store, q="marchers") == ["ev-lyon"]  # in the summary
    assert ids(store, q="hospital source") == ["ev-baghdad"]  # only in an article body
    assert ids(store, q="wound") == ["ev-baghdad"]  # word prefixes match


@pytest.mark.parametrize("text", ['"', "NEAR(", "a AND OR", "*", "-x", "title:foo", "'); --"])
def test_queries_search_never_raises_on_fts_syntax(store: Store, text: str) -> None:
    ids(store, q=text)
    q.search_articles(store, text)


def test_queries_fts_query_quotes_each_word() -> None:
    assert q.fts_query('rocket "attack') == '"rocket"* "attack"*'
    assert q.fts_query("  ") is None


def test_queries_sort_orders(store: Store) -> None:
    assert ids(store, sort="articles")[0] == "ev-baghdad"
    assert ids(store, sort="killed") == ["ev-mosul", "ev-baghdad", "ev-lyon"]
    assert ids(store, sort="nonsense") == ids(store)


def test_queries_paging(store: Store) -> None:
    events, total = q.list_events(store, q.EventFilter(limit=1, offset=1))
    assert total == 3 and [e["id"] for e in events] == ["ev-mosul"]


def test_queries_search_articles_marks_matches(store: Store) -> None:
    found = q.search_articles(store, "wounded")
    assert {a["input_id"] for a in found} == {"ht-1", "ew-1"}
    assert all(q.MARK_START + "wounded" + q.MARK_END in a["snippet"] for a in found)
    assert q.search_articles(store, "") == []


def test_queries_outlets_and_outlet_events(store: Store) -> None:
    rows = {r["outlet"]: r for r in q.outlets(store)}
    assert rows["Eastern Wire"] == {"outlet": "Eastern Wire", "articles": 2, "events": 2}
    covered = q.outlet_events(store, "Eastern Wire")
    assert [c["event"]["id"] for c in covered] == ["ev-mosul", "ev-baghdad"]
    assert covered[1]["article_ids"] == [webdata.article("ew-1").id]


def test_queries_event_and_article_links(store: Store) -> None:
    arts = q.event_articles(store, "ev-baghdad")
    assert [a["input_id"] for a in arts] == ["tc-1", "ht-1", "ew-1", "np-1"]
    assert all(a["is_main"] for a in arts)
    links = q.article_events(store, webdata.article("ew-2").id)
    assert [x["event"]["id"] for x in links] == ["ev-mosul"]
    assert q.get_event(store, "nope") is None


def test_queries_article_mentions_round_trip(store: Store) -> None:
    mentions = q.article_mentions(store, webdata.article("tc-1").id)
    assert len(mentions) == 1 and mentions[0].counts[0].value == 5
    assert q.article_mentions(store, "unknown") == ()


def test_queries_articles_by_input_takes_multi_record_ids(store: Store) -> None:
    from newsfuse.models import Article

    store.add_articles([Article(id="feed-a", input_id="feed.xml#1", text="One item text.")])
    found = q.articles_by_input(store, ["feed.xml", "tc-1", "missing"])
    assert [a["input_id"] for a in found] == ["feed.xml#1", "tc-1"]
    assert found[1]["main_event_id"] == "ev-baghdad"
    assert found[0]["event_ids"] == [] and found[0]["main_event_id"] is None


def test_queries_facets(store: Store) -> None:
    facets = q.facets(store)
    assert facets["countries"] == ["FR", "IQ"]
    assert "Riots" in facets["event_types"] and "Violent demonstration" in facets["event_types"]
    assert "Lyon Presse" in facets["outlets"]
