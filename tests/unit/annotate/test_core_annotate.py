"""The annotate stage end to end on the real spaCy model (loaded once per process)."""

import pytest

from newsfuse.annotate import annotate, annotate_many, load_nlp
from newsfuse.errors import DependencyError
from newsfuse.models import Article
from newsfuse.settings import Settings

TEXT = (
    "Gunmen from Kataib Rahman al-Nour fired four mortars at a depot in Basra late on "
    "Tuesday night. At least two guards were hurt, officials said on Wednesday."
)


def _article(text: str = TEXT, published: str | None = "2022-06-15T10:00") -> Article:
    return Article(id="a1", input_id="a1", text=text, published=published)


def test_core_annotate_fills_every_layer() -> None:
    result = annotate(_article(), Settings())
    assert len(result.sentences) == 2
    assert ("Kataib Rahman al-Nour", "ARMED_GROUP") in {(e.text, e.label) for e in result.entities}
    assert [(q.text, q.value, q.qualifier) for q in result.quantities] == [
        ("four", 4, "exact"),
        ("At least two", 2, "at_least"),
    ]
    assert [(t.text, t.date) for t in result.times] == [
        ("late on Tuesday night", "2022-06-14"),
        ("on Wednesday", "2022-06-15"),
    ]
    assert result.doc is not None and result.doc.text == TEXT


def test_core_spans_point_into_the_text() -> None:
    result = annotate(_article(), Settings())
    for item in [*result.entities, *result.quantities, *result.times]:
        assert TEXT[item.start : item.end] == item.text


def test_core_batch_path_matches_single() -> None:
    articles = [_article(), _article("Three boats sank on Monday.", None)]
    batch = list(annotate_many(articles, Settings(batch_size=1)))
    single = [annotate(a, Settings()) for a in articles]
    assert batch == single


def test_core_nlp_loaded_once() -> None:
    assert load_nlp(Settings()) is load_nlp(Settings(batch_size=7))


def test_core_missing_model_is_a_dependency_error() -> None:
    with pytest.raises(DependencyError):
        load_nlp(Settings(spacy_model="no_such_model_xyz"))


def test_core_public_api() -> None:
    import newsfuse.annotate as package

    assert sorted(package.__all__) == ["annotate", "annotate_many", "find_times", "load_nlp"]


def test_core_text_longer_than_spacy_limit_is_parsed_in_part() -> None:
    nlp = load_nlp(Settings())
    limit = nlp.max_length
    nlp.max_length = 60
    try:
        text = "Five geese crossed the road on Monday. " * 4
        result = annotate(_article(text, "2022-06-15"), Settings())
    finally:
        nlp.max_length = limit
    assert result.doc.text == text[:60]
    assert len(result.quantities) == 4 and len(result.times) == 4
