"""The JSON API's write routes: bearer token, size limit, JSON and file uploads."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi.testclient import TestClient
from webfake import make_client

DOC = {
    "id": "new-1",
    "title": "Blast heard in Mosul",
    "outlet": "Valley Herald",
    "text": "A loud blast was heard in Mosul late on Thursday; two people were hurt.",
}


def test_api_writes_are_off_without_a_token(db: str) -> None:
    client = make_client(db)
    response = client.post("/api/articles", json=DOC)
    assert response.status_code == 403
    assert "no api_token" in response.json()["error"]
    assert "Writes are disabled" in client.get("/add").text


def test_api_writes_need_the_right_token(client: TestClient) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic x"}):
        response = client.post("/api/articles", json=DOC, headers=headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"


def test_api_post_one_article_updates_its_event(client: TestClient, auth: dict[str, str]) -> None:
    response = client.post("/api/articles", json=DOC, headers=auth)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["new_articles"] == 1 and body["read"] == 1
    assert body["articles"][0]["main_event_id"] == "ev-mosul"
    event = client.get("/api/events/ev-mosul").json()
    assert "new-1" in event["event"]["article_ids"]
    assert "Valley Herald" in {a["outlet"] for a in event["articles"]}


def test_api_post_a_list(client: TestClient, auth: dict[str, str]) -> None:
    docs = [DOC, {**DOC, "id": "new-2", "text": "Another text about Lyon and its streets."}]
    body = client.post("/api/articles", json=docs, headers=auth).json()
    assert [a["input_id"] for a in body["articles"]] == ["new-1", "new-2"]
    assert body["articles"][1]["main_event_id"] == "ev-lyon"


def test_api_post_checks_the_shape(client: TestClient, auth: dict[str, str]) -> None:
    for bad in ({"id": "x"}, {"text": "no id here"}, [], {"id": "", "text": "t"}):
        response = client.post("/api/articles", json=bad, headers=auth)
        assert response.status_code == 422, bad


def test_api_upload_a_file(client: TestClient, auth: dict[str, str]) -> None:
    text = b"Rockets fell on Baghdad again; residents in the Green Zone took shelter."
    files = {"file": ("../../etc/Report One.txt", text, "text/plain")}
    body = client.post("/api/articles/upload", files=files, headers=auth).json()
    assert body["articles"][0]["input_id"] == "Report_One.txt"
    assert body["articles"][0]["main_event_id"] == "ev-baghdad"
    empty = {"file": ("empty.txt", b"  \n", "text/plain")}
    assert client.post("/api/articles/upload", files=empty, headers=auth).status_code == 422


def test_api_upload_jsonl_reports_each_record(client: TestClient, auth: dict[str, str]) -> None:
    lines = b'{"id": "j-1", "text": "Lyon saw a second march on Sunday."}\n'
    files = {"file": ("batch.jsonl", lines, "application/x-ndjson")}
    body = client.post("/api/articles/upload", files=files, headers=auth).json()
    assert [a["input_id"] for a in body["articles"]] == ["j-1"]


def test_api_body_over_the_limit_is_413(client: TestClient, auth: dict[str, str]) -> None:
    big = {**DOC, "text": "x" * 30_000}
    response = client.post("/api/articles", json=big, headers=auth)
    assert response.status_code == 413
    assert response.json()["error"] == "request too large"


def test_api_streamed_body_over_the_limit_is_413(client: TestClient, auth: dict[str, str]) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"id": "s", "text": "'
        for _ in range(30):
            yield b"y" * 1000
        yield b'"}'

    headers = {**auth, "Content-Type": "application/json"}
    response = client.post("/api/articles", content=chunks(), headers=headers)
    assert response.status_code == 413


def test_api_write_failure_maps_to_a_status(db: str, auth: dict[str, str]) -> None:
    from newsfuse.errors import DependencyError
    from newsfuse.settings import Settings
    from newsfuse.web import create_app

    def broken(*_args: object) -> None:
        raise DependencyError("the spaCy model is missing")

    app = create_app(Settings(db=db, api_token="unit-test-token"), runner=broken)
    response = TestClient(app).post("/api/articles", json=DOC, headers=auth)
    assert response.status_code == 503
    assert response.json()["error"] == "the spaCy model is missing"
