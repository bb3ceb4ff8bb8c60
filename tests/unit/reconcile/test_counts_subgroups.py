"""Subgroup figures add up without double counting."""

from __future__ import annotations

from reconcile_story import Story, rocket_story


def test_counts_subgroups_from_different_sources_add_up() -> None:
    event = rocket_story().event()
    injured = event.counts["injured"]
    assert (injured.best, injured.low, injured.high) == (7, 7, None)
    assert injured.status == "subset"
    assert injured.breakdown == {"civilians": 4, "security_forces": 3}
    assert "without double counting" in injured.rule
    assert len(injured.claims) == 4  # every claim kept, the wire copy too


def test_counts_total_including_a_subgroup_is_the_total() -> None:
    s = Story()
    a = s.article("a", "Nine people were hurt, including six pupils, when the shelter fell.")
    s.mention(
        a,
        counts=[
            s.count(a, "Nine people were hurt", "injured", 9, includes=["children"]),
            s.count(a, "six pupils", "injured", 6, subgroup="children"),
        ],
    )
    injured = s.event().counts["injured"]
    assert (injured.best, injured.low, injured.high) == (9, 9, 9)
    assert injured.breakdown == {"children": 6}


def test_counts_child_subgroup_sits_inside_civilians() -> None:
    s = Story()
    a = s.article(
        "a", "Shelling killed five civilians, two of them children.", published="2030-01-02"
    )
    b = s.article("b", "Two children died in the shelling on Friday.", published="2030-01-02")
    s.mention(a, counts=[s.count(a, "killed five civilians", "killed", 5, subgroup="civilians")])
    s.mention(b, counts=[s.count(b, "Two children died", "killed", 2, subgroup="children")])
    killed = s.event().counts["killed"]
    assert killed.best == 5  # the two children are among the five civilians


def test_counts_perpetrator_is_added_to_victims_once() -> None:
    s = Story()
    a = s.article("a", "The gunman killed two diners before officers shot him dead.")
    b = s.article("b", "Two diners were killed at the cafe on Sunday night.")
    s.mention(
        a,
        counts=[
            s.count(a, "killed two diners", "killed", 2),
            s.count(a, "shot him dead", "killed", 1, subgroup="perpetrators"),
        ],
    )
    s.mention(b, counts=[s.count(b, "Two diners were killed", "killed", 2)])
    killed = s.event().counts["killed"]
    assert killed.best == 3
    assert killed.breakdown == {"perpetrators": 1}
    assert "perpetrator" in killed.rule


def test_counts_total_that_includes_the_perpetrator_is_not_raised() -> None:
    s = Story()
    a = s.article("a", "Three people died, including the attacker, in the square.")
    s.mention(
        a,
        counts=[
            s.count(a, "Three people died", "killed", 3, includes=["perpetrators"]),
            s.count(a, "the attacker", "killed", 1, subgroup="perpetrators"),
        ],
    )
    assert s.event().counts["killed"].best == 3
