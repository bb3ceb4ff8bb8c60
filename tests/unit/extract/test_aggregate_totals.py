"""Totals per kind and merging of repeated figures, on hand-made claims."""

from __future__ import annotations

from newsfuse.extract import count_totals
from newsfuse.extract._aggregate import merge_repeats
from newsfuse.extract._counts import ANAPHOR
from newsfuse.models import CountClaim, EventMention, Evidence


def _claim(kind: str, value: int, start: int = 0, **kw: object) -> CountClaim:
    ev = Evidence("a", start, start + 3, "xyz")
    return CountClaim(kind, value, evidence=ev, **kw)  # type: ignore[arg-type]


def _mention(*claims: CountClaim) -> EventMention:
    return EventMention("a:0", "a", "Violent crime", "Shooting", True, counts=claims)


def test_aggregate_subgroups_add_up() -> None:
    m = _mention(
        _claim("injured", 5, subgroup="civilians"),
        _claim("injured", 2, subgroup="security_forces"),
        _claim("injured", 6),
    )
    assert count_totals(m)["injured"] == 7


def test_aggregate_total_beats_smaller_sum() -> None:
    m = _mention(_claim("killed", 4), _claim("killed", 1, subgroup="children"))
    assert count_totals(m)["killed"] == 4


def test_aggregate_named_victims_count_one_each() -> None:
    m = _mention(
        _claim("killed", 1, person="Ann Lee"),
        _claim("killed", 1, person="Bo Chen"),
        _claim("killed", 1, person="Lee"),
    )
    assert count_totals(m)["killed"] == 2


def test_aggregate_shot_not_killed_is_injured() -> None:
    m = _mention(_claim("shot", 3), _claim("killed", 1))
    totals = count_totals(m)
    assert totals["killed"] == 1
    assert totals["injured"] == 2
    assert "shot" not in totals


def test_aggregate_anaphor_hurt_is_the_dead_victim() -> None:
    m = _mention(_claim("killed", 1, person="a man"), _claim("injured", 1, person=ANAPHOR))
    assert count_totals(m).get("injured", 0) == 0


def test_aggregate_vague_only_without_precise() -> None:
    m = _mention(_claim("fired", 24, qualifier="vague"), _claim("fired", 6))
    assert count_totals(m)["fired"] == 6


def test_aggregate_repeat_keeps_attributed_one() -> None:
    plain = _claim("killed", 3, start=10)
    said = _claim("killed", 3, start=50, attributed_to="police")
    merged = merge_repeats([plain, said])
    assert merged == (said,)
