"""Actors with roles, read from the dependency parse of one sentence.

    claimed_by   subject of "claim responsibility / take credit"
    denied_by    subject of "deny"
    blamed_by    subject of "blame / accuse"; what they blame is ``suspected`` (hedged)
    suspected    a group in a sentence that hedges ("suspected", "believed", "likely")
    attacker     subject of an attack verb, or its passive agent ("by X")
    target       object of an attack verb, or its passive subject ("the embassy was targeted")
    victim       a named person who was killed or hurt (from the count grammar)

Every actor carries the sentence's speaker (``attributed_to``) and its own evidence span.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfuse.extract._text import doc_text
from newsfuse.models import ActorClaim, Evidence

ACTOR_LABELS = frozenset({"ORG", "NORP", "GPE", "ARMED_GROUP", "PERSON", "FAC"})
ATTACK_VERBS = frozenset(
    [
        "attack",
        "fire",
        "launch",
        "shoot",
        "kill",
        "bomb",
        "strike",
        "target",
        "ambush",
        "abduct",
        "kidnap",
        "storm",
        "raid",
        "shell",
        "hit",
        "assault",
        "stab",
        "murder",
    ]
)
_HEDGES = frozenset(
    ["suspect", "suspected", "believe", "believed", "likely", "allegedly", "reportedly"]
)
_TARGET_NOUNS = frozenset(
    [
        "embassy",
        "base",
        "convoy",
        "church",
        "mosque",
        "school",
        "market",
        "checkpoint",
        "camp",
        "office",
        "headquarters",
        "consulate",
        "airport",
        "compound",
        "station",
        "village",
        "building",
        "house",
        "home",
        "hospital",
        "bus",
    ]
)


def _entity_roots(sent: Span) -> dict[int, Span]:
    return {ent.root.i: ent for ent in sent.ents if ent.label_ in ACTOR_LABELS}


def _role_for(tok: Token) -> tuple[str, Token] | None:
    """The role of an actor head from the verb it depends on."""
    dep, head = tok.dep_, tok.head
    if dep == "pobj" and head.dep_ == "agent":
        dep, head = "agent", head.head
    elif dep == "pobj" and head.lower_ == "on" and head.head.lemma_ == "blame":
        return "suspected", head.head
    lemma = head.lemma_.lower()
    if dep == "nsubj":
        if lemma in {"claim", "take"} and any(
            c.lemma_ in {"responsibility", "credit"} for c in head.subtree
        ):
            return "claimed_by", head
        if lemma == "deny":
            return "denied_by", head
        if lemma in {"blame", "accuse"}:
            return "blamed_by", head
    if dep in {"nsubj", "agent"} and lemma in ATTACK_VERBS:
        return "attacker", head
    if dep in {"dobj", "nsubjpass"} and lemma in ATTACK_VERBS:
        return "target", head
    if dep == "dobj" and lemma in {"blame", "accuse"}:
        return "suspected", head
    return None


def _target_phrase(tok: Token) -> tuple[str, int, int]:
    start = min((c.left_edge.idx for c in tok.lefts if c.dep_ != "det"), default=tok.idx)
    end = tok.idx + len(tok)
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in {"in", "near", "at"}:
            last = child.right_edge
            end = last.idx + len(last)
    return doc_text(tok.doc)[start:end], start, end


def sentence_actors(sent: Span, speaker: str | None, article_id: str) -> list[ActorClaim]:
    """The actors of one sentence with their roles."""
    out: list[ActorClaim] = []
    hedged = any(t.lemma_.lower() in _HEDGES for t in sent)
    roots = _entity_roots(sent)
    for tok in sent:
        ent = roots.get(tok.i)
        found = _role_for(tok)
        if ent is not None:
            name, start, end = ent.text, ent.start_char, ent.end_char
        elif found and found[0] == "target" and tok.lemma_.lower() in _TARGET_NOUNS:
            name, start, end = _target_phrase(tok)
        else:
            continue
        role = found[0] if found else None
        if role is None and hedged and ent is not None and ent.label_ == "ARMED_GROUP":
            role = "suspected"
        if role is None or (role == "target" and ent is not None and ent.label_ == "PERSON"):
            role = "victim" if role == "target" else None
        if role is None:
            continue
        is_hedged = role == "suspected" or (hedged and role in {"attacker", "claimed_by"})
        ev = Evidence(article_id, start, end, doc_text(sent.doc)[start:end])
        out.append(ActorClaim(name, role, speaker, is_hedged, ev))
    return out
