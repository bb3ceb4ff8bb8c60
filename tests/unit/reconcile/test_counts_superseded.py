"""Rising tolls: later reports supersede earlier ones, wire copies keep their original time."""

from __future__ import annotations

from reconcile_story import Story


def _toll() -> Story:
    s = Story()
    early = s.article(
        "early", "Two hikers were killed by the landslide near the northern pass, rescuers said.",
        outlet="Valley Post", published="2030-02-01T07:00",
    )  # fmt: skip
    late = s.article(
        "late", "The toll rose to five dead as crews reached the buried cabins on Sunday.",
        outlet="Ridge Times", published="2030-02-02T18:00",
    )  # fmt: skip
    s.mention(early, counts=[s.count(early, "Two hikers were killed", "killed", 2)])
    s.mention(late, counts=[s.count(late, "five dead", "killed", 5)])
    return s


def test_counts_later_report_supersedes_earlier() -> None:
    res = _toll().event().counts["killed"]
    assert (res.best, res.low, res.high, res.status) == (5, 5, 5, "superseded")
    assert "later reports supersede" in res.rule and "early" in res.rule


def test_counts_late_wire_copy_of_an_old_figure_does_not_supersede() -> None:
    s = _toll()
    copy = s.article(
        "copy", "Two hikers were killed by the landslide near the northern pass, rescuers said.",
        outlet="Echo Daily", published="2030-02-03T09:00",
    )  # fmt: skip
    s.mention(copy, counts=[s.count(copy, "Two hikers were killed", "killed", 2)])
    res = s.event().counts["killed"]
    assert res.best == 5 and res.status == "superseded"


def test_counts_same_time_disagreement_is_contested() -> None:
    s = Story()
    a = s.article("a", "Police said three people were killed.", published="2030-02-01")
    b = s.article("b", "Four people were killed, a mayor told radio.", published="2030-02-01")
    c = s.article("c", "A nurse said that four people were killed.", published="2030-02-01")
    s.mention(a, counts=[s.count(a, "three people were killed", "killed", 3)])
    s.mention(b, counts=[s.count(b, "Four people were killed", "killed", 4)])
    s.mention(c, counts=[s.count(c, "four people were killed", "killed", 4)])
    event = s.event()
    res = event.counts["killed"]
    assert (res.best, res.low, res.high, res.status) == (4, 3, 4, "contested")
    assert "2 of 3" in res.rule
    assert any("number killed is contested" in x.text for x in event.summary)


def test_counts_lower_later_figure_is_voted_not_superseding() -> None:
    s = Story()
    texts = ("Four people died in the blaze, firefighters said.",
             "The blaze killed four people, the mayor confirmed.",
             "Two people were killed in a blaze last week.")  # fmt: skip
    days = ("2030-02-01", "2030-02-01", "2030-02-09")
    phrases = ("Four people died", "killed four people", "Two people were killed")
    for n, (text, day, phrase) in enumerate(zip(texts, days, phrases, strict=True)):
        art = s.article(f"r{n}", text, published=day)
        s.mention(art, counts=[s.count(art, phrase, "killed", 2 if n == 2 else 4)])
    res = s.event().counts["killed"]
    assert (res.best, res.status) == (4, "contested")


def test_counts_rising_toll_takes_the_latest_figure() -> None:
    s = Story()
    a = s.article("a", "At least nine people died when the ferry capsized.",
                  published="2031-08-17T19:40")  # fmt: skip
    b = s.article("b", "The number of people killed rose to 17 on Monday.",
                  published="2031-08-18T14:22")  # fmt: skip
    c = s.article("c", "The death toll has risen to 19. Earlier estimates had put it at 17.",
                  published="2031-08-19T16:05")  # fmt: skip
    s.mention(a, counts=[s.count(a, "At least nine people died", "killed", 9, "at_least")])
    s.mention(b, counts=[s.count(b, "killed rose to 17", "killed", 17)])
    s.mention(c, counts=[s.count(c, "has risen to 19", "killed", 19),
                         s.count(c, "put it at 17", "killed", 17)])  # fmt: skip
    killed = s.event().counts["killed"]
    assert (killed.best, killed.status) == (19, "superseded")


def test_counts_tie_between_two_sources_goes_to_the_higher_figure() -> None:
    s = Story()
    a = s.article("a", "Two people died in the shooting.", published="2031-02-01")
    b = s.article("b", "One person died in the shooting.", published="2031-02-03")
    s.mention(a, counts=[s.count(a, "Two people died", "killed", 2)])
    s.mention(b, counts=[s.count(b, "One person died", "killed", 1)])
    killed = s.event().counts["killed"]
    assert (killed.best, killed.status) == (2, "contested")
