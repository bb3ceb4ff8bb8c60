"""Shared helper of the count tests: the (kind, value) of every count one text's sentences give."""

from __future__ import annotations

from newsfuse.annotate import load_nlp
from newsfuse.extract._sentences import read_sentence
from newsfuse.settings import Settings


def kinds(settings: Settings, text: str) -> list[tuple[str, int]]:
    doc = load_nlp(settings)(text)
    return [(c.kind, c.number.value) for s in doc.sents for c in read_sentence(s, {}, ()).counts]
