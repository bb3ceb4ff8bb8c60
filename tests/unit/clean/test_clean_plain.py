"""clean() on plain text: body, header metadata, removed blocks, offsets, rejection."""

from __future__ import annotations

import pytest

from newsfuse.clean import clean
from newsfuse.errors import Rejected
from newsfuse.models import RawDocument, content_id, document_id
from newsfuse.settings import Settings

from ._clean_pages import PAGE, PARAS

SETTINGS = Settings(reference_time="2021-06-01T00:00:00+00:00")


def _doc(text: str = PAGE, **meta: str) -> RawDocument:
    return RawDocument("page-1", "page-1.txt", "text/plain", text, **meta)  # type: ignore[arg-type]


def test_clean_plain_keeps_exactly_the_body() -> None:
    article = clean(_doc(), SETTINGS)
    assert article.text == "\n\n".join(PARAS)


def test_clean_plain_paragraph_offsets_point_into_text() -> None:
    article = clean(_doc(), SETTINGS)
    assert [article.text[p.start : p.end] for p in article.paragraphs] == list(PARAS)


def test_clean_plain_header_metadata() -> None:
    article = clean(_doc(), SETTINGS)
    assert article.title == "Cracks force closure of Lowmarsh bridge"
    assert article.standfirst == "Repairs will take six weeks, the river authority says"
    assert article.byline == "Mira Castellan"
    assert article.published == "2021-03-03T16:05"
    assert article.published_source == "text"
    assert article.outlet == "Lowmarsh Courier"
    assert article.outlet_source == "text"


def test_clean_plain_removed_blocks_are_kept_aside() -> None:
    article = clean(_doc(), SETTINGS)
    kinds = {block.kind for block in article.removed}
    assert {"title", "standfirst", "byline", "dateline", "caption", "related"} <= kinds
    caption = [b for b in article.removed if b.kind == "caption"]
    assert caption and "damaged arch" in caption[0].text


def test_clean_plain_caption_date_is_not_the_article_date() -> None:
    page = PAGE.replace("March 3, 2021 at 4:05 pm\n", "")
    article = clean(_doc(page), SETTINGS)
    assert article.published is None
    assert article.published_source == "none"


def test_clean_plain_id_is_stable_content_hash() -> None:
    article = clean(_doc(), SETTINGS)
    assert article.id == content_id(PAGE)  # no title given apart from the text
    assert article.input_id == "page-1"


def test_clean_plain_input_metadata_wins() -> None:
    doc = _doc(title="Given title", published="2021-03-02", outlet="Given Outlet")
    article = clean(doc, SETTINGS)
    assert article.title == "Given title"
    assert (article.published, article.published_source) == ("2021-03-02", "input")
    assert (article.outlet, article.outlet_source) == ("Given Outlet", "input")


def test_clean_plain_date_after_reference_is_dropped() -> None:
    settings = Settings(reference_time="2021-03-02T00:00:00+00:00")
    article = clean(_doc(), settings)
    assert article.published is None


def test_clean_plain_retrieved_bounds_the_date() -> None:
    doc = _doc(retrieved="2021-03-03T10:00:00+00:00")
    assert clean(doc, SETTINGS).published is None


def test_clean_plain_timezone_becomes_offset() -> None:
    page = PAGE.replace("March 3, 2021 at 4:05 pm", "Wednesday 3 March 2021 09:29 EST")
    assert clean(_doc(page), SETTINGS).published == "2021-03-03T09:29-05:00"


def test_clean_plain_rejects_a_page_without_article() -> None:
    with pytest.raises(Rejected) as info:
        clean(_doc("Home\nNews\nSport\n\nSubscribe\nLog in\n"), SETTINGS)
    assert info.value.reason == "no_article"


def test_clean_plain_url_gives_outlet_when_page_names_none() -> None:
    page = PAGE.replace("More from Lowmarsh Courier Staff", "Back to top")
    article = clean(_doc(page, url="https://www.lowmarsh-courier.example/news/1"), SETTINGS)
    assert (article.outlet, article.outlet_source) == ("lowmarsh-courier.example", "url")


def test_clean_id_tells_apart_one_notice_under_two_headlines() -> None:
    notice = "Please sign in to read this story. Subscribers get unlimited access."
    first = RawDocument("a", "t", "text/plain", notice, title="Two hurt in Elmvale fire")
    second = RawDocument("b", "t", "text/plain", notice, title="Mayor opens Brookside bridge")
    assert document_id(first) != document_id(second)
    again = RawDocument("c", "t", "text/plain", notice, title="Two hurt in Elmvale fire")
    assert document_id(first) == document_id(again)


def test_site_of_an_archived_page_is_the_page_host() -> None:
    from newsfuse.clean._urls import page_host

    snap = "http://web.archive.org/web/20160517005308/http://www.elmvale-news.com:80/story/1"
    assert page_host(snap) == "elmvale-news.com"
    assert (
        page_host("http://web.archive.org/web/2016id_/brookside.example/a") == "brookside.example"
    )
    assert page_host("https://www.elmvale-news.com/x") == "elmvale-news.com"
    assert page_host(None) is None
