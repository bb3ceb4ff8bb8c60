"""The event's date: the time expression nearest its trigger, else the publication date.

annotate resolves every time expression against the article's publication time (or an event
it names); here we only choose. Expressions in the lead and in the trigger's sentence win;
nearer wins; a resolved expression beats an unresolved one at equal distance. Captions are not
in ``Article.text``, so a caption's date is never chosen. With no expression and no
publication date the claim is ``date=None, how="none"``: clustering fills it later.
"""

from __future__ import annotations

from newsfuse.models import DateClaim, Evidence, TimeExpression

_HOW = {
    "published": "relative_to_published",
    "event": "relative_to_event",
    "absolute": "absolute",
    "none": "none",
}
#: an expression this far (characters) from the trigger is not the event's date
MAX_DISTANCE = 600


def _usable(t: TimeExpression, published_day: str | None) -> bool:
    if t.precision not in {"day", "week", "month"}:
        return False
    # a future date is a plan or a deadline, not the event
    return t.date is None or published_day is None or t.date <= published_day


def choose_date(
    times: tuple[TimeExpression, ...],
    window: tuple[int, int],
    trigger: int,
    published: str | None,
    article_id: str,
) -> DateClaim:
    """The date claim for an event whose sentences span ``window`` and whose trigger is at
    ``trigger`` (character offsets)."""
    day = published[:10] if published else None
    lo, hi = window
    inside = [t for t in times if lo <= t.start < hi and _usable(t, day)]
    near = [t for t in inside if abs(t.start - trigger) <= MAX_DISTANCE] or inside
    if near:
        best = min(
            near,
            key=lambda t: (t.date is None, t.precision == "month", abs(t.start - trigger)),
        )
        how = _HOW.get(best.anchor, "none") if best.date else "none"
        ev = Evidence(article_id, best.start, best.end, best.text)
        return DateClaim(best.date, best.date_end, best.precision, how, ev)
    if day is not None:
        return DateClaim(day, day, "day", "published")
    return DateClaim(None, None, "none", "none")
