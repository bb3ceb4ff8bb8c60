"""The extract stage end to end on invented articles: main and background mentions."""

from __future__ import annotations

from collections.abc import Callable

from newsfuse.extract import count_totals, extract
from newsfuse.models import AnnotatedArticle
from newsfuse.settings import Settings

Make = Callable[..., AnnotatedArticle]

ARTICLE = (
    "Rockets struck the harbour district of Tripoli late on Monday, killing a fisherman and "
    "wounding four dockworkers, the port authority said.\n\n"
    "Six rockets were fired from the hills east of the city, and two landed inside the port.\n\n"
    "A previous rocket attack on the port in August caused no casualties.\n\n"
    "The two rival factions had agreed a truce last month."
)


def test_extract_main_mention_fields(make: Make, settings: Settings) -> None:
    annotated = make(ARTICLE, published="2024-03-06", outlet="Harbour News")
    mentions = extract(annotated, settings)
    main = mentions[0]
    assert main.is_main and sum(m.is_main for m in mentions) == 1
    assert main.id == f"{annotated.article.id}:0"
    assert main.event_type == "Explosions/Remote violence"
    assert main.sub_event_type == "Shelling/artillery/missile attack"
    assert main.published == "2024-03-06" and main.outlet == "Harbour News"
    assert main.trigger is not None and main.trigger.quote.lower().startswith("rocket")
    assert main.date is not None and main.date.date == "2024-03-04"
    assert main.date.how == "relative_to_published"
    totals = count_totals(main)
    assert totals["killed"] == 1 and totals["injured"] == 4
    assert totals["fired"] == 6
    assert main.keywords


def test_extract_background_mentions(make: Make, settings: Settings) -> None:
    mentions = extract(make(ARTICLE, published="2024-03-06"), settings)
    background = mentions[1:]
    assert [m.id.rsplit(":", 1)[1] for m in mentions] == [str(i) for i in range(len(mentions))]
    types = {m.sub_event_type for m in background}
    assert "Shelling/artillery/missile attack" in types
    assert "Agreement" in types
    august = next(m for m in background if m.date and m.date.date == "2023-08-01")
    assert august.date is not None and august.date.precision == "month"


def test_extract_evidence_points_into_text(make: Make, settings: Settings) -> None:
    annotated = make(ARTICLE, published="2024-03-06")
    text = annotated.article.text
    for m in extract(annotated, settings):
        spans = [m.trigger, m.date.evidence if m.date else None]
        spans += [m.place.evidence if m.place else None]
        spans += [c.evidence for c in m.counts] + [a.evidence for a in m.actors]
        for ev in filter(None, spans):
            assert ev.article_id == annotated.article.id
            assert text[ev.start : ev.end] == ev.quote


def test_extract_undated_article_says_none(make: Make, settings: Settings) -> None:
    text = "A grenade was thrown into a crowded cafe, wounding three customers."
    main = extract(make(text), settings)[0]
    assert main.sub_event_type == "Grenade"
    assert main.date is not None and main.date.date is None and main.date.how == "none"


def test_extract_no_event_gives_nothing(make: Make, settings: Settings) -> None:
    text = "The town council approved a new budget for the public library on Tuesday."
    assert extract(make(text, published="2024-03-06"), settings) == ()


def test_extract_place_is_geocoded(make: Make, settings: Settings) -> None:
    text = "A man was shot and killed outside a bar in Houston, Texas, on Saturday night."
    main = extract(make(text, published="2024-03-06"), settings)[0]
    assert main.place is not None
    assert main.place.place.city == "Houston" and main.place.place.admin1 == "Texas"
    assert count_totals(main)["killed"] == 1


RESTATED = (
    "Rockets struck the harbour district of Tripoli late on Monday, wounding four dockworkers, "
    "the port authority said.\n\n"
    "The port had reopened in January after a year of repairs.\n\n"
    "This latest rocket attack on Monday came a day after the coalition announced it would "
    "withdraw its ships from the harbour next month."
)


def test_extract_restated_main_event_is_not_background(make: Make, settings: Settings) -> None:
    """A later sentence that dates its attack to the main day is the main event, even when it
    also names a future date (a plan announced beside it)."""
    mentions = extract(make(RESTATED, published="2024-03-06"), settings)
    assert mentions[0].date is not None and mentions[0].date.date == "2024-03-04"
    shelling = [m for m in mentions[1:] if m.sub_event_type == mentions[0].sub_event_type]
    assert shelling == []
