"""Counts pass 5: lists, disjunctions, ages after names, "N more", "the deaths of N"
(invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from _count_kinds import kinds

from newsfuse.annotate import load_nlp
from newsfuse.extract import count_totals, extract
from newsfuse.extract._sentences import read_sentence
from newsfuse.models import AnnotatedArticle
from newsfuse.settings import Settings

Make = Callable[..., AnnotatedArticle]


def _kinds(settings: Settings, text: str) -> list[tuple[str, int]]:
    return kinds(settings, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number before a wounding verb counts people ("wound" the noun counts nothing)
        ("Two people were killed and one critically wounded in Elmford on Sunday.",
         ("injured", 1)),
        # "N more who were hurt": "more" stands for people
        ("Deputies found two people dead and two more who were injured in Elmford.",
         ("injured", 2)),
        # three names where the parser hangs the second on the first as an apposition
        ("Rolf Amberg, Tilo Brenner and Kasimir Vogt were also struck by bullets in Elmford.",
         ("shot", 3)),
        ("Rolf Amberg, Tilo Brenner, Ida Kern and Kasimir Vogt all suffered gunshot wounds.",
         ("shot", 4)),
        # kin nouns are people: a man's wife and granddaughter
        ("Deputies say Carl Amberg shot and killed his wife and his granddaughter in Elmford.",
         ("killed", 2)),
        # the deaths of N
        ("Detectives are investigating the fatal shootings of four people in an Elmford home.",
         ("killed", 4)),
        ("Police are looking into the deaths of two men found in an Elmford park.",
         ("killed", 2)),
    ],
)  # fmt: skip
def test_read(settings: Settings, text: str, expected: tuple[str, int]) -> None:
    assert expected in _kinds(settings, text)


def test_wounded_or_killed_is_everyone_harmed(settings: Settings) -> None:
    kinds = _kinds(settings, "Police said four people were wounded or killed in Elmford.")
    assert ("shot", 4) in kinds
    assert all(kind != "killed" for kind, _n in kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Police said that Rolf Amberg, 66 and Ida Amberg, 64 were found dead in Elmford.",
        "Six men were indicted for the attempted murders of five teens in Elmford.",
        "Police announced the death of 3 yr old Ida Kern in Elmford.",
    ],
)
def test_not_a_figure(settings: Settings, text: str) -> None:
    values = [n for kind, n in _kinds(settings, text) if kind == "killed"]
    assert all(n <= 2 for n in values), values


def test_separate_incident_is_background() -> None:
    from newsfuse.extract._sentences import _OTHER

    assert _OTHER.search("In a separate shooting, a man was wounded on Elm Street.")
    assert _OTHER.search("Eight people were killed in shootings across the city.")
    assert not _OTHER.search("A man was wounded on Elm Street on Friday.")


def test_singular_verb_coordination_is_one_person(settings: Settings) -> None:
    kinds = _kinds(settings, "A husband and father of two was shot and killed in Elmford.")
    assert ("killed", 2) not in kinds
    assert ("killed", 2) in _kinds(settings, "A man and a woman were shot and killed in Elmford.")


def test_along_with_people_are_read_one_by_one(settings: Settings) -> None:
    doc = load_nlp(settings)(
        "Rolf Amberg was shot along with a 16-year-old boy and a 21-year-old man in Elmford."
    )
    counts = [c for s in doc.sents for c in read_sentence(s, {}, ()).counts]
    people = {c.person for c in counts if c.kind == "shot" and c.person}
    assert len(people) == 3, people
    assert all(c.person or c.number.value != 2 for c in counts)  # no part taken for a total


def test_separate_shooting_paragraph_is_another_event(settings: Settings, make: Make) -> None:
    text = (
        "A man was shot and killed on Elm Street in Elmford on Friday night, police said. "
        "In a separate shooting, a woman was wounded on Oak Street. Two other men were also "
        "shot there.\n\nPolice have not named the man killed on Elm Street."
    )
    main = extract(make(text, published="2024-03-09"), settings)[0]
    assert count_totals(main).get("injured", 0) == 0
    assert count_totals(main)["killed"] == 1
