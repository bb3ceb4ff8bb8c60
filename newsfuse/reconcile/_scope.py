"""Whose deaths and injuries a figure counts: several incidents, or the victims without the killer.

"Six people were hurt in separate shootings around the county over the holiday" gives the
toll of several days, of which this incident is one part; taken as the incident's own
figure it wins over every precise report. A claim whose sentence speaks of several incidents
(separate / unrelated shootings, a series or spate of them, "three shootings", shootings across
the city or since a time), or tallies a stretch of time ("in the past two months", "so far this
year"), is set aside, and the rule says so.

A total of the people a killer shot "before killing himself" leaves the killer out; GVA, like
most incident databases, counts him too (``killer_died``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfuse.reconcile._sources import Sourced

if TYPE_CHECKING:
    from newsfuse.reconcile._estimate import Estimate

_MANY = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|\d+)"
_INCIDENTS = r"(?:shootings|incidents|attacks)"
#: sentence patterns of a figure that sums several incidents
ROUNDUP = re.compile(
    r"\b(?:separate|unrelated|citywide|city-wide|weekend|other) " + _INCIDENTS + r"\b"
    r"|\b(?:series|rash|spate|string|wave) of (?:\w+ )?" + _INCIDENTS + r"\b"
    r"|\b" + _MANY + r" (?:\w+ )?(?:separate )?" + _INCIDENTS + r"\b"
    r"|\b" + _INCIDENTS + r" (?:across|around|throughout|since|between)\b"
    r"|\b(?:across|around|throughout) (?:the )?(?:city|county|state|region|nation|country)\b",
    re.IGNORECASE,
)
_SPAN_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)"
#: sentence patterns of a tally over a stretch of time ("in the past four days", "so far this
#: year", "since 2000", "annually"): a statistic, not one incident's toll ("earlier this year"
#: dates something else)
SPAN = re.compile(
    r"\b(?:in|over|during|within) (?:a |an |the |just |less than (?:a |an )?)?(?:past |last )?"
    + _SPAN_NUMBER
    + r"[- ](?:hours?|days?|weeks?|months?|years?)(?:[- ](?:span|period|stretch))?\b"
    r"|(?<!earlier )(?<!later )\bthis (?:year|month)\b"
    r"|\bso far in (?:19|20)\d\d\b|\bsince (?:19|20)\d\d\b"
    r"|\b(?:each|every|per) year\b|\bannually\b",
    re.IGNORECASE,
)


def roundup(claim: Sourced) -> bool:
    """True when a count claim's sentence sums several incidents (a single person's claim is
    never a sum: "a man was killed in one of three shootings" is still one man)."""
    if claim.claim.person is not None:
        return False
    return ROUNDUP.search(claim.context) is not None or SPAN.search(claim.context) is not None


#: a killer who then killed himself: "killed two people and then himself", "before turning the
#: gun on herself"; a total of the people he killed leaves him out
SELF_KILLED = re.compile(
    r"\b(?:kill(?:ing|ed|s)|shoot(?:ing|s)?|shot) (?:him|her|them)sel(?:f|ves)\b"
    r"|\bturn(?:ing|ed|s)? the (?:gun|weapon|rifle|firearm|shotgun) on "
    r"(?:him|her|them)sel(?:f|ves)\b"
    r"|\b(?:taking|takes|took) (?:his|her|their) own li(?:fe|ves)\b"
    r"|\b(?:and|then) (?:him|her)self\b",
    re.IGNORECASE,
)


#: a quote that names the killing as an act of someone ("killed two people", "shooting four")
_KILLING = re.compile(r"(?:fatally )?(?:kill|shoot|shot|murder|gun)\w*\b", re.IGNORECASE)


def killer_died(sourced: Sourced) -> bool:
    """True when a total of the people someone killed ("killed two people", "shot his wife and
    two sons") is followed in its sentence by the killer's own death ("... before killing
    himself", "and then himself"): the total counts his victims, and the killer is one more
    death (GVA counts perpetrators). "Three dead after he turned the gun on himself" is not
    such a total: it counts everyone."""
    claim = sourced.claim
    quote = claim.evidence.quote if claim.evidence else ""
    if claim.kind != "killed" or claim.person is not None or claim.subgroup is not None:
        return False
    if "perpetrators" in claim.includes or not _KILLING.match(quote):
        return False
    at = sourced.context.find(quote)
    return at >= 0 and SELF_KILLED.search(sourced.context, at + len(quote)) is not None


def counts_everyone(est: Estimate, extra: int) -> bool:
    """Whether an article's total already counts a perpetrator reported apart (by this
    article or another): it states a total above the perpetrators, and every total is told
    without an agent and in words for whoever died ("two people are dead", "four bodies were
    found"), so the dead are everyone found dead, the killer among them. A total told as
    someone's act ("killed his wife and son") or naming victims ("two women were shot dead")
    counts his victims only."""
    if est.partial or est.killer or est.value <= extra:
        return False
    totals = [c for c in est.claims if c.claim.subgroup is None and c.claim.person is None]
    if not totals:
        return False
    for c in totals:
        quote = c.claim.evidence.quote if c.claim.evidence else ""
        if c.claim.kind != "killed" or "perpetrators" in c.claim.includes:
            return False  # not a death toll, or one already told to count the perpetrator
        if _KILLING.match(quote) or not _EVERYONE.search(quote):
            return False
    return True


#: the words of a total that counts whoever died ("two people are dead", "four bodies"), as
#: against one naming victims ("two women were shot dead", "two diners were killed")
_EVERYONE = re.compile(
    r"\b(?:people|persons|bodies|deceased|deaths|fatalities)\b"
    r"|^[\w-]+ (?:(?:are|were|is|was|now|left|lay) )*dead\b",  # "two dead", "three are dead"
    re.IGNORECASE,
)
