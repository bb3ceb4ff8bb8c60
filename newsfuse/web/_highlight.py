"""The article page's highlights: the spans behind every extracted field, as text segments.

Spans may overlap (a count inside a quoted claim inside a trigger sentence), so the text is cut
at every span boundary and each piece carries the labels of all spans that cover it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsfuse.models import EventMention, Evidence


@dataclass(frozen=True)
class Mark:
    """One highlighted span: ``kind`` is its CSS class, ``label`` its tooltip."""

    start: int
    end: int
    kind: str  # trigger|date|place|actor|count|cited
    label: str


@dataclass
class Segment:
    text: str
    start: int
    end: int
    marks: list[Mark] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({m.kind for m in self.marks})

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(m.label for m in self.marks))


def _mark(evidence: Evidence | None, kind: str, label: str) -> list[Mark]:
    if evidence is None or evidence.end <= evidence.start:
        return []
    return [Mark(evidence.start, evidence.end, kind, label)]


def mention_marks(mention: EventMention) -> list[Mark]:
    """The marks of one mention: trigger, date, place, actors and counts."""
    marks = _mark(mention.trigger, "trigger", f"event: {mention.sub_event_type}")
    if mention.date is not None:
        when = mention.date.date or "?"
        marks += _mark(mention.date.evidence, "date", f"date: {when} ({mention.date.how})")
    if mention.place is not None:
        marks += _mark(mention.place.evidence, "place", f"place: {mention.place.place.name}")
    for actor in mention.actors:
        marks += _mark(actor.evidence, "actor", f"actor: {actor.name} ({actor.role})")
    for count in mention.counts:
        who = f", {count.subgroup}" if count.subgroup else ""
        said = f", per {count.attributed_to}" if count.attributed_to else ""
        label = f"{count.kind}: {count.value} ({count.qualifier}{who}{said})"
        marks += _mark(count.evidence, "count", label)
    return marks


def claim_marks(article_id: str, events: Iterable[dict[str, Any]]) -> list[Mark]:
    """Marks for the count claims of stored events that quote this article."""
    marks = []
    for ev in events:
        for kind, res in (ev.get("counts") or {}).items():
            for claim in res.get("claims") or []:
                start, end = claim.get("start"), claim.get("end")
                if (
                    claim.get("article_id") == article_id
                    and isinstance(start, int)
                    and isinstance(end, int)
                    and end > start
                ):
                    marks.append(Mark(start, end, "count", f"{kind}: {claim.get('value')}"))
    return marks


def segments(text: str, marks: Sequence[Mark]) -> list[Segment]:
    """``text`` cut at every mark boundary; each segment lists the marks that cover it."""
    size = len(text)
    valid = [m for m in marks if 0 <= m.start < m.end <= size]
    cuts = sorted({0, size, *(m.start for m in valid), *(m.end for m in valid)})
    pieces: list[Segment] = []
    for start, end in itertools.pairwise(cuts):
        covering = [m for m in valid if m.start <= start and end <= m.end]
        last = pieces[-1] if pieces else None
        if last is not None and last.marks == covering:
            last.text += text[start:end]
            last.end = end
        else:
            pieces.append(Segment(text[start:end], start, end, covering))
    return pieces
