"""More ways an article names a town (invented text): a run cut at a sentence's end, a
"suburban" town, a resident's town, a transcript in capitals, a town the NER calls a person,
a street named after a place, an outlet's name after " - " in the headline."""

from newsfuse.geo import find_places
from newsfuse.models import AnnotatedArticle, Article, Entity


def _found(text: str, *ents: tuple[str, str]) -> list[tuple[str, str | None, str | None]]:
    entities = tuple(Entity(t, label, text.index(t), text.index(t) + len(t)) for t, label in ents)
    annotated = AnnotatedArticle(
        article=Article(id="a", input_id="a", text=text), entities=entities
    )
    return [(e.text, p.city, p.admin1) for p, e in find_places(annotated)]


def test_finders_run_stops_at_the_end_of_a_sentence() -> None:
    text = "Deputies were called to a house in Holiday. There was a fire there before."
    assert _found(text) == [("Holiday", "Holiday", "Florida")]


def test_finders_direction_and_suburban_before_the_town() -> None:
    text = "A bakery was robbed on Sunday in south suburban Dolton, Cook County said."
    assert ("Dolton", "Dolton", "Illinois") in _found(text)


def test_finders_resident_town() -> None:
    text = "An 18-year-old Rancho Murieta man was arrested after an argument."
    assert _found(text) == [("Rancho Murieta", "Rancho Murieta", "California")]


def test_finders_transcript_in_capitals() -> None:
    text = "THE CRASH HAPPENED ON ELM ROAD IN PLYMOUTH ON SATURDAY. Massachusetts police said."
    got = _found(text, ("Massachusetts", "GPE"))
    assert ("PLYMOUTH", "Plymouth", "Massachusetts") in got
    assert not _found("THE MAYOR SPOKE IN DC TODAY.")  # short words are never taken


def test_finders_town_read_as_a_person_after_in() -> None:
    text = "A fire broke out in E. Houston on Monday, officials said."
    got = _found(text, ("E. Houston", "PERSON"))
    assert got == [("E. Houston", "Houston", "Texas")]
    text = "The award went to E. Houston for her essay."
    assert _found(text, ("E. Houston", "PERSON")) == []


def test_finders_street_named_after_a_place_is_not_a_place() -> None:
    text = "The car stopped near Coney Island Avenue and East 15th Street."
    assert _found(text, ("Coney Island", "GPE")) == []


def test_finders_outlet_name_after_a_dash_in_the_headline() -> None:
    text = "Storm floods basement - Channel 9 News, Tulsa, OK\n\nA home in Denver was flooded."
    got = _found(text, ("Tulsa", "GPE"), ("Denver", "GPE"))
    assert [name for name, _c, _s in got] == ["Denver"]


def test_finders_dateline_before_chevrons() -> None:
    text = "PASADENA >> A library reopened on Friday after repairs."
    assert _found(text)[0][:2] == ("PASADENA", "Pasadena")
