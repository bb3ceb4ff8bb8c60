"""Posted articles: checked, written to a temporary input, run through the pipeline.

The pipeline (``newsfuse.pipeline.run``) runs on the app's own store, so the posted articles join
the stored ones, every event is re-clustered and reconciled, and the pages show the result at
once. Runs are serialised: one at a time per app.
"""

from __future__ import annotations

import hmac
import json
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field, model_validator

from newsfuse.errors import DependencyError
from newsfuse.settings import Settings
from newsfuse.store._queries import articles_by_input
from newsfuse.web._app import StoreHandles

SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class ArticleIn(BaseModel):
    """One posted article: the JSONL input line of DESIGN.md (extra fields are kept)."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1, max_length=500, description="the article's input id")
    text: str | None = Field(None, description="plain text (give text or html)")
    html: str | None = Field(None, description="the page's HTML (give text or html)")
    title: str | None = None
    published: str | None = Field(None, description="ISO date or datetime")
    outlet: str | None = None
    url: str | None = None

    @model_validator(mode="after")
    def _has_content(self) -> ArticleIn:
        if not (self.text or self.html):
            raise ValueError("an article needs a non-empty 'text' or 'html'")
        return self


class PostResult(BaseModel):
    """What a post did: the run's figures and where each posted article went."""

    read: int
    new_articles: int
    rejected: dict[str, int]
    events: int
    articles: list[dict[str, Any]]
    rejections: list[dict[str, str]]


def check_token(request: Request) -> None:
    """Write routes need ``Authorization: Bearer <api_token>``; no token set: writes are off."""
    settings: Settings = request.app.state.settings
    if not settings.api_token:
        raise HTTPException(403, "writes are disabled: no api_token is configured")
    given = request.headers.get("authorization", "")
    scheme, _, token = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        token.strip().encode(), settings.api_token.encode()
    ):
        raise HTTPException(
            401, "a valid bearer token is needed", headers={"WWW-Authenticate": "Bearer"}
        )


def _default_runner() -> Any:
    try:
        from newsfuse.pipeline import run
    except ImportError as exc:  # pragma: no cover - the pipeline ships with the package
        raise DependencyError(f"the pipeline cannot be loaded: {exc}") from None
    return run


def run_inputs(request: Request, write: Any, input_ids: Sequence[str]) -> PostResult:
    """Write the input into a temporary folder with ``write(folder) -> [path]``, run the
    pipeline on it into the app's store, and report what became of ``input_ids``."""
    settings: Settings = request.app.state.settings
    stores: StoreHandles = request.app.state.stores
    runner = request.app.state.runner or _default_runner()
    with stores.write_lock, tempfile.TemporaryDirectory(prefix="newsfuse-post-") as tmp:
        paths = write(Path(tmp))
        run_settings = settings.replace(db=stores.path, progress=False)
        try:
            summary = runner([str(p) for p in paths], run_settings, str(Path(tmp) / "out"))
        except ImportError as exc:
            raise DependencyError(f"the pipeline is not complete: {exc}") from None
    store = stores.get()
    wanted = set(input_ids)
    rejections = [
        {"input_id": r.input_id, "reason": r.reason, "detail": r.detail}
        for r in store.rejections()
        if r.input_id in wanted or r.input_id.split("#")[0] in wanted
    ]
    return PostResult(
        read=summary.read,
        new_articles=summary.new_articles,
        rejected=dict(summary.rejected),
        events=summary.events,
        articles=articles_by_input(store, list(input_ids)),
        rejections=rejections,
    )


def post_json(request: Request, items: Sequence[ArticleIn]) -> PostResult:
    """Run posted JSON articles through the pipeline."""

    def write(folder: Path) -> list[Path]:
        path = folder / "posted.jsonl"
        lines = (json.dumps(a.model_dump(exclude_none=True), ensure_ascii=False) for a in items)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return [path]

    return run_inputs(request, write, [a.id for a in items])


def safe_filename(name: str | None) -> str:
    """A plain file name for an upload (no folders, no odd characters)."""
    base = SAFE_NAME.sub("_", Path(name or "").name).strip("._")
    return base[:120] or "upload.txt"


def post_file(request: Request, filename: str | None, data: bytes) -> PostResult:
    """Run one uploaded file (text, HTML, JSONL, feed or WARC) through the pipeline."""
    name = safe_filename(filename)
    if not data.strip():
        raise HTTPException(422, "the uploaded file is empty")
    ids = _jsonl_ids(data) if name.endswith((".jsonl", ".ndjson")) else [name]

    def write(folder: Path) -> list[Path]:
        path = folder / name
        path.write_bytes(data)
        return [path]

    return run_inputs(request, write, ids)


def _jsonl_ids(data: bytes) -> list[str]:
    ids = []
    for line in data.decode("utf-8", "replace").splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and row.get("id") is not None:
            ids.append(str(row["id"]))
    return ids
