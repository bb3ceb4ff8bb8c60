"""The date of a cluster: what its dated mentions state, lent to the undated ones."""

from __future__ import annotations

from newsfuse.models import DateClaim

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _key(claim: DateClaim) -> tuple[str | None, str | None, str]:
    return (claim.date, claim.date_end, claim.precision)


def choose_date(
    dated: list[tuple[str, bool, DateClaim]],
    mention_ids: list[str],
    published: str | None,
) -> tuple[DateClaim | None, str]:
    """The cluster's date and the reason in words.

    The most precise stated date wins; among equally precise ones, the one stated by most
    mentions (main mentions count 1, background mentions 1/2), then the earliest. With no stated
    date the earliest publication date stands in, marked ``how="published"``.
    """
    dated_ids = {mid for mid, _, _ in dated}
    undated = [mid for mid in mention_ids if mid not in dated_ids]
    if not dated:
        if published is None:
            return None, "no mention states a date and none has a publication date"
        claim = DateClaim(
            date=published[:10], date_end=published[:10], precision="day", how="published"
        )
        return claim, (
            f"no mention states a date; the earliest publication date {published[:10]} "
            f"stands in for all {len(mention_ids)} mention(s)"
        )
    best_rank = min(_PRECISION_RANK.get(c.precision, 9) for _, _, c in dated)
    votes: dict[tuple[str | None, str | None, str], float] = {}
    first: dict[tuple[str | None, str | None, str], tuple[str, DateClaim]] = {}
    for mid, is_main, claim in dated:
        if _PRECISION_RANK.get(claim.precision, 9) != best_rank:
            continue
        votes[_key(claim)] = votes.get(_key(claim), 0.0) + (1.0 if is_main else 0.5)
        first.setdefault(_key(claim), (mid, claim))
    key = min(votes, key=lambda k: (-votes[k], k[0] or "", k[1] or ""))
    source, claim = first[key]
    agree = sum(1 for _, _, c in dated if _key(c) == key)
    reason = f"{agree} of {len(dated)} dated mention(s) state {claim.date} (first: {source})"
    if undated:
        reason += f"; {len(undated)} undated mention(s) take this date: {', '.join(undated[:5])}"
        reason += " ..." if len(undated) > 5 else ""
    return claim, reason
