"""Sentences that run across a paragraph break, parsed again with the break as a boundary.

The parser sometimes joins a headline or dateline line to the first body sentence ("Jane Roe,
31 - Local News\\n\\nJane Roe, a nurse, died ..."), and the body's subject then hangs off the
headline. Such a sentence near the start of the article is parsed again from the start of
the text with a sentence start forced after every line break, so character offsets are
unchanged. Only short prefixes are parsed again (``MAX_PREFIX_TOKENS``), which keeps the cost
to a few per cent of the stage.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Span

#: a crossing sentence ending further in than this is left as parsed
MAX_PREFIX_TOKENS = 160


def _crosses_break(sent: Span) -> bool:
    return any(t.is_space and "\n" in t.text for t in sent[1:-1])


def _reparse_prefix(doc: Doc, end: int, nlp: Any) -> Doc:
    words = [t.text for t in doc[:end]]
    spaces = [bool(t.whitespace_) for t in doc[:end]]
    starts: list[bool | int | None] = [
        True if i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text) else None
        for i in range(end)
    ]
    fresh = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)
    for _name, proc in nlp.pipeline:
        fresh = proc(fresh)
    return fresh


def sentences(doc: Doc, nlp_of: Any) -> Iterator[Span]:
    """The sentences of a parsed article; a crossing sentence near the start is replaced by
    the sentences of a fresh parse. ``nlp_of()`` gives the pipeline when one is needed."""
    sents = list(doc.sents)
    last = max(
        (s.end for s in sents if s.end <= MAX_PREFIX_TOKENS and _crosses_break(s)), default=0
    )
    if last:
        fresh = _reparse_prefix(doc, last, nlp_of())
        yield from fresh.sents
    for sent in sents:
        if sent.start >= last:
            yield sent
