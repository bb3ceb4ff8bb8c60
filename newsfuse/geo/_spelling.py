"""A misspelt town: local news and its readers drop or swap a letter ("Wilkisburg" for
Wilkinsburg). Only a US town name in a known state, only one edit away, only when a single
city of that state is that close."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from rapidfuzz.distance import Levenshtein

from newsfuse.geo._gazetteer import Candidate, gazetteer, norm
from newsfuse.models import Place

#: shorter names are too often another word one letter away ("Mason" / "Macon")
MIN_LETTERS = 7


@cache
def _cities_by_state() -> dict[str, tuple[tuple[str, Candidate], ...]]:
    out: dict[str, list[tuple[str, Candidate]]] = defaultdict(list)
    for key, candidates in gazetteer().names.items():
        for c in candidates:
            if c.kind == "city" and c.place.country == "US" and c.place.admin1:
                out[c.place.admin1].append((key, c))
    return {state: tuple(rows) for state, rows in out.items()}


def respelled(name: str, state: str) -> Place | None:
    """The city of ``state`` whose name is one edit (a letter added, dropped or changed)
    from ``name``, when exactly one is; its place keeps the gazetteer's name."""
    key = norm(name)
    if len(key.replace(" ", "")) < MIN_LETTERS:
        return None
    near = {
        c.place
        for other, c in _cities_by_state().get(state, ())
        if abs(len(other) - len(key)) <= 1 and Levenshtein.distance(key, other, score_cutoff=1) <= 1
    }
    return near.pop() if len(near) == 1 else None
