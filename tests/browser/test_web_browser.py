"""End-to-end tests of the web app in real headless Chromium (Debian chromium + Playwright)."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_three_clicks_to_who_says_how_many_were_injured(page: Any, server: str, snap: Any) -> None:
    page.goto(server + "/")
    snap(page, "events_list")
    page.click("a.event-link:has-text('Baghdad')")  # click 1: the event
    assert page.locator("#event-figures").inner_text() == "1 killed · 7 injured · 3 intercepted"
    page.click("#fact-injured a.figure-link")  # click 2: the injured figure's claims
    claims = page.locator("#claims-injured")
    assert claims.is_visible()
    rows = claims.locator("tr.claim")
    assert rows.count() == 4
    text = claims.inner_text()
    for outlet in ("Tigris Courier", "Harbor Times", "Eastern Wire", "Northern Post"):
        assert outlet in text
    disagree = claims.locator("tr.verdict-differs")
    assert disagree.count() == 1
    assert "Northern Post" in disagree.inner_text()
    assert "differs: lower" in disagree.inner_text()
    assert page.url.endswith("#claims-injured")
    snap(page, "event_injured_claims")
    assert not page.watch.dialogs and not page.watch.errors


def test_search_finds_events_and_articles(page: Any, server: str) -> None:
    page.goto(server + "/")
    page.fill(".quick-search input[name=q]", "wounded")
    page.click(".quick-search button")
    page.wait_for_url(re.compile(r"/search\?q=wounded"))
    events = page.locator("#event-results a.event-link")
    assert events.count() == 1 and "Baghdad" in events.first.inner_text()
    marks = page.locator("#article-results .snippet mark")
    assert marks.count() >= 2
    assert all(m.lower().startswith("wounded") for m in marks.all_inner_texts())


def test_filters_narrow_the_events_list(page: Any, server: str, snap: Any) -> None:
    page.goto(server + "/")
    assert page.locator("#total").inner_text() == "3 events"
    page.fill("input[name=min_injured]", "10")
    page.click("#apply-filters")
    page.wait_for_url(re.compile(r"min_injured=10"))
    assert page.locator("#total").inner_text() == "1 event"
    assert "Mosul" in page.locator("#events").inner_text()
    page.goto(server + "/")
    page.select_option("select[name=country]", "FR")
    page.click("#apply-filters")
    assert "Lyon" in page.locator("#events").inner_text()
    page.goto(server + "/")
    page.fill("input[name=date_from]", "2020-11-01")
    page.fill("input[name=date_to]", "2020-11-30")
    page.select_option("select[name=outlet]", "Northern Post")
    page.click("#apply-filters")
    assert page.locator("#total").inner_text() == "1 event"
    assert "Baghdad" in page.locator("#events").inner_text()
    snap(page, "events_filtered")


def test_citation_opens_the_article_at_the_quoted_span(page: Any, server: str) -> None:
    page.goto(server + "/events/ev-baghdad")
    link = page.locator("#claims-injured tr.claim:has-text('Harbor Times') a.cite")
    quote = link.inner_text()
    assert quote == "Two security guards were wounded"
    link.click()
    page.wait_for_url(re.compile(r"/articles/.*#cited$"))
    cited = page.locator("#cited")
    assert cited.is_visible()
    assert cited.inner_text() == quote
    assert "hl-cited" in (cited.get_attribute("class") or "")
    box = cited.bounding_box()
    assert box is not None and 0 <= box["y"] < 900  # scrolled into view
    # the spans behind the other extracted fields are highlighted too
    assert page.locator("mark.hl-place").count() >= 1
    assert page.locator("mark.hl-count").count() >= 2


def test_outlet_page_lists_its_figures(page: Any, server: str) -> None:
    page.goto(server + "/outlets")
    page.click("a:has-text('Eastern Wire')")
    text = page.locator("#outlet-events").inner_text()
    assert "Mosul" in text and "Baghdad" in text
    assert "≥ 7" in text


def _post_form(page: Any, server: str, token: str, doc: dict[str, str]) -> None:
    page.goto(server + "/add")
    page.fill("#add-token", token)
    for key, value in doc.items():
        page.fill(f"#add-{key}", value)
    page.click("#add-submit")


def test_post_an_article_and_see_the_event_update(
    page: Any, server: str, token: str, snap: Any
) -> None:
    doc = {
        "id": "posted-1",
        "title": "Embassy sirens in Baghdad",
        "outlet": "River Gazette",
        "published": "2020-11-18",
        "text": "Sirens sounded across Baghdad on Tuesday as "
        "rockets landed near the river; four people were hurt, medics said.",
    }
    _post_form(page, server, token, doc)
    page.wait_for_selector("#add-summary")
    snap(page, "post_article_result")
    assert "new 1" in page.locator("#add-summary").inner_text()
    page.click("a.added-event")
    page.wait_for_url(re.compile(r"/events/ev-baghdad"))
    assert "River Gazette" in page.locator("#summary").inner_text()
    assert "Embassy sirens in Baghdad" in page.locator("#articles").inner_text()


def test_post_with_a_wrong_token_is_refused(page: Any, server: str) -> None:
    _post_form(page, server, "not-the-token", {"id": "bad-1", "text": "Some text " * 10})
    page.wait_for_selector("#add-error")
    assert "bearer token" in page.locator("#add-error").inner_text()


def test_script_tags_in_a_posted_article_never_run(
    page: Any, server: str, token: str, snap: Any
) -> None:
    evil = "<script>window.__pwned = 1; alert('pwned')</script>"
    doc = {
        "id": "evil-1",
        "title": f"Baghdad {evil} headline",
        "outlet": f"Evil {evil} Post",
        "text": f"A report from Baghdad {evil} with <img src=x onerror=alert(2)> inside it "
        "and enough words to count as an article body.",
    }
    _post_form(page, server, token, doc)
    page.wait_for_selector("#add-summary")
    link = page.locator("#add-result a").first
    assert evil in link.inner_text()  # shown as text
    pages = ["/add", "/search?q=pwned", "/events/ev-baghdad", "/outlets", "/articles"]
    link.click()
    page.wait_for_selector("#article-title")
    pages.append(page.url.removeprefix(server))
    for path in pages:
        page.goto(server + path)
        scripts = page.eval_on_selector_all("script", "els => els.map(e => e.src)")
        assert scripts == [server + "/static/app.js"], path
        assert page.locator("img[src=x]").count() == 0, path
        assert page.evaluate("window.__pwned") is None, path
    page.goto(server + pages[-1])
    assert evil in page.locator("#article-title").inner_text()
    assert evil in page.locator("#article-text").inner_text()
    snap(page, "escaped_article")
    assert not page.watch.dialogs, page.watch.dialogs
