"""Paragraph breaks start sentences before the parser runs (invented text)."""

from newsfuse.annotate import annotate, load_nlp
from newsfuse.models import Article
from newsfuse.settings import Settings


def test_paragraphs_headline_is_its_own_sentence() -> None:
    text = "Two hurt in Millbrook crash\n\nA delivery van struck two cyclists on Main Street."
    annotated = annotate(Article(id="p", input_id="p", text=text), Settings(progress=False))
    firsts = [text[s.start : s.end].strip() for s in annotated.sentences]
    assert firsts == ["Two hurt in Millbrook crash", text.split("\n\n")[1]]


def test_paragraphs_component_runs_before_the_parser() -> None:
    names = load_nlp(Settings(progress=False)).pipe_names
    assert names.index("newsfuse_paragraphs") < names.index("parser")
