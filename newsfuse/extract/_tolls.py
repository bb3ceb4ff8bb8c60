"""Tolls: "the death toll rose to 17", "raising the toll to 19", "a death toll of 21", "the
number of injured climbed to 40", "the toll stands at 12".

A toll is a running total that news updates as it changes, so its figure is a count of its own
kind (``killed`` for a death toll, ``injured`` for a number of injured) read from the number the
toll moves *to*, stands *at* or *reaches*, never from the number it rose *by* or *from*. Counts
in the rest of the sentence are read by the count grammar (``_counts``), which does not see
these: their number hangs on the verb of the toll, not on a person noun.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfuse.extract._counts import RawCount
from newsfuse.extract._notcounts import not_a_count
from newsfuse.extract._numbers import Number, read_number
from newsfuse.models import Quantity

#: the noun of a toll and the kind it counts when nothing else says
_TOLL_NOUNS = {"toll": "killed", "tally": "killed", "count": "killed"}
#: "the number of dead", "the number of injured": the word after "of" gives the kind
_NUMBER_OF = {
    "dead": "killed", "death": "killed", "fatality": "killed", "victim": "killed",
    "killed": "killed", "injured": "injured", "wounded": "injured", "injury": "injured",
    "casualty": "killed", "missing": "missing",
}  # fmt: skip
#: "the number of people killed": the counted noun, whose modifier gives the kind
_PEOPLE = frozenset({"people", "person", "civilian", "passenger", "victim", "resident"})
#: modifiers of a toll noun that name its kind ("death toll", "injury toll")
_TOLL_KIND = {
    "death": "killed", "casualty": "killed", "fatality": "killed", "body": "killed",
    "injury": "injured",
}  # fmt: skip
#: verbs that move or state a toll: its figure follows "to", "at" or is their object
_MOVE = frozenset(
    {
        "rise", "climb", "reach", "jump", "increase", "grow", "hit", "stand", "soar", "mount",
        "surge", "top", "raise", "bring", "push", "put", "lift", "swell", "be", "remain",
    }
)  # fmt: skip
_TO_AT = frozenset({"to", "at"})
#: words of a qualifier between the preposition and the figure ("to at least 12", "to nearly 40")
_QUALIFIER_WORDS = frozenset(
    {"at", "least", "most", "more", "than", "about", "around", "nearly", "almost", "some",
     "over", "roughly", "approximately", "upwards", "of", "no", "fewer"}
)  # fmt: skip


def toll_counts(sent: Span, index: dict[int, Quantity]) -> list[RawCount]:
    """The figures a sentence gives for a toll: one :class:`RawCount` per toll noun."""
    out: list[RawCount] = []
    for tok in sent:
        kind = _toll_kind(tok)
        if kind is None:
            continue
        number = _figure(tok, index)
        if number is None:
            continue
        _, value = number
        start = min(tok.idx, value.start)
        end = max(tok.idx + len(tok), value.end)
        if not (sent.start_char <= start and end <= sent.end_char):
            continue
        out.append(RawCount(kind, value, None, (), start, end))
    return out


def _toll_kind(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN":
        return None
    if lemma in _TOLL_NOUNS:
        mods = [c.lemma_.lower() for c in tok.children if c.dep_ in {"compound", "nmod", "amod"}]
        kinds = [_TOLL_KIND[m] for m in mods if m in _TOLL_KIND]
        if kinds:
            return kinds[0]
        nouns = [c for c in tok.children if c.dep_ in {"compound", "nmod"}]
        if lemma != "toll" or nouns:
            return None  # "the count", "a bridge toll": only a death count or a bare toll
        return _TOLL_NOUNS[lemma]
    if lemma == "number":
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    kind = _NUMBER_OF.get(obj.lemma_.lower()) or _NUMBER_OF.get(obj.lower_)
                    if kind is not None and obj.dep_ in {"pobj", "amod"}:
                        return kind
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in _PEOPLE:
                        for mod in obj.children:  # "the number of people killed"
                            kind = _NUMBER_OF.get(mod.lower_)
                            if kind is not None and mod.dep_ in {"acl", "amod", "relcl"}:
                                return kind
    return None


def _figure(noun: Token, index: dict[int, Quantity]) -> tuple[Token, Number] | None:
    """The number a toll noun is moved to or stated at, with its reading."""
    for prep in noun.children:  # "a death toll of 21"
        if prep.dep_ == "prep" and prep.lower_ == "of":
            found = _number_after(prep, index)
            if found is not None:
                return found
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass", "dobj"} or verb.lemma_.lower() not in _MOVE:
        return None
    if any(c.tag_ == "MD" for c in verb.children):
        return None  # "the toll could rise to 30": a forecast, not a figure
    for tok in verb.subtree:  # "rose to 17", "rose by four to 30", "stood at 21"
        if tok.i > noun.i and tok.lower_ in _TO_AT and tok.dep_ in {"prep", "dative", "quantmod"}:
            found = _number_after(tok, index)
            if found is not None:
                return found
    if noun.dep_ == "nsubj":
        for child in verb.children:  # "the toll reached 17", "the toll is now 17"
            if child.dep_ in {"dobj", "attr"}:
                found = _number_at(child, index)
                if found is not None:
                    return found
    return None


def _number_after(prep: Token, index: dict[int, Quantity]) -> tuple[Token, Number] | None:
    """The first number within a few words after a preposition ("to at least 12")."""
    doc = prep.doc
    for i in range(prep.i + 1, min(prep.i + 5, len(doc))):
        tok = doc[i]
        if tok.lower_ in _QUALIFIER_WORDS:
            continue
        if tok.is_punct or tok.pos_ in {"VERB", "AUX", "ADP"}:
            return None
        number = read_number(tok, index)
        if number is not None:
            return None if not_a_count(tok) else (tok, number)
    return None


def _number_at(tok: Token, index: dict[int, Quantity]) -> tuple[Token, Number] | None:
    """A number token, or the number of a noun it heads ("17 people")."""
    candidates = [tok] + [c for c in tok.children if c.dep_ in {"nummod", "quantmod"}]
    for cand in candidates:
        number = read_number(cand, index)
        if number is not None and not not_a_count(cand):
            return cand, number
    return None
