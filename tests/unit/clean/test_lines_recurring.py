"""recurring_lines: lines repeated across pages of one site, or short ones across sites."""

from __future__ import annotations

from newsfuse.clean import clean, clean_many, recurring_lines
from newsfuse.models import Article, RawDocument, Rejection
from newsfuse.settings import Settings

from ._clean_pages import PAGE, PARAS

SETTINGS = Settings()
SLOGAN = "The Lowmarsh Courier has reported on the valley, its towns and its rivers since 1921."


def _doc(i: int, text: str, url: str | None = None) -> RawDocument:
    return RawDocument(f"d{i}", f"d{i}.txt", "text/plain", text, url=url)


def _site_pages() -> list[RawDocument]:
    return [
        _doc(i, f"{PARAS[i % 4]}\n\n{PARAS[(i + 1) % 4]}\n\n{SLOGAN}", f"https://c.example/{i}")
        for i in range(4)
    ]


def test_recurring_lines_same_site_sentence() -> None:
    found = recurring_lines(_site_pages(), SETTINGS)
    assert any("reported on the valley" in line for line in found)


def test_recurring_lines_ignores_lines_on_too_few_pages() -> None:
    found = recurring_lines(_site_pages()[:2], SETTINGS)
    assert not any("reported on the valley" in line for line in found)


def test_recurring_lines_short_line_across_sites() -> None:
    docs = [_doc(i, f"{PARAS[i]}\n\nShare this page", f"https://s{i}.example/a") for i in range(3)]
    assert "share this page" in recurring_lines(docs, SETTINGS)


def test_recurring_lines_long_line_across_sites_is_not_boilerplate() -> None:
    docs = [_doc(i, f"{PARAS[0]}\n\n{PARAS[i + 1]}", f"https://s{i}.example/a") for i in range(3)]
    assert not recurring_lines(docs, SETTINGS)


def test_recurring_lines_removed_from_body() -> None:
    docs = _site_pages()
    recurring = recurring_lines(docs, SETTINGS)
    article = clean(docs[0], SETTINGS, recurring)
    assert SLOGAN not in article.text
    assert any(b.reason == "recurring across pages" for b in article.removed)


def test_clean_many_yields_articles_and_rejections() -> None:
    docs = [_doc(0, PAGE), _doc(1, "Home\nNews\n")]
    out = list(clean_many(docs, SETTINGS))
    assert isinstance(out[0], Article)
    assert isinstance(out[1], Rejection) and out[1].reason == "no_article"
