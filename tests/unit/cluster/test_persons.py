from __future__ import annotations

from newsfuse.cluster._persons import full_names, person_names


def test_persons_full_name_referred_back_by_surname() -> None:
    text = (
        "Corwin Ashdale, 34, was shot on Fenwick Street on Sunday. Ashdale was taken to a "
        "hospital, where he died. His sister said Ashdale had just finished work."
    )
    assert person_names(text) == frozenset({"corwin ashdale"})


def test_persons_middle_initial_and_possessive_surname() -> None:
    text = "Lena T. Marchetti was wounded in the leg. Marchetti's neighbours heard four shots."
    assert person_names(text) == frozenset({"lena marchetti"})


def test_persons_need_the_surname_alone() -> None:
    """A capitalised pair never referred back to by its last word is not taken as a person."""
    text = "Gunfire near Willow Crossing left one man hurt, and Willow Crossing residents fled."
    assert person_names(text) == frozenset()


def test_persons_officials_places_and_organisations_left_out() -> None:
    text = (
        "Police Chief Harlan Brisco said the shooting was under review. Brisco gave no names. "
        "The victim was taken to Moira Tillman Hospital; Tillman Hospital staff said he was "
        "stable. Spokeswoman Greta Vaile said Vaile's office would update the public. "
        "North Fallow residents said Fallow has seen three shootings this year."
    )
    assert person_names(text) == frozenset()


def test_persons_full_names_of_actors() -> None:
    names = full_names(["Tobias Renner Jr.", "Renner", "a 17-year-old boy", "Ida Q. Falk"])
    assert names == frozenset({"tobias renner", "ida falk"})


def test_persons_a_repeated_word_is_no_name() -> None:
    """A dateline after a header ("Dunmore Dunmore police said") names no one."""
    text = "Dunmore Dunmore police said two men were hurt. Dunmore has had three shootings."
    assert person_names(text) == frozenset()
    assert full_names(["Dunmore Dunmore", "Ada Vell"]) == frozenset({"ada vell"})
