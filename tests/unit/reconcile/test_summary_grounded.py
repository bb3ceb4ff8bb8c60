"""The event summary: neutral sentences, each cited, each number in a cited quote."""

from __future__ import annotations

from reconcile_story import rocket_story

from newsfuse.reconcile._text import numbers_in
from newsfuse.report import check_grounding


def test_summary_every_sentence_cites_and_is_grounded() -> None:
    story = rocket_story()
    event = story.event()
    assert event.summary
    assert all(s.citations for s in event.summary)
    assert check_grounding(event, story.articles) == []


def test_summary_states_the_best_figures_with_breakdown() -> None:
    text = " ".join(s.text for s in rocket_story().event().summary)
    assert "The number injured is given as at least 7 (civilians: 4, security forces: 3)." in text
    assert "The number killed is given as 1" in text
    assert "on 2031-03-03" in text


def test_summary_numbers_come_from_cited_quotes() -> None:
    story = rocket_story()
    event = story.event()
    by_input = {a.input_id: a for a in story.articles.values()}
    for sentence in event.summary:
        cited_text = " ".join(by_input[c].text for c in sentence.citations)
        assert numbers_in(sentence.text) <= numbers_in(cited_text)


def test_summary_derived_total_is_not_written_when_no_source_states_it() -> None:
    story = rocket_story()
    # drop the source that says "at least seven": 7 is then only a sum
    story.mentions = [m for m in story.mentions if m.article_id != "id-c.txt"]
    event = story.event()
    assert event.counts["injured"].best == 7
    injured = next(s.text for s in event.summary if "injured" in s.text)
    assert "7" not in injured and "civilians: 4" in injured
    assert check_grounding(event, story.articles) == []
