"""The event taxonomy: ACLED event and sub-event types (names verbatim) plus our own.

ACLED codes political violence and demonstrations. Local news is also full of shootings,
stabbings and other violent crime, and the CASE 2021 task adds five "unseen" types; these are
listed after ACLED's. The full list is documented in docs/event_types.md (a test keeps the two
in step).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"
VIOLENT_CRIME = "Violent crime"
ORGANIZED_CRIME = "Organized crime"
NATURAL_DISASTER = "Natural disaster"
MAN_MADE_DISASTER = "Man-made disaster"
DIPLOMATIC = "Diplomatic event"
ATTRIBUTION = "Attribution of responsibility"

#: event_type -> its sub_event_types, in documentation order.
TAXONOMY: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    VIOLENCE_CIVILIANS: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
    # not coded by ACLED
    VIOLENT_CRIME: ("Shooting", "Stabbing", "Other violent crime"),
    ORGANIZED_CRIME: ("Organized crime",),
    NATURAL_DISASTER: ("Natural disaster",),
    MAN_MADE_DISASTER: ("Man-made disaster",),
    DIPLOMATIC: ("Diplomatic event",),
    ATTRIBUTION: ("Attribution of responsibility",),
}

#: sub_event_type -> event_type
PARENT: dict[str, str] = {sub: ev for ev, subs in TAXONOMY.items() for sub in subs}

#: event types that are violence with victims (counts of killed/injured belong to these)
VIOLENT_TYPES = frozenset({BATTLES, EXPLOSIONS, VIOLENCE_CIVILIANS, RIOTS, VIOLENT_CRIME})

#: our sub-event types that ACLED does not have -> the ACLED sub-event type it would use
ACLED_EQUIVALENT: dict[str, str] = {
    "Shooting": "Attack",
    "Stabbing": "Attack",
    "Other violent crime": "Attack",
}

_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")


def event_type_of(sub_event_type: str) -> str:
    """The event type a sub-event type belongs to (KeyError for an unknown name)."""
    return PARENT[sub_event_type]


def map_external_labels(labels: Iterable[Mapping[str, str]]) -> dict[str, tuple[str, str]]:
    """Map an external label set onto ours through the quoted name in each description.

    Each item is ``{"label": ..., "description": ...}`` whose description quotes the type's
    name, as CASE 2021's ``labels.json`` does (``ACLED "Air/drone strike": ...``). Returns
    ``{label: (event_type, sub_event_type)}``; a label whose quoted name is not ours is left out.
    """
    by_name = {sub.casefold(): sub for sub in PARENT}
    out: dict[str, tuple[str, str]] = {}
    for item in labels:
        for name in _QUOTED.findall(item.get("description", "")):
            sub = by_name.get(name.strip().casefold())
            if sub is not None:
                out[item["label"]] = (PARENT[sub], sub)
                break
    return out


def external_label(sub_event_type: str, mapping: Mapping[str, tuple[str, str]]) -> str | None:
    """The external label for one of our sub-event types, through ``ACLED_EQUIVALENT`` when
    the external set lacks it (``mapping`` as returned by ``map_external_labels``)."""
    by_sub = {sub: label for label, (_ev, sub) in mapping.items()}
    if sub_event_type in by_sub:
        return by_sub[sub_event_type]
    return by_sub.get(ACLED_EQUIVALENT.get(sub_event_type, ""))
