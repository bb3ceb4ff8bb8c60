"""Jinja2 rendering with autoescape on: every string from a user or an article is escaped."""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from fastapi import Request
from markupsafe import Markup, escape

from newsfuse import __version__
from newsfuse.store._queries import MARK_END, MARK_START
from newsfuse.web._views import count_label, event_headline, map_view, place_label

QUALIFIER_SIGNS = {"at_least": "≥ ", "at_most": "≤ ", "about": "~", "range": "", "vague": "~"}


def snippet_html(snippet: str | None) -> Markup:
    """An FTS5 snippet, escaped, with its match marks turned into ``<mark>`` tags."""
    text = str(escape(snippet or ""))
    return Markup(text.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def claim_value(claim: dict[str, Any]) -> str:
    """A claim's figure as a short string: "≥ 7", "5–8", "1"."""
    qualifier = claim.get("qualifier") or "exact"
    if qualifier == "range" and claim.get("low") is not None and claim.get("high") is not None:
        return f"{claim['low']}–{claim['high']}"
    return f"{QUALIFIER_SIGNS.get(qualifier, '')}{claim.get('value')}"


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else ``None`` (no ``javascript:`` links)."""
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


def query_string(params: dict[str, Any], **changes: Any) -> str:
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsfuse.web", "templates"),
        autoescape=True,
        undefined=jinja2.ChainableUndefined,  # contract fields an older store lacks: empty
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["snippet"] = snippet_html
    env.filters["claim_value"] = claim_value
    env.filters["headline"] = event_headline
    env.filters["place"] = place_label
    env.filters["count_label"] = count_label
    env.filters["safe_url"] = safe_url
    env.globals["version"] = __version__
    env.globals["query_string"] = query_string
    env.globals["map_view"] = map_view
    return env


def render(name: str, request: Request, **context: Any) -> str:
    """Render template ``name`` with ``request`` and ``context``."""
    template = environment().get_template(name)
    return template.render(request=request, path=request.url.path, **context)
