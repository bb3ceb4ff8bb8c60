"""A stand-in main mention for an article with no extracted event."""

from __future__ import annotations

from newsfuse.models import Article, EventMention


def document_mention(article: Article) -> EventMention:
    """A main mention that stands for the whole article (type ``unknown``, no fields), so the
    clusterer groups the article by its text, names and publication date alone."""
    return EventMention(
        id=f"{article.id}#doc",
        article_id=article.id,
        event_type="",
        sub_event_type="",
        is_main=True,
        published=article.published,
        outlet=article.outlet,
    )
