"""Numbers in text, as digits or words; ISO dates are not numbers."""

from __future__ import annotations

from newsfuse.reconcile._text import near_identical, numbers_in, sentence_around


def test_text_numbers_words_and_digits() -> None:
    assert numbers_in("seven rockets, 2,000 people and a dozen cars") == {7, 2000, 12}


def test_text_numbers_leave_out_dates_and_pronouns() -> None:
    assert numbers_in("on 2030-01-05 their loved ones waited") == set()


def test_text_sentence_around_a_span() -> None:
    text = "First one here. The second holds the figure 9. Third."
    start = text.index("9")
    assert sentence_around(text, start, start + 1) == "The second holds the figure 9."


def test_text_near_identical_needs_long_similar_passages() -> None:
    a = "The committee will publish its findings on the canal project next spring."
    assert near_identical(a, a.replace("next", "early next"), 90)
    assert not near_identical("five hurt", "five hurt", 90)  # too short to call a copy
