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
    PERSON_NOUNS,
    SUBGROUP,
)
from newsfuse.extract._notcounts import not_a_count
from newsfuse.extract._numbers import Number, read_number
from newsfuse.extract._ofevent import of_event
from newsfuse.extract._verbs import (
    FATALLY,
    WOUNDS,
    as_subject,
    chain,
    own_subject,
    patient_clause,
    reduced_relative,
    strongest,
    verb_kind,
    wound_kind,
)
from newsfuse.models import Quantity

#: the ``person`` of a single count that refers back ("he", "the victim"): at most one counts
ANAPHOR = "(anaphor)"
#: last words of a qualifier before a number ("at least one", "more than one")
_BOUND_WORDS = frozenset(["least", "than", "about", "around", "nearly", "some", "to", "almost"])


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
    age: int | None = None  # of a single person, when the words say it
    gender: str | None = None  # "m" / "f" for a single person, when the words say it
    further: bool = False  # "another man", "a second victim": not anyone named before
    named: bool = False  # the person is given by name, not described
    pronoun: bool = False  # "he", "she", "him", "her"
    own_death: bool = False  # a killer's own death ("then killed himself", ``_selfkill``)


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


def kind_of(nominal: Token, depth: int = 0) -> tuple[str, Token] | None:
    """The kind of count a nominal is the subject, object or head of; "one (of them)
    fatally" after people shot is a death."""
    found = _kind_of(nominal, depth)
    if found and found[0] in {"shot", "injured"}:
        fatal = [c for c in nominal.children if c.dep_ == "advmod" and c.lower_ in FATALLY]
        if fatal and nominal.dep_ in {"appos", "conj", "npadvmod"}:
            return "killed", fatal[0]
    return found


def _kind_of(nominal: Token, depth: int = 0) -> tuple[str, Token] | None:
    for child in nominal.children:
        if child.dep_ in {"amod", "acl", "relcl"}:
            if child.dep_ == "relcl" and (own_subject(child) or not patient_clause(child)):
                continue  # "the street where a man was killed", "the man who shot/injured"
            if kind := ADJ_KIND.get(child.lower_):
                return kind, child
            found = [(k, v) for v in chain(child) if (k := verb_kind(v))]
            if found:
                inner = strongest(found)
                outer = as_subject(nominal) if inner and inner[0] != "killed" else None
                # "a teen who was found shot ... has died": the main verb says the outcome
                return outer if outer and outer[0] == "killed" else inner
        if child.dep_ == "prep" and child.lower_ == "with":
            wound = [w for w in child.children if w.lemma_.lower() in WOUNDS]
            if wound and not as_subject(nominal):
                return wound_kind(wound[0]), wound[0]  # "a man with a gunshot wound"
    dep, head = nominal.dep_, nominal.head
    if dep in {"nsubj", "nsubjpass"} and reduced_relative(head):
        # "three of the rockets fired from X were intercepted": the participle is parsed as
        # the clause's subject; the count belongs to the main verb
        found = [(k, v) for v in chain(head.head) if (k := verb_kind(v))]
        if found:
            return strongest(found)
    if dep == "pobj" and head.lower_ == "of" and head.head.like_num:
        verb = head.head.head
        if reduced_relative(verb) and (kind := verb_kind(verb)):
            return kind, verb  # "... of the seven rockets fired ..."
    if dep in {"nsubj", "nsubjpass"}:
        return as_subject(nominal)
    if (event := of_event(nominal)) is not None:
        return event  # "the fatal shootings of four people"
    if dep == "pobj" and head.lower_ == "with" and _along(head):
        verb = head.head.head if head.head.lower_ == "along" else head.head
        kind = verb_kind(verb)  # "X was killed along with Y"
        return (kind, verb) if kind else None
    if dep == "dobj":
        kind = verb_kind(head)
        return (kind, head) if kind else None
    if dep == "appos" and (subject := as_subject(nominal)):
        return subject  # "According to police, Jon Roe, 16, died"
    if dep in {"conj", "appos"} and depth < 3 and head is not nominal:
        return kind_of(head, depth + 1)
    return None


def _fatally(tok: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in FATALLY for c in tok.children)


def _along(prep: Token) -> bool:
    """ "along with": "along" as the head of "with", its child, or its sibling before it."""
    before = prep.nbor(-1) if prep.i > 0 else prep
    sibling = before.lower_ == "along" and before.head.i == prep.head.i
    return prep.head.lower_ == "along" or any(c.lower_ == "along" for c in prep.children) or sibling


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
        if number is None or not_a_count(tok):
            continue  # an age, "FOX 8", "Image 2 of 16", "two years"
        both = tok.lower_ == "both" and tok.dep_ in {"det", "predet"} and tok.head.tag_ == "NNS"
        counted = tok.dep_ in {"nummod", "quantmod"} or both  # "both men"
        # "two more who were injured": "more" stands for people like those just counted
        more = tok.head.lower_ == "more" and tok.head.dep_ not in {"amod", "advmod"}
        if counted and (tok.head.pos_ in {"NOUN", "PROPN", "PRON"} or more):
            nominal, noun = tok.head, tok.head
        elif (tok.dep_ == "appos" and not _fatally(tok)) or (
            tok.head.dep_ == "appos" and tok.head.head.ent_type_
        ):
            continue  # an age: "John Doe, 24,"
        else:
            nominal, noun = tok, _of_noun(tok) or tok
        if nominal.i not in seen:
            seen.add(nominal.i)
            yield nominal, number, noun


def one_person(noun: Token) -> bool:
    """ "one man", not "at least one man" (a bound is a figure, not a person)."""
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in PERSON_NOUNS
        and any(c.dep_ == "nummod" and c.lower_ == "one" and not _bounded(c) for c in noun.children)
    )


def _bounded(number: Token) -> bool:
    return number.i > 0 and number.nbor(-1).lower_ in _BOUND_WORDS


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
        if number.qualifier == "exact" and noun.i == nominal.i and one_person(noun):
            continue  # "one man was shot": a single person, read by ``_singles``
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
