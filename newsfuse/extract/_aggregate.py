"""Count claims: merge repeats within one article, and total a mention's counts per kind."""

from __future__ import annotations

from collections import defaultdict

from newsfuse.extract._counts import ANAPHOR
from newsfuse.models import CountClaim, EventMention

_QUAL_RANK = {"exact": 0, "range": 1, "at_least": 2, "at_most": 2, "about": 3, "vague": 4}


def _strength(claim: CountClaim) -> tuple[int, int, int, int]:
    """Stronger first: attributed, precise qualifier, with includes, earliest."""
    start = claim.evidence.start if claim.evidence else 0
    return (
        claim.attributed_to is None,
        _QUAL_RANK.get(claim.qualifier, 5),
        -len(claim.includes),
        start,
    )


def _person_key(person: str | None) -> str | None:
    if person is None or person == ANAPHOR:
        return person
    words = person.split()
    return words[-1].strip(",.'’") if words else None


def merge_repeats(claims: list[CountClaim]) -> tuple[CountClaim, ...]:
    """The same figure stated twice in an article is one claim: keep the strongest."""
    best: dict[tuple[object, ...], CountClaim] = {}
    for claim in claims:
        key = (claim.kind, claim.subgroup, claim.value, _person_key(claim.person))
        if key not in best or _strength(claim) < _strength(best[key]):
            best[key] = claim
    ordered = sorted(best.values(), key=lambda c: c.evidence.start if c.evidence else 0)
    return tuple(ordered)


def _singles(claims: list[CountClaim]) -> int:
    """Distinct people counted one by one. Named and described people ("a man") may be the
    same person (no coreference here), so the larger of the two sets counts; an anaphor
    alone ("he died") is one."""
    named: set[str] = set()
    described: set[str] = set()
    anaphor = False
    for c in claims:
        if not c.person or c.person == ANAPHOR:
            anaphor = anaphor or c.person == ANAPHOR
            continue
        words = c.person.split()
        key = words[-1].strip(",.'’").lower()
        is_described = words[0].lower() in {"a", "an"} or not words[-1][:1].isupper()
        (described if is_described else named).add(key)
    return max(len(named), len(described)) or int(anaphor)


def _kind_total(claims: list[CountClaim]) -> int:
    precise = [c for c in claims if c.qualifier != "vague"]
    claims = precise or claims  # "dozens" only when nothing more precise is said
    totals = [c.value for c in claims if c.subgroup is None and c.person is None]
    by_group: dict[str, int] = defaultdict(int)
    for c in claims:
        if c.subgroup is not None and c.person is None:
            by_group[c.subgroup] = max(by_group[c.subgroup], c.value)
    return max(max(totals, default=0), sum(by_group.values()), _singles(claims))


def count_totals(mention: EventMention) -> dict[str, int]:
    """One figure per kind for a mention: the largest stated total, or the sum of distinct
    subgroups, or the number of distinct people counted one by one, whichever is largest.
    People reported "shot" and not counted as killed are counted as injured; a hurt "he" or
    "the victim" in an article that reports a death is taken to be the one who died."""
    by_kind: dict[str, list[CountClaim]] = defaultdict(list)
    for claim in mention.counts:
        by_kind[claim.kind].append(claim)
    killed = _kind_total(by_kind["killed"]) if by_kind["killed"] else 0
    if killed:
        for kind in ("injured", "shot"):
            by_kind[kind] = [c for c in by_kind[kind] if c.person != ANAPHOR]
    out = {kind: _kind_total(claims) for kind, claims in by_kind.items() if claims}
    shot = out.pop("shot", 0)
    if shot:
        out["injured"] = max(out.get("injured", 0), shot - killed)
    return out
