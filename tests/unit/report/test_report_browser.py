"""report.html in a real headless Chromium: open it, click into an event, see its facts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reconcile_story import Story

from newsfuse.models import Event
from newsfuse.report import render_html
from newsfuse.settings import Settings

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.mark.browser
def test_report_browser_click_into_event(story: Story, event: Event, tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"chromium is not installed at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api", reason="python playwright not installed")
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html([event], list(story.articles.values()), Settings()))
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri())
            assert not page.locator("#event-1").is_visible()
            page.locator("a.event-link").first.click()
            section = page.locator("#event-1")
            section.wait_for(state="visible")
            facts = section.locator("table.facts")
            assert facts.is_visible()
            assert "subset" in facts.inner_text()
            assert section.locator("td.best").nth(1).inner_text() == "7"
            assert section.locator("ul.summary li").count() == len(event.summary)
            assert page.locator("#map svg, svg[aria-label='Map of events'] circle").count() >= 1
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "report_event.png"), full_page=True)
            assert all(u.startswith("file:") for u in requests)  # nothing fetched from outside
        finally:
            browser.close()
