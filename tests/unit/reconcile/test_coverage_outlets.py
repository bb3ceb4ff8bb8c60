"""Per-outlet coverage: reported, omitted, hedged, asserted without attribution."""

from __future__ import annotations

from reconcile_story import rocket_story


def _by_outlet():  # type: ignore[no-untyped-def]
    return {c.outlet: c for c in rocket_story().event().coverage}


def test_coverage_one_row_per_outlet_with_its_articles() -> None:
    cov = _by_outlet()
    assert list(cov) == ["Daily Ledger", "Coast Radio", "Morning Wire", "Echo Daily"]
    assert cov["Coast Radio"].article_ids == ("b.txt",)


def test_coverage_reported_and_omitted() -> None:
    cov = _by_outlet()
    assert "injured: 3 security forces" in cov["Coast Radio"].reported
    assert "killed" in cov["Coast Radio"].omitted
    assert "date" in cov["Echo Daily"].omitted


def test_coverage_hedged_figures() -> None:
    assert "injured: at least 7" in _by_outlet()["Morning Wire"].hedged


def test_coverage_headline_that_blames_while_body_does_not() -> None:
    flagged = _by_outlet()["Coast Radio"].unattributed
    assert any("headline names Grey Banner militia" in f for f in flagged)
    assert not _by_outlet()["Daily Ledger"].unattributed
