"""The doer's side of a clause: whether an active verb harms someone else ("shot his wife"),
whether it is the subject's own death ("killed himself", "took his own life"), and the
subject the parser lost after "According to police, ..."."""

from __future__ import annotations

from spacy.tokens import Token

REFLEXIVES = frozenset(["himself", "herself", "themselves"])
#: verbs whose active object is someone harmed
HARM_VERBS = frozenset(["kill", "shoot", "murder", "stab", "wound", "injure", "slay", "strangle"])


def according_subject(nominal: Token) -> Token | None:
    """ "According to police, Jon Roe, 16, died": the parser hangs the name on the source
    as an apposition; it is the subject of the main verb, which has none of its own."""
    source = nominal.head
    if nominal.dep_ != "appos" or source.dep_ != "pobj" or source.head.lower_ != "to":
        return None
    according = source.head.head
    verb = according.head
    if according.lower_ != "according" or verb.pos_ != "VERB" or verb.i < nominal.i:
        return None
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return None if has_subject else verb


def harms_other(verb: Token) -> bool:
    """An active harm verb with someone else as object ("shot his wife")."""
    if verb.lemma_.lower() not in HARM_VERBS or any(
        c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children
    ):
        return False
    return any(c.dep_ == "dobj" and not _self(c) for c in verb.children)


def _self(tok: Token) -> bool:
    return tok.lower_ in REFLEXIVES or tok.lemma_.lower() == "life"


def self_object(verb: Token) -> bool:
    """ "killed himself", "took his own life"."""
    return any(c.dep_ == "dobj" and _self(c) for c in verb.children)
