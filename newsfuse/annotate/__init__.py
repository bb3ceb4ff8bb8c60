"""annotate: sentences, entities, quantities and time expressions of a clean article.

load_nlp(settings)            the spaCy pipeline (+ armed-group rules), once per process
annotate(article, settings)   one Article -> AnnotatedArticle
annotate_many(articles, settings)
                              the batch path over nlp.pipe, same per-document code
find_times(text, ...)         time expressions of a text (no spaCy needed)

The spaCy-bound names are loaded on first use: importing spaCy (and, through thinc, torch) costs
seconds and hundreds of MiB, which stages that only read time expressions (cluster's date
anchoring) do not need to pay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsfuse.annotate._times import find_times

if TYPE_CHECKING:
    from newsfuse.annotate._core import annotate, annotate_many, load_nlp

__all__ = ["annotate", "annotate_many", "find_times", "load_nlp"]
_LAZY = frozenset({"annotate", "annotate_many", "load_nlp"})


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from newsfuse.annotate import _core

        return getattr(_core, name)
    raise AttributeError(f"module 'newsfuse.annotate' has no attribute {name!r}")
