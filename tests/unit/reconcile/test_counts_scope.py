"""Figures that are not this incident's toll: roundups, tallies, and the killer left out."""

from __future__ import annotations

import dataclasses

from reconcile_story import Story


def test_scope_roundup_total_is_set_aside_for_the_incidents_own_figure() -> None:
    s = Story()
    a = s.article("a", "Four men were wounded on Pine Street on Monday.", published="2031-05-01")
    b = s.article(
        "b",
        "Nine people were wounded in separate shootings across the city since Friday.",
        published="2031-05-02",
    )
    s.mention(a, counts=[s.count(a, "Four men were wounded", "injured", 4)])
    s.mention(b, counts=[s.count(b, "Nine people were wounded", "injured", 9)])
    injured = s.event().counts["injured"]
    assert (injured.best, injured.status) == (4, "single_source")
    assert "set aside as sums of several incidents: 9 (b)" in injured.rule
    assert len(injured.claims) == 2  # every claim is kept


def test_scope_roundup_alone_leaves_the_figure_unknown() -> None:
    s = Story()
    a = s.article("a", "Two people were killed in three shootings on Saturday night.")
    s.mention(a, counts=[s.count(a, "Two people were killed", "killed", 2)])
    event = s.event()
    killed = event.counts["killed"]
    assert (killed.best, killed.low, killed.high, killed.status) == (None, 0, 2, "contested")
    assert "not given (at most 2)" in killed.rule
    sentence = [x for x in event.summary if "number killed is contested: no source" in x.text]
    assert sentence and sentence[0].citations == ("a",)


def test_scope_tally_over_weeks_is_set_aside() -> None:
    s = Story()
    a = s.article(
        "a", "A boy was killed on Oak Lane. Eight youths have died in the past two months."
    )
    boy = dataclasses.replace(s.count(a, "A boy was killed", "killed", 1), person="A boy")
    s.mention(a, counts=[boy, s.count(a, "Eight youths have died", "killed", 8)])
    assert s.event().counts["killed"].best == 1


def test_scope_earlier_this_year_is_a_date_not_a_tally() -> None:
    s = Story()
    a = s.article("a", "Three rockets hit the camp, which was built earlier this year.")
    s.mention(a, counts=[s.count(a, "Three rockets hit", "landed", 3)])
    assert s.event().counts["landed"].best == 3


def test_scope_killer_who_killed_himself_is_one_more_death() -> None:
    s = Story()
    a = s.article("a", "Police said a man killed two people and then himself at the office.")
    s.mention(a, counts=[s.count(a, "killed two people", "killed", 2)])
    assert s.event().counts["killed"].best == 3


def test_scope_killer_is_counted_once_when_another_source_reports_him() -> None:
    s = Story()
    a = s.article("a", "Police said a man killed two people and then himself at the office.")
    b = s.article("b", "Two women were shot dead. The gunman was found dead inside.")
    s.mention(a, counts=[s.count(a, "killed two people", "killed", 2)])
    s.mention(b, counts=[s.count(b, "Two women were shot dead", "killed", 2),
                         s.count(b, "The gunman was found dead", "killed", 1,
                                 subgroup="perpetrators")])  # fmt: skip
    killed = s.event().counts["killed"]
    assert (killed.best, killed.status) == (3, "agreed")


def test_scope_everyone_dead_after_a_suicide_is_not_raised() -> None:
    s = Story()
    a = s.article("a", "He turned the gun on himself, leaving three dead in the house.")
    s.mention(a, counts=[s.count(a, "three dead", "killed", 3)])
    assert s.event().counts["killed"].best == 3


def test_scope_roundup_summary_cites_its_source_even_without_a_written_figure() -> None:
    s = Story()
    a = s.article("a", "Several people were killed in separate shootings on Saturday.")
    s.mention(a, counts=[s.count(a, "people were killed", "killed", 3, "vague")])
    said = [x for x in s.event().summary if "number killed is contested" in x.text]
    assert said and said[0].citations == ("a",)


def test_scope_everyone_dead_counts_the_killer_another_source_reports() -> None:
    s = Story()
    a = s.article("a", "Two people are dead after a shooting at a farmhouse near Dunmere.")
    b = s.article("b", "A man shot his neighbour, then turned the gun on himself, deputies said.")
    s.mention(a, counts=[s.count(a, "Two people are dead", "killed", 2)])
    s.mention(b, counts=[s.count(b, "shot his neighbour", "killed", 1),
                         s.count(b, "turned the gun on himself", "killed", 1,
                                 subgroup="perpetrators")])  # fmt: skip
    killed = s.event().counts["killed"]
    assert killed.best == 2 and "perpetrator" in killed.rule


def test_scope_victims_named_in_a_total_leave_the_killer_out() -> None:
    s = Story()
    a = s.article("a", "Two clerks were killed at the depot. The gunman later killed himself.")
    s.mention(a, counts=[s.count(a, "Two clerks were killed", "killed", 2),
                         s.count(a, "killed himself", "killed", 1,
                                 subgroup="perpetrators")])  # fmt: skip
    assert s.event().counts["killed"].best == 3
