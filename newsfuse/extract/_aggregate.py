"""Count claims: merge repeats within one article, and total a mention's counts per kind."""

from __future__ import annotations

import re
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


_DESCRIPTION_START = frozenset({"a", "an", "one", "another", "the"})


def _person_key(person: str | None) -> str | None:
    """One key per person: a name by its surname ("Jane Roe" and "Roe"), a description by its
    words ("a man" and "a 24-year-old man" stay two people)."""
    if person is None or person.startswith("("):
        return person
    words = person.split()
    if not words:
        return None
    if words[0].lower() in _DESCRIPTION_START or not words[-1][:1].isupper():
        return person.lower()
    return words[-1].strip(",.'’").lower()


#: the evidence of a killer's own death (``_selfkill``)
_SELF_DEATH = re.compile(
    r"\b(?:him|her|them)sel(?:f|ves)\b|\bown li(?:fe|ves)\b|\bmurder\W?suicide\b", re.IGNORECASE
)


def own_death(claim: CountClaim) -> bool:
    """A killer's own death (``_selfkill``): a perpetrator killed by his own hand."""
    quote = claim.evidence.quote if claim.evidence else ""
    return claim.subgroup == "perpetrators" and _SELF_DEATH.search(quote) is not None


def merge_repeats(claims: list[CountClaim]) -> tuple[CountClaim, ...]:
    """The same figure stated twice in an article is one claim: keep the strongest."""
    best: dict[tuple[object, ...], CountClaim] = {}
    for claim in claims:
        key = (claim.kind, claim.subgroup, claim.value, _person_key(claim.person))
        if key not in best or _strength(claim) < _strength(best[key]):
            best[key] = claim
    ordered = sorted(best.values(), key=lambda c: c.evidence.start if c.evidence else 0)
    return tuple(ordered)


def _people(claims: list[CountClaim]) -> tuple[set[str], set[str]]:
    """(killed, hurt and not killed): the people counted one by one, by ``_person_key``."""
    status: dict[str, str] = {}
    for c in claims:
        key = _person_key(c.person)
        if key is None or key == ANAPHOR:
            continue  # an anaphor nobody was found for counts apart (``count_totals``)
        if c.kind == "killed" or status.get(key) == "killed":
            status[key] = "killed"
        elif c.kind in {"injured", "shot"}:
            status[key] = "hurt"
    killed = {k for k, v in status.items() if v == "killed"}
    return killed, set(status) - killed


def _kind_total(claims: list[CountClaim]) -> int:
    """The largest total stated for the whole, or the sum of distinct subgroups."""
    precise = [c for c in claims if c.qualifier != "vague"]
    claims = [c for c in precise or claims if c.person is None]
    # "dozens" only when nothing more precise is said
    totals = [c.value for c in claims if c.subgroup is None]
    by_group: dict[str, int] = defaultdict(int)
    for c in claims:
        if c.subgroup is not None:
            by_group[c.subgroup] = max(by_group[c.subgroup], c.value)
    return max(max(totals, default=0), sum(by_group.values()))


def _victims(claims: list[CountClaim], killed_people: set[str], anaphor: set[str]) -> int:
    """The killed besides perpetrators: a total, subgroups, or people one by one."""
    others = [c for c in claims if c.subgroup != "perpetrators"]
    total = _kind_total(others) if others else 0
    return max(total, len(killed_people) or int("killed" in anaphor))


def count_totals(mention: EventMention) -> dict[str, int]:
    """One figure per kind for a mention: the largest stated total, or the sum of distinct
    subgroups, or the number of distinct people counted one by one, whichever is largest.
    People reported "shot" and not counted as killed are counted as injured; a hurt "he" or
    "the victim" nobody was found for, in an article that reports a death, is taken to be the
    one who died."""
    by_kind: dict[str, list[CountClaim]] = defaultdict(list)
    for claim in mention.counts:
        by_kind[claim.kind].append(claim)
    harm = [c for k in ("killed", "injured", "shot") for c in by_kind[k]]
    killed_people, hurt_people = _people(harm)
    out = {kind: _kind_total(claims) for kind, claims in by_kind.items() if claims}
    anaphor = {c.kind for c in harm if c.person == ANAPHOR}
    killed = max(out.get("killed", 0), len(killed_people) or int("killed" in anaphor))
    if any(own_death(c) for c in by_kind["killed"]):
        killed = max(killed, _victims(by_kind["killed"], killed_people, anaphor) + 1)
    hurt = len(hurt_people) or int(not killed and bool(anaphor & {"injured", "shot"}))
    shot = out.pop("shot", 0)
    if killed:
        out["killed"] = killed
    if "injured" in out or shot or hurt:
        out["injured"] = max(out.get("injured", 0), shot - killed, hurt)
    return out
