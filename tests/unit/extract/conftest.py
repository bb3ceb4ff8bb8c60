"""Fixtures for the extract tests: hand-written articles run through annotate."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfuse.annotate import annotate
from newsfuse.models import AnnotatedArticle, Article, content_id
from newsfuse.settings import Settings

Make = Callable[..., AnnotatedArticle]


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(progress=False)


@pytest.fixture
def make(settings: Settings) -> Make:
    """An annotated article from hand-written text (and optional title, date, outlet)."""

    def _make(
        text: str,
        published: str | None = None,
        title: str | None = None,
        outlet: str | None = None,
    ) -> AnnotatedArticle:
        article = Article(
            id=content_id(text),
            input_id="test",
            text=text,
            title=title,
            published=published,
            outlet=outlet,
        )
        return annotate(article, settings)

    return _make
