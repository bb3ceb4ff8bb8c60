"""find_places: the places an article names, disambiguated by the rest of the article."""

from newsfuse.geo import find_places
from newsfuse.models import AnnotatedArticle, Article, Entity


def _annotated(text: str, *ents: tuple[str, str]) -> AnnotatedArticle:
    entities = tuple(Entity(t, label, text.index(t), text.index(t) + len(t)) for t, label in ents)
    return AnnotatedArticle(article=Article(id="a", input_id="a", text=text), entities=entities)


def _found(annotated: AnnotatedArticle) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.text, p.city, p.admin1, p.precision) for p, e in find_places(annotated)]


def test_places_find_springfield_by_state_mention() -> None:
    text = "A bakery in Springfield closed. Ohio inspectors said the oven was unsafe."
    got = _found(_annotated(text, ("Springfield", "GPE"), ("Ohio", "GPE")))
    assert got[0] == ("Springfield", "Springfield", "Ohio", "city")


def test_places_find_city_state_pair() -> None:
    text = "Crowds gathered in Springfield, Mass., for the parade."
    got = _found(_annotated(text))
    assert got[0][:3] == ("Springfield", "Springfield", "Massachusetts")


def test_places_find_dateline() -> None:
    text = "HAWTHORNE — A fire truck blocked the road for an hour, Los Angeles officials said."
    got = _found(_annotated(text, ("Los Angeles", "GPE")))
    assert got[0] == ("HAWTHORNE", "Hawthorne", "California", "city")


def test_places_find_glued_title_dateline() -> None:
    text = "Storm hits fair - Daily News - Rockford, ILROCKFORD — Rain closed the fair."
    got = _found(_annotated(text))
    assert ("ROCKFORD", "Rockford", "Illinois", "city") in got


def test_places_find_unlisted_city_state_pair_kept_without_coordinates() -> None:
    text = "The mill in Smallbrook Falls, Vt., reopened."
    annotated = _annotated(text)
    (place, entity) = find_places(annotated)[0]
    assert (entity.text, place.admin1, place.country, place.lat) == (
        "Smallbrook Falls", "Vermont", "US", None,
    )  # fmt: skip


def test_places_find_subcity_with_its_city() -> None:
    text = "Shells landed in the Green Zone of Baghdad on a quiet evening."
    got = _found(_annotated(text, ("Baghdad", "GPE")))
    assert ("Green Zone", "Baghdad", "Baghdad", "neighbourhood") in got


def test_places_find_generic_subcity_alone_is_skipped() -> None:
    assert _found(_annotated("Children played in the green zone and the Green Zone park.")) == []


def test_places_find_prepositional_gazetteer_name() -> None:
    got = _found(_annotated("A goat escaped in Ceres and was found by noon."))
    assert got == [("Ceres", "Ceres", "California", "city")]


def test_places_find_entity_possessive_trimmed() -> None:
    text = "Baghdad's mayor spoke."
    ((place, entity),) = find_places(_annotated(text, ("Baghdad's", "GPE")))
    assert (entity.text, entity.start, entity.end, place.country) == ("Baghdad", 0, 7, "IQ")


def test_places_find_direction_prefix_is_a_neighbourhood() -> None:
    text = "A car was stolen in Southwest Philadelphia overnight."
    ((place, _entity),) = find_places(_annotated(text, ("Southwest Philadelphia", "GPE")))
    assert (place.name, place.city, place.admin1, place.precision) == (
        "Southwest Philadelphia", "Philadelphia", "Pennsylvania", "neighbourhood",
    )  # fmt: skip


def test_places_find_place_inside_an_institution_name() -> None:
    text = "Anyone who saw the van should call the Ceres Police Department."
    got = _found(_annotated(text, ("the Ceres Police Department", "ORG")))
    assert got == [("Ceres", "Ceres", "California", "city")]


def test_places_find_headline_opening_city() -> None:
    got = _found(_annotated("Cicero bakery robbed twice\n\nThe owner said little."))
    assert got == [("Cicero", "Cicero", "Illinois", "city")]


def test_places_find_rule_names_that_are_people_are_skipped() -> None:
    text = "The dog ran to Harvey and barked."
    assert _found(_annotated(text, ("Harvey", "PERSON"))) == []


def test_places_find_state_name_beats_a_same_named_town() -> None:
    text = "Officers in Albany, N.Y., thanked Florida deputies."
    got = _found(_annotated(text, ("Florida", "GPE")))
    assert got[-1] == ("Florida", None, "Florida", "region")


def test_places_find_city_state_keeps_the_known_tail() -> None:
    text = "By Wire Staff MEMPHIS, Tenn. — Two buses collided."
    got = _found(_annotated(text))
    assert got[0] == ("MEMPHIS", "Memphis", "Tennessee", "city")


def test_places_find_county_alone_prefers_the_populous_state() -> None:
    got = _found(_annotated("Deputies in Harris County closed a bridge.", ("Harris County", "GPE")))
    assert got == [("Harris County", None, "Texas", "region")]
