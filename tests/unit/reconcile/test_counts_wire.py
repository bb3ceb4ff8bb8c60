"""Near-identical sentences across outlets are one source, not independent confirmation."""

from __future__ import annotations

from reconcile_story import Story

SENTENCE = (
    "Six sailors were injured when the ferry struck the pier late on Friday, the coastguard said."
)


def test_counts_wire_copies_are_one_source() -> None:
    s = Story()
    for key, outlet in (("x", "Gazette"), ("y", "Herald"), ("z", "Courier")):
        art = s.article(key, SENTENCE, outlet=outlet, published="2030-07-04")
        s.mention(art, counts=[s.count(art, "Six sailors were injured", "injured", 6)])
    res = s.event().counts["injured"]
    assert res.status == "single_source"
    assert "2 wire copies counted once" in res.rule
    assert len(res.claims) == 3


def test_counts_independent_wording_is_agreement() -> None:
    s = Story()
    a = s.article("a", SENTENCE, outlet="Gazette", published="2030-07-04")
    b = s.article("b", "A harbour official told us six crew members were hurt in the crash.",
                  outlet="Herald", published="2030-07-04")  # fmt: skip
    s.mention(a, counts=[s.count(a, "Six sailors were injured", "injured", 6)])
    s.mention(b, counts=[s.count(b, "six crew members were hurt", "injured", 6)])
    assert s.event().counts["injured"].status == "agreed"
