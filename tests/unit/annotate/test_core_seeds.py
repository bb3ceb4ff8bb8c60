"""annotate on the five scraped seed pages in ../shared (skipped when they are missing)."""

import os
from pathlib import Path

import pytest

from newsfuse.annotate import annotate_many
from newsfuse.models import AnnotatedArticle, Article
from newsfuse.settings import Settings

pytestmark = pytest.mark.eval


@pytest.fixture(scope="module")
def seeds() -> dict[str, AnnotatedArticle]:
    repo = Path(__file__).resolve().parents[3]
    folder = Path(os.environ.get("NEWSFUSE_SHARED", repo.parent / "shared")) / "corpus" / "seeds"
    if not folder.is_dir():
        pytest.skip(f"seed pages not found at {folder} (set NEWSFUSE_SHARED)")
    paths = sorted(Path(folder).glob("*.txt"))
    articles = [
        Article(id=p.stem, input_id=p.name, text=p.read_text(encoding="utf-8")) for p in paths
    ]
    return {a.article.id[:3]: a for a in annotate_many(articles, Settings())}


def test_core_seeds_undated_page_keeps_event_anchor(seeds: dict[str, AnnotatedArticle]) -> None:
    times = seeds["004"].times
    anchored = [t for t in times if t.anchor == "event"]
    assert [(t.date, t.offset_days) for t in anchored] == [(None, -14)]
    anchor = next(t for t in times if t.start == anchored[0].anchor_start)
    assert anchor.timex == "XXXX-01-03"
    relative = [t for t in times if t.anchor not in ("absolute", "event")]
    assert relative and all(t.date is None and t.anchor == "none" for t in relative)


def test_core_seeds_counts_are_quantities(seeds: dict[str, AnnotatedArticle]) -> None:
    readings = {(q.value, q.qualifier) for a in seeds.values() for q in a.quantities}
    for needed in [(7, "at_least"), (3, "at_least"), (2, "at_least"), (1, "at_least"),
                   (5, "exact"), (7, "exact"), (4, "exact"), (3, "exact")]:  # fmt: skip
        assert needed in readings


def test_core_seeds_militias_are_armed_groups(seeds: dict[str, AnnotatedArticle]) -> None:
    labels = {e.label for a in seeds.values() for e in a.entities if "Kataib" in e.text}
    assert labels == {"ARMED_GROUP"}
