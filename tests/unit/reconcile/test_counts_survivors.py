"""Single-person injured reports beside a death: the victim before dying, or a survivor."""

from __future__ import annotations

import dataclasses

from reconcile_story import Story

from newsfuse.models import Article, CountClaim


def _person(s: Story, art: Article, phrase: str, kind: str, person: str,
            subgroup: str | None = None) -> CountClaim:  # fmt: skip
    return dataclasses.replace(s.count(art, phrase, kind, 1, subgroup=subgroup), person=person)


def _injured(text: str, killed: tuple[str, str], hurt: tuple[str, str],
             subgroups: tuple[str | None, str | None] = (None, None)) -> int | None:  # fmt: skip
    s = Story()
    a = s.article("a", text)
    s.mention(a, counts=[_person(s, a, killed[0], "killed", killed[1], subgroups[0]),
                         _person(s, a, hurt[0], "injured", hurt[1], subgroups[1])])  # fmt: skip
    return s.event().counts["injured"].best


def test_survivors_pronoun_after_the_death_is_the_one_who_died() -> None:
    text = "A girl of four has died after she was wounded at home."
    assert _injured(text, ("A girl of four has died", "A girl of four"),
                    ("she was wounded", "(anaphor)")) == 0  # fmt: skip


def test_survivors_killing_one_and_wounding_another_are_two() -> None:
    text = "The gunman opened fire, killing Lee Moss and wounding a neighbour."
    assert _injured(text, ("killing Lee Moss", "Lee Moss"),
                    ("wounding a neighbour", "a neighbour")) == 1  # fmt: skip


def test_survivors_another_victim_is_someone_else() -> None:
    text = "A man was shot dead on Elm Road. Another victim was grazed in the arm."
    assert _injured(text, ("A man was shot dead", "A man"),
                    ("Another victim was grazed", "(anaphor)")) == 1  # fmt: skip


def test_survivors_stable_condition_is_someone_who_lived() -> None:
    text = "A man died at the scene. The woman is in stable condition at the hospital."
    assert _injured(text, ("A man died", "A man"),
                    ("The woman is in stable condition", "(anaphor)")) == 1  # fmt: skip


def test_survivors_wounded_officer_beside_a_dead_suspect_are_two() -> None:
    text = "An officer was wounded in the exchange. The suspect died later."
    injured = _injured(
        text,
        ("The suspect died", "(anaphor)"),
        ("An officer was wounded", "An officer"),
        (None, "security_forces"),
    )
    assert injured == 1


def test_survivors_wounded_child_beside_a_dead_child_is_the_same_child() -> None:
    text = "Deputies found the boy wounded. The child died at the hospital."
    injured = _injured(
        text,
        ("The child died", "(anaphor)"),
        ("found the boy wounded", "(anaphor)"),
        ("children", "children"),
    )
    assert injured == 0
