"""The JSON API's read routes: open, filtered, described by OpenAPI."""

from __future__ import annotations

import webdata
from fastapi.testclient import TestClient


def test_api_events_filters_and_pages(client: TestClient) -> None:
    body = client.get("/api/events", params={"country": "IQ", "limit": 1}).json()
    assert body["total"] == 2 and [e["id"] for e in body["events"]] == ["ev-mosul"]
    body = client.get("/api/events", params={"min_injured": "", "q": "guards"}).json()
    assert [e["id"] for e in body["events"]] == ["ev-baghdad"]


def test_api_events_rejects_bad_parameters(client: TestClient) -> None:
    for params in ({"min_killed": "many"}, {"limit": 0}, {"sort": "random"}):
        response = client.get("/api/events", params=params)
        assert response.status_code == 422
        assert response.json()["error"] == "invalid request"


def test_api_event_is_the_contract_with_its_articles(client: TestClient) -> None:
    body = client.get("/api/events/ev-baghdad").json()
    assert body["event"]["counts"]["injured"]["best"] == 7
    assert "_record" not in body["event"]
    assert [a["input_id"] for a in body["articles"]] == ["tc-1", "ht-1", "ew-1", "np-1"]
    missing = client.get("/api/events/nope")
    assert missing.status_code == 404 and missing.json()["error"] == "no event 'nope'"


def test_api_articles_list_and_one(client: TestClient) -> None:
    body = client.get("/api/articles", params={"outlet": "Eastern Wire"}).json()
    assert body["total"] == 2
    art = webdata.article("ht-1")
    for key in (art.id, "ht-1"):  # by id or by input id
        one = client.get(f"/api/articles/{key}").json()
        assert one["article"]["text"] == art.text
        assert one["events"] == [{"id": "ev-baghdad", "is_main": True}]
        assert one["mentions"][0]["counts"][0]["value"] == 2
    assert client.get("/api/articles/none").status_code == 404


def test_api_search_returns_events_and_articles(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "market"}).json()
    assert [e["id"] for e in body["events"]] == ["ev-mosul"]
    assert body["articles"][0]["input_id"] == "ew-2"
    assert "[market]" in body["articles"][0]["snippet"]
    assert client.get("/api/search").status_code == 422


def test_api_openapi_describes_every_route(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    paths = spec["paths"]
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/search",
        "/api/articles/upload",
    ):
        assert path in paths
    assert "post" in paths["/api/articles"] and "get" in paths["/api/articles"]
    assert not [p for p in paths if not p.startswith("/api/")]  # pages are not in the API
    page = client.get("/api")
    assert page.status_code == 200 and "/api/articles/upload" in page.text
