"""clean() on HTML: the extractor cascade, page metadata, the visible-text fallback."""

from __future__ import annotations

from newsfuse.clean import clean
from newsfuse.clean._html import visible_lines
from newsfuse.models import RawDocument
from newsfuse.settings import Settings

from ._clean_pages import PARAS

SETTINGS = Settings(reference_time="2021-06-01T00:00:00+00:00")

HTML = f"""<!DOCTYPE html>
<html><head>
<title>Cracks force closure of Lowmarsh bridge | Lowmarsh Courier</title>
<meta property="og:site_name" content="Lowmarsh Courier">
<meta property="og:title" content="Cracks force closure of Lowmarsh bridge">
<meta name="author" content="Mira Castellan">
<meta property="article:published_time" content="2021-03-03T16:05:00+01:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<h1>Cracks force closure of Lowmarsh bridge</h1>
{"".join(f"<p>{p}</p>" for p in PARAS)}
</article>
<footer><p>Share this article</p><p>Copyright 2021 Lowmarsh Courier</p></footer>
</body></html>"""


def _doc(html: str = HTML, **meta: str) -> RawDocument:
    return RawDocument("h1", "h1.html", "text/html", html, **meta)  # type: ignore[arg-type]


def test_clean_html_body_is_the_article() -> None:
    article = clean(_doc(), SETTINGS)
    for para in PARAS:
        assert para in article.text
    assert "Share this article" not in article.text
    assert [article.text[p.start : p.end] for p in article.paragraphs] == list(PARAS)


def test_clean_html_metadata_from_the_page() -> None:
    article = clean(_doc(), SETTINGS)
    assert article.title == "Cracks force closure of Lowmarsh bridge"
    assert article.byline == "Mira Castellan"
    assert (article.outlet, article.outlet_source) == ("Lowmarsh Courier", "html_meta")
    assert (article.published, article.published_source) == ("2021-03-03T16:05+01:00", "html_meta")


def test_clean_html_removed_keeps_the_rest() -> None:
    article = clean(_doc(), SETTINGS)
    removed = " ".join(block.text for block in article.removed)
    assert "Share this article" in removed


def test_clean_html_future_meta_date_is_dropped() -> None:
    late = Settings(reference_time="2021-03-01T00:00:00+00:00")
    article = clean(_doc(), late)
    assert article.published is None and article.published_source == "none"


def test_clean_html_visible_lines_one_per_block() -> None:
    lines = visible_lines("<html><body><div>One <b>two</b></div><p>Three</p>x</body></html>")
    assert [line.strip() for line in lines.splitlines() if line.strip()] == [
        "One two",
        "Three",
        "x",
    ]
