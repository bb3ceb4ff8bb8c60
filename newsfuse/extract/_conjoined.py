"""Totals of conjoined victims: "a man, woman and boy were wounded" (3), "three teens and an
18-year-old man were shot" (4), "four men and five women were injured" (9).

Each conjunct is read apart (a figure, a single person); the article states the whole only by
the coordination. The sum is a total of its own, with the coordination as evidence, and a
conjunct's figure that has no subgroup ("four men" beside "five women") is no total of the
whole, so it is dropped.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfuse.extract._counts import RawCount, kind_of
from newsfuse.extract._lexicon_counts import PEOPLE, PERPETRATORS, PERSON_NOUNS, SUBGROUP
from newsfuse.extract._numbers import Number, read_number
from newsfuse.models import Quantity

#: kinds of count whose conjoined people are summed
PEOPLE_KINDS = frozenset({"killed", "injured", "shot"})
_DETS = frozenset({"a", "an", "one", "the", "his", "her", "their"})


def _members(head: Token) -> list[Token]:
    out = [head]
    for child in head.children:
        if (child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"}) or _listed_name(child):
            out += _members(child)
    return out


def _listed_name(tok: Token) -> bool:
    """A name the parser hangs on the name before it as an apposition although a list goes
    on from it: "Jon Roe, Al Poe and Ed Loe" (a name is no apposition of another name)."""
    return (
        tok.dep_ == "appos"
        and tok.ent_type_ == "PERSON"
        and tok.head.ent_type_ == "PERSON"
        and tok.head.pos_ == tok.pos_ == "PROPN"
        and any(c.dep_ == "conj" for c in tok.children)
    )


def _people_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in PEOPLE or lemma in SUBGROUP or lemma.endswith("-old")


def _value(tok: Token, index: dict[int, Quantity]) -> int | None:
    """How many people one conjunct is: its exact figure, 1 for a single person (a person
    noun in the singular, a name), None when it cannot say ("officers", "the suspect")."""
    if tok.lemma_.lower() in PERPETRATORS:
        return None
    numbers = [c for c in tok.children if c.dep_ == "nummod"]
    if numbers:
        number = read_number(numbers[0], index)
        ok = number is not None and number.qualifier == "exact" and _people_noun(tok)
        return number.value if ok and number else None
    if tok.tag_ == "NN" and _people_noun(tok):
        dets = {c.lower_ for c in tok.children if c.dep_ in {"det", "poss", "nummod"}}
        return 1 if not dets or dets & _DETS else None
    if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
        return 1
    return None


def _one_subject(tok: Token) -> bool:
    """ "a husband and father of two was shot": a coordination whose verb is singular is one
    person described twice."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "is", "has"} for c in tok.head.children
    )


def conjoined_counts(sent: Span, index: dict[int, Quantity]) -> tuple[list[RawCount], set[int]]:
    """The totals of conjoined people, and the starts of the conjuncts' own figures that
    are no longer totals of the whole."""
    out: list[RawCount] = []
    parts: set[int] = set()
    for tok in sent:
        if tok.dep_ == "conj" or tok.pos_ not in {"NOUN", "PROPN"} or _listed_name(tok):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "with":
            continue  # "X was shot along with A and B": a part of the whole, counted by person
        members = _members(tok)
        if len(members) < 2:
            continue
        values = [_value(m, index) for m in members]
        found = kind_of(tok)
        if None in values or found is None or found[0] not in PEOPLE_KINDS:
            continue
        kind, kind_tok = found
        if not sent.start <= kind_tok.i < sent.end or _one_subject(tok):
            continue
        start = min(tok.left_edge.idx, kind_tok.idx)
        end = max(members[-1].idx + len(members[-1]), kind_tok.idx + len(kind_tok))
        total = sum(v for v in values if v is not None)
        number = Number(total, None, None, "exact", tok.left_edge.idx, end)
        out.append(RawCount(kind, number, None, (), start, end))
        parts |= {c.idx for m in members for c in m.children if c.dep_ == "nummod"}
    return out, parts
