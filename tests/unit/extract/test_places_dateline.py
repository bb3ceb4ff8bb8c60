"""choose_place: a dateline with its state wins a tie with an earlier headline place."""

from newsfuse.extract._places import choose_place
from newsfuse.models import Entity, Place


def _at(text: str, name: str, city: str, nth: int = 0) -> tuple[Place, Entity]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    place = Place(name=name, city=city, admin1="Ohio", country="US", precision="city")
    return place, Entity(name, "GPE", start, start + len(name))


def test_places_dateline_beats_a_headline_city() -> None:
    text = "Parade honours Dayton veterans\n\nAKRON, Ohio — Crowds lined the streets on Monday."
    found = [_at(text, "Dayton", "Dayton"), _at(text, "AKRON", "Akron")]
    head_end = text.index("\n\n")
    claim = choose_place(found, [(0, head_end), (head_end + 2, len(text))], text, "a")
    assert claim is not None and claim.place.city == "Akron"


def test_places_earliest_city_without_a_dateline() -> None:
    text = "Parade in Dayton drew crowds; Akron sent a band."
    found = [_at(text, "Dayton", "Dayton"), _at(text, "Akron", "Akron")]
    claim = choose_place(found, [(0, len(text))], text, "a")
    assert claim is not None and claim.place.city == "Dayton"
