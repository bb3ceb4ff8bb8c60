"""Read queries for the web app: filtered event lists, full-text search, article and outlet pages.

Every function takes a :class:`~newsfuse.store.Store` and only reads. Events come back as the
contract dicts of DESIGN.md; articles as small row dicts (no body) unless a function says so.
Full-text search uses the FTS5 tables ``events_fts`` (summary sentences) and ``articles_fts``
(title and body); a user's query is reduced to quoted word prefixes, so no input can be an FTS5
syntax error.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from newsfuse import codec
from newsfuse.models import EventMention
from newsfuse.store._store import Store

#: characters that mark the start and end of a matched term in a search snippet
MARK_START = "\x02"
MARK_END = "\x03"
MAX_LIMIT = 500
#: how the events list can be ordered (the value of ``EventFilter.sort``)
SORTS = {  # NULLs sort last in DESC order, so undated events come last without a test
    "date": "e.date DESC, e.id DESC",
    "articles": "(SELECT count(*) FROM event_articles x WHERE x.event_id = e.id) DESC, "
    "e.date DESC, e.id DESC",
    "killed": "e.killed DESC, e.date DESC, e.id DESC",
    "injured": "e.injured DESC, e.date DESC, e.id DESC",
}

_ARTICLE_COLS = "a.id, a.input_id, a.title, a.outlet, a.published"
_EVENT_ARTICLES = (
    "SELECT ea.event_id FROM event_articles ea JOIN articles a ON a.id = ea.article_id "
)


@dataclass(frozen=True)
class EventFilter:
    """What the events list is filtered by; ``None`` or empty means "any"."""

    q: str | None = None
    date_from: str | None = None  # ISO date: events ending on or after it
    date_to: str | None = None  # ISO date: events starting on or before it
    country: str | None = None  # ISO 3166-1 alpha-2
    place: str | None = None  # matched against the city, place name and region
    event_type: str | None = None  # matches event_type or sub_event_type
    min_killed: int | None = None
    min_injured: int | None = None
    outlet: str | None = None
    sort: str = "date"  # date (newest first) | articles | killed | injured (most first)
    limit: int = 50
    offset: int = 0


def fts_query(text: str | None) -> str | None:
    """A safe FTS5 query: every word of ``text`` as a quoted prefix, all required."""
    words = re.findall(r"\w+", text or "")
    return " ".join(f'"{w}"*' for w in words) or None


def _where(flt: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    if fts := fts_query(flt.q):  # in its summary, or in an article mainly about it
        clauses.append(
            "(e.id IN (SELECT event_id FROM events_fts WHERE events_fts MATCH ?) OR e.id IN ("
            + _EVENT_ARTICLES
            + "WHERE ea.is_main = 1 AND a.rowid IN "
            "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)))"
        )
        args += [fts, fts]
    if flt.date_from:
        clauses.append("COALESCE(json_extract(e.contract, '$.date_end'), e.date) >= ?")
        args.append(flt.date_from)
    if flt.date_to:
        clauses.append("e.date <= ?")
        args.append(flt.date_to)
    if flt.country:
        clauses.append("e.country = upper(?)")
        args.append(flt.country)
    if flt.place:
        like = f"%{flt.place.strip()}%"
        clauses.append(
            "(e.city LIKE ? OR json_extract(e.contract, '$.location.name') LIKE ? "
            "OR json_extract(e.contract, '$.location.admin1') LIKE ?)"
        )
        args += [like, like, like]
    if flt.event_type:
        clauses.append("(e.event_type = ? OR e.sub_event_type = ?)")
        args += [flt.event_type, flt.event_type]
    if flt.min_killed is not None:
        clauses.append("e.killed >= ?")
        args.append(flt.min_killed)
    if flt.min_injured is not None:
        clauses.append("e.injured >= ?")
        args.append(flt.min_injured)
    if flt.outlet:
        clauses.append("e.id IN (" + _EVENT_ARTICLES + "WHERE a.outlet = ?)")
        args.append(flt.outlet)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def list_events(store: Store, flt: EventFilter) -> tuple[list[dict[str, Any]], int]:
    """The events that pass ``flt`` (newest first, one page of them) and how many pass in all."""
    where, args = _where(flt)
    total = store.conn.execute(f"SELECT count(*) FROM events e{where}", args).fetchone()[0]
    limit = max(1, min(flt.limit, MAX_LIMIT))
    rows = store.conn.execute(
        f"SELECT e.contract FROM events e{where} "
        f"ORDER BY {SORTS.get(flt.sort, SORTS['date'])} LIMIT ? OFFSET ?",
        [*args, limit, max(flt.offset, 0)],
    )
    return [json.loads(r[0]) for r in rows], int(total)


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT contract FROM events WHERE id = ?", (event_id,)).fetchone()
    return json.loads(row[0]) if row else None


def _article_row(row: tuple[Any, ...]) -> dict[str, Any]:
    keys = ("id", "input_id", "title", "outlet", "published")
    return dict(zip(keys, row, strict=False))


def event_articles(store: Store, event_id: str) -> list[dict[str, Any]]:
    """The articles linked to an event, oldest first, each with ``is_main``."""
    rows = store.conn.execute(
        f"SELECT {_ARTICLE_COLS}, ea.is_main FROM event_articles ea "
        "JOIN articles a ON a.id = ea.article_id WHERE ea.event_id = ? "
        "ORDER BY a.published IS NULL, a.published, a.id",
        (event_id,),
    )
    return [{**_article_row(r[:5]), "is_main": bool(r[5])} for r in rows]


def article_events(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The events an article is linked to: ``{"event": contract dict, "is_main": bool}``."""
    rows = store.conn.execute(
        "SELECT e.contract, ea.is_main FROM event_articles ea JOIN events e ON e.id = ea.event_id "
        "WHERE ea.article_id = ? ORDER BY ea.is_main DESC, e.date, e.id",
        (article_id,),
    )
    return [{"event": json.loads(c), "is_main": bool(m)} for c, m in rows]


def article_mentions(store: Store, article_id: str) -> tuple[EventMention, ...]:
    """The event mentions extracted from one article (empty before extraction)."""
    row = store.conn.execute(
        "SELECT record FROM mentions WHERE article_id = ?", (article_id,)
    ).fetchone()
    if not row:
        return ()
    return tuple(codec.from_dict(EventMention, m) for m in json.loads(row[0]))


def list_articles(
    store: Store, outlet: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """Articles (newest first), optionally of one outlet, and how many there are in all."""
    where, args = (" WHERE a.outlet = ?", [outlet]) if outlet else ("", [])
    total = store.conn.execute(f"SELECT count(*) FROM articles a{where}", args).fetchone()[0]
    rows = store.conn.execute(
        f"SELECT {_ARTICLE_COLS} FROM articles a{where} "
        "ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ? OFFSET ?",
        [*args, max(1, min(limit, MAX_LIMIT)), max(offset, 0)],
    )
    return [_article_row(r) for r in rows], int(total)


def search_articles(store: Store, q: str | None, limit: int = 20) -> list[dict[str, Any]]:
    """Articles matching ``q`` (best first) with a ``snippet`` whose matches are wrapped in
    :data:`MARK_START` / :data:`MARK_END` (escape the snippet, then turn the marks into tags)."""
    fts = fts_query(q)
    if fts is None:
        return []
    rows = store.conn.execute(
        f"SELECT {_ARTICLE_COLS}, "
        f"snippet(articles_fts, 1, '{MARK_START}', '{MARK_END}', ' … ', 24) "
        "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
        (fts, max(1, min(limit, MAX_LIMIT))),
    )
    return [{**_article_row(r[:5]), "snippet": r[5]} for r in rows]


def articles_by_input(store: Store, input_ids: list[str]) -> list[dict[str, Any]]:
    """Stored articles whose input id is one of ``input_ids`` (or ``ID#N`` of a multi-record
    input), each with its ``main_event_id`` and ``event_ids``."""
    found: list[dict[str, Any]] = []
    for input_id in input_ids:
        rows = store.conn.execute(
            f"SELECT {_ARTICLE_COLS} FROM articles a WHERE a.input_id = ? "
            "OR substr(a.input_id, 1, ?) = ? ORDER BY a.input_id",
            (input_id, len(input_id) + 1, input_id + "#"),
        )
        for row in rows:
            art = _article_row(row)
            links = store.conn.execute(
                "SELECT event_id, is_main FROM event_articles WHERE article_id = ? "
                "ORDER BY is_main DESC, event_id",
                (art["id"],),
            ).fetchall()
            art["event_ids"] = [e for e, _m in links]
            art["main_event_id"] = next((e for e, m in links if m), None)
            found.append(art)
    return found


def outlets(store: Store) -> list[dict[str, Any]]:
    """Every outlet with its number of articles and events, most articles first."""
    rows = store.conn.execute(
        "SELECT a.outlet, count(DISTINCT a.id), count(DISTINCT ea.event_id) FROM articles a "
        "LEFT JOIN event_articles ea ON ea.article_id = a.id WHERE a.outlet IS NOT NULL "
        "AND a.outlet != '' GROUP BY a.outlet ORDER BY 2 DESC, 1"
    )
    return [{"outlet": o, "articles": n, "events": e} for o, n, e in rows]


def outlet_events(store: Store, outlet: str) -> list[dict[str, Any]]:
    """The events an outlet covered, newest first, with the ids of its articles on each."""
    rows = store.conn.execute(
        "SELECT e.contract, group_concat(a.id) FROM event_articles ea "
        "JOIN articles a ON a.id = ea.article_id JOIN events e ON e.id = ea.event_id "
        "WHERE a.outlet = ? GROUP BY e.id ORDER BY e.date IS NULL, e.date DESC, e.id",
        (outlet,),
    )
    return [{"event": json.loads(c), "article_ids": ids.split(",")} for c, ids in rows]


def facets(store: Store) -> dict[str, list[str]]:
    """The distinct values the events list can be filtered by (for its drop-down lists)."""

    def column(sql: str) -> list[str]:
        return [r[0] for r in store.conn.execute(sql) if r[0]]

    return {
        "event_types": column(
            "SELECT DISTINCT event_type FROM events UNION "
            "SELECT DISTINCT sub_event_type FROM events ORDER BY 1"
        ),
        "countries": column("SELECT DISTINCT country FROM events ORDER BY 1"),
        "outlets": column(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1"
        ),
    }
