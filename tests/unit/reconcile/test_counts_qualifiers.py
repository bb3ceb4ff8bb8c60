"""Lower bounds and exact figures that fit together are both true."""

from __future__ import annotations

from reconcile_story import Story


def _two(first: tuple[str, int, str], second: tuple[str, int, str]) -> Story:
    s = Story()
    a = s.article("a", f"Officials said {first[0]} on Tuesday.", published="2030-05-01")
    b = s.article("b", f"Medics reported that {second[0]} overnight.", published="2030-05-01")
    s.mention(a, counts=[s.count(a, first[0], "intercepted", first[1], first[2])])
    s.mention(b, counts=[s.count(b, second[0], "intercepted", second[1], second[2])])
    return s


def test_counts_at_least_and_exact_both_hold() -> None:
    story = _two(("at least three drones were downed", 3, "at_least"),
                 ("seven drones were downed", 7, "exact"))  # fmt: skip
    res = story.event().counts["intercepted"]
    assert (res.best, res.low, res.high, res.status) == (7, 7, 7, "subset")


def test_counts_lower_bound_alone_is_best_and_low() -> None:
    s = Story()
    a = s.article("a", "The army said at least three rockets were shot down.")
    s.mention(a, counts=[s.count(a, "at least three rockets", "intercepted", 3, "at_least")])
    res = s.event().counts["intercepted"]
    assert (res.best, res.low, res.high, res.status) == (3, 3, None, "single_source")
    assert "at least 3" in res.rule


def test_counts_same_figure_everywhere_is_agreed() -> None:
    story = _two(("two drones were downed", 2, "exact"),
                 ("two drones were downed by the crew", 2, "exact"))  # fmt: skip
    res = story.event().counts["intercepted"]
    assert (res.best, res.low, res.high, res.status) == (2, 2, 2, "agreed")


def test_counts_about_overlaps_an_exact_figure() -> None:
    story = _two(("about ten drones were downed", 10, "about"),
                 ("eleven drones were downed", 11, "exact"))  # fmt: skip
    res = story.event().counts["intercepted"]
    assert res.best == 11 and res.status == "subset"
