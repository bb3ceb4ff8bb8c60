"""A benchmark-only cache of spaCy parses, so rule changes in extract re-run in seconds.

    for annotated in annotate_cached(articles, settings, "gvdb-dev"):
        ...

The parses (a spaCy ``DocBin``) live in ``benchmarks/results/docs-<name>-<key>.spacy``, where
the key hashes the model name and every article's id and text: a change to clean or to the
input gives a new file, never a stale parse. Everything after the parse (time expressions,
quantities, entities as read from the doc) is recomputed by annotate's own per-document code,
so a cached run gives the same AnnotatedArticle as ``annotate_many``. ``NEWSFUSE_BENCH_NO_CACHE=1``
turns the cache off.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from spacy.tokens import DocBin

from newsfuse.annotate import annotate_many, load_nlp
from newsfuse.annotate._core import _from_doc, _parsed_text
from newsfuse.models import AnnotatedArticle, Article
from newsfuse.settings import Settings

RESULTS = Path(__file__).resolve().parent / "results"


def _key(articles: Sequence[Article], settings: Settings) -> str:
    digest = hashlib.sha1(settings.spacy_model.encode())
    for article in articles:
        digest.update(article.id.encode())
        digest.update(article.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:12]


def annotate_cached(
    articles: Sequence[Article], settings: Settings, name: str
) -> Iterator[AnnotatedArticle]:
    """``annotate_many`` over the articles, reading the parses from the cache when present."""
    if os.environ.get("NEWSFUSE_BENCH_NO_CACHE"):
        yield from annotate_many(articles, settings)
        return
    path = RESULTS / f"docs-{name}-{_key(articles, settings)}.spacy"
    nlp = load_nlp(settings)
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if len(docs) == len(articles):
            for article, doc in zip(articles, docs, strict=True):
                yield _from_doc(article, doc, settings)
            return
    store = DocBin(store_user_data=False)
    stream = ((_parsed_text(nlp, a), a) for a in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=settings.batch_size):
        store.add(doc)
        yield _from_doc(article, doc, settings)
    RESULTS.mkdir(parents=True, exist_ok=True)
    store.to_disk(path)
