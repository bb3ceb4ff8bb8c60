"""The annotate stage: one spaCy pass plus cheap regex passes per document."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import cache
from typing import Any

import spacy
from spacy.language import Language

from newsfuse.annotate._groups import COMPONENT
from newsfuse.annotate._numbers import find_quantities
from newsfuse.annotate._paragraphs import COMPONENT as PARAGRAPHS
from newsfuse.annotate._times import find_times, parse_published
from newsfuse.errors import DependencyError
from newsfuse.models import AnnotatedArticle, Article, Entity, Span
from newsfuse.settings import Settings

_FUTURE = frozenset({"will", "'ll", "’ll", "shall", "wo"})


@cache
def _load(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise DependencyError(f"spaCy model {model!r} is not installed: {exc}") from None
    nlp.add_pipe(COMPONENT, after="ner" if "ner" in nlp.pipe_names else None)
    nlp.add_pipe(PARAGRAPHS, before="parser" if "parser" in nlp.pipe_names else None)
    return nlp


def load_nlp(settings: Settings) -> Language:
    """The spaCy pipeline with the armed-group rules; loaded once per process and model."""
    return _load(settings.spacy_model)


def _cap(settings: Settings) -> date | None:
    return parse_published(settings.reference_time) if settings.reference_time else None


def _past_sentences(doc: Any) -> Callable[[int], bool]:
    """Whether the sentence holding a character offset is told in the past tense: it has a
    past-tense verb and no future auxiliary ("will", "shall")."""
    starts: list[int] = []
    past: list[bool] = []
    for sent in doc.sents:
        starts.append(sent.start_char)
        words = {t.lower_ for t in sent}
        past.append(any(t.tag_ == "VBD" for t in sent) and not words & _FUTURE)
    end = len(doc.text)

    def at(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset < end and past[i]

    return at


def _from_doc(article: Article, doc: Any, settings: Settings) -> AnnotatedArticle:
    text = article.text
    times = find_times(text, article.published, _cap(settings), _past_sentences(doc))
    skip = [(t.start, t.end) for t in times]
    return AnnotatedArticle(
        article=article,
        sentences=tuple(Span(s.start_char, s.end_char) for s in doc.sents),
        entities=tuple(Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents),
        quantities=tuple(find_quantities(text, skip)),
        times=tuple(times),
        doc=doc,
    )


def _parsed_text(nlp: Language, article: Article) -> str:
    """The text spaCy parses: all of it, or its first ``nlp.max_length`` characters (1,000,000;
    spaCy refuses longer texts). Offsets stay valid; the regex passes still see all of it."""
    return article.text[: nlp.max_length]


def annotate(article: Article, settings: Settings) -> AnnotatedArticle:
    """Sentences, entities, quantities and resolved time expressions of one article."""
    nlp = load_nlp(settings)
    return _from_doc(article, nlp(_parsed_text(nlp, article)), settings)


def annotate_many(articles: Iterable[Article], settings: Settings) -> Iterator[AnnotatedArticle]:
    """The batch path: ``nlp.pipe`` over the texts, then the same per-document code."""
    nlp = load_nlp(settings)
    stream = ((_parsed_text(nlp, a), a) for a in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=settings.batch_size):
        yield _from_doc(article, doc, settings)
