"""Paragraph breaks are sentence boundaries: a spaCy component that runs before the parser.

Clean text joins paragraphs with a blank line; a headline, a dateline or a caption-like line
has no final full stop, and the parser would run it into the next paragraph's first sentence.
This component marks the first token after a whitespace token holding a line break as a
sentence start; the parser keeps boundaries that are already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "newsfuse_paragraphs"


@Language.component(COMPONENT)
def paragraph_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on each token that opens a line."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and prev.is_space and "\n" in prev.text:
            tok.is_sent_start = True
    return doc
