"""Candidate generation: an inverted index from blocking keys to open clusters.

Keys are a mention's heaviest TF-IDF terms (``t:``), its rarest names (``n:``) and its place
(``p:``). A mention is only ever compared with the clusters that share keys with it, best
first; clusters leave the index when they fall out of the time window, so the index holds one
window of clusters however long the stream is.
"""

from __future__ import annotations

from newsfuse.cluster._features import Features

MAX_POSTING = 5000  # a key shared by more open clusters than this is too common to block on
PLACE_KEY_WEIGHT = 3.0
MIN_SHARE = 0.2  # candidates sharing less than this share of the best one's key weight are dropped


class BlockIndex:
    def __init__(self) -> None:
        self._postings: dict[str, dict[str, None]] = {}
        self._by_article: dict[str, list[str]] = {}  # the article being added -> its clusters

    def hold_article(self, article_id: str, cid: str) -> None:
        """Note that ``cid`` holds a mention of ``article_id`` (the last article only)."""
        held = self._by_article.get(article_id)
        if held is None:
            self._by_article = {article_id: [cid]}
        else:
            held.append(cid)

    def candidates(
        self,
        f: Features,
        limit: int,
        keys: tuple[str, ...],
        min_keys: int = 1,
        max_posting: int = MAX_POSTING,
    ) -> list[str]:
        """Up to ``limit`` cluster ids sharing ``keys`` (of ``f``), most shared weight first;
        clusters already holding ``f``'s article are left out, and so are those that share fewer
        than ``min_keys`` keys or less than ``MIN_SHARE`` of the best one's weight. A key held by
        more than ``max_posting`` clusters is too common to block on."""
        weight: dict[str, float] = {}
        hits: dict[str, int] = {}
        for key in keys:
            posting = self._postings.get(key)
            if not posting or len(posting) > max_posting:
                continue
            w = _key_weight(key, f)
            for cid in posting:
                weight[cid] = weight.get(cid, 0.0) + w
                hits[cid] = hits.get(cid, 0) + 1
        if min_keys > 1:
            weight = {cid: w for cid, w in weight.items() if hits[cid] >= min_keys}
        for cid in self._by_article.get(f.article_id, ()):
            weight.pop(cid, None)
        ranked = sorted(weight, key=lambda cid: (-weight[cid], cid))[:limit]
        if not ranked:
            return ranked
        floor = weight[ranked[0]] * MIN_SHARE
        return [cid for cid in ranked if weight[cid] >= floor]

    def add(self, cid: str, keys: tuple[str, ...]) -> None:
        for key in keys:
            self._postings.setdefault(key, {})[cid] = None

    def remove(self, cid: str, keys: set[str]) -> None:
        for key in keys:
            posting = self._postings.get(key)
            if posting is not None:
                posting.pop(cid, None)
                if not posting:
                    del self._postings[key]

    def __len__(self) -> int:
        return len(self._postings)


def _key_weight(key: str, f: Features) -> float:
    kind, _, value = key.partition(":")
    if kind == "p":
        return PLACE_KEY_WEIGHT
    if kind == "n":
        return f.names.get(value, 1.0)
    return 1.0 + f.vector.get(value, 0.0) * 10.0
