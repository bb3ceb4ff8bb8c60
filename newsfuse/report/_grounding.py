"""The grounding check: every summary sentence is cited, every number in it is in a cited
source's quote, every date in it is a cited source's date, every quote is the article's text at
its span, and contested fields are said to be contested."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsfuse.models import Article, Event, SummarySentence
from newsfuse.reconcile._text import iso_dates, normalise, numbers_in
from newsfuse.report._access import all_claims, evidence_of, get, index_articles


def _quote_problems(event: Event, arts: Mapping[str, Article]) -> list[str]:
    problems = []
    for claim in all_claims(event):
        ev = evidence_of(claim)
        if ev is None:
            continue
        art = arts.get(ev.article_id)
        if art is None:
            problems.append(f"evidence cites unknown article {ev.article_id}")
        elif art.text[ev.start : ev.end] != ev.quote:
            problems.append(f"quote {ev.quote!r} is not at {ev.start}:{ev.end} of {art.input_id}")
    return problems


def _cited_quotes(event: Event, arts: Mapping[str, Article]) -> dict[str, list[str]]:
    """input id -> every evidence quote from that article."""
    out: dict[str, list[str]] = {}
    for claim in all_claims(event):
        ev = evidence_of(claim)
        art = arts.get(ev.article_id) if ev else None
        if ev is not None and art is not None:
            out.setdefault(art.input_id, []).append(ev.quote)
    return out


def _cited_dates(event: Event, arts: Mapping[str, Article]) -> dict[str, set[str]]:
    """input id -> dates its claims (or its publication date) give."""
    out: dict[str, set[str]] = {}
    for claim in event.date.claims:
        ev = evidence_of(claim)
        art = arts.get(ev.article_id) if ev else None
        if art is not None:
            out.setdefault(art.input_id, set()).update(
                str(d)[:10] for d in (get(claim, "date"), get(claim, "date_end")) if d
            )
    for art in arts.values():
        if art.published:
            out.setdefault(art.input_id, set()).add(art.published[:10])
    return out


def sentence_problems(
    sentence: SummarySentence,
    arts: Mapping[str, Article],
    quotes: Mapping[str, Sequence[str]],
    dates: Mapping[str, set[str]],
    allowed: set[str] | None = None,
) -> list[str]:
    """Problems of one summary sentence; ``quotes``/``dates`` are keyed by input id."""
    text = sentence.text
    if not sentence.citations:
        return [f"uncited sentence: {text!r}"]
    problems = [
        f"sentence cites {c!r}, which is not a source of this event"
        for c in sentence.citations
        if (allowed is not None and c not in allowed) or c not in arts
    ]
    cited = [arts[c] for c in sentence.citations if c in arts]
    if any(normalise(text) in normalise(a.text + "\n" + (a.title or "")) for a in cited):
        return problems  # a verbatim quote of a cited source
    supported: set[int] = set()
    for c in sentence.citations:
        for quote in quotes.get(c, ()):
            supported |= numbers_in(quote)
    problems += [
        f"number {n} in {text!r} is in no cited source's quote"
        for n in sorted(numbers_in(text) - supported)
    ]
    known = set().union(*(dates.get(c, set()) for c in sentence.citations))
    problems += [
        f"date {d} in {text!r} is given by no cited source"
        for d in iso_dates(text)
        if d not in known
    ]
    return problems


def check_grounding(event: Event, articles: Mapping[str, Article]) -> list[str]:
    """Every grounding problem of ``event`` (its summary and its evidence); [] = grounded."""
    arts = index_articles(articles)
    problems = _quote_problems(event, arts)
    if not event.summary:
        problems.append(f"event {event.id} has no summary")
    quotes = _cited_quotes(event, arts)
    dates = _cited_dates(event, arts)
    allowed = set(event.article_ids)
    for sentence in event.summary:
        problems += sentence_problems(sentence, arts, quotes, dates, allowed)
    said = " ".join(s.text.lower() for s in event.summary)
    for kind, res in event.counts.items():
        if res.status == "contested" and f"number {kind} is contested" not in said:
            problems.append(f"the {kind} count is contested but the summary does not say so")
    if event.date.status == "contested" and "date is contested" not in said:
        problems.append("the date is contested but the summary does not say so")
    return problems
