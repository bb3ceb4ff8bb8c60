"""Counts told as the people *of* an event noun: "the fatal shootings of four people", "the
deaths of two men", "the shooting of three teens". The figure hangs on the noun after "of";
the event noun before it gives the kind: a death, killing, murder or slaying kills, a
shooting shoots, and a fatal or deadly one kills."""

from __future__ import annotations

from spacy.tokens import Token

#: event noun -> the kind of count its "of" phrase is
OF_EVENTS = {
    "death": "killed", "killing": "killed", "murder": "killed", "slaying": "killed",
    "homicide": "killed", "shooting": "shot",
}  # fmt: skip
_FATAL = frozenset(["fatal", "deadly"])


def of_event(nominal: Token) -> tuple[str, Token] | None:
    """The kind of "the deaths of two men": (kind, event noun), or None."""
    prep = nominal.head
    if nominal.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    noun = prep.head
    kind = OF_EVENTS.get(noun.lemma_.lower())
    if kind is None or any(c.lower_ == "attempted" for c in noun.children):
        return None  # "the attempted murders of five teens": nobody died
    if kind == "killed" or any(c.lower_ in _FATAL for c in noun.children):
        return "killed", noun
    return None
