"""Single-person injured reports in an event with a death: the victim before they died, or a
survivor?

"The injured girl was taken to hospital" in a report of one child killed is most often the
child who died, described before death; "killing two and wounding a third", "another man was
grazed", "the surviving victim" are someone else, who lived.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfuse.reconcile._estimate import SUBGROUP_PARENT
from newsfuse.reconcile._sources import Sourced

#: words in an injured person's sentence that mark someone other than the dead, who survived
SURVIVOR_CUES = frozenset(
    {
        "another",
        "other",
        "second",
        "third",
        "fourth",
        "fifth",
        "also",
        "surviving",
        "survivor",
        "survived",
        "survive",
        "survives",
        "recovering",
        "stable",
        "non-life-threatening",
    }
)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _related(a: str, b: str | None) -> bool:
    """True when subgroups ``a`` and ``b`` can be the same people (equal, or one holds the
    other: children are civilians)."""
    return b is not None and (a == b or SUBGROUP_PARENT.get(a) == b or SUBGROUP_PARENT.get(b) == a)


def _overlaps(a: Sourced, b: Sourced) -> bool:
    ea, eb = a.claim.evidence, b.claim.evidence
    if ea is None or eb is None:
        return True
    return ea.start < eb.end and eb.start < ea.end


_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})


def _pronoun(claim: Sourced) -> bool:
    """True when the person hurt is referred to by a pronoun ("she was wounded")."""
    quote = claim.claim.evidence.quote if claim.claim.evidence else ""
    first = quote.split()[0].lower() if quote.split() else ""
    return (claim.claim.person or "").startswith("(") and first in _PRONOUNS


def is_survivor(hurt: Sourced, deaths: Sequence[Sourced]) -> bool:
    """True when an injured single-person claim is about someone who lived: its sentence marks
    another person ("another", "the other man", "also", "surviving", "in stable condition"), or
    reports a death beside it ("killing one and wounding a six-year-old": two people) of someone
    it describes or names, neither told by a pronoun ("a girl died after she was wounded", "the
    injured teen was taken to hospital, where he died" are one person)."""
    words = set(_WORD.findall(hurt.context.lower()))
    if words & SURVIVOR_CUES or "non-life" in hurt.context.lower():
        return True
    group = hurt.claim.subgroup
    if group and not any(_related(group, d.claim.subgroup) for d in deaths):
        return True  # "an officer was wounded" where only a suspect or a man died
    if _pronoun(hurt):
        return False  # "she was wounded" beside "a girl has died": most often the same person
    return any(
        d.source.article_id == hurt.source.article_id
        and d.context == hurt.context
        and not _overlaps(d, hurt)
        and not _pronoun(d)
        for d in deaths
    )


def hurt_who_died(claims: Sequence[Sourced]) -> list[Sourced]:
    """Injured claims that are likely the person reported dead: when the event has a death
    and every injured claim is about a single person ("the injured girl", "he was wounded"),
    each one that is not marked as a survivor (``is_survivor``) is the victim before they died,
    not another person hurt."""
    hurt = [c for c in claims if c.claim.kind == "injured"]
    deaths = [c for c in claims if c.claim.kind == "killed"]
    if not deaths or not hurt or any(c.claim.person is None for c in hurt):
        return []
    return [c for c in hurt if not is_survivor(c, deaths)]
