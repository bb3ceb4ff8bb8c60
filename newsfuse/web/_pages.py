"""Server-rendered pages: events list, event, article, search, outlets, add articles."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from newsfuse.store import Store
from newsfuse.store import _queries as q
from newsfuse.web import _highlight, _views
from newsfuse.web._api import FilterDep
from newsfuse.web._app import get_store
from newsfuse.web._render import render

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
StoreDep = Annotated[Store, Depends(get_store)]


def _params(request: Request) -> dict[str, Any]:
    return {k: v for k, v in request.query_params.items() if k != "offset"}


@router.get("/")
def events_page(request: Request, store: StoreDep, flt: FilterDep) -> str:
    events, total = q.list_events(store, flt)
    return render(
        "events.html",
        request,
        events=events,
        total=total,
        flt=flt,
        facets=q.facets(store),
        params=_params(request),
        points=_views.map_points(events),
    )


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: str, store: StoreDep) -> str:
    event = q.get_event(store, event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    articles = q.event_articles(store, event_id)
    outlets = _views.outlet_map(articles)
    kinds, comparison = _views.outlet_comparison(event, articles)
    return render(
        "event.html",
        request,
        ev=event,
        articles=articles,
        outlets=outlets,
        claims=_views.claim_rows(event, outlets),
        kinds=kinds,
        comparison=comparison,
        timeline=_views.timeline(event, articles),
        points=_views.map_points([event]),
    )


@router.get("/articles/{article_id:path}")
def article_page(
    request: Request,
    article_id: str,
    store: StoreDep,
    start: int | None = None,
    end: int | None = None,
) -> str:
    article = store.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    links = q.article_events(store, article.id)
    marks = [
        m for men in q.article_mentions(store, article.id) for m in _highlight.mention_marks(men)
    ]
    if not marks:
        marks = _highlight.claim_marks(article.id, [x["event"] for x in links])
    cited = None
    if start is not None and end is not None and 0 <= start < end <= len(article.text):
        cited = _highlight.Mark(start, end, "cited", "the quoted span")
        marks.append(cited)
    return render(
        "article.html",
        request,
        art=article,
        links=links,
        cited=cited,
        segments=_highlight.segments(article.text, marks),
        n_marks=len(marks),
    )


@router.get("/articles")
def articles_page(
    request: Request, store: StoreDep, outlet: str | None = None, offset: int = 0
) -> str:
    articles, total = q.list_articles(store, outlet, 50, offset)
    return render(
        "articles.html",
        request,
        articles=articles,
        total=total,
        outlet=outlet,
        offset=offset,
        params=_params(request),
    )


@router.get("/search")
def search_page(
    request: Request, store: StoreDep, query: Annotated[str, Query(alias="q")] = ""
) -> str:
    events, total = q.list_events(store, q.EventFilter(q=query, sort="articles", limit=20))
    articles = q.search_articles(store, query, 20)
    return render(
        "search.html", request, query=query, events=events, total=total, articles=articles
    )


@router.get("/outlets")
def outlets_page(request: Request, store: StoreDep) -> str:
    return render("outlets.html", request, outlets=q.outlets(store))


@router.get("/outlets/{name:path}")
def outlet_page(request: Request, name: str, store: StoreDep) -> str:
    articles, total = q.list_articles(store, name, 200, 0)
    if not total:
        raise HTTPException(404, f"no articles from outlet {name!r}")
    covered = q.outlet_events(store, name)
    rows = []
    for item in covered:
        ev = item["event"]
        mine = set(item["article_ids"])
        claims = [
            {"kind": kind, "claim": c, "res": res}
            for kind, res in (ev.get("counts") or {}).items()
            for c in res.get("claims") or []
            if c.get("article_id") in mine
        ]
        rows.append({"event": ev, "claims": claims})
    return render("outlet.html", request, outlet=name, articles=articles, total=total, rows=rows)


@router.get("/add")
def add_page(request: Request) -> str:
    writable = bool(request.app.state.settings.api_token)
    return render("add.html", request, writable=writable)


@router.get("/api")
def api_page(request: Request) -> str:
    schema = request.app.openapi()
    routes = [
        {"method": method.upper(), "path": path, "summary": op.get("summary", "")}
        for path, ops in schema.get("paths", {}).items()
        for method, op in ops.items()
    ]
    return render("api.html", request, routes=routes)
