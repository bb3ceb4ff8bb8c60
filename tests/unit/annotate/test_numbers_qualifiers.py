"""Quantities: digits, number words, vague amounts and qualifiers, on invented sentences."""

import pytest

from newsfuse.annotate._numbers import find_quantities, parse_number


def _read(text: str) -> list[tuple[str, int, int | None, int | None, str]]:
    return [(q.text, q.value, q.low, q.high, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("words", "value"),
    [("seven", 7), ("twenty-five", 25), ("one hundred and twenty", 120), ("1,200", 1200),
     ("a thousand", 1000), ("forty two", 42)],
)  # fmt: skip
def test_numbers_parse_words_and_digits(words: str, value: int) -> None:
    assert parse_number(words) == value


def test_numbers_prefix_qualifiers() -> None:
    got = _read("At least nine sheep were lost and more than 30 fences fell; up to 4 barns burned.")
    assert got == [
        ("At least nine", 9, 9, None, "at_least"),
        ("more than 30", 30, 31, None, "at_least"),
        ("up to 4", 4, None, 4, "at_most"),
    ]


def test_numbers_about_and_vague() -> None:
    got = _read("About a dozen kites and dozens of balloons, nearly 300 hats, two dozen cups.")
    assert got == [
        ("About a dozen", 12, 12, 12, "about"),
        ("dozens", 24, 24, 99, "vague"),
        ("nearly 300", 300, 300, 300, "about"),
        ("two dozen", 24, 24, 24, "about"),
    ]


def test_numbers_ranges() -> None:
    got = _read("Between 5 and 7 boats sank, 10-12 oars broke and three or four sails tore.")
    assert [(t, lo, hi, q) for t, _, lo, hi, q in got] == [
        ("Between 5 and 7", 5, 7, "range"),
        ("10-12", 10, 12, "range"),
        ("three or four", 3, 4, "range"),
    ]


def test_numbers_skip_ages_times_money_years() -> None:
    got = _read("A 34-year-old man left at 6 p.m. with $4,000 in 2019; no one saw him.")
    assert got == [("A", 1, 1, 1, "exact")]


def test_numbers_article_counts_only_before_a_person() -> None:
    got = _read("A tall woman found a key and another farmer found a coin.")
    assert [t for t, *_ in got] == ["A", "another"]


def test_numbers_skip_given_spans() -> None:
    text = "On 3 May four ducks left."
    assert [q.text for q in find_quantities(text, skip=[(0, 8)])] == ["four"]


def test_numbers_any_whitespace_inside_phrases() -> None:
    got = _read(
        "At\u00a0least three\u00a0dozen? No: about\u00a0a\u00a0dozen and more than\n5 geese."
    )
    assert [(t, q) for t, _, _, _, q in got] == [
        ("At\u00a0least three\u00a0dozen", "at_least"),
        ("about\u00a0a\u00a0dozen", "about"),
        ("more than\n5", "at_least"),
    ]


def test_numbers_scores_and_tens_need_of() -> None:
    got = _read("She scores often; scores of fans and tens of thousands of flags waved.")
    assert [(t, v) for t, v, *_ in got] == [("scores", 40), ("tens of thousands", 20000)]


def test_numbers_age_in_apposition_is_not_a_count() -> None:
    assert find_quantities("Boy, 9, hurt in sledding fall") == []
    assert find_quantities("Jane Roe, 24, of Millbrook won the race") == []
    assert [q.value for q in find_quantities("The storm felled 3, bent 4, officials said")] == [
        3,
        4,
    ]
