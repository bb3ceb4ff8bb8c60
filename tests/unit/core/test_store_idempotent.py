import sqlite3
from pathlib import Path

import pytest

from newsfuse.errors import StoreError
from newsfuse.models import Article, EventMention, Rejection
from newsfuse.store import open_store


def _article(n: int) -> Article:
    return Article(
        id=f"id{n}",
        input_id=f"a{n}.txt",
        text=f"Body number {n}.",
        title=f"T{n}",
        published=f"2025-01-0{n}",
    )


def test_store_adds_each_article_and_rejection_once(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    assert store.add_articles([_article(1), _article(2)]) == 2
    assert store.add_articles([_article(2), _article(3)]) == 1
    rej = Rejection("bad.txt", "/x/bad.txt", "binary", "NUL bytes")
    assert store.add_rejections([rej, rej]) == 1
    assert [a.id for a in store.articles()] == ["id1", "id2", "id3"]
    assert store.counts()["rejections"] == 1


def test_store_pending_extraction_is_what_a_resumed_run_owes(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    store.add_articles([_article(1), _article(2)])
    m = EventMention(
        id="id1:0",
        article_id="id1",
        event_type="Riots",
        sub_event_type="Violent demonstration",
        is_main=True,
    )
    store.put_mentions([("id1", (m,))])
    assert [a.id for a in store.pending_extraction()] == ["id2"]
    assert store.mentions()["id1"] == (m,)
    store.close()
    again = open_store(tmp_path / "s.db")
    assert [a.id for a in again.pending_extraction()] == ["id2"]


def test_store_full_text_search_finds_articles(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    store.add_articles(
        [_article(1), Article(id="z", input_id="z", text="Floods in Arvel", title="x")]
    )
    rows = store.conn.execute("SELECT title FROM articles_fts WHERE articles_fts MATCH 'arvel'")
    assert [r[0] for r in rows] == ["x"]


def test_store_refuses_a_newer_schema(tmp_path: Path) -> None:
    open_store(tmp_path / "s.db").close()
    conn = sqlite3.connect(tmp_path / "s.db")
    conn.execute("INSERT INTO schema_migrations VALUES ('9999_future', 'now')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(tmp_path / "s.db")
