"""Single persons, the hurt who died, figures that belong to other events."""

from __future__ import annotations

import dataclasses

from reconcile_story import Story


def _person(s: Story, art, phrase: str, kind: str, person: str, subgroup: str | None = None):  # type: ignore[no-untyped-def]
    return dataclasses.replace(s.count(art, phrase, kind, 1, subgroup=subgroup), person=person)


def test_counts_name_and_pronoun_are_one_person() -> None:
    s = Story()
    a = s.article("a", "Dana Reyes was killed outside the bakery. She died at the scene.")
    s.mention(a, counts=[_person(s, a, "Dana Reyes was killed", "killed", "Dana Reyes"),
                         _person(s, a, "She died", "killed", "(anaphor)")])  # fmt: skip
    assert s.event().counts["killed"].best == 1


def test_counts_described_people_of_different_groups_are_two() -> None:
    s = Story()
    a = s.article("a", "A woman was killed and a child was killed in the fire.")
    woman = _person(s, a, "A woman was killed", "killed", "A woman", "women")
    child = _person(s, a, "a child was killed", "killed", "a child", "children")
    s.mention(a, counts=[woman, child])
    assert s.event().counts["killed"].best == 2


def test_counts_single_injured_person_beside_a_death_is_the_one_who_died() -> None:
    s = Story()
    a = s.article("a", "A cyclist was shot on Elm Road. The injured man later died.",
                  published="2030-03-01")  # fmt: skip
    b = s.article("b", "One man was killed on Elm Road on Saturday.", published="2030-03-02")
    s.mention(a, counts=[_person(s, a, "The injured man", "injured", "The injured man")])
    s.mention(b, counts=[s.count(b, "One man was killed", "killed", 1)])
    event = s.event()
    assert event.counts["killed"].best == 1
    injured = event.counts["injured"]
    assert injured.best == 0 and "person who died" in injured.rule
    assert len(injured.claims) == 1  # the claim is kept


def test_counts_yearly_statistic_is_set_aside() -> None:
    s = Story()
    a = s.article("a", "A hunter died on the ridge. Some 4,500 people died this way last year.")
    s.mention(a, counts=[_person(s, a, "A hunter died", "killed", "A hunter"),
                         s.count(a, "4,500 people died", "killed", 4500)])  # fmt: skip
    killed = s.event().counts["killed"]
    assert killed.best == 1
    assert "set aside as background" in killed.rule and "4500" in killed.rule


def test_counts_tally_of_a_month_is_set_aside() -> None:
    s = Story()
    a = s.article(
        "a", "At least nine people died in the county this month.", published="2030-06-01"
    )
    b = s.article("b", "A driver was killed on the bridge.", published="2030-06-01")
    c = s.article("c", "The driver killed on the bridge was named.", published="2030-06-01")
    s.mention(a, counts=[s.count(a, "At least nine people died", "killed", 9, "at_least")])
    s.mention(b, counts=[_person(s, b, "A driver was killed", "killed", "A driver")])
    s.mention(c, counts=[_person(s, c, "The driver killed", "killed", "The driver")])
    killed = s.event().counts["killed"]
    assert killed.best == 1
    assert "set aside as sums of several incidents: 9 (a)" in killed.rule


def test_counts_single_persons_are_a_floor_under_a_stated_toll() -> None:
    s = Story()
    a = s.article("a", "At least nine people have died after the ferry capsized.")
    b = s.article("b", "Divers recovered the body of a fisherman.")
    c = s.article("c", "A teacher was among the dead.")
    s.mention(a, counts=[s.count(a, "At least nine people have died", "killed", 9, "at_least")])
    s.mention(b, counts=[_person(s, b, "the body of a fisherman", "killed", "a fisherman")])
    s.mention(c, counts=[_person(s, c, "A teacher was among the dead", "killed", "A teacher")])
    killed = s.event().counts["killed"]
    assert (killed.best, killed.low, killed.high, killed.status) == (9, 9, None, "subset")


def test_counts_exact_toll_beside_named_victims_is_the_toll() -> None:
    s = Story()
    a = s.article("a", "The gunman killed all five people in the house.")
    b = s.article("b", "Greta Lind was among those killed.")
    c = s.article("c", "Police named Otto Lind as one of the dead.")
    s.mention(a, counts=[s.count(a, "killed all five people", "killed", 5)])
    s.mention(
        b, counts=[_person(s, b, "Greta Lind was among those killed", "killed", "Greta Lind")]
    )
    s.mention(c, counts=[_person(s, c, "Otto Lind as one of the dead", "killed", "Otto Lind")])
    killed = s.event().counts["killed"]
    assert (killed.best, killed.status) == (5, "subset")


def test_counts_names_joined_in_one_quote_are_two_people() -> None:
    s = Story()
    a = s.article("a", "Ann Vale, 33, and Bo Park, 28, were killed at the market.")
    both = _person(s, a, "Ann Vale, 33, and Bo Park, 28, were killed", "killed", "Ann Vale")
    second = _person(s, a, "Bo Park, 28, were killed", "killed", "Bo Park")
    s.mention(a, counts=[both, second])
    assert s.event().counts["killed"].best == 2


def test_counts_names_in_different_sentences_are_not_counted_apart() -> None:
    s = Story()
    a = s.article("a", "Ann Vale was killed at the market. Police said Vale died at once.")
    s.mention(a, counts=[_person(s, a, "Ann Vale was killed", "killed", "Ann Vale"),
                         _person(s, a, "Vale died", "killed", "Vale")])  # fmt: skip
    assert s.event().counts["killed"].best == 1
