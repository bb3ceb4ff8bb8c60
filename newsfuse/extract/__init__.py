"""extract: the events an article reports, each field with its evidence.

    extract(annotated, settings)   AnnotatedArticle -> tuple[EventMention, ...] (main first)
    count_totals(mention)          one figure per count kind of a mention
    map_external_labels(labels)    an external label set (CASE 2021) -> our type names

See docs/extract.md and docs/event_types.md.
"""

from newsfuse.extract._aggregate import count_totals
from newsfuse.extract._extract import extract
from newsfuse.extract.taxonomy import TAXONOMY, map_external_labels

__all__ = ["TAXONOMY", "count_totals", "extract", "map_external_labels"]
