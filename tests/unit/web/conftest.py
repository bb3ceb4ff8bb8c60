"""Fixtures for the web tests: an invented store, and test clients over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import webdata
import webfake
from fastapi.testclient import TestClient

from newsfuse.store import Store

TOKEN = "unit-test-token"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "store.db"
    webdata.build_store(path).close()
    return str(path)


@pytest.fixture
def store(db: str) -> Iterator[Store]:
    from newsfuse.store import open_store

    opened = open_store(db)
    yield opened
    opened.close()


@pytest.fixture
def client(db: str) -> TestClient:
    """A client of an app whose writes need ``Bearer unit-test-token``."""
    return webfake.make_client(db, api_token=TOKEN, max_request_bytes=20_000)


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}
