"""Counts of one person: "a girl was killed", "John Doe, 24, died", "the shooting death of X".

Local news often names or describes each victim instead of giving a total. Each such person is
a count of 1 with ``person`` set (a name, or the describing noun phrase), so that totals can
count distinct people. "he", "she" and "the victim" are anaphors: they count only when the
article names no one else (``ANAPHOR``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsfuse.extract._counts import (
    ANAPHOR,
    RawCount,
    kind_of,
    one_person,
    subgroup_of,
)
from newsfuse.extract._lexicon_counts import FURTHER, MUNITION_KINDS, PERPETRATORS, PERSON_NOUNS
from newsfuse.extract._numbers import Number
from newsfuse.extract._persons import person_age, person_gender
from newsfuse.extract._text import doc_text

_NOT_PERSON = frozenset({"GPE", "ORG", "FAC", "LOC", "NORP", "PRODUCT", "EVENT", "DATE"})
#: "the shooting death of X", "the murder of X": noun -> kind
_OF_NOUNS = {
    "death": "killed", "murder": "killed", "killing": "killed", "slaying": "killed",
    "homicide": "killed", "shooting": "shot", "stabbing": "injured",
}  # fmt: skip
_PEOPLE_VERBS = frozenset(["kill", "murder", "wound", "injure", "shoot", "stab", "slay", "behead"])
_AGENT_SUFFIXES = ("man", "woman", "er", "or", "ist", "ian", "ant", "ent", "ee", "ier", "ess")
#: ordinals that stand for a further person ("one died and a second was injured")
ORDINAL_PERSONS = frozenset({"second", "third", "fourth", "fifth"})
#: free-standing marks that end a dateline or a headline before a description
_BREAKS = frozenset({"-", "–", "—", ":", "|", "--", ")"})
_FATAL = frozenset(["fatal", "deadly"])
_BODY_VERBS = frozenset(["find", "discover", "recover", "locate", "pull", "identify"])


@dataclass(frozen=True)
class Who:
    """A single person at a token: sort (named, described, anaphor), the token
    whose text names them, and whether the words say it is a further one ("another man")."""

    sort: str
    owner: Token
    further: bool = False


def _who(tok: Token) -> Who | None:
    """Which sort of single person a token heads, or None when it heads none."""
    nummods = [c for c in tok.children if c.dep_ == "nummod" and 0 < tok.i - c.i <= 3]
    if tok.tag_ in {"NNS", "NNPS"} or (nummods and not one_person(tok)):
        return None  # "at least one man" is a figure (``_counts``), "one man" a person
    lemma, low = tok.lemma_.lower(), tok.lower_
    dets = {c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}}
    further = any(c.lower_ in FURTHER for c in tok.children if c.dep_ in {"det", "amod"})
    # "Jane Roe, 31,", "Jane Roe, a 31-year-old nurse,": a name said of a person
    aged = any(c.dep_ == "appos" and c.like_num for c in tok.children)
    described = any(c.dep_ == "appos" and _person_noun(c) for c in tok.children)
    full = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
    if (
        tok.pos_ == "PROPN"
        and tok.is_alpha
        and lemma not in PERSON_NOUNS | PERPETRATORS
        and (
            tok.ent_type_ == "PERSON"
            or aged
            or _known_surname(tok)
            or ((full or described) and not tok.is_upper and tok.ent_type_ not in _NOT_PERSON)
        )
    ):
        return Who("named", tok)
    if low in {"he", "she", "him"} or (low == "her" and tok.dep_ != "poss"):
        return Who("anaphor", tok)
    if low in ORDINAL_PERSONS and dets and tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        return Who("described", tok, True)  # "a second was injured"
    if lemma in PERPETRATORS:
        return None  # "the gunman", "a suspect": reconcile counts perpetrators apart
    name = [c for c in tok.children if c.dep_ == "appos" and _is_name(c)] + _named(tok)
    if name and lemma in PERSON_NOUNS:
        return Who("named", name[0])  # "her son, Khai Hebron", "a man named Jon Roe"
    if lemma == "victim" and not dets & {"a", "an"} and not further:
        return Who("anaphor", tok)
    if _person_noun(tok):
        # "a man" introduces someone; "the man", "his mother" and a headline's bare "Man"
        # most often refer to someone the article introduces elsewhere
        if further or nummods or dets & {"a", "an"}:
            return Who("described", tok, further)
        return Who("anaphor", tok)
    return None


def _known_surname(tok: Token) -> bool:
    """A surname alone that dies ("Roe died") after the full name was given ("Jon Roe,
    16,"); only for a death, the outcome a later sentence most often adds."""
    found = kind_of(tok) if tok.dep_ in {"nsubj", "nsubjpass"} else None
    if found is None or found[0] != "killed":
        return False
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent.end <= tok.i and ent[-1].text == tok.text
        for ent in tok.doc.ents
    )


def _owner(head: Token) -> bool:
    """Whether an apposition's head is a person ("Jane Roe, a nurse,"; "Jon Roe Jr., a
    nurse," where the parser hangs it on the final period), not a dateline's place."""
    if head.is_punct and head.i > 0:
        head = head.nbor(-1)
    return _who(head) is not None


def _named(tok: Token) -> list[Token]:
    """The name in "a man named Jon Roe", "a woman identified as Ann Lee"."""
    out: list[Token] = []
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in {"name", "identify", "call"}:
            continue
        for child in acl.children:
            grand = [g for g in child.children if g.dep_ == "pobj"] if child.lower_ == "as" else []
            out += [n for n in [child, *grand] if n.dep_ != "prep" and _is_name(n)]
    return out


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.ent_type_ not in _NOT_PERSON


def _person_noun(tok: Token) -> bool:
    """A noun for a person: listed, an age ("a 24-year-old"), or an agent noun ("a
    fisherman", "a dockworker") that a killing verb takes."""
    lemma = tok.lemma_.lower()
    if lemma in PERSON_NOUNS or tok.lower_.endswith("-old") or lemma == "old":
        return True
    verb = tok.head if tok.dep_ in {"dobj", "nsubjpass"} else None
    return (
        tok.pos_ == "NOUN"
        and verb is not None
        and verb.lemma_.lower() in _PEOPLE_VERBS
        and lemma.endswith(_AGENT_SUFFIXES)
    )


def _body(tok: Token) -> tuple[str, Token] | None:
    """ "a man's body was found" -> killed."""
    if tok.lemma_.lower() != "body" or tok.dep_ not in {"nsubjpass", "dobj"}:
        return None
    if tok.head.lemma_.lower() in _BODY_VERBS:
        return "killed", tok.head
    return None


def _of_phrase(tok: Token) -> tuple[str, Token] | None:
    """ "the shooting death of X": X is the pobj of "of" after a killing noun."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of":
        return None
    noun = prep.head
    kind = _OF_NOUNS.get(noun.lemma_.lower())
    if kind in {"shot", "injured"} and any(c.lower_ in _FATAL for c in noun.children):
        return "killed", noun  # "the fatal shooting of X"
    return (kind, noun) if kind else None


def _person_text(tok: Token, sort: str) -> tuple[str, int]:
    if sort == "anaphor":
        return ANAPHOR, tok.idx
    if sort == "named":
        first = tok
        while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ == "compound":
            first = first.nbor(-1)
        return doc_text(tok.doc)[first.idx : tok.idx + len(tok)], first.idx
    left = tok.left_edge
    for t in tok.doc[tok.left_edge.i : tok.i]:
        if t.is_space or (t.text in _BREAKS and t.whitespace_):
            left = t.nbor(1)  # "JEFFERSON PARISH, La. - A 17-year-old boy": from "A"
    return doc_text(tok.doc)[left.idx : tok.idx + len(tok)], left.idx


def _event_noun(tok: Token) -> tuple[str, Token] | None:
    """ "a shooting death", "a homicide": one death, nobody named (an anaphor)."""
    if tok.lemma_.lower() not in {"death", "homicide", "murder"}:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
        return None
    if tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "attr", "pobj"}:
        return None
    return "killed", tok


def _found(tok: Token) -> tuple[Who | None, tuple[str, Token] | None]:
    """The person a token stands for and the kind of count it is in."""
    if tok.lemma_.lower() == "body":
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if poss and poss[0].lower_ in {"his", "her"}:
            return Who("anaphor", poss[0]), _body(tok)
        return (_who(poss[0]) if poss else Who("anaphor", tok)), _body(tok)
    who = _who(tok)
    if who is None:
        found = _event_noun(tok)
        return (Who("anaphor", tok) if found else None), found
    return who, _of_phrase(tok) or kind_of(tok)


def single_counts(sent: Span) -> list[RawCount]:
    """Counts of one named or described person each, with what the words say of their age
    and gender (for telling people apart, ``_persons``)."""
    out: list[RawCount] = []
    for tok in sent:
        if tok.dep_ == "appos" and sent.start <= tok.head.i < sent.end and _owner(tok.head):
            continue  # "Jane Roe, a 31-year-old nurse, died": the head is counted
        who, found = _found(tok)
        if who is None or found is None or found[0] in MUNITION_KINDS:
            continue
        kind, kind_tok = found
        if not sent.start <= kind_tok.i < sent.end:
            continue  # the head lies in another sentence
        owner = who.owner
        person, left = _person_text(owner, who.sort)
        left = max(left, sent.start_char)
        start = min(left, kind_tok.idx)
        end = max(tok.idx + len(tok), kind_tok.idx + len(kind_tok))
        if "|" in doc_text(tok.doc)[start:end]:
            continue  # read across a headline's "| Outlet" tail: "death of X man | News"
        number = Number(1, None, None, "exact", left, owner.idx + len(owner))
        out.append(
            RawCount(kind, number, subgroup_of(owner) or subgroup_of(tok), (), start, end, person,
                     person_age(tok, owner), person_gender(tok, owner), who.further,
                     who.sort == "named", owner.pos_ == "PRON")
        )  # fmt: skip
    return out
