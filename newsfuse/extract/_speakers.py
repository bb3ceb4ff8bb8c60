"""Who a sentence's claims are attributed to: "the military said", "according to police".

The speaker is the subject of a reporting verb (say, tell, confirm, report, ...) in the same
sentence, the object of "according to", or the agent of a statement ("a statement by the Iraqi
military"). Pronouns are not speakers (no coreference here); leading determiners are dropped.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfuse.extract._text import doc_text

REPORTING = frozenset(
    [
        "say",
        "tell",
        "confirm",
        "report",
        "announce",
        "state",
        "add",
        "claim",
        "note",
        "explain",
        "tweet",
        "write",
        "quote",
        "allege",
        "insist",
        "estimate",
    ]
)
_PRONOUNS = frozenset(
    ["he", "she", "they", "it", "we", "i", "you", "who", "this", "that", "which", "one"]
)
_DROP_FIRST = frozenset({"the", "a", "an", "two", "some", "several"})


def _phrase(head: Token) -> tuple[str, int, int] | None:
    """The compact noun phrase of a speaker head: compounds, modifiers and possessives."""
    if head.lower_ in _PRONOUNS or head.pos_ == "PRON":
        return None
    if head.lemma_ in {"statement", "spokesman", "spokeswoman", "spokesperson", "source"}:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in {"by", "for", "from", "of"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return _phrase(pobj) or _span_of(head)
    return _span_of(head)


def _span_of(head: Token) -> tuple[str, int, int] | None:
    keep = {"compound", "amod", "poss", "nmod", "det", "case", "nummod", "punct"}
    left = [t for t in head.lefts if t.dep_ in keep]
    start_tok = min([head, *[t.left_edge for t in left]], key=lambda t: t.i)
    tokens = [t for t in head.doc[start_tok.i : head.i + 1] if not t.is_space]
    while tokens and (tokens[0].lower_ in _DROP_FIRST or tokens[0].is_punct):
        tokens = tokens[1:]
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return doc_text(head.doc)[start:end], start, end


def speaker_of(sent: Span) -> tuple[str, int, int] | None:
    """The source a sentence attributes its content to, with its character span."""
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            nxt = token.nbor(1)
            for pobj in nxt.children:
                if pobj.dep_ == "pobj":
                    found = _phrase(pobj)
                    if found:
                        return found
        if token.pos_ == "VERB" and token.lemma_ in REPORTING:
            for child in token.children:
                if child.dep_ in {"nsubj", "nsubjpass"} or (
                    child.dep_ == "agent" and token.lemma_ == "report"
                ):
                    head = child
                    if child.dep_ == "agent":
                        head = next((c for c in child.children if c.dep_ == "pobj"), child)
                    found = _phrase(head)
                    if found:
                        return found
    return None
