"""The app factory: settings, the store, limits, security headers and error mapping."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsfuse import __version__
from newsfuse.errors import (
    ConfigError,
    DependencyError,
    InputError,
    NewsfuseError,
    Rejected,
    StageError,
    StoreError,
    UsageError,
)
from newsfuse.settings import Settings
from newsfuse.store import Store, open_store

HERE = Path(__file__).parent
DEFAULT_DB = "newsfuse.db"

#: how each error class of newsfuse.errors maps to an HTTP status (the one place that says so)
STATUS_OF: tuple[tuple[type[NewsfuseError], int], ...] = (
    (UsageError, 400),
    (InputError, 400),
    (Rejected, 422),
    (StoreError, 503),
    (DependencyError, 503),
    (ConfigError, 500),
    (StageError, 500),
    (NewsfuseError, 500),
)

SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}

Runner = Callable[[Sequence[str], Settings, str], Any]


class StoreHandles:
    """One store connection per server thread (SQLite connections are not shared)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()
        self.write_lock = threading.Lock()  # one pipeline run at a time
        open_store(path).close()  # create and migrate once, so a bad file fails at start

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.path)
            self._local.store = store
        return store


class BodyLimit:
    """ASGI middleware: a request body over ``limit`` bytes gets 413, counted as it streams."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.limit:
            await _too_large(self.limit, send)
            return
        seen = 0
        refused = False

        async def counted() -> Message:
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request" and not refused:
                seen += len(message.get("body", b""))
                if seen > self.limit:  # answer now; the app sees the client leave
                    refused = True
                    await _too_large(self.limit, send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if not refused:
                await send(message)

        await self.app(scope, counted, guarded_send)


async def _too_large(limit: int, send: Send) -> None:
    body = f'{{"error": "request too large", "detail": "limit is {limit} bytes"}}'.encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def status_for(exc: NewsfuseError) -> int:
    return next(code for cls, code in STATUS_OF if isinstance(exc, cls))


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _error(request: Request, status: int, message: str, detail: Any = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message, "detail": detail}, status_code=status)
    from newsfuse.web._render import render

    html = render("error.html", request, status=status, message=message, detail=detail)
    return HTMLResponse(html, status_code=status)


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(NewsfuseError)
    async def newsfuse_error(request: Request, exc: NewsfuseError) -> Response:
        return _error(request, status_for(exc), str(exc) or type(exc).__name__)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = _error(request, exc.status_code, str(exc.detail))
        response.headers.update(exc.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))} for e in exc.errors()
        ]
        return _error(request, 422, "invalid request", problems)


def create_app(settings: Settings, runner: Runner | None = None) -> FastAPI:
    """The web app over the store ``settings.db`` (default ``./newsfuse.db``).

    ``runner`` runs the pipeline for posted articles (default :func:`newsfuse.pipeline.run`);
    it is called as ``runner(inputs, settings, out_dir)``.
    """
    from newsfuse.web import _api, _pages

    app = FastAPI(
        title="newsfuse",
        version=__version__,
        description="Verified, cited event records from news: browse, search and add articles.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.stores = StoreHandles(settings.db or DEFAULT_DB)
    app.state.runner = runner
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(_api.router)
    app.include_router(_pages.router)
    _install_errors(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    return app


def get_store(request: Request) -> Store:
    """FastAPI dependency: this thread's connection to the app's store."""
    stores: StoreHandles = request.app.state.stores
    return stores.get()


def serve(settings: Settings) -> None:
    """Serve the app with uvicorn at ``settings.host:settings.port`` until interrupted."""
    import sys

    try:
        import uvicorn
    except ImportError as exc:  # pragma: no cover - uvicorn is a dependency
        raise DependencyError(f"the web app needs uvicorn: {exc}") from None
    app = create_app(settings)
    db = Path(settings.db or DEFAULT_DB).resolve()
    writes = "on" if settings.api_token else "off (no api_token)"
    held = app.state.stores.get().counts()
    print(
        f"newsfuse: serving {db} ({held['articles']} articles, {held['events']} events); "
        f"writes {writes}; Ctrl-C to stop",
        file=sys.stderr,
    )
    print(f"http://{settings.host}:{settings.port}/", flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")
