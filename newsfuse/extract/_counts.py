"""Count claims from a parsed sentence: kind, value, qualifier, subgroup, includes, speaker.

The grammar works on spaCy's dependency parse. A *nominal* is a number ("three were
intercepted"), a noun with a number ("five civilians were wounded"), a single person ("a girl
was killed", "John Doe, 24, was killed") or a noun counted by "X of the Y rockets". Its kind
comes from the verb it is the subject (passive or intransitive) or object (active) of, from the
verbs conjoined with that one ("shot and killed"), or from a modifier ("two dead", "seven
rockets fired"). Counts of munitions (fired, landed, intercepted) need a munition noun; counts
of people must not have one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsfuse.extract._lexicon_counts import (
    ADJ_KIND,
    MUNITION_KINDS,
    MUNITIONS,
    NOUN_KIND,
    STRENGTH,
    SUBGROUP,
    VERB_KIND,
)
from newsfuse.extract._numbers import Number, read_number
from newsfuse.models import Quantity

#: the ``person`` of a single count that refers back ("he", "the victim"): at most one counts
ANAPHOR = "(anaphor)"
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
#: verbs whose active subject is the one counted (not an agent doing it to others)
INTRANSITIVE = frozenset(
    ["die", "land", "fall", "explode", "hit", "strike", "impact", "slam", "target", "rain"]
)
#: a number before these counts something else than people or munitions
_SKIP_HEADS = frozenset(
    [
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "percent",
        "block",
        "time",
        "mile",
        "wound",
        "injury",
        "bullet",
        "shot",
        "gunshot",
        "count",
        "charge",
    ]
)


@dataclass(frozen=True)
class RawCount:
    """A count found in a sentence, before evidence and attribution are attached."""

    kind: str
    number: Number
    subgroup: str | None
    includes: tuple[str, ...]
    start: int
    end: int
    person: str | None = None


def subgroup_of(noun: Token) -> str | None:
    mods = [
        SUBGROUP[c.lemma_.lower()]
        for c in noun.children
        if c.dep_ in {"compound", "amod"} and c.lemma_.lower() in SUBGROUP
    ]
    if "security_forces" in mods:
        return "security_forces"
    if noun.lemma_.lower() in SUBGROUP:
        return SUBGROUP[noun.lemma_.lower()]
    return mods[0] if mods else None
    return None


def _verb_kind(verb: Token) -> str | None:
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _MODAL_HEADS:
        return None  # "tried to kill", "threatened to shoot"
    kind = VERB_KIND.get(verb.lemma_.lower())
    for child in verb.children:
        found = _complement_kind(verb, child, kind)
        if found:
            return found
    return kind


def _complement_kind(verb: Token, child: Token, kind: str | None) -> str | None:
    """A kind that a verb's complement gives or changes: "was found shot to death", "shot
    dead", "fatally shot", "suffered injuries", "left a man in critical condition"."""
    dep, word, lemma = child.dep_, child.lower_, verb.lemma_.lower()
    if dep in {"xcomp", "oprd", "ccomp"} and child.pos_ == "VERB" and kind is None:
        inner = _verb_kind(child)
        if inner in {"killed", "shot", "injured"}:
            return inner
    if dep in {"acomp", "oprd", "attr", "advmod", "xcomp"}:
        adj = ADJ_KIND.get(word)
        if adj and (kind in {None, "shot"} or word == "dead"):
            return adj
        if word == "fatally" and kind in {"shot", "injured"}:
            return "killed"
    objects = {g.lemma_ for g in child.children}
    if dep == "prep" and word == "to" and kind == "shot" and "death" in objects:
        return "killed"
    if dep == "dobj" and child.lemma_ in {"injury", "wound"}:
        return "injured"
    if dep == "prep" and lemma == "leave" and word == "in" and "condition" in objects:
        return "injured"
    if dep == "prep" and lemma == "suffer" and objects & {"injury", "wound"}:
        return "injured"  # "suffering from a gunshot wound"
    return None


def _chain(verb: Token) -> list[Token]:
    """The verb and the verbs conjoined with it that share its subject."""
    out = [verb]
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i - verb.i > MAX_CONJ_GAP:
            continue
        if conj.pos_ in {"VERB", "AUX", "ADJ"} and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children
        ):
            out.append(conj)
    return out


def _strongest(kinds: list[tuple[str, Token]]) -> tuple[str, Token] | None:
    if not kinds:
        return None
    rank = {k: i for i, k in enumerate(STRENGTH)}
    return min(kinds, key=lambda kt: rank.get(kt[0], len(rank)))


def _passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _counts_subject(verb: Token, kind: str) -> bool:
    """Whether an active verb's subject is what is counted ("two died", "4 landed") rather
    than the one who did it ("two men shot a clerk")."""
    if _passive(verb) or verb.lemma_.lower() in INTRANSITIVE or verb.pos_ in {"ADJ", "AUX"}:
        return True
    if _headline_passive(verb):
        return True
    if any(c.dep_ == "dobj" and c.lower_ in {"himself", "herself"} for c in verb.children):
        return True  # "shot himself"
    return any(  # a complement: "was found dead", "lay wounded"
        c.dep_ in {"acomp", "oprd"} and c.lower_ in ADJ_KIND for c in verb.children
    )


def _headline_passive(verb: Token) -> bool:
    """Headline style drops the auxiliary: "Man shot, killed outside bar" parses as an
    active verb with no object."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.lemma_.lower() not in _HEADLINE_VERBS:
        return False
    return not any(
        c.dep_ in {"dobj", "prep"} and (c.dep_ == "dobj" or c.lower_ == "at") for c in verb.children
    )


def _patient_clause(verb: Token) -> bool:
    """A relative clause about its head as patient: "who was shot", "who died"."""
    return _passive(verb) or verb.lemma_.lower() in INTRANSITIVE


def _after_being(verb: Token) -> list[tuple[str, Token]]:
    """ "X was charged after being shot": a subjectless passive clause about the subject."""
    out: list[tuple[str, Token]] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"after", "before", "while"}:
            continue
        for clause in prep.children:
            passive = any(c.lower_ == "being" for c in clause.children)
            if clause.dep_ == "pcomp" and passive and (kind := _verb_kind(clause)):
                out.append((kind, clause))
    return out


def _reduced_relative(verb: Token) -> bool:
    return verb.dep_ in {"csubj", "csubjpass"} and verb.tag_ == "VBN"


def _as_subject(nominal: Token) -> tuple[str, Token] | None:
    """The kind a subject takes from its verb (and the verbs conjoined with it)."""
    dep, head = nominal.dep_, nominal.head
    if dep not in {"nsubj", "nsubjpass"}:
        return None
    found = [
        (k, v)
        for v in _chain(head)
        if (k := _verb_kind(v)) and (dep == "nsubjpass" or _counts_subject(v, k))
    ]
    found += _after_being(head)
    return _strongest(found)


def kind_of(nominal: Token, depth: int = 0) -> tuple[str, Token] | None:
    """The kind of count a nominal is the subject, object or head of."""
    for child in nominal.children:
        if child.dep_ in {"amod", "acl", "relcl"}:
            if kind := ADJ_KIND.get(child.lower_):
                return kind, child
            if child.dep_ == "relcl" and not _patient_clause(child):
                continue  # "the man who shot ..." is the shooter
            found = [(k, v) for v in _chain(child) if (k := _verb_kind(v))]
            if found:
                inner = _strongest(found)
                outer = _as_subject(nominal) if inner and inner[0] != "killed" else None
                # "a teen who was found shot ... has died": the main verb says the outcome
                return outer if outer and outer[0] == "killed" else inner
    dep, head = nominal.dep_, nominal.head
    if dep in {"nsubj", "nsubjpass"} and _reduced_relative(head):
        # "three of the rockets fired from X were intercepted": the participle is parsed as
        # the clause's subject; the count belongs to the main verb
        found = [(k, v) for v in _chain(head.head) if (k := _verb_kind(v))]
        if found:
            return _strongest(found)
    if dep == "pobj" and head.lower_ == "of" and head.head.like_num:
        verb = head.head.head
        if _reduced_relative(verb) and (kind := _verb_kind(verb)):
            return kind, verb  # "... of the seven rockets fired ..."
    if dep in {"nsubj", "nsubjpass"}:
        return _as_subject(nominal)
    if dep == "dobj":
        kind = _verb_kind(head)
        return (kind, head) if kind else None
    if dep in {"conj", "appos"} and depth < 3 and head is not nominal:
        return kind_of(head, depth + 1)
    return None


def _of_noun(number: Token) -> Token | None:
    """The counted noun of "three of the seven rockets"."""
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in {"NOUN", "PROPN"}:
                    return pobj
    return None


def _includes(nominal: Token) -> tuple[str, ...]:
    out: list[str] = []
    for child in nominal.subtree:
        if child.dep_ == "prep" and child.lower_ == "including":
            for pobj in child.subtree:
                if pobj.pos_ == "NOUN" and (sg := subgroup_of(pobj)):
                    out.append(sg)
    return tuple(dict.fromkeys(out))


def _placesubgroup_of(kind_tok: Token, nominal: Token) -> str | None:
    """inside / outside for munitions that landed."""
    words = {t.lower_ for t in nominal.children} | {nominal.lower_}
    for child in kind_tok.children:
        if child.dep_ in {"prep", "advmod", "npadvmod", "dobj", "prt"}:
            words |= {t.lower_ for t in child.subtree}
    if "outside" in words or "other" in words or "others" in words:
        return "outside"
    if words & {"inside", "in", "into", "within"}:
        return "inside"
    return None


def _candidates(sent: Span, index: dict[int, Quantity]) -> Iterator[tuple[Token, Number, Token]]:
    """(nominal, number, counted noun) for every number-bearing nominal of a sentence."""
    seen: set[int] = set()
    for tok in sent:
        number = read_number(tok, index)
        if number is None or tok.head.lemma_.lower() in _SKIP_HEADS or _part_of_name(tok):
            continue  # _part_of_name: "6abc.com", "FOX 8", "Channel 2"
        if _between_commas(tok):
            continue  # an age in a headline: "Boy, 9, shot"
        if tok.dep_ in {"nummod", "quantmod"} and tok.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            nominal, noun = tok.head, tok.head
        elif tok.dep_ == "appos" or (tok.head.dep_ == "appos" and tok.head.head.ent_type_):
            continue  # an age: "John Doe, 24,"
        else:
            nominal, noun = tok, _of_noun(tok) or tok
        if nominal.i not in seen:
            seen.add(nominal.i)
            yield nominal, number, noun


def _part_of_name(tok: Token) -> bool:
    doc = tok.doc
    glued = not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].is_alpha
    after_name = tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and tok.dep_ != "nummod"
    return glued or after_name or tok.ent_type_ in {"ORG", "FAC", "PRODUCT", "WORK_OF_ART"}


def _between_commas(tok: Token) -> bool:
    doc = tok.doc
    if tok.i < 2:
        return False
    if tok.i + 1 >= len(doc):
        return doc[tok.i - 1].text == ","
    before, after, owner = doc[tok.i - 1], doc[tok.i + 1], doc[tok.i - 2]
    closing = after.text in {",", "-", "–", "—", "|", ")"} or "\n" in after.text
    return before.text == "," and closing and owner.pos_ in {"NOUN", "PROPN"}


def mentions_munitions(sent: Span) -> bool:
    return any(t.lemma_.lower() in MUNITIONS for t in sent)


def _munition_context(sent: Span, noun: Token, before: bool) -> bool:
    """Whether a nominal counts munitions: a munition noun, or a bare number ("four landed")
    after munitions are named in the sentence or the one before."""
    if noun.lemma_.lower() in MUNITIONS:
        return True
    if noun.pos_ in {"NOUN", "PROPN"} and noun.lemma_.lower() not in {"other", "others"}:
        return False
    return before or any(t.lemma_.lower() in MUNITIONS for t in sent if t.i < noun.i)


def numeric_counts(
    sent: Span, index: dict[int, Quantity], munitions_before: bool = False
) -> list[RawCount]:
    """Counts that state a number; ``munitions_before``: the previous sentence names
    munitions, so a bare number may count them."""
    out: list[RawCount] = []
    for nominal, number, noun in _candidates(sent, index):
        found = kind_of(nominal)
        if found is None and noun.lemma_.lower() in NOUN_KIND:
            found = (NOUN_KIND[noun.lemma_.lower()], noun)
        if found is None:
            continue
        kind, kind_tok = found
        if not (sent.start <= kind_tok.i < sent.end and sent.start <= nominal.i < sent.end):
            continue  # the head lies in another sentence
        munition = _munition_context(sent, noun, munitions_before)
        if (kind in MUNITION_KINDS) != munition:
            continue
        subgroup = _placesubgroup_of(kind_tok, nominal) if kind == "landed" else subgroup_of(noun)
        start = min(number.start, nominal.idx, kind_tok.idx)
        end = max(number.end, nominal.idx + len(nominal), kind_tok.idx + len(kind_tok))
        out.append(RawCount(kind, number, subgroup, _includes(nominal), start, end))
    return out
