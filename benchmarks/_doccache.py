"""A benchmark-only cache of spaCy parses, so rule changes in extract re-run in seconds.

    for annotated in annotate_cached(articles, settings, "gvdb-dev"):
        ...

The parses (a spaCy ``DocBin``) live in ``benchmarks/results/docs-<name>-<key>.spacy``, where
the key hashes the model name and every article's id and text: a change to clean or to the
input gives a new file, never a stale parse. A new file reuses the parses of the same name's
earlier files (``REUSE_FILES`` newest, same spaCy model) for every text they hold unchanged, so a
clean change that touches a few articles re-parses only those. Everything after the parse
(time expressions, quantities, entities as read from the doc) is recomputed by annotate's own
per-document code, so a cached run gives the same AnnotatedArticle as ``annotate_many``.
``NEWSFUSE_BENCH_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from newsfuse.annotate import annotate_many, load_nlp
from newsfuse.annotate._core import _from_doc, _parsed_text
from newsfuse.models import AnnotatedArticle, Article
from newsfuse.settings import Settings

RESULTS = Path(__file__).resolve().parent / "results"
REUSE_FILES = 3  # earlier cache files of a name whose parses a new file reuses


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
    old = _earlier_parses(name, nlp, settings)
    store = DocBin(store_user_data=False)
    for doc, article in _parse(nlp, articles, old, settings.batch_size):
        store.add(doc)
        yield _from_doc(article, doc, settings)
    RESULTS.mkdir(parents=True, exist_ok=True)
    store.to_disk(path)
    path.with_suffix(".model").write_text(settings.spacy_model, "utf-8")


def _earlier_parses(name: str, nlp: Language, settings: Settings) -> dict[str, Doc]:
    """Text -> parse from the newest earlier cache files of ``name`` made with the same model
    (a file without its ``.model`` note is from before the note existed: the default model)."""
    found: dict[str, Doc] = {}
    files = sorted(RESULTS.glob(f"docs-{name}-*.spacy"), key=lambda f: -f.stat().st_mtime)
    for f in files[:REUSE_FILES]:
        note = f.with_suffix(".model")
        model = note.read_text("utf-8") if note.exists() else Settings().spacy_model
        if model != settings.spacy_model:
            continue
        for doc in DocBin().from_disk(f).get_docs(nlp.vocab):
            found.setdefault(doc.text, doc)
    return found


def _parse(
    nlp: Language, articles: Sequence[Article], old: dict[str, Doc], batch_size: int
) -> Iterator[tuple[Doc, Article]]:
    """Every article's parse, in order: reused from ``old`` when its text is there, else parsed
    (the misses in one ``nlp.pipe``)."""
    texts = [_parsed_text(nlp, a) for a in articles]
    missing = [(t, a) for t, a in zip(texts, articles, strict=True) if t not in old]
    fresh = nlp.pipe(missing, as_tuples=True, batch_size=batch_size)
    for text, article in zip(texts, articles, strict=True):
        if text in old:
            yield old[text], article
        else:
            doc, _ = next(fresh)
            yield doc, article
