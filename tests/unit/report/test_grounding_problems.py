"""check_grounding finds uncited sentences, unsupported numbers, bad quotes, unsaid conflicts."""

from __future__ import annotations

import dataclasses

from reconcile_story import Story

from newsfuse import codec
from newsfuse.models import Event, Evidence, SummarySentence
from newsfuse.report import check_grounding


def _with_summary(event: Event, *sentences: SummarySentence) -> Event:
    return dataclasses.replace(event, summary=event.summary + sentences)


def test_grounding_clean_event_has_no_problems(story: Story, event: Event) -> None:
    assert check_grounding(event, story.articles) == []


def test_grounding_uncited_sentence(story: Story, event: Event) -> None:
    bad = _with_summary(event, SummarySentence("Calm returned to the port.", ()))
    assert any("uncited" in p for p in check_grounding(bad, story.articles))


def test_grounding_number_in_no_cited_quote(story: Story, event: Event) -> None:
    bad = _with_summary(event, SummarySentence("The number killed is given as 12.", ("a.txt",)))
    assert any("number 12" in p for p in check_grounding(bad, story.articles))


def test_grounding_number_must_be_in_the_cited_source(story: Story, event: Event) -> None:
    # 7 is in c.txt's quote, not in b.txt's
    bad = _with_summary(event, SummarySentence("At least 7 were hurt.", ("b.txt",)))
    assert any("number 7" in p for p in check_grounding(bad, story.articles))


def test_grounding_citation_outside_the_event(story: Story, event: Event) -> None:
    bad = _with_summary(event, SummarySentence("Rockets fell.", ("elsewhere.txt",)))
    assert any("not a source" in p for p in check_grounding(bad, story.articles))


def test_grounding_quote_not_at_its_span(story: Story, event: Event) -> None:
    res = event.counts["killed"]
    claim = dataclasses.replace(res.claims[0], evidence=Evidence("id-a.txt", 0, 5, "ten boys"))
    counts = {**event.counts, "killed": dataclasses.replace(res, claims=(claim,))}
    bad = dataclasses.replace(event, counts=counts)
    assert any("is not at" in p for p in check_grounding(bad, story.articles))


def test_grounding_contested_count_must_be_said(story: Story, event: Event) -> None:
    res = dataclasses.replace(event.counts["killed"], status="contested")
    bad = dataclasses.replace(event, counts={**event.counts, "killed": res})
    assert any("contested" in p for p in check_grounding(bad, story.articles))


def test_grounding_date_must_come_from_a_cited_source(story: Story, event: Event) -> None:
    bad = _with_summary(event, SummarySentence("It began on 2031-02-01.", ("a.txt",)))
    assert any("date 2031-02-01" in p for p in check_grounding(bad, story.articles))


def test_grounding_reads_events_from_plain_dicts(story: Story, event: Event) -> None:
    again = codec.from_dict(Event, codec.to_dict(event))
    assert check_grounding(again, story.articles) == []
