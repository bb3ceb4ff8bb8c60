"""Compare a mention with a cluster: per-feature evidence in [0, 1], one score, a reason."""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet

from newsfuse.cluster._features import Features
from newsfuse.cluster._state import ClusterState
from newsfuse.cluster._text import cosine
from newsfuse.models import Place

UNKNOWN = 0.5  # the evidence value of a feature one side does not state
RECENCY_UNKNOWN = 0.5  # one side undated: no window applies, and no claim to be recent either
RECENCY_UNDATED = 0.75  # both sides undated: compared by content, as reports of the same days
STATED_GAP = {0: 1.0, 1: 0.75, 2: 0.4}  # evidence of stated event dates this many days apart
REFERENCED = 1.0  # stated dates a week apart, but the report names the cluster's event date
# Attacks that recur on one target (rockets on an embassy, strikes on a base, weekly protests):
# a report of a new one dates it and recalls the last one by its date ("made no statement about
# Sunday's rockets, unlike after the March 4 attack"), so for these a named date does not lift
# a conflict with the report's own stated date (a crime follow-up, "charged in the Aug. 14
# shooting", still does).
RECURRING_TYPES = frozenset({"Explosions/Remote violence", "Battles", "Protests", "Riots"})
MAX_LINK_MEMBERS = 4  # text is compared with at most this many recent members
# Logistic weights over the evidence (each in [0, 1]); fitted on the candidate pairs of a
# gold-guided run over the GVA dev stream (benchmarks/cluster_bench.py --fit) and rounded; the
# small negative fits of actors and type set to 0, the bias set on cluster-level F1.
WEIGHTS = {
    "text": 5.0,
    "centroid": 5.4,
    "title": 2.85,
    "names": 4.9,
    "time": 1.75,
    "recency": 4.3,
    "place": 0.85,
    "counts": 0.6,
    "actors": 0.0,
    "type": 0.0,
}
BIAS = -9.4  # -9.6 before round 4: the archive fix and `site` changed the evidence
CONTENT_FLOOR = 0.3  # below this text or name similarity, the score is held down ...
CONTENT_PENALTY = 1.0  # ... by up to this much log-odds (2 before round 4; 4 lost more pairs)
NAMELESS_PENALTY = 4.0  # ... or this much when one side names no one and nothing
CONFLICT_DAYS = 7  # stated event dates this far apart are a conflict ...
DATE_CONFLICT_PENALTY = 5.0  # ... that costs this much log-odds
# The follow-up linker: a full person name both sides give (``persons`` 1) is identity evidence
# that outlasts the week: it adds this much log-odds and lifts the date conflict (an arrest or a
# funeral weeks later states its own date, not the shooting's).
PERSON_WEIGHT = 2.0
# Streets (``site``, see _sites): a street both sides name adds this much log-odds, unless their
# stated dates conflict (the same corner weeks later is another shooting); both sides naming
# streets, none in common, costs this much (weaker: a report may add a suspect's street).
SITE_SHARED = 2.0
SITE_CONFLICT = 1.5
# Ages (``age``, see _ages): both sides giving people's ages, none in common, costs this much
# log-odds within the window (two shootings of one city and week with a 19- and a 42-year-old
# victim), the second one past it or with a person named in both (a follow-up gives the
# suspect's age). An age in common adds nothing: ages of 17 to 30 recur across a city's week.
AGE_CONFLICT = 2.0
AGE_CONFLICT_LATE = 1.0


def _time(f: Features, c: ClusterState) -> float:
    """Agreement of stated event dates: 1 on the same day, 0.1 for three to six days apart, 0 a
    week or more apart (a conflict, see ``combine``)."""
    if not f.event_days or not c.event_days:
        return UNKNOWN
    lo, hi = f.event_days
    gap = min(max(0, a - hi, lo - b) for a, b in c.event_days)
    return STATED_GAP.get(gap, 0.1 if gap < CONFLICT_DAYS else 0.0)


def referenced(refs: tuple[tuple[int, int], ...], days: list[tuple[int, int]]) -> int | None:
    """The first of the cluster's stated event days that a date the report names (a day, give
    or take one, or a month) holds, as a day ordinal; None when there is none."""
    for lo, hi in refs:
        for a, b in days:
            if a <= hi + 1 and lo - 1 <= b:
                return max(a, lo - 1)
    return None


def _recency(f: Features, c: ClusterState, window: int, horizon: int) -> float:
    """Closeness in the stream: from 1 to 1/2 across the window, on to 0 across the archive
    horizon (the mention's date, else its publication date, against the cluster's days)."""
    day = f.day
    if day is None and c.first_day is None:
        return RECENCY_UNDATED  # a stream without dates: time tells nothing either way
    if day is None or c.first_day is None or c.last_day is None:
        return RECENCY_UNKNOWN
    gap = max(0, c.first_day - day, day - c.last_day)
    if gap <= window:
        return 1.0 - 0.5 * gap / max(window, 1)
    return max(0.0, 0.5 * (1.0 - (gap - window) / max(horizon, 1)))


def _place(p: Place | None, places: list[Place]) -> float:
    if p is None or not places:
        return UNKNOWN
    best = 0.0
    for q in places:
        if p.country and q.country and p.country != q.country:
            continue
        if (p.city or p.name).lower() == (q.city or q.name).lower():
            return 1.0
        same_region = bool(p.admin1) and p.admin1 == q.admin1
        best = max(best, 0.4 if same_region else 0.2)
    return best


def _counts(f: Features, c: ClusterState) -> float:
    shared = [k for k in f.counts if k in c.counts]
    if not shared:
        return UNKNOWN
    fits = []
    for kind in shared:
        lo, hi = f.counts[kind]
        clo, chi = c.counts[kind]
        if lo <= chi and clo <= hi:
            fits.append(1.0)
        else:
            gap = min(abs(lo - chi), abs(clo - hi))
            fits.append(max(0.0, 1.0 - gap / max(1, min(hi, chi))))
    return sum(fits) / len(fits)


def _names(f: Features, c: ClusterState) -> float:
    mass = sum(f.names.values())
    if mass <= 0 or not c.names:
        return UNKNOWN
    shared = sum(f.names[n] for n in f.names.keys() & c.names.keys())
    other = c.names_mass
    return shared / math.sqrt(mass * other) if other > 0 else UNKNOWN


def _set_overlap(a: frozenset[str], b: set[str]) -> float:
    if not a or not b:
        return UNKNOWN
    return len(a & b) / min(len(a), len(b))


def _shared(mine: AbstractSet[object], theirs: AbstractSet[object]) -> float:
    """Identity evidence from sets both sides may state (full person names, streets, ages): 1
    when they have one in common, 0 when both state some but none in common, 0.5 when a side
    states none."""
    if not mine or not theirs:
        return UNKNOWN
    return 1.0 if mine & theirs else 0.0


def evidence(
    f: Features, c: ClusterState, window: int, horizon: int, persons: set[str] | None = None
) -> dict[str, float]:
    """Per-feature evidence that ``f`` reports the event ``c`` holds (``persons``: the full
    person names the cluster holds)."""
    recent = c.members[-MAX_LINK_MEMBERS:]
    time = _time(f, c)
    # a follow-up: its own date conflicts (or it states none), but it names the event's date
    fresh = time == 0.0 and f.event_type in RECURRING_TYPES  # a new attack recalling the last
    named = time in (0.0, UNKNOWN) and not fresh and referenced(f.refs, c.event_days) is not None
    centroid = c.centroid_cosine(f.vector)
    text = max([cosine(f.vector, m.vector) for m in recent] + [centroid])
    types = {t for t in c.event_types if t}
    titles = [cosine(f.title, t) for t in c.titles] if f.title else []
    return {
        "text": round(text, 4),
        "centroid": round(centroid, 4),
        "title": round(max(titles) if titles else text, 4),  # no title: the text stands in
        "names": round(_names(f, c), 4),
        "time": REFERENCED if named else time,
        "recency": round(_recency(f, c, window, horizon), 4),
        "place": _place(f.place, c.places),
        "counts": round(_counts(f, c), 4),
        "actors": round(_set_overlap(f.actors, c.actors), 4),
        "type": UNKNOWN if not f.event_type or not types else float(f.event_type in types),
        "persons": _shared(f.persons, persons or set()),
        "referenced": 1.0 if named else UNKNOWN,
        "site": _shared(f.sites, c.sites),
        "age": _shared(f.ages, c.ages),
    }


def combine(ev: dict[str, float], penalties: bool = True) -> float:
    """One score in [0, 1]: a logistic over the evidence, held down when the reports share too
    little content (agreeing dates and places alone do not make two shootings one) or state
    dates a week apart (unless they name the same person: a follow-up)."""
    person = ev.get("persons") == 1.0
    z = BIAS + sum(WEIGHTS[k] * ev[k] for k in WEIGHTS)
    if person:
        z += PERSON_WEIGHT
    site = ev.get("site", UNKNOWN)
    if site == 1.0 and ev["time"] != 0.0:
        z += SITE_SHARED  # not across a date conflict: the same street weeks later is another
    elif site == 0.0:
        z -= SITE_CONFLICT
    if ev.get("age") == 0.0:
        z -= AGE_CONFLICT if ev["recency"] >= 0.5 and not person else AGE_CONFLICT_LATE
    if not penalties:
        return round(1.0 / (1.0 + math.exp(-z)), 4)
    named = ev["names"] != UNKNOWN
    content = max(ev["text"], ev["centroid"], ev["names"] if named else 0.0)
    penalty = CONTENT_PENALTY if named else NAMELESS_PENALTY  # no names: text alone must carry it
    z -= penalty * max(0.0, CONTENT_FLOOR - content) / CONTENT_FLOOR
    if ev["time"] == 0.0 and not person:
        z -= DATE_CONFLICT_PENALTY  # lifted for a follow-up that names the same person
    return round(1.0 / (1.0 + math.exp(-z)), 4)


_RANK = {
    **WEIGHTS,
    "persons": DATE_CONFLICT_PENALTY,
    "referenced": DATE_CONFLICT_PENALTY,
    "site": SITE_SHARED,
    "age": AGE_CONFLICT,
}  # how strongly a feature speaks


def explain(ev: dict[str, float], score: float, threshold: float) -> str:
    """The decision in words: the evidence for and against, strongest first."""
    ranked = sorted(ev, key=lambda k: -_RANK.get(k, 0.0) * abs(ev[k] - UNKNOWN))
    pro = [f"{k} {ev[k]:.2f}" for k in ranked if ev[k] > UNKNOWN]
    con = [f"{k} {ev[k]:.2f}" for k in ranked if ev[k] < UNKNOWN]
    verdict = "same event" if score >= threshold else "kept apart"
    return (
        f"{verdict}: score {score:.2f} vs threshold {threshold:.2f}; "
        f"for: {', '.join(pro) or 'nothing'}; against: {', '.join(con) or 'nothing'}"
    )
