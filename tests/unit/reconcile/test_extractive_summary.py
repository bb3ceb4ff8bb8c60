"""summarize_articles: an extractive neutral summary of several articles."""

from __future__ import annotations

from newsfuse.models import Article
from newsfuse.reconcile import summarize_articles
from newsfuse.reconcile._text import numbers_in

LEFT = (
    "The city council approved a new tram line on Monday after a long debate. "
    '"This is a disgraceful waste," one furious critic shouted from the gallery. '
    "Construction is expected to take 4 years."
)
CENTRE = (
    "City councillors voted on Monday to approve a new tram line across the river. "
    "The line is expected to take 4 years to build and will have 12 stops."
)
RIGHT = (
    "Are taxpayers about to be fleeced again? "
    "The council approved the tram line on Monday, with building expected to take 4 years."
)


def _articles() -> list[Article]:
    return [Article(f"id{i}", f"src{i}", t) for i, t in enumerate((LEFT, CENTRE, RIGHT))]


def test_extractive_summary_cites_and_keeps_numbers_grounded() -> None:
    arts = _articles()
    summary = summarize_articles(arts)
    assert summary
    texts = {a.input_id: a.text for a in arts}
    for sentence in summary:
        assert sentence.citations
        assert sentence.text in texts[sentence.citations[0]]  # verbatim from its first source
        assert numbers_in(sentence.text) <= numbers_in(texts[sentence.citations[0]])


def test_extractive_summary_prefers_consensus_over_loaded_quotes() -> None:
    text = " ".join(s.text for s in summarize_articles(_articles(), max_words=30))
    assert "approve" in text
    assert "disgraceful" not in text and "?" not in text


def test_extractive_summary_cites_every_source_that_says_the_same() -> None:
    lead = summarize_articles(_articles(), max_words=15)[0]
    assert len(lead.citations) >= 2


def test_extractive_summary_of_nothing_is_empty() -> None:
    assert summarize_articles([]) == ()
    assert summarize_articles([Article("x", "x", "   ")]) == ()
