"""Counts of one person: "a girl was killed", "John Doe, 24, died", "the shooting death of X".

Local news often names or describes each victim instead of giving a total. Each such person is
a count of 1 with ``person`` set (a name, or the describing noun phrase), so that totals can
count distinct people. "he", "she" and "the victim" are anaphors: they count only when the
article names no one else (``ANAPHOR``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfuse.extract._counts import ANAPHOR, RawCount, kind_of, subgroup_of
from newsfuse.extract._lexicon_counts import MUNITION_KINDS, PERSON_NOUNS
from newsfuse.extract._numbers import Number
from newsfuse.extract._text import doc_text

_NOT_PERSON = frozenset({"GPE", "ORG", "FAC", "LOC", "NORP", "PRODUCT", "EVENT", "DATE"})
#: "the shooting death of X", "the murder of X": noun -> kind
_OF_NOUNS = {
    "death": "killed", "murder": "killed", "killing": "killed", "slaying": "killed",
    "homicide": "killed", "shooting": "shot", "stabbing": "injured",
}  # fmt: skip
_PEOPLE_VERBS = frozenset(["kill", "murder", "wound", "injure", "shoot", "stab", "slay", "behead"])
_AGENT_SUFFIXES = ("man", "woman", "er", "or", "ist", "ian", "ant", "ent", "ee", "ier", "ess")
_BODY_VERBS = frozenset(["find", "discover", "recover", "locate", "pull", "identify"])


def _person_kind(tok: Token) -> str | None:
    """Which sort of single person a token heads: named, described, anaphor, or not one."""
    if any(c.dep_ == "nummod" and 0 < tok.i - c.i <= 3 for c in tok.children) or tok.tag_ in {
        "NNS",
        "NNPS",
    }:
        return None
    lemma = tok.lemma_.lower()
    dets = {c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}}
    aged = any(c.dep_ == "appos" and c.like_num for c in tok.children)  # "Jane Roe, 31,"
    if (
        tok.pos_ == "PROPN"
        and lemma not in PERSON_NOUNS
        and (tok.ent_type_ not in _NOT_PERSON or aged)
    ):
        return "named"
    if tok.lower_ in {"he", "she"}:
        return "anaphor"
    if lemma == "victim" and not dets & {"a", "an"}:
        return "anaphor"
    if _person_noun(tok):
        # "a man" introduces someone; "the man", "his mother" and a headline's bare "Man"
        # most often refer to someone the article introduces elsewhere
        return "described" if dets & {"a", "an"} else "anaphor"
    return None


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
    return (kind, noun) if kind else None


def _person_text(tok: Token, kind: str) -> tuple[str, int]:
    if kind == "anaphor":
        return ANAPHOR, tok.idx
    if kind == "named":
        first = tok
        while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ == "compound":
            first = first.nbor(-1)
        return doc_text(tok.doc)[first.idx : tok.idx + len(tok)], first.idx
    left = tok.left_edge
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


def single_counts(sent: Span) -> list[RawCount]:
    """Counts of one named or described person each."""
    out: list[RawCount] = []
    for tok in sent:
        if tok.dep_ == "appos" and sent.start <= tok.head.i < sent.end:
            continue  # "Jane Roe, a 31-year-old nurse, died": the head is counted
        who = _person_kind(tok)
        owner = tok
        if tok.lemma_.lower() == "body":
            poss = [c for c in tok.children if c.dep_ == "poss"]
            who = _person_kind(poss[0]) if poss else "anaphor"
            owner = poss[0] if poss else tok
            found = _body(tok)
        elif who is None:
            found = _event_noun(tok)
            if found is None:
                continue
            who = "anaphor"
        else:
            found = _of_phrase(tok) or kind_of(tok)
        if who is None or found is None or found[0] in MUNITION_KINDS:
            continue
        kind, kind_tok = found
        if not sent.start <= kind_tok.i < sent.end:
            continue  # the head lies in another sentence
        person, left = _person_text(owner, who)
        left = max(left, sent.start_char)
        start = min(left, kind_tok.idx)
        end = max(tok.idx + len(tok), kind_tok.idx + len(kind_tok))
        if "|" in doc_text(tok.doc)[start:end]:
            continue  # read across a headline's "| Outlet" tail: "death of X man | News"
        number = Number(1, None, None, "exact", left, owner.idx + len(owner))
        out.append(RawCount(kind, number, subgroup_of(owner), (), start, end, person))
    return out
