"""choose_place: where the event happened rather than where its people live or where the
story was filed (invented text)."""

from newsfuse.extract._places import choose_place
from newsfuse.models import Entity, Place


def _at(text: str, name: str, state: str = "Ohio", precision: str = "city") -> tuple[Place, Entity]:
    start = text.index(name)
    city = name.title() if precision == "city" else None
    place = Place(name=name, city=city, admin1=state, country="US", precision=precision)
    return place, Entity(name, "GPE", start, start + len(name))


def _city(text: str, *found: tuple[Place, Entity]) -> str | None:
    claim = choose_place(list(found), [(0, len(text))], text, "a")
    return None if claim is None else claim.place.name


def test_places_choice_home_town_loses_to_the_scene() -> None:
    text = "A 20-year-old Dayton man was shot outside a bar in Kettering on Friday."
    assert _city(text, _at(text, "Dayton"), _at(text, "Kettering")) == "Kettering"
    text = "Jane Roe, 17, of Dayton, was charged in the shooting south of Kettering."
    assert _city(text, _at(text, "Dayton"), _at(text, "Kettering")) == "Kettering"


def test_places_choice_scene_beats_the_dateline_city() -> None:
    text = "AKRON (WXYZ) — A man was shot on Sunday in south suburban Barberton."
    assert _city(text, _at(text, "AKRON"), _at(text, "Barberton")) == "Barberton"


def test_places_choice_suburban_big_city_is_not_the_scene() -> None:
    text = "BEREA, Ohio — A man was shot at a mall in suburban Cleveland."
    assert _city(text, _at(text, "BEREA"), _at(text, "Cleveland")) == "BEREA"


def test_places_choice_dateline_county_beats_a_home_town_elsewhere() -> None:
    text = "ADAMS COUNTY, Ohio — A man was found shot. John Doe, 24, of Erie, died."
    county = _at(text, "ADAMS COUNTY", precision="region")
    assert _city(text, county, _at(text, "Erie", state="Pennsylvania")) == "ADAMS COUNTY"
