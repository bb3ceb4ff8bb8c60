"""SQLite store of articles, rejections, per-article mentions and events.

Writes go through short ``BEGIN IMMEDIATE`` transactions with a generous busy timeout, so two
runs (or a run and the web app) can share one file without "database is locked" failures.
Re-adding an article or a rejection that is already stored changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsfuse import codec
from newsfuse.errors import StoreError
from newsfuse.models import Article, EventMention, Rejection
from newsfuse.store._schema import MIGRATIONS

BUSY_TIMEOUT_S = 60.0


class Store:
    """A newsfuse store in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        """Connect, switch to WAL and migrate. Two processes creating one new store at once can
        get "database is locked" from the journal-mode switch without SQLite's busy handler
        being asked, so that step is retried until the busy timeout."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            try:
                conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                self.conn = conn
                self._migrate()
                return conn
            except sqlite3.OperationalError as exc:
                conn.close()
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise StoreError(f"cannot open store {self.path}: {exc}") from None
                time.sleep(0.05)
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise StoreError(f"cannot open store {self.path}: {exc}") from None

    # --- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"store {self.path} is busy: {exc}") from None
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def _migrate(self) -> None:
        with self._write() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied TEXT)"
            )
            done = {row[0] for row in db.execute("SELECT name FROM schema_migrations")}
            known = {name for name, _ in MIGRATIONS}
            if done - known:
                raise StoreError(
                    f"store {self.path} has unknown migrations {sorted(done - known)}: "
                    "it was written by a newer newsfuse"
                )
            for name, sql in MIGRATIONS:
                if name in done:
                    continue
                for statement in _statements(sql):
                    db.execute(statement)
                db.execute("INSERT INTO schema_migrations VALUES (?, datetime('now'))", (name,))

    def close(self) -> None:
        self.conn.close()

    def migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM schema_migrations ORDER BY 1")]

    # --- articles and rejections ------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> int:
        """Store new articles; returns how many were new (known ids are left as they are)."""
        added = 0
        with self._write() as db:
            for art in articles:
                cur = db.execute(
                    "INSERT OR IGNORE INTO articles(id, input_id, published, outlet, title, body,"
                    " record) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        art.id,
                        art.input_id,
                        art.published,
                        art.outlet,
                        art.title or "",
                        art.text,
                        codec.dumps(art),
                    ),
                )
                added += cur.rowcount
        return added

    def has_articles(self, ids: Iterable[str]) -> set[str]:
        wanted = list(ids)
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
            found.update(r[0] for r in rows)
        return found

    def add_rejections(self, rejections: Iterable[Rejection]) -> int:
        added = 0
        with self._write() as db:
            for rej in rejections:
                cur = db.execute(
                    "INSERT OR IGNORE INTO rejections VALUES (?, ?, ?, ?)",
                    (rej.input_id, rej.origin, rej.reason, rej.detail),
                )
                added += cur.rowcount
        return added

    def articles(self) -> list[Article]:
        """All articles, oldest publication first (undated last), then by id."""
        rows = self.conn.execute(
            "SELECT record FROM articles ORDER BY published IS NULL, published, id"
        )
        return [codec.from_dict(Article, json.loads(r[0])) for r in rows]

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT record FROM articles WHERE id = ? OR input_id = ? ORDER BY id = ? DESC",
            (article_id, article_id, article_id),
        ).fetchone()
        return codec.from_dict(Article, json.loads(row[0])) if row else None

    def rejections(self) -> list[Rejection]:
        rows = self.conn.execute(
            "SELECT input_id, origin, reason, detail FROM rejections ORDER BY origin, input_id"
        )
        return [Rejection(*r) for r in rows]

    # --- mentions ---------------------------------------------------------------------------

    def pending_extraction(self) -> list[Article]:
        """Articles that have not been through extract yet (what a resumed run still owes)."""
        rows = self.conn.execute(
            "SELECT a.record FROM articles a LEFT JOIN mentions m ON m.article_id = a.id "
            "WHERE m.article_id IS NULL ORDER BY a.published IS NULL, a.published, a.id"
        )
        return [codec.from_dict(Article, json.loads(r[0])) for r in rows]

    def put_mentions(self, batch: Sequence[tuple[str, Sequence[EventMention]]]) -> None:
        with self._write() as db:
            for article_id, mentions in batch:
                db.execute(
                    "INSERT OR REPLACE INTO mentions VALUES (?, ?)",
                    (article_id, json.dumps([codec.to_dict(m) for m in mentions])),
                )

    def mentions(self) -> dict[str, tuple[EventMention, ...]]:
        rows = self.conn.execute("SELECT article_id, record FROM mentions ORDER BY article_id")
        return {
            aid: tuple(codec.from_dict(EventMention, m) for m in json.loads(rec))
            for aid, rec in rows
        }

    # --- events -----------------------------------------------------------------------------

    def replace_events(
        self, events: Sequence[dict[str, Any]], links: Sequence[tuple[str, str, bool]]
    ) -> None:
        """Replace all events with ``events`` (contract dicts) and their article links."""
        with self._write() as db:
            db.execute("DELETE FROM events")
            db.execute("DELETE FROM event_articles")
            db.execute("DELETE FROM events_fts")
            for ev in events:
                loc = ev.get("location") or {}
                counts = ev.get("counts") or {}
                db.execute(
                    "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        ev["id"],
                        ev.get("event_type"),
                        ev.get("sub_event_type"),
                        ev.get("date"),
                        loc.get("country"),
                        loc.get("city"),
                        (counts.get("killed") or {}).get("best"),
                        (counts.get("injured") or {}).get("best"),
                        json.dumps(ev.get("_record")),
                        json.dumps(_public(ev)),
                    ),
                )
                text = " ".join(s["text"] for s in ev.get("summary", []))
                db.execute("INSERT INTO events_fts VALUES (?, ?)", (ev["id"], text))
            db.executemany(
                "INSERT OR IGNORE INTO event_articles VALUES (?, ?, ?)",
                [(e, a, int(main)) for e, a, main in links],
            )

    def events(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT contract FROM events ORDER BY date IS NULL, date, id")
        return [json.loads(r[0]) for r in rows]

    def event_links(self) -> list[tuple[str, str, bool]]:
        rows = self.conn.execute(
            "SELECT event_id, article_id, is_main FROM event_articles ORDER BY 1, 2"
        )
        return [(e, a, bool(m)) for e, a, m in rows]

    def counts(self) -> dict[str, int]:
        tables = ("articles", "rejections", "mentions", "events", "event_articles")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _public(ev: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in ev.items() if not k.startswith("_")}


def _statements(sql: str) -> Iterator[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    buf: list[str] = []
    for line in sql.strip().splitlines():
        buf.append(line)
        text = "\n".join(buf).strip()
        if text.endswith(";") and (
            not text.upper().startswith("CREATE TRIGGER") or text.upper().endswith("END;")
        ):
            yield text
            buf = []
    if "".join(buf).strip():
        yield "\n".join(buf)


def open_store(path: str | Path) -> Store:
    return Store(path)
