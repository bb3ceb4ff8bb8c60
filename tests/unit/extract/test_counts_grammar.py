"""The count grammar on invented sentences: kinds, subgroups, qualifiers, speakers."""

from __future__ import annotations

from collections.abc import Callable

from newsfuse.extract import extract
from newsfuse.models import AnnotatedArticle, CountClaim
from newsfuse.settings import Settings

Make = Callable[..., AnnotatedArticle]


def _counts(make: Make, settings: Settings, text: str) -> list[CountClaim]:
    mentions = extract(make(text, published="2024-03-06"), settings)
    assert mentions, "no event found"
    return [c for m in mentions for c in m.counts]


def _has(counts: list[CountClaim], kind: str, value: int, **fields: object) -> bool:
    return any(
        c.kind == kind and c.value == value and all(getattr(c, k) == v for k, v in fields.items())
        for c in counts
    )


def test_counts_subgroups_stay_apart(make: Make, settings: Settings) -> None:
    text = (
        "Mortar shells hit the market town on Tuesday. Four farmers were wounded, "
        "and three policemen were wounded at a checkpoint nearby."
    )
    counts = _counts(make, settings, text)
    assert _has(counts, "injured", 4, subgroup=None)
    assert _has(counts, "injured", 3, subgroup="security_forces")


def test_counts_object_of_participles(make: Make, settings: Settings) -> None:
    text = "A shell struck the square, killing a boy and wounding six civilians."
    counts = _counts(make, settings, text)
    assert _has(counts, "killed", 1, subgroup="children")
    assert _has(counts, "injured", 6, subgroup="civilians")


def test_counts_at_least_and_other(make: Make, settings: Settings) -> None:
    text = "The rocket attack on the depot wounded at least nine other people."
    counts = _counts(make, settings, text)
    assert _has(counts, "injured", 9, qualifier="at_least", low=9)


def test_counts_munitions_fired_landed_intercepted(make: Make, settings: Settings) -> None:
    text = (
        "Nine rockets were fired at the airbase on Sunday. Five landed inside the perimeter, "
        "while two were intercepted by the air defence system."
    )
    counts = _counts(make, settings, text)
    assert _has(counts, "fired", 9)
    assert _has(counts, "landed", 5, subgroup="inside")
    assert _has(counts, "intercepted", 2)


def test_counts_partitive_munitions(make: Make, settings: Settings) -> None:
    text = "At least two of the six missiles were intercepted over the harbour, officials said."
    counts = _counts(make, settings, text)
    assert _has(counts, "intercepted", 2, qualifier="at_least")


def test_counts_bare_adjective(make: Make, settings: Settings) -> None:
    counts = _counts(make, settings, "Three dead after a shooting at a warehouse party.")
    assert _has(counts, "killed", 3)


def test_counts_named_victims_with_ages(make: Make, settings: Settings) -> None:
    text = (
        "Gunfire broke out at a birthday party on Elm Street. Peter Quill, 31, was killed "
        "and Arthur Dent, 42, was wounded, police said."
    )
    counts = _counts(make, settings, text)
    assert _has(counts, "killed", 1, person="Peter Quill")
    assert _has(counts, "injured", 1, person="Arthur Dent")


def test_counts_attribution_said_and_according_to(make: Make, settings: Settings) -> None:
    text = (
        "Artillery shelled the outskirts of the village overnight. Two shepherds were killed, "
        "the regional governor said. According to medics, five children were injured."
    )
    counts = _counts(make, settings, text)
    assert _has(counts, "killed", 2, attributed_to="regional governor")
    assert _has(counts, "injured", 5, subgroup="children", attributed_to="medics")


def test_counts_active_shooter_is_not_a_victim(make: Make, settings: Settings) -> None:
    counts = _counts(make, settings, "Two masked men shot a cashier during a robbery.")
    assert not _has(counts, "shot", 2)
    assert _has(counts, "shot", 1, person="a cashier")


def test_counts_evidence_quotes_the_text(make: Make, settings: Settings) -> None:
    text = "A car bomb exploded near the port, and eleven dockworkers were killed."
    annotated = make(text)
    mention = extract(annotated, settings)[0]
    for claim in mention.counts:
        assert claim.evidence is not None
        assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.quote
