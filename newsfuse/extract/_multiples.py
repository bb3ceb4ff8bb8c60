"""Counts told by the event noun alone: "a double homicide", "the triple shooting", "a
quadruple murder-suicide".

Local news names a multiple killing by its noun and then tells each victim apart, often
without ever stating the total. "double/triple/quadruple" before a killing noun is a killed
count of 2/3/4; before "shooting" a count of people shot (outcome not stated), unless the
shooting is called fatal or deadly ("a double fatal shooting").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfuse.extract._counts import RawCount
from newsfuse.extract._numbers import Number

MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
#: noun lemma -> kind of count its multiple gives
_NOUNS = {
    "homicide": "killed", "murder": "killed", "killing": "killed", "slaying": "killed",
    "fatality": "killed", "shooting": "shot", "stabbing": "injured",
}  # fmt: skip
_FATAL = frozenset(["fatal", "deadly"])


def _multiple(tok: Token) -> int | None:
    """The multiple before a noun: "double", also written "double-" before a hyphen."""
    for child in tok.children:
        if child.dep_ in {"amod", "compound", "nmod"} and child.lower_ in MULTIPLES:
            return MULTIPLES[child.lower_]
    return None


def multiple_counts(sent: Span) -> list[RawCount]:
    """ "a double homicide" -> killed 2; "a triple shooting" -> shot 3."""
    out: list[RawCount] = []
    for tok in sent:
        kind = _NOUNS.get(tok.lemma_.lower())
        value = _multiple(tok) if kind else None
        if kind is None or value is None:
            continue
        if kind != "killed" and any(c.lower_ in _FATAL for c in tok.children):
            kind = "killed"
        first = min([tok.i, *(c.i for c in tok.children if c.lower_ in MULTIPLES)])
        start, end = tok.doc[first].idx, tok.idx + len(tok)
        number = Number(value, None, None, "exact", start, end)
        out.append(RawCount(kind, number, None, (), start, end))
    return out
