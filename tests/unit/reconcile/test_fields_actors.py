"""Actors keep every role, attribution and hedge; responsibility conflicts are said."""

from __future__ import annotations

from reconcile_story import Story, rocket_story


def test_fields_actors_keep_roles_and_attribution() -> None:
    event = rocket_story().event()
    roles = {(a.name, a.role, a.attributed_to) for a in event.actors}
    assert ("Grey Banner militia", "suspected", "officials") in roles
    assert ("Grey Banner militia", "denied_by", None) in roles


def test_fields_actors_repeated_in_one_article_are_kept_once() -> None:
    s = Story()
    a = s.article("a", "The Red Hand claimed the raid. The Red Hand later repeated the claim.")
    claim = s.actor(a, "The Red Hand", "claimed_by")
    s.mention(a, actors=[claim, claim])
    assert len(s.event().actors) == 1


def test_fields_responsibility_claimed_and_denied_is_contested() -> None:
    texts = [x.text for x in rocket_story().event().summary]
    assert "Responsibility is contested." in texts
