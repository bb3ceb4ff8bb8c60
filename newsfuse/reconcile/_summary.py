"""A neutral summary of one reconciled event, every sentence citing the sources behind it.

Sentences are written from the resolved fields, never from free text: each number written is
taken from a claim whose quote holds it, and that claim's article is cited. Contested fields
say that they are contested.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsfuse.models import (
    ActorClaim,
    CountClaim,
    CountResolution,
    DateClaim,
    FieldResolution,
    Place,
    SummarySentence,
)
from newsfuse.reconcile._fields import dates_compatible, places_compatible
from newsfuse.reconcile._sources import Source
from newsfuse.reconcile._text import numbers_in

_QUALIFIER = {"at_least": "at least ", "at_most": "at most ", "about": "about "}
_ROLE_PHRASE = {
    "claimed_by": "Reported as claiming responsibility",
    "suspected": "Reported as suspected",
    "blamed": "Reported as blamed",
    "blamed_by": "Reported as blaming others",
    "attacker": "Named as the attacker",
    "denied_by": "Reported as denying involvement",
    "target": "Reported target",
    "victim": "Reported victim",
}
_BLAME = {"claimed_by", "suspected", "blamed", "attacker"}
#: most actor names one summary sentence lists for a role
MAX_NAMES = 3


@dataclass(frozen=True)
class Facts:
    """What the summary is written from."""

    event_type: str
    sub_event_type: str
    date: FieldResolution
    location: FieldResolution
    counts: Mapping[str, CountResolution]
    actors: Sequence[ActorClaim]
    sources: Mapping[str, Source]  # article id -> Source


def _cite(facts: Facts, article_ids: Iterable[str]) -> tuple[str, ...]:
    found = [facts.sources[a].input_id for a in article_ids if a in facts.sources]
    return tuple(dict.fromkeys(found))


def _article(claim: CountClaim | ActorClaim | DateClaim) -> str | None:
    return claim.evidence.article_id if claim.evidence else None


def _quoting(claims: Iterable[CountClaim], value: int) -> list[str]:
    """Article ids of claims whose quote writes ``value``."""
    return [
        c.evidence.article_id
        for c in claims
        if c.evidence and value in numbers_in(c.evidence.quote)
    ]


def what_where_when(facts: Facts) -> list[SummarySentence]:
    kind = (facts.sub_event_type or facts.event_type or "event").lower()
    place = facts.location.value if isinstance(facts.location.value, Place) else None
    day = facts.date.value if isinstance(facts.date.value, DateClaim) else None
    text = f"Sources report a {kind}"
    cited: list[str] = []
    if place is not None:
        where = (
            place.name
            if not place.city or place.city == place.name
            else (f"{place.name}, {place.city}")
        )
        text += f" in {where},"
        for claim in facts.location.claims:
            if places_compatible(place, claim.place) and claim.evidence:
                cited.append(claim.evidence.article_id)
    if day is not None and day.date and facts.date.status != "contested":
        # a date is written only where a source states it or was published on it
        stated = [a for c in facts.date.claims if dates_compatible(day, c) and (a := _article(c))]
        on_day = [a for a, s in facts.sources.items() if (s.published or "")[:10] == day.date]
        if stated or on_day:
            text += f" on {day.date}"
            cited += stated or on_day
    citations = _cite(facts, cited) or _cite(facts, facts.sources)
    out = [SummarySentence(text.rstrip(",") + ".", citations)]
    if facts.date.status == "contested":
        out.append(_contested_date(facts))
    return out


def _contested_date(facts: Facts) -> SummarySentence:
    given = [c for c in facts.date.claims if c.date and c.evidence and c.how != "published"]
    days = sorted({str(c.date)[:10] for c in given})
    cited = [a for c in given if (a := _article(c))]
    return SummarySentence(
        f"The date is contested: sources give {', '.join(days)}.",
        _cite(facts, cited) or _cite(facts, facts.sources),
    )


def count_sentence(kind: str, res: CountResolution, facts: Facts) -> SummarySentence | None:
    claims = res.claims
    if res.best is None and res.status == "contested":  # only sums of several incidents
        values = sorted({c.value for c in claims if _quoting(claims, c.value)})
        cited = [a for v in values for a in _quoting(claims, v)]
        cited = cited or [c.evidence.article_id for c in claims if c.evidence]
        given = f": {', '.join(map(str, values))}" if values else ""
        text = (
            f"The number {kind} is contested: no source gives it for this event alone; "
            f"roundups of several incidents give{given}."
        )
        return SummarySentence(text, _cite(facts, cited))
    if res.status == "contested":
        values = sorted({c.value for c in claims if _quoting(claims, c.value)})
        cited = [a for v in values for a in _quoting(claims, v)]
        if len(values) < 2:
            ids = [c.evidence.article_id for c in claims if c.evidence]
            return SummarySentence(f"The number {kind} is contested.", _cite(facts, ids))
        listed = ", ".join(str(v) for v in values[:-1]) + f" and {values[-1]}"
        return SummarySentence(
            f"The number {kind} is contested: sources give {listed}.", _cite(facts, cited)
        )
    parts = [
        (name, value, _quoting([c for c in claims if c.subgroup == name], value))
        for name, value in sorted(res.breakdown.items())
    ]
    parts = [p for p in parts if p[2]]
    breakdown = ", ".join(f"{n.replace('_', ' ')}: {v}" for n, v, _ in parts)
    best_from = _quoting(claims, res.best) if res.best is not None else []
    cited = best_from + [a for _, _, ids in parts for a in ids]
    if res.best is None or not best_from:
        if not parts:
            return None
        text = f"The number {kind} is given in parts: {breakdown}."
        return SummarySentence(text, _cite(facts, cited))
    qualifier = "at least " if res.high is None else ""
    text = f"The number {kind} is given as {qualifier}{res.best}"
    if parts:
        text += f" ({breakdown})"
    if res.status == "superseded":
        older = sorted(
            {c.value for c in claims if c.value != res.best and _quoting(claims, c.value)}
        )
        if older:
            text += f" in the latest reports; earlier reports gave {', '.join(map(str, older))}"
            cited += [a for v in older for a in _quoting(claims, v)]
    return SummarySentence(text + ".", _cite(facts, cited))


def actor_sentences(facts: Facts) -> list[SummarySentence]:
    out: list[SummarySentence] = []
    for role, phrase in _ROLE_PHRASE.items():
        claims = [a for a in facts.actors if a.role == role and a.evidence]
        if not claims:
            continue
        names: dict[str, list[str]] = {}
        for claim in claims:
            by = f" (according to {claim.attributed_to})" if _quotable(claim) else ""
            label = claim.name + by
            names.setdefault(label, []).append(claim.evidence.article_id)  # type: ignore[union-attr]
        # the names most sources give, at most MAX_NAMES of them (the facts table has all)
        top = sorted(names, key=lambda n: -len(set(names[n])))[:MAX_NAMES]
        cited = [a for n in top for a in names[n]]
        out.append(SummarySentence(f"{phrase}: {'; '.join(top)}.", _cite(facts, cited)))
    contested = _contested_blame(facts.actors)
    if contested:
        cited = [a for c in contested if (a := _article(c))]
        out.append(SummarySentence("Responsibility is contested.", _cite(facts, cited)))
    return out


def _quotable(claim: ActorClaim) -> bool:
    """True when the claim's attribution can be written: it adds no number its quote lacks."""
    if not claim.attributed_to or claim.evidence is None:
        return False
    return numbers_in(claim.attributed_to) <= numbers_in(claim.evidence.quote)


def _contested_blame(actors: Sequence[ActorClaim]) -> list[ActorClaim]:
    blamed = {a.name.lower() for a in actors if a.role in _BLAME}
    denied = [a for a in actors if a.role == "denied_by" and a.name.lower() in blamed]
    claimants = {a.name.lower() for a in actors if a.role in {"claimed_by", "attacker"}}
    if not denied and len(claimants) < 2:
        return []
    return [a for a in actors if a.role in _BLAME | {"denied_by"}]


def event_summary(facts: Facts) -> tuple[SummarySentence, ...]:
    """The summary sentences, each citing input ids; sentences with no citation are dropped."""
    out = what_where_when(facts)
    for kind, res in facts.counts.items():
        sentence = count_sentence(kind, res, facts)
        if sentence is not None:
            out.append(sentence)
    out += actor_sentences(facts)
    return tuple(s for s in out if s.citations)
