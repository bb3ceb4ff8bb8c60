"""Context rules of find_places: a state named in the same sentence, neighbourhoods that
the gazetteer lists as cities (invented text)."""

from itertools import pairwise

from newsfuse.geo import find_places
from newsfuse.models import AnnotatedArticle, Article, Entity, Span


def _annotated(text: str, *ents: tuple[str, str]) -> AnnotatedArticle:
    entities = tuple(Entity(t, label, text.index(t), text.index(t) + len(t)) for t, label in ents)
    cuts = [0] + [i + 2 for i in range(len(text)) if text[i : i + 2] == ". "] + [len(text)]
    sentences = tuple(Span(a, b) for a, b in pairwise(cuts) if b > a)
    return AnnotatedArticle(
        article=Article(id="a", input_id="a", text=text), entities=entities, sentences=sentences
    )


def _found(annotated: AnnotatedArticle) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.text, p.city, p.admin1, p.precision) for p, e in find_places(annotated)]


def test_places_context_state_in_the_same_sentence_wins() -> None:
    text = "A shed burned in Springfield in central Ohio. Its owner came from Illinois."
    got = _found(_annotated(text, ("Springfield", "GPE"), ("Ohio", "GPE"), ("Illinois", "GPE")))
    assert got[0] == ("Springfield", "Springfield", "Ohio", "city")


def test_places_context_neighbourhood_of_a_named_large_city() -> None:
    text = "A kiosk was robbed in Rogers Park. Chicago police are looking for two men."
    got = _found(_annotated(text, ("Rogers Park", "GPE"), ("Chicago", "GPE")))
    assert got[0] == ("Rogers Park", "Chicago", "Illinois", "neighbourhood")


def test_places_context_city_with_its_state_stays_a_city() -> None:
    text = "A kiosk was robbed in Evanston, Ill. Chicago police are looking for two men."
    got = _found(_annotated(text, ("Chicago", "GPE")))
    assert got[0][1:] == ("Evanston", "Illinois", "city")
