"""The kind of count a verb gives its subject or object: "was shot", "shot dead", "fatally
struck", "suffered a gunshot wound", "taken to a hospital", "is in critical condition", and the
verbs conjoined with it ("shot and killed", a headline's "shot, killed")."""

from __future__ import annotations

from spacy.tokens import Token

from newsfuse.extract._agents import according_subject, harms_other, self_object
from newsfuse.extract._lexicon_counts import ADJ_KIND, STRENGTH, VERB_KIND

_HEADLINE_VERBS = frozenset(["shoot", "kill", "wound", "injure", "stab", "murder"])
#: a conjoined verb further than this many tokens away is another clause
MAX_CONJ_GAP = 8
_MODAL_HEADS = frozenset(
    [
        "try",
        "attempt",
        "threaten",
        "want",
        "plan",
        "intend",
        "vow",
        "seek",
        "conspire",
        "fail",
        "refuse",
    ]
)
#: verbs whose active subject is the one counted (not an agent doing it to others); "suffer",
#: "sustain" and "receive" count their subject when their object is a wound
INTRANSITIVE = frozenset(
    ["die", "land", "fall", "explode", "hit", "strike", "impact", "slam", "target", "rain",
     "suffer", "sustain", "receive", "fight", "have", "recover", "succumb"]
)  # fmt: skip
#: a conjoined "died" may lie further away ("was found shot along X early Sunday and died")
MAX_DIED_GAP = 12
#: nouns that name a wound ("with a gunshot wound", "suffered injuries")
WOUNDS = frozenset(["injury", "wound"])
#: a wound's words that tell it was survived ("non-life-threatening", "minor", "serious")
_SURVIVED = frozenset(["non", "minor", "serious", "critical", "superficial", "nonfatal",
                       "non-fatal", "graze", "severe", "stable", "life-threatening"])  # fmt: skip
#: agents of "struck"/"hit" that make it a shooting ("struck by gunfire")
_GUNFIRE = frozenset(["gunfire", "bullet", "round", "shot", "gunshot", "fire"])
#: verbs that carry a hurt person "to a hospital"
_CARRY = frozenset(["take", "transport", "rush", "airlift", "fly", "bring", "admit", "drive"])
_RELATIVE_PRONOUNS = frozenset(["who", "that", "which", "whom"])
#: adverbs that make a shooting or a wound a death ("fatally shot", "mortally wounded")
FATALLY = frozenset(["fatally", "mortally"])


def verb_kind(verb: Token) -> str | None:
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _MODAL_HEADS:
        return None  # "tried to kill", "threatened to shoot"
    kind = VERB_KIND.get(verb.lemma_.lower())
    if kind is None and verb.pos_ == "ADJ" and verb.dep_ in {"ccomp", "xcomp", "oprd"}:
        kind = ADJ_KIND.get(verb.lower_)  # "found the teen dead": "teen" is the subject of "dead"
    if passed_away(verb):
        return "killed"
    for child in verb.children:
        found = _complement_kind(verb, child, kind)
        if found:
            return found
    return kind


def passed_away(verb: Token) -> bool:
    """ "passed away": a death said gently."""
    return verb.lemma_.lower() == "pass" and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "away" for c in verb.children
    )


def _complement_kind(verb: Token, child: Token, kind: str | None) -> str | None:
    """A kind that a verb's complement gives or changes: "was found shot to death", "shot
    dead", "fatally shot", "fatally struck", "suffered injuries", "taken to hospital with
    injuries", "is in critical condition", "took his own life"."""
    dep, word, lemma = child.dep_, child.lower_, verb.lemma_.lower()
    objects = {g.lemma_.lower() for g in child.children}
    if dep in {"xcomp", "oprd", "ccomp"} and child.pos_ == "VERB" and kind is None:
        inner = verb_kind(child)
        if inner in {"killed", "shot", "injured"}:
            return inner
    if dep in {"acomp", "oprd", "attr", "advmod", "xcomp"}:
        adj = ADJ_KIND.get(word)
        if adj and (kind in {None, "shot"} or word == "dead"):
            return adj
        if word in FATALLY and (kind in {"shot", "injured"} or lemma in {"strike", "hit"}):
            return "killed"
    if dep == "prep" and word == "to" and kind == "shot" and "death" in objects:
        return "killed"
    if dep == "dobj" and child.lemma_.lower() in WOUNDS:
        return wound_kind(child)  # "suffered a fatal gunshot wound"
    if dep == "dobj" and child.lemma_.lower() == "life" and lemma == "take" and "own" in objects:
        return "killed"  # "took his own life"
    return _prep_kind(verb, child, kind, objects)


def wound_kind(noun: Token) -> str:
    """A wound's kind: "a fatal wound" kills; "gunshot wounds" alone say who was shot, not
    who lived ("four victims suffered gunshot wounds" are often the four dead), so they
    count as shot (reconcile's injured = shot - killed); an "injury", or a wound said to be
    minor, serious or not life-threatening, is a hurt survivor."""
    words = {t.lower_ for t in noun.subtree if t.i <= noun.i}
    if words & {"fatal", "mortal", "deadly"}:
        return "killed"
    if noun.lemma_.lower() == "injury" or words & _SURVIVED:
        return "injured"
    return "shot"


def _prep_kind(verb: Token, child: Token, kind: str | None, objects: set[str]) -> str | None:
    """Kinds a prepositional complement gives: "in critical condition", "(taken to a hospital)
    with gunshot wounds", "suffering from a wound", "struck by gunfire"."""
    dep, word = child.dep_, child.lower_
    if dep == "prep" and word == "in" and "condition" in objects and kind is None:
        return "injured"
    if dep == "prep" and word in {"with", "from"} and objects & WOUNDS and kind is None:
        return min((wound_kind(g) for g in child.children if g.lemma_.lower() in WOUNDS),
                   key=STRENGTH.index)  # fmt: skip
    if dep == "agent" and verb.lemma_.lower() in {"strike", "hit"} and objects & _GUNFIRE:
        return "shot"
    if dep == "prep" and word == "for" and verb.lemma_.lower() == "fight" and "life" in objects:
        return "injured"  # "two women are fighting for their lives"
    carried = verb.lemma_.lower() in _CARRY and passive(verb)
    if dep == "prep" and word == "to" and "hospital" in objects and carried and kind is None:
        # "was taken to a hospital", "... to a hospital, where he died"
        return "killed" if _died_there(child) else "injured"
    if dep in {"advcl", "ccomp"} and verb.lemma_.lower() == "leave" and kind is None:
        return ADJ_KIND.get(word)  # "left one man critically injured"
    return None


def _died_there(prep: Token) -> bool:
    """ "to a hospital, where he died / was pronounced dead": a relative clause of the
    hospital that tells a death."""
    return any(
        clause.dep_ == "relcl" and verb_kind(clause) == "killed"
        for noun in prep.children
        for clause in noun.children
    )


def chain(verb: Token) -> list[Token]:
    """The verb and the verbs conjoined with it that share its subject."""
    out = [verb]
    for conj in verb.children:
        gap = MAX_DIED_GAP if conj.lemma_.lower() == "die" else MAX_CONJ_GAP
        if conj.dep_ != "conj" or conj.i - verb.i > gap:
            continue
        if conj.pos_ in {"VERB", "AUX", "ADJ"} and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children
        ):
            out.append(conj)
    out += [c for c in verb.children if _headline_pair(verb, c)]
    return out


def _headline_pair(verb: Token, clause: Token) -> bool:
    """Headline style lists outcomes with a comma: "Woman shot, killed in X" parses the
    second participle as an adverbial clause of the first."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBN"
        and 0 < clause.i - verb.i <= 2
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for c in clause.children)
    )


def strongest(kinds: list[tuple[str, Token]]) -> tuple[str, Token] | None:
    if not kinds:
        return None
    if _disjoined(kinds):
        return "shot", kinds[0][1]  # "four were wounded or killed": hurt, some perhaps dead
    rank = {k: i for i, k in enumerate(STRENGTH)}
    return min(kinds, key=lambda kt: rank.get(kt[0], len(rank)))


def _disjoined(kinds: list[tuple[str, Token]]) -> bool:
    """A death and a wound joined by "or" ("killed or injured"): the figure counts everyone
    harmed, the dead among them, and says neither how many died nor how many lived."""
    if "killed" not in {k for k, _ in kinds} or not {k for k, _ in kinds} & {"injured", "shot"}:
        return False
    verbs = {v.i for _, v in kinds}
    return any(
        v.dep_ == "conj" and v.head.i in verbs and any(c.lower_ == "or" for c in v.head.children)
        for _, v in kinds
    )


def passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _counts_subject(verb: Token, kind: str) -> bool:
    """Whether an active verb's subject is what is counted ("two died", "4 landed") rather
    than the one who did it ("two men shot a clerk")."""
    if passive(verb) or verb.lemma_.lower() in INTRANSITIVE or verb.pos_ in {"ADJ", "AUX"}:
        return True
    if passed_away(verb):
        return True
    if _headline_passive(verb):
        return True
    if any(
        c.dep_ == "dobj" and (c.lower_ in {"himself", "herself"} or c.lemma_.lower() == "life")
        for c in verb.children
    ):
        return True  # "shot himself", "took his own life"
    return any(  # a complement: "was found dead", "lay wounded"
        c.dep_ in {"acomp", "oprd"} and c.lower_ in ADJ_KIND for c in verb.children
    )


def _headline_passive(verb: Token) -> bool:
    """Headline style drops the auxiliary: "Man shot, killed outside bar" parses as an
    active verb with no object."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.lemma_.lower() not in _HEADLINE_VERBS:
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return not any(  # "An officer shot and killed a suspect": the object is shared
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "at")
        for v in verbs
        for c in v.children
    )


def patient_clause(verb: Token) -> bool:
    """A relative clause about its head as patient: "who was shot", "who died"."""
    return passive(verb) or verb.lemma_.lower() in INTRANSITIVE


def _after_being(verb: Token) -> list[tuple[str, Token]]:
    """ "X was charged after being shot": a subjectless passive clause about the subject."""
    out: list[tuple[str, Token]] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"after", "before", "while"}:
            continue
        for clause in prep.children:
            passive = any(c.lower_ == "being" for c in clause.children)
            if clause.dep_ == "pcomp" and passive and (kind := verb_kind(clause)):
                out.append((kind, clause))
    return out


def own_subject(clause: Token) -> bool:
    """A relative clause with a subject of its own, not a relative pronoun."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in _RELATIVE_PRONOUNS
        for c in clause.children
    )


def reduced_relative(verb: Token) -> bool:
    return verb.dep_ in {"csubj", "csubjpass"} and verb.tag_ == "VBN"


def as_subject(nominal: Token) -> tuple[str, Token] | None:
    """The kind a subject takes from its verb (and the verbs conjoined with it)."""
    dep, head = nominal.dep_, nominal.head
    if (verb := according_subject(nominal)) is not None:
        dep, head = ("nsubjpass" if passive(verb) else "nsubj"), verb
    if dep not in {"nsubj", "nsubjpass"}:
        return None
    verbs = chain(head)
    if dep == "nsubj" and any(harms_other(v) for v in verbs):
        # "a man shot his wife and then killed himself": the killer, not a victim
        # (``_selfkill`` counts his death apart, as a perpetrator's)
        verbs = [v for v in verbs if not self_object(v)]
    found = [
        (k, v)
        for v in verbs
        if (k := verb_kind(v)) and (dep == "nsubjpass" or _counts_subject(v, k))
    ]
    found += _after_being(head)
    return strongest(found)
