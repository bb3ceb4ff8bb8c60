"""The site a page URL belongs to, seen through web-archive snapshot URLs."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# A snapshot URL of the Wayback Machine (and of archives that copy its layout):
# http://web.archive.org/web/20160517005308/http://triblive.com:80/news/...
_SNAPSHOT = re.compile(r"^/web/\d{1,14}(?:[a-z]{2}_)?/(?P<url>.+)$", re.IGNORECASE)
ARCHIVE_HOSTS = frozenset({"web.archive.org", "wayback.archive.org", "archive.org"})


def original_url(url: str) -> str:
    """The archived page's own URL for a web-archive snapshot URL; any other URL unchanged."""
    parts = urlsplit(url)
    if (parts.hostname or "").lower() not in ARCHIVE_HOSTS:
        return url
    match = _SNAPSHOT.match(parts.path + (f"?{parts.query}" if parts.query else ""))
    if not match:
        return url
    inner = match.group("url")
    return inner if "://" in inner else f"http://{inner}"


def page_host(url: str | None) -> str | None:
    """The host of the page a URL names (an archived page's own host), without ``www.``."""
    if not url:
        return None
    host = urlsplit(original_url(url)).hostname or ""
    return host.removeprefix("www.") or None
