"""The seeds gate: the five scraped seed pages against the hand answer seeds.gold.json.

Reads ../shared/corpus (or $NEWSFUSE_SHARED/corpus); skipped when it is not there.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from newsfuse.clean import clean
from newsfuse.models import Article, RawDocument
from newsfuse.settings import Settings

REPO = Path(__file__).resolve().parents[3]
SHARED = Path(os.environ.get("NEWSFUSE_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"
GOLD = CORPUS / "seeds.gold.json"

pytestmark = pytest.mark.eval


def _gold() -> dict[str, Any]:
    if not GOLD.is_file():
        pytest.skip(f"seed data not found at {GOLD} (set NEWSFUSE_SHARED)")
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    return data


def _names() -> list[str]:
    if not GOLD.is_file():
        return ["missing"]
    return sorted(json.loads(GOLD.read_text(encoding="utf-8"))["articles"])


def _clean(name: str) -> tuple[Article, list[str]]:
    text = (CORPUS / "seeds" / name).read_text(encoding="utf-8")
    doc = RawDocument(name, str(CORPUS / "seeds" / name), "text/plain", text)
    settings = Settings(reference_time="2021-06-01T00:00:00+00:00")
    return clean(doc, settings), text.splitlines()


def _kept(article: Article) -> set[str]:
    return {" ".join(article.text[p.start : p.end].split()) for p in article.paragraphs}


@pytest.mark.parametrize("name", _names())
def test_seeds_gold_body_lines_kept(name: str) -> None:
    gold = _gold()[name]
    article, lines = _clean(name)
    kept = _kept(article)
    missing = [n for n in gold["body_lines"] if " ".join(lines[n - 1].split()) not in kept]
    assert not missing, f"{name}: body lines dropped: {missing}"


@pytest.mark.parametrize("name", _names())
def test_seeds_gold_boilerplate_removed(name: str) -> None:
    gold = _gold()[name]
    article, lines = _clean(name)
    kept = _kept(article)
    wrong = [
        n
        for n in gold["boilerplate_lines"] + gold.get("caption_lines", [])
        if " ".join(lines[n - 1].split()) in kept
    ]
    assert not wrong, f"{name}: boilerplate or caption lines kept: {wrong}"
    removed = [" ".join(block.text.split()) for block in article.removed]
    captions = [" ".join(lines[n - 1].split()) for n in gold.get("caption_lines", [])]
    lost = [c for c in captions if not any(c in block for block in removed)]
    assert not lost, f"{name}: captions not kept aside: {lost}"


@pytest.mark.parametrize("name", _names())
def test_seeds_gold_title_exact(name: str) -> None:
    gold = _gold()[name]
    article, _ = _clean(name)
    assert article.title == gold["title"]


@pytest.mark.parametrize("name", _names())
def test_seeds_gold_outlet_and_published(name: str) -> None:
    gold = _gold()[name]
    article, _ = _clean(name)
    evidence = gold.get("outlet_evidence", "")
    # the pages that name their outlet in their own text (a footer, a prompt): 001 and 004
    if gold.get("outlet") and (not evidence or evidence.startswith("footer")):
        assert article.outlet == gold["outlet"]
        assert article.outlet_source == "text"
    if gold.get("published"):
        assert article.published == gold["published"]
        assert article.published_source == "text"
