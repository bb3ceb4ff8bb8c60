"""Property tests: clean, annotate and extract never crash on arbitrary text or HTML.

A stage may reject an input (``Rejected``) but must not raise anything else, and every offset it
reports must point inside the clean text. Inputs found to crash are kept in REGRESSIONS.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfuse.annotate import annotate
from newsfuse.clean import clean
from newsfuse.errors import Rejected
from newsfuse.extract import extract
from newsfuse.models import Article, RawDocument
from newsfuse.settings import Settings

SETTINGS = Settings(reference_time="2025-06-01T00:00:00")

WORDS = st.sampled_from(
    [
        "at",
        "least",
        "seven",
        "rockets",
        "were",
        "fired",
        "killed",
        "injured",
        "wounded",
        "police",
        "said",
        "on",
        "Tuesday",
        "last",
        "night",
        "a",
        "dozen",
        "dozens",
        "civilians",
        "militia",
        "claimed",
        "denied",
        "Kirkuk",
        "Savannah",
        "March",
        "4",
        "2025",
        "Jan.",
        "3",
        "<script>alert(1)</script>",
        "{{",
        "x",
        "}}",
        "${y}",
        "READ:",
        "Subscribe",
        "Donate",
        "\xa0",
        "\u200b",
        "\ufeff",
        "\n",
        "\n\n",
        "—",
        "“",
        "”",
        "0",
        "-1",
        "99999999999999999999",
        "1e9",
        "%s",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(WORDS, max_size=120).map(" ".join),
    st.lists(st.lists(WORDS, max_size=25).map(" ".join), max_size=12).map("\n\n".join),
)
REGRESSIONS = [
    "",
    "\x00\x00\x00",
    "<html><body><p>" + "<div>" * 400 + "deep</p>",
    "Killed: 99999999999999999999999 people, at least -3 injured, between 9 and 2 missing.",
    "Police said \u2487 people were killed and \u2475 hurt in Arvel on Monday.",
    "On February 30 at 25:61 last Tuesday's Tuesday, 3 Jan. 3 Jan. 3 anniversary anniversary.",
]


def _check_article(art: Article) -> None:
    assert art.text
    for par in art.paragraphs:
        assert 0 <= par.start <= par.end <= len(art.text)


def _run(text: str, media_type: str) -> None:
    doc = RawDocument(input_id="x", origin="x", media_type=media_type, text=text)
    try:
        art = clean(doc, SETTINGS)
    except Rejected:
        return
    _check_article(art)
    ann = annotate(art, SETTINGS)
    for mention in extract(ann, SETTINGS):
        for count in mention.counts:
            if count.evidence:
                ev = count.evidence
                assert 0 <= ev.start <= ev.end <= len(art.text)
                assert art.text[ev.start : ev.end] == ev.quote


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_properties_plain_text_never_crashes(text: str) -> None:
    _run(text, "text/plain")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_properties_html_never_crashes(text: str) -> None:
    _run(f"<html><head><title>{text[:40]}</title></head><body><p>{text}</p></body></html>",
         "text/html")  # fmt: skip


def test_properties_known_crashers_stay_fixed() -> None:
    for text in REGRESSIONS:
        _run(text, "text/plain")
        _run(text, "text/html")
