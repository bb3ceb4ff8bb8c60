"""Words the count grammar reads: kinds of count, subgroups of people, munitions, persons."""

from __future__ import annotations

#: verb lemma -> kind of count for its subject (passive) or object (active)
VERB_KIND: dict[str, str] = {
    "kill": "killed", "murder": "killed", "slay": "killed", "die": "killed", "succumb": "killed",
    "execute": "killed", "behead": "killed", "massacre": "killed", "slaughter": "killed",
    "wound": "injured", "injure": "injured", "hurt": "injured", "hospitalize": "injured",
    "hospitalise": "injured", "maim": "injured", "graze": "injured",
    "shoot": "shot",
    "fire": "fired", "launch": "fired", "target": "fired", "rain": "fired",
    "land": "landed", "fall": "landed", "hit": "landed", "strike": "landed", "impact": "landed",
    "slam": "landed", "explode": "landed",
    "intercept": "intercepted", "down": "intercepted",
    "arrest": "arrested", "detain": "arrested", "apprehend": "arrested",
    "kidnap": "abducted", "abduct": "abducted",
    "rescue": "rescued", "evacuate": "evacuated", "displace": "displaced",
}  # fmt: skip
#: adjective / participle used as a modifier or complement -> kind ("two dead")
ADJ_KIND: dict[str, str] = {
    "dead": "killed", "deceased": "killed", "killed": "killed", "injured": "injured",
    "wounded": "injured",
    "hurt": "injured", "missing": "missing", "arrested": "arrested", "detained": "arrested",
    "hospitalized": "injured", "hospitalised": "injured",
}  # fmt: skip
#: nouns that are counts of a kind themselves ("five deaths", "three injuries")
NOUN_KIND: dict[str, str] = {
    "death": "killed",
    "fatality": "killed",
    "injury": "injured",
    "arrest": "arrested",
}
#: kinds that count munitions, not people
MUNITION_KINDS = frozenset({"fired", "landed", "intercepted"})
MUNITIONS = frozenset(
    [
        "rocket",
        "missile",
        "shell",
        "mortar",
        "projectile",
        "round",
        "drone",
        "bomb",
        "grenade",
        "katyusha",
        "munition",
        "artillery",
    ]
)
#: noun lemma -> subgroup
SUBGROUP: dict[str, str] = {
    "civilian": "civilians", "resident": "civilians", "villager": "civilians",
    "bystander": "civilians", "passerby": "civilians",
    "child": "children", "kid": "children", "girl": "children", "boy": "children",
    "baby": "children", "infant": "children", "toddler": "children", "minor": "children",
    "soldier": "security_forces", "troop": "security_forces", "personnel": "security_forces",
    "officer": "security_forces", "policeman": "security_forces", "police": "security_forces",
    "guard": "security_forces", "trooper": "security_forces", "deputy": "security_forces",
    "serviceman": "security_forces", "marine": "security_forces", "ranger": "security_forces",
    "policemen": "security_forces", "security": "security_forces",
    "militant": "militants", "insurgent": "militants", "fighter": "militants",
    "rebel": "militants", "terrorist": "militants", "jihadist": "militants",
    "gunman": "perpetrators", "attacker": "perpetrators", "assailant": "perpetrators",
    "suspect": "perpetrators", "shooter": "perpetrators",
    "protester": "protesters", "demonstrator": "protesters",
    "woman": "women", "student": "students", "journalist": "journalists",
}  # fmt: skip
#: nouns for a single person ("a man was shot")
PERSON_NOUNS = frozenset(
    [
        "man",
        "woman",
        "boy",
        "girl",
        "child",
        "teen",
        "teenager",
        "person",
        "victim",
        "resident",
        "civilian",
        "soldier",
        "officer",
        "student",
        "driver",
        "passenger",
        "worker",
        "toddler",
        "baby",
        "infant",
        "mother",
        "father",
        "son",
        "daughter",
        "brother",
        "sister",
        "wife",
        "husband",
        "friend",
        "neighbor",
        "neighbour",
        "clerk",
        "employee",
        "customer",
        "pedestrian",
        "guard",
        "trooper",
        "deputy",
        "policeman",
        "motorist",
        "cyclist",
        "youth",
        "juvenile",
        "adult",
        "male",
        "female",
        "girlfriend",
        "boyfriend",
        "cousin",
        "uncle",
        "aunt",
        "grandmother",
        "grandfather",
        "nephew",
        "niece",
        "cashier",
        "owner",
        "shopkeeper",
        "homeowner",
        "teacher",
        "nurse",
        "doctor",
        "farmer",
        "shepherd",
        "bystander",
        "robber",
        "intruder",
        "granddaughter",
        "grandson",
        "grandchild",
        "stepson",
        "stepdaughter",
        "stepfather",
        "stepmother",
        "fiancee",
        "fiance",
        "spouse",
        "roommate",
        "coworker",
        "co-worker",
        "classmate",
        "relative",
        "mom",
        "dad",
    ]
)
#: nouns for the one who did it: not read as a single victim (reconcile counts perpetrators
#: apart, by the "perpetrators" subgroup of figures)
PERPETRATORS = frozenset(["suspect", "gunman", "shooter", "attacker", "assailant", "killer"])
#: words that give a single person's gender, for matching "he" / "she" to a person
MALE = frozenset(
    ["man", "boy", "father", "son", "brother", "husband", "boyfriend", "uncle", "nephew",
     "grandfather", "male", "policeman", "he", "him", "gentleman", "dad", "grandson"]
)  # fmt: skip
FEMALE = frozenset(
    ["woman", "girl", "mother", "daughter", "sister", "wife", "girlfriend", "aunt", "niece",
     "grandmother", "female", "she", "her", "lady", "mom", "granddaughter", "policewoman"]
)  # fmt: skip
#: modifiers that introduce a further person ("another man", "a second victim")
FURTHER = frozenset(["another", "second", "third", "fourth", "other", "fifth"])
#: nouns for several people, counted only with a number ("five people")
PEOPLE = frozenset(["people", "person", "persons", "other", "others", "individual", "family"])
#: kinds ordered by strength when a chain of verbs names several ("shot and killed")
STRENGTH = ("killed", "injured", "shot", "arrested", "abducted", "missing")
