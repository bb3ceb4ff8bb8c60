"""The follow-up linker's index: the clusters held in memory (open and archived) by the full
person names (``first last``) their reports give.

A late report (an arrest, a charge, a funeral weeks after the shooting) is found against the
incident it follows up by a shared full name, which a surname or a city name never is: the
other blocking keys find a cluster only when it shares several of its rarest words. A name held
by more than ``MAX_POSTING`` clusters (a police chief, a spokesman, a common name) finds none.
"""

from __future__ import annotations

from newsfuse.cluster._features import Features
from newsfuse.cluster._index import BlockIndex

MAX_CANDIDATES = 4  # clusters found by a shared full name, scored per mention
MAX_POSTING = 8  # a name held by more clusters than this identifies none of them
MAX_NAMES = 24  # names a cluster keeps (the first reported)


def _key(name: str) -> str:
    return f"f:{name}"


class PersonIndex:
    """Cluster id -> its full person names, and the inverted index over them."""

    def __init__(self) -> None:
        self._index = BlockIndex()
        self._names: dict[str, set[str]] = {}

    def candidates(self, f: Features) -> list[str]:
        """Up to ``MAX_CANDIDATES`` clusters that share a full person name with ``f``."""
        if not f.persons:
            return []
        keys = tuple(_key(n) for n in sorted(f.persons))
        return self._index.candidates(f, MAX_CANDIDATES, keys, 1, MAX_POSTING)

    def names(self, cid: str) -> set[str]:
        """The full person names cluster ``cid`` holds."""
        return self._names.get(cid, set())

    def add(self, cid: str, f: Features) -> None:
        """Hold ``f``'s names for cluster ``cid`` (up to ``MAX_NAMES`` per cluster)."""
        if not f.persons:
            return
        held = self._names.setdefault(cid, set())
        room = MAX_NAMES - len(held)
        new = [n for n in sorted(f.persons) if n not in held][: max(0, room)]
        held.update(new)
        self._index.add(cid, tuple(_key(n) for n in new))

    def drop(self, cid: str) -> None:
        """Forget cluster ``cid`` (frozen: it left memory)."""
        names = self._names.pop(cid, set())
        self._index.remove(cid, {_key(n) for n in names})
