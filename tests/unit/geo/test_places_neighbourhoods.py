"""Neighbourhoods of large US cities from data/neighbourhoods.tsv, and the filters that keep
cars, acronyms, street names and demonyms out (invented text)."""

from newsfuse.geo import find_places
from newsfuse.models import AnnotatedArticle, Article, Entity


def _found(text: str, *ents: tuple[str, str]) -> list[tuple[str, str | None, str]]:
    entities = tuple(Entity(t, label, text.index(t), text.index(t) + len(t)) for t, label in ents)
    annotated = AnnotatedArticle(
        article=Article(id="a", input_id="a", text=text), entities=entities
    )
    return [(e.text, p.city, p.precision) for p, e in find_places(annotated)]


def test_places_neighbourhood_unique_name_carries_its_city() -> None:
    text = "A bakery was robbed in Vermont Knolls on Friday, sheriff's deputies said."
    assert _found(text) == [("Vermont Knolls", "Los Angeles", "neighbourhood")]


def test_places_neighbourhood_common_name_needs_its_city() -> None:
    text = "A bakery was robbed in Dorchester on Friday. No one was hurt."
    assert _found(text, ("Dorchester", "GPE"))[0][2] == "city"
    text = "BOSTON (AP) — A bakery was robbed in Dorchester on Friday."
    got = _found(text, ("Dorchester", "GPE"))
    assert ("Dorchester", "Boston", "neighbourhood") in got


def test_places_county_names_its_namesake_city() -> None:
    text = "A bakery was robbed in Jefferson Park, according to Los Angeles County records."
    got = _found(text, ("Los Angeles County", "GPE"))
    assert got[0] == ("Jefferson Park", "Los Angeles", "neighbourhood")


def test_places_car_acronym_and_street_are_not_places() -> None:
    text = "Two men in a gold Mustang fled. Police found them at Concord and Market streets."
    text += " The director of CAIR spoke in Denver."
    names = [n for n, _c, _p in _found(text, ("Mustang", "GPE"), ("Concord", "GPE"))]
    assert names == ["Denver"]


def test_places_norp_town_is_a_place_but_a_demonym_is_not() -> None:
    text = "A Memphis man and a Mexican tourist were hurt."
    got = _found(text, ("Memphis", "NORP"), ("Mexican", "NORP"))
    assert [n for n, _c, _p in got] == ["Memphis"]
