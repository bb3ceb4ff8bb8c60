"""Server-rendered pages: content, citations to spans, escaping and security headers."""

from __future__ import annotations

import webdata
from fastapi.testclient import TestClient

EVIL = "<script>alert('x')</script>"


def test_pages_render(client: TestClient) -> None:
    for path in (
        "/",
        "/?q=rocket&min_killed=&sort=injured",
        "/events/ev-baghdad",
        "/articles",
        "/articles/tc-1",
        "/search?q=wounded",
        "/search",
        "/outlets",
        "/outlets/Eastern Wire",
        "/add",
        "/api",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")


def test_pages_event_shows_every_claim_with_a_link_to_its_span(client: TestClient) -> None:
    html = client.get("/events/ev-baghdad").text
    art = webdata.article("np-1")
    start = art.text.index("Three people were injured")
    end = start + len("Three people were injured")
    assert f'href="/articles/{art.id}?start={start}&amp;end={end}#cited"' in html
    assert 'id="claims-injured"' in html and "differs: lower" in html


def test_pages_article_marks_the_cited_span(client: TestClient) -> None:
    art = webdata.article("ht-1")
    start = art.text.index("shot down")
    html = client.get(f"/articles/{art.id}?start={start}&end={start + 9}").text
    assert 'id="cited"' in html and ">shot down</mark>" in html
    outside = client.get(f"/articles/{art.id}?start=5&end=99999").text
    assert 'id="cited"' not in outside


def test_pages_unknown_things_are_404_pages(client: TestClient) -> None:
    for path in ("/events/none", "/articles/none", "/outlets/Nobody"):
        response = client.get(path)
        assert response.status_code == 404
        assert "Error 404" in response.text


def test_pages_escape_user_strings(client: TestClient, auth: dict[str, str]) -> None:
    doc = {
        "id": f"id-{EVIL}",
        "title": f"Mosul {EVIL}",
        "outlet": f"Out {EVIL}",
        "url": "javascript:alert(1)",
        "text": f"Mosul news {EVIL} <b>bold</b> end.",
    }
    body = client.post("/api/articles", json=doc, headers=auth).json()
    art_id = body["articles"][0]["id"]
    pages = [
        f"/articles/{art_id}",
        "/events/ev-mosul",
        "/articles",
        "/outlets",
        "/search?q=Mosul",
        f"/search?q={EVIL}",
        f"/?q={EVIL}&place={EVIL}",
    ]
    for path in pages:
        html = client.get(path).text
        assert "<script>alert" not in html, path
        assert "<b>bold" not in html, path
    article = client.get(f"/articles/{art_id}").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in article
    assert "javascript:" not in article


def test_pages_send_security_headers(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/app.js").status_code == 200


def test_pages_article_ids_may_hold_slashes(client: TestClient, store: object) -> None:
    from newsfuse.models import Article

    art = Article(id="slash-1", input_id="feeds/day one.txt", text="A text in a folder.")
    store.add_articles([art])  # type: ignore[attr-defined]
    assert "A text in a folder." in client.get("/articles/feeds/day%20one.txt").text
    assert client.get("/api/articles/feeds/day one.txt").json()["article"]["id"] == "slash-1"
