"""Single people told apart across sentences, wound phrases and background tolls (invented
sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfuse.extract import count_totals, extract
from newsfuse.models import AnnotatedArticle
from newsfuse.settings import Settings

Make = Callable[..., AnnotatedArticle]


def _totals(make: Make, settings: Settings, text: str) -> dict[str, int]:
    mentions = extract(make(text, published="2024-03-06"), settings)
    assert mentions, "no event found"
    return count_totals(mentions[0])


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (  # one victim told of three times: described, named with the same age, "the victim"
            "A 24-year-old man was shot on Elm Street in Millbrook on Monday. John Doe, 24, "
            "died at a hospital. The victim had been shot twice, police said.",
            1,
            0,
        ),
        (  # two indefinite descriptions in one sentence are two people
            "In Millbrook on Monday night one man was shot in his back, and gunfire also hit "
            "a 29-year-old man, who was shot in the leg.",
            0,
            2,
        ),
        (  # a different age is a different person
            "Jane Roe, a 60-year-old woman, was shot and killed in Millbrook on Monday. A "
            "19-year-old man, also shot, remains in stable condition at Millbrook General.",
            1,
            1,
        ),
        (  # a headline's "Woman" is the woman the body describes
            "Woman shot, killed in Millbrook\n\nA 37-year-old woman was shot twice on "
            "Monday night, police said.",
            1,
            0,
        ),
        (  # "the victim" is not "a second victim"
            "In Millbrook on Monday one person died and a second was injured when gunfire hit "
            "them, officers say. The victim was killed outside a bakery.",
            1,
            1,
        ),
    ],
)
def test_persons_counted_once_each(
    make: Make, settings: Settings, text: str, killed: int, injured: int
) -> None:
    totals = _totals(make, settings, text)
    assert (totals.get("killed", 0), totals.get("injured", 0)) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "Officers found a man with a gunshot wound in Millbrook on Monday night.",
        "Jon Poe, 29, was suffering from a gunshot wound after a shooting in Millbrook.",
        "A shooting in Millbrook on Monday left one man critically injured, police said.",
        "A man was shot in Millbrook on Monday. Medics took him to a hospital in critical state.",
        "Two women are fighting for their lives after a shooting in Millbrook on Monday.",
    ],
)
def test_persons_wound_phrases_are_injured(make: Make, settings: Settings, text: str) -> None:
    totals = _totals(make, settings, text)
    assert totals.get("injured", 0) >= 1
    assert totals.get("killed", 0) == 0


@pytest.mark.parametrize(
    "text",
    [
        "A deputy shot and killed a man in Millbrook on Monday, the sheriff said.",
        "A man opened fire at a Millbrook bowling alley on Monday. Officers say he then took "
        "his own life.",
        "A man named Dan Poe, 33, was fatally struck in Millbrook on Monday when a gunman "
        "fired into a crowd, officers said.",
    ],
)
def test_persons_one_killed(make: Make, settings: Settings, text: str) -> None:
    assert _totals(make, settings, text).get("killed") == 1


def test_persons_place_with_own_subject_is_not_a_victim(make: Make, settings: Settings) -> None:
    text = (
        "Police found Dan Poe shot in Millbrook on Monday near Elm Park, where Poe was "
        "killed, police said."
    )
    assert _totals(make, settings, text).get("killed") == 1


def test_persons_background_toll_with_year_is_left_out(make: Make, settings: Settings) -> None:
    text = (
        "A 25-year-old man was shot and killed in Millbrook on Monday, officers said. A "
        "suspect was held on Tuesday. Millbrook has not had a deadlier January since 2007, "
        "when 28 people were killed."
    )
    assert _totals(make, settings, text).get("killed") == 1


def test_persons_background_victim_is_no_antecedent(make: Make, settings: Settings) -> None:
    text = (
        "A 30-year-old man was shot in Millbrook on Monday, police said. His brother Carl, "
        "then 18, was shot and killed nearby in a robbery. He was wounded in the arm and is "
        "expected to survive."
    )
    totals = _totals(make, settings, text)
    assert (totals.get("killed", 0), totals.get("injured", 0)) == (0, 1)
