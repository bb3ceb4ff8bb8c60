"""report.html: self-contained, every piece of article text escaped."""

from __future__ import annotations

import dataclasses

from reconcile_story import Story

from newsfuse.models import Event
from newsfuse.report import render_html
from newsfuse.settings import Settings


def test_html_is_self_contained_with_all_parts(story: Story, event: Event) -> None:
    page = render_html([event], list(story.articles.values()), Settings())
    assert page.startswith("<!DOCTYPE html>")
    for part in ('id="event-list"', 'id="timeline"', 'id="map"', 'class="facts"',
                 'class="claims"', 'class="coverage"', 'id="event-1"', "<svg"):  # fmt: skip
        assert part in page
    assert "http://" not in page and "https://" not in page
    assert "<link" not in page and "src=" not in page


def test_html_shows_facts_claims_and_citations(story: Story, event: Event) -> None:
    page = render_html([event], list(story.articles.values()), Settings())
    assert "wounded four shoppers" in page
    assert "[c.txt]" in page
    assert "without double counting" in page
    assert "Coast Radio" in page


def test_html_escapes_script_in_titles_and_quotes(story: Story, event: Event) -> None:
    arts = [
        dataclasses.replace(a, title="<script>alert('x')</script> Rockets") if a.input_id == "a.txt"
        else a
        for a in story.articles.values()
    ]  # fmt: skip
    page = render_html([event], arts, Settings())
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page
    assert page.count("<script>") == 1  # only the page's own filter script


def test_html_with_no_events_still_renders() -> None:
    page = render_html([], [], Settings())
    assert "0 events" in page
