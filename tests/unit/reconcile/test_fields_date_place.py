"""Date and place: the most precise value most independent sources allow."""

from __future__ import annotations

from reconcile_story import PORTVALE, PORTVALE_CITY, Story, rocket_story

from newsfuse.models import Place


def test_fields_date_agreed_across_sources() -> None:
    event = rocket_story().event()
    assert event.date.value.date == "2031-03-03"
    assert event.date.status == "agreed"
    assert len(event.date.claims) == 3


def test_fields_place_prefers_the_most_precise_compatible_place() -> None:
    event = rocket_story().event()
    assert event.location.value == PORTVALE
    assert event.location.status == "agreed"


def test_fields_date_conflict_is_contested_and_said() -> None:
    s = Story()
    a = s.article("a", "The dam burst on 2030-04-02, engineers said.", published="2030-04-03")
    b = s.article("b", "Villagers fled when the dam burst on 2030-04-01.", published="2030-04-03")
    c = s.article("c", "Water poured through on 2030-04-02 after the dam burst.",
                  published="2030-04-04")  # fmt: skip
    for art, day in ((a, "2030-04-02"), (b, "2030-04-01"), (c, "2030-04-02")):
        s.mention(art, date=s.date(art, day, day))
    event = s.event()
    assert event.date.value.date == "2030-04-02"
    assert event.date.status == "contested"
    assert "2030-04-01" in event.date.rule
    assert any("date is contested" in x.text for x in event.summary)


def test_fields_publication_dates_only_when_nothing_is_stated() -> None:
    s = Story()
    a = s.article("a", "A bridge gave way in the night.", published="2030-09-09")
    s.mention(a, date=s.date(a, "in the night", "2030-09-08", how="relative_to_published"))
    event = s.event()
    assert event.date.value.date == "2030-09-08"
    assert event.date.status == "single_source"


def test_fields_places_in_different_cities_are_contested() -> None:
    s = Story()
    other = Place("Lakeside", "Lakeside", None, "ZZ", 11.0, 21.0, "city")
    a = s.article("a", "The blast hit Portvale on Friday.")
    b = s.article("b", "The blast hit Lakeside on Friday.")
    c = s.article("c", "A blast shook Portvale on Friday.")
    s.mention(a, place=s.place(a, "Portvale", PORTVALE_CITY))
    s.mention(b, place=s.place(b, "Lakeside", other))
    s.mention(c, place=s.place(c, "Portvale", PORTVALE_CITY))
    event = s.event()
    assert event.location.value == PORTVALE_CITY
    assert event.location.status == "contested"
    assert "Lakeside" in event.location.rule
