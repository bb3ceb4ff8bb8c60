"""The JSON API under /api: read routes are open, write routes need the bearer token."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile

from newsfuse import codec
from newsfuse.store import Store
from newsfuse.store import _queries as q
from newsfuse.web._app import get_store
from newsfuse.web._ingest import ArticleIn, PostResult, check_token, post_file, post_json

router = APIRouter(prefix="/api", tags=["api"])
StoreDep = Annotated[Store, Depends(get_store)]


_MIN = "a whole number; empty means any"


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def event_filter(
    q_: Annotated[str | None, Query(alias="q", description="full-text search")] = None,
    date_from: Annotated[str | None, Query(description="ISO date, events ending on/after")] = None,
    date_to: Annotated[str | None, Query(description="ISO date, events starting on/before")] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2 code")] = None,
    place: Annotated[str | None, Query(description="city, place or region name")] = None,
    event_type: Annotated[str | None, Query(description="event or sub-event type")] = None,
    min_killed: Annotated[str | None, Query(pattern=r"^\d*$", description=_MIN)] = None,
    min_injured: Annotated[str | None, Query(pattern=r"^\d*$", description=_MIN)] = None,
    outlet: Annotated[str | None, Query(description="events this outlet covered")] = None,
    sort: Annotated[str, Query(pattern="^(date|articles|killed|injured)$")] = "date",
    limit: Annotated[int, Query(ge=1, le=q.MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> q.EventFilter:
    """The events-list filter from query parameters (shared by the API and the pages)."""
    return q.EventFilter(
        q=q_,
        date_from=date_from or None,
        date_to=date_to or None,
        country=country or None,
        place=place or None,
        event_type=event_type or None,
        min_killed=_int(min_killed),
        min_injured=_int(min_injured),
        outlet=outlet or None,
        sort=sort,
        limit=limit,
        offset=offset,
    )


FilterDep = Annotated[q.EventFilter, Depends(event_filter)]


@router.get("/events", summary="Events, filtered and searched")
def api_events(store: StoreDep, flt: FilterDep) -> dict[str, Any]:
    events, total = q.list_events(store, flt)
    return {"total": total, "limit": flt.limit, "offset": flt.offset, "events": events}


@router.get("/events/{event_id}", summary="One event (the events.jsonl contract) + its articles")
def api_event(event_id: str, store: StoreDep) -> dict[str, Any]:
    event = q.get_event(store, event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return {"event": event, "articles": q.event_articles(store, event_id)}


@router.get("/articles", summary="Articles, newest first")
def api_articles(
    store: StoreDep,
    outlet: str | None = None,
    limit: Annotated[int, Query(ge=1, le=q.MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    articles, total = q.list_articles(store, outlet, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "articles": articles}


@router.get("/articles/{article_id:path}", summary="One article: clean text, mentions, events")
def api_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    article = store.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    links = q.article_events(store, article.id)
    return {
        "article": codec.to_dict(article),
        "mentions": [codec.to_dict(m) for m in q.article_mentions(store, article.id)],
        "events": [{"id": x["event"]["id"], "is_main": x["is_main"]} for x in links],
    }


@router.get("/search", summary="Full-text search over events and articles")
def api_search(
    store: StoreDep,
    q_: Annotated[str, Query(alias="q", min_length=1)],
    limit: Annotated[int, Query(ge=1, le=q.MAX_LIMIT)] = 20,
) -> dict[str, Any]:
    events, total = q.list_events(store, q.EventFilter(q=q_, sort="articles", limit=limit))
    articles = q.search_articles(store, q_, limit)
    for art in articles:  # plain-text snippets: marks become [brackets]
        art["snippet"] = art["snippet"].replace(q.MARK_START, "[").replace(q.MARK_END, "]")
    return {"query": q_, "events_total": total, "events": events, "articles": articles}


@router.post(
    "/articles",
    summary="Add articles (JSON) and update events",
    dependencies=[Depends(check_token)],
    responses={
        401: {"description": "bad token"},
        403: {"description": "writes disabled"},
        413: {"description": "request too large"},
    },
)
def api_post_articles(request: Request, body: ArticleIn | list[ArticleIn]) -> PostResult:
    items = body if isinstance(body, list) else [body]
    if not items:
        raise HTTPException(422, "no articles in the request")
    return post_json(request, items)


@router.post(
    "/articles/upload",
    summary="Add articles from an uploaded file (text, HTML, JSONL, RSS/Atom, WARC)",
    dependencies=[Depends(check_token)],
    responses={
        401: {"description": "bad token"},
        403: {"description": "writes disabled"},
        413: {"description": "request too large"},
    },
)
async def api_upload(request: Request, file: Annotated[UploadFile, File()]) -> PostResult:
    from starlette.concurrency import run_in_threadpool

    data = await file.read()
    return await run_in_threadpool(post_file, request, file.filename, data)
