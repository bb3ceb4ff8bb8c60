"""Undated events are dated against dated events elsewhere in the corpus, or left open."""

from __future__ import annotations

from newsfuse.cluster import anchor_dates
from newsfuse.models import Article, DateClaim, EventMention, Evidence

UNDATED = (
    "Mortar rounds hit the Arvel grain depot on Monday, the harbour police said. "
    "Monday's shelling came two weeks ahead of the March 10 anniversary of the bombing "
    "of the Arvel bridge."
)
DATED = "A bomb destroyed the Arvel bridge on 10 March 2024, officials said."
BOMB = "Remote explosive/landmine/IED"


def _span(text: str, part: str, article_id: str) -> Evidence:
    start = text.index(part)
    return Evidence(article_id, start, start + len(part), part)


def _corpus(
    weekday: str = "Monday",
) -> tuple[dict[str, tuple[EventMention, ...]], dict[str, Article]]:
    text = UNDATED.replace("Monday", weekday)
    undated = Article(id="u", input_id="u.txt", text=text)
    dated = Article(id="d", input_id="d.txt", text=DATED, published="2024-03-11")
    main = EventMention(
        id="u:0", article_id="u", event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", is_main=True,
        date=DateClaim(None, None, "day", "none", _span(text, f"on {weekday}", "u")),
    )  # fmt: skip
    background = EventMention(
        id="u:1", article_id="u", event_type="Explosions/Remote violence",
        sub_event_type=BOMB, is_main=False,
        date=DateClaim(None, None, "day", "none", _span(text, "the March 10", "u")),
    )  # fmt: skip
    stated = DateClaim("2024-03-10", "2024-03-10", "day", "absolute", _span(DATED, "10 March", "d"))
    bridge = EventMention(
        id="d:0", article_id="d", event_type="Explosions/Remote violence",
        sub_event_type=BOMB, is_main=True,
        date=stated,
    )  # fmt: skip
    return {"u": (main, background), "d": (bridge,)}, {"u": undated, "d": dated}


def test_anchor_dates_from_the_anniversary_of_a_dated_event() -> None:
    mentions, articles = _corpus()
    out = anchor_dates(mentions, articles)
    claim = out["u"][0].date
    assert claim is not None and claim.date == "2025-02-24"  # 2025-03-10 less two weeks
    assert claim.how == "relative_to_event" and claim.evidence is not None
    assert claim.evidence.quote == "two weeks ahead of the March 10"
    assert out["d"] == mentions["d"] and out["u"][1] == mentions["u"][1]


def test_anchor_dates_leaves_the_date_open_when_the_weekday_disagrees() -> None:
    mentions, articles = _corpus(weekday="Friday")
    assert anchor_dates(mentions, articles) == mentions


def test_anchor_dates_leaves_the_date_open_without_a_dated_event() -> None:
    mentions, articles = _corpus()
    del mentions["d"]
    assert anchor_dates(mentions, articles) == mentions
