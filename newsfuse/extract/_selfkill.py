"""A killer's own death: "shot his wife before turning the gun on himself", "killed two people
and then himself", "before taking his own life", "a murder-suicide".

Incident databases (GVA among them) count a perpetrator who died as one of the killed. News
tells that death only through a reflexive phrase whose subject is the one who did the killing,
so the grammar of victims (``_counts``, ``_singles``) never reads it. Each such phrase is a
killed count of 1 with subgroup ``perpetrators``; totals and reconcile add perpetrators on top
of the victims once, however often the article says it.

Only where someone harmed others: "a man shot his wife and then killed himself", "the gunman
took his own life"; a lone suicide ("a student took his own life") is the subject's own death
and is read by ``_singles`` as a single person.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfuse.extract._agents import REFLEXIVES, harms_other
from newsfuse.extract._counts import RawCount, kind_of
from newsfuse.extract._lexicon_counts import PERPETRATORS
from newsfuse.extract._numbers import Number

#: "turned the gun on himself"
_WEAPONS = frozenset(
    ["gun", "weapon", "rifle", "firearm", "shotgun", "pistol", "handgun", "revolver", "knife"]
)


def own_death(verb: Token) -> bool:
    """An active verb of the subject's own death: "killed himself", "took his own life"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if child.lower_ in REFLEXIVES and (found := kind_of(child)) and found[0] == "killed":
            return True
        own = any(g.lower_ == "own" for g in child.children)
        if verb.lemma_.lower() == "take" and child.lemma_.lower() == "life" and own:
            return True
    return False


def _turned_on(tok: Token) -> Token | None:
    """ "turned the gun on himself": the verb "turned"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "on" or prep.head.lemma_.lower() != "turn":
        return None
    verb = prep.head
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _WEAPONS for c in verb.children):
        return verb
    return None


def _self_death(tok: Token) -> Token | None:
    """The verb of a killer's own death at a token (a reflexive pronoun, or "life")."""
    if tok.lower_ in REFLEXIVES:
        if turned := _turned_on(tok):
            return turned
        found = kind_of(tok)  # "killed himself", "killed his wife and then himself"
        return found[1] if found and found[0] == "killed" else None
    if tok.lemma_.lower() == "life" and tok.dep_ == "dobj" and own_death(tok.head):
        return tok.head
    return None


def _murder_suicide(tok: Token) -> bool:
    """ "a murder-suicide", "the murder suicide": the killer died too."""
    if tok.lemma_.lower() != "suicide" or tok.i < 1:
        return False
    before = tok.doc[tok.i - 1]
    if before.text in {"-", "–", "/"} and tok.i >= 2:
        before = tok.doc[tok.i - 2]
    return before.lemma_.lower() == "murder"


def _killer_context(sent: Span, verb: Token) -> bool:
    """Whether the one who died by their own hand had harmed others: the sentence has a harm
    verb with someone else as object, or the subject is a perpetrator noun."""
    if any(harms_other(t) for t in sent):
        return True
    subject = verb
    while subject.dep_ in {"conj", "pcomp", "advcl", "xcomp", "prep"} and subject.head != subject:
        subject = subject.head
    subjects = [c for c in subject.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in PERPETRATORS for s in subjects)


def self_kill_counts(sent: Span) -> list[RawCount]:
    """The killer's own death, at most once per sentence."""
    for tok in sent:
        if _murder_suicide(tok):
            start = (
                tok.doc[tok.i - 2].idx if tok.doc[tok.i - 1].text in {"-", "–", "/"} else tok.idx
            )
            start = min(start, tok.doc[tok.i - 1].idx)
            return [_count(start, tok.idx + len(tok))]
        verb = _self_death(tok)
        if verb is None or not sent.start <= verb.i < sent.end:
            continue
        if _killer_context(sent, verb):
            start, end = min(verb.idx, tok.idx), max(verb.idx + len(verb), tok.idx + len(tok))
            return [_count(start, end)]
    return []


def _count(start: int, end: int) -> RawCount:
    number = Number(1, None, None, "exact", start, end)
    return RawCount("killed", number, "perpetrators", (), start, end, own_death=True)
