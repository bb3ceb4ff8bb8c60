"""choose_place and extra_places, the later rules (invented text): the main event's place
outside its sentences, a dateline county, cities listed together, a town after a block
address, a misspelt town, names that are no town."""

from newsfuse.extract._places import choose_place, drop_unlikely, extra_places
from newsfuse.models import AnnotatedArticle, Article, Entity, Place


def _at(text: str, name: str, state: str = "Ohio", precision: str = "city") -> tuple[Place, Entity]:
    start = text.index(name)
    city = name.title() if precision == "city" else None
    place = Place(name=name, city=city, admin1=state, country="US", precision=precision)
    return place, Entity(name, "GPE", start, start + len(name))


def test_rules_article_wide_only_for_the_main_event() -> None:
    text = "A man was hurt on Friday. He is stable. Later, Dayton police made an arrest."
    found = [_at(text, "Dayton")]
    windows = [(0, 25), (26, 39)]
    assert choose_place(found, windows, text, "a") is None
    claim = choose_place(found, windows, text, "a", article_wide=True)
    assert claim is not None and claim.place.name == "Dayton"


def test_rules_dateline_county_is_not_replaced_by_a_later_city() -> None:
    text = "ADAMS COUNTY, Ohio — A body was found in a creek. An autopsy was done in Xenia."
    county = _at(text, "ADAMS COUNTY", precision="region")
    windows = [(0, 49), (50, len(text))]
    claim = choose_place([county, _at(text, "Xenia")], windows, text, "a", lead=1)
    assert claim is not None and claim.place.name == "ADAMS COUNTY"


def test_rules_listed_cities_give_way_to_the_dateline() -> None:
    text = "Fires in Akron, Canton, and Toledo\n\nTOLEDO, Ohio — Crews fought a fire on Monday."
    found = [_at(text, "Akron"), _at(text, "Canton"), _at(text, "TOLEDO")]
    windows = [(0, 34), (36, len(text))]
    claim = choose_place(found, windows, text, "a", lead=1)
    assert claim is not None and claim.place.name == "TOLEDO"


def _annotated(text: str, *ents: tuple[str, str]) -> AnnotatedArticle:
    entities = tuple(Entity(t, label, text.index(t), text.index(t) + len(t)) for t, label in ents)
    return AnnotatedArticle(article=Article(id="a", input_id="a", text=text), entities=entities)


def test_rules_town_after_a_block_address() -> None:
    text = "A boy was hurt in the 3600 block of Quarry Road in Zephyr Flats Saturday night."
    added = extra_places(_annotated(text), [])
    assert [(p.city, p.country, p.lat) for p, _e in added] == [("Zephyr Flats", "US", None)]


def test_rules_misspelt_town_in_the_article_state() -> None:
    text = "Police in Wilkisburg said a man was shot. Pennsylvania troopers helped."
    state = Place("Pennsylvania", admin1="Pennsylvania", country="US", precision="region")
    found = [(state, Entity("Pennsylvania", "GPE", text.index("Penn"), text.index("Penn") + 12))]
    added = extra_places(_annotated(text, ("Wilkisburg", "GPE")), found)
    assert [(p.city, e.text) for p, e in added] == [("Wilkinsburg", "Wilkisburg")]


def test_rules_garbled_names_are_no_town() -> None:
    text = "Man hurt in Pasadena?s 7th shooting. Texas police said."
    state = Place("Texas", admin1="Texas", country="US", precision="region")
    found = [(state, Entity("Texas", "GPE", text.index("Texas"), text.index("Texas") + 5))]
    assert extra_places(_annotated(text, ("Pasadena?s 7th", "GPE")), found) == []


def test_rules_possessive_surname_is_no_place() -> None:
    text = "Ricky Lee Mason, 30, was charged. Mason’s car was searched."
    annotated = _annotated(text, ("Ricky Lee Mason", "PERSON"))
    found = [_at(text, "Mason’s")]
    assert drop_unlikely(annotated, None, found) == []
