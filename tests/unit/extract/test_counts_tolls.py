"""Tolls: a running total moved to or stated at a figure (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfuse.annotate import load_nlp
from newsfuse.extract import count_totals, extract
from newsfuse.extract._tolls import toll_counts
from newsfuse.models import AnnotatedArticle
from newsfuse.settings import Settings

Make = Callable[..., AnnotatedArticle]


def _tolls(settings: Settings, text: str) -> list[tuple[str, int, str]]:
    doc = load_nlp(settings)(text)
    return [
        (c.kind, c.number.value, c.number.qualifier)
        for sent in doc.sents
        for c in toll_counts(sent, {})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll from the barge fire rose to 14 on Tuesday.", ("killed", 14, "exact")),
        ("The number of dead climbed to 9 after divers searched the hull.", ("killed", 9, "exact")),
        ("Officials said the toll had risen to at least 11.", ("killed", 11, "at_least")),
        ("By nightfall the death toll stood at 26.", ("killed", 26, "exact")),
        ("The death toll is now 8.", ("killed", 8, "exact")),
        ("Two more bodies were found, raising the death toll to 31.", ("killed", 31, "exact")),
        ("The storm left a death toll of more than 200.", ("killed", 200, "at_least")),
        ("The toll rose by three to 17.", ("killed", 17, "exact")),
        ("The number of injured reached 52 by the evening.", ("injured", 52, "exact")),
        ("The number of people killed in the fire rose to 23.", ("killed", 23, "exact")),
        ("The number of passengers injured climbed to 40.", ("injured", 40, "exact")),
    ],
)  # fmt: skip
def test_tolls_read_the_figure_moved_to(
    settings: Settings, text: str, expected: tuple[str, int, str]
) -> None:
    assert _tolls(settings, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The villagers paid a heavy toll.",
        "The bridge toll rose to 5 dollars in March.",
        "The toll road opened to traffic at 6 a.m.",
        "The death toll was expected to rise.",
        "Officials warned the death toll could rise to 40.",
        "The vote count reached 60 by midnight.",
    ],
)
def test_tolls_that_are_not_figures(settings: Settings, text: str) -> None:
    assert _tolls(settings, text) == []


def test_a_rising_toll_is_the_articles_killed_figure(make: Make, settings: Settings) -> None:
    text = (
        "A passenger ferry capsized on the Varna river near Kelso on Monday.\n\n"
        "Rescuers pulled four bodies from the water in the first hours.\n\n"
        "By Wednesday the death toll had risen to 12, the provincial governor said."
    )
    mentions = extract(make(text, published="2024-05-08"), settings)
    assert mentions
    assert count_totals(mentions[0])["killed"] == 12
