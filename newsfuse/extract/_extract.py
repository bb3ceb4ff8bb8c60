"""The extract stage: one annotated article in, its event mentions out."""

from __future__ import annotations

from collections import Counter
from typing import Any

from newsfuse.extract._actors import sentence_actors
from newsfuse.extract._aggregate import merge_repeats
from newsfuse.extract._dates import choose_date
from newsfuse.extract._numbers import quantity_index
from newsfuse.extract._places import Found, choose_place, drop_unlikely, extra_places
from newsfuse.extract._sentences import (
    SentenceReading,
    is_background,
    read_sentences,
    resolve_readings,
)
from newsfuse.extract._typing import TypeGuess, main_type
from newsfuse.geo import find_places
from newsfuse.models import (
    ActorClaim,
    AnnotatedArticle,
    Article,
    CountClaim,
    EventMention,
    Evidence,
)
from newsfuse.settings import Settings

#: sentences that make up the lead, read with the title to type the main event
LEAD_SENTENCES = 3
#: most background mentions kept per article
MAX_BACKGROUND = 5
KEYWORDS = 12
#: the main event's place is looked for in its first sentences
PLACE_SENTENCES = 8
_KEY_POS = frozenset({"NOUN", "PROPN", "VERB"})


def _doc_of(annotated: AnnotatedArticle, settings: Settings) -> Any:
    if annotated.doc is not None:
        return annotated.doc
    from newsfuse.annotate import load_nlp

    nlp: Any = load_nlp(settings)
    return nlp(annotated.article.text)


def _main_guess(
    article: Article, readings: list[SentenceReading], settings: Settings
) -> TypeGuess | None:
    lead = readings[:LEAD_SENTENCES]
    head = " ".join(filter(None, [article.title, article.standfirst]))
    body = article.text[lead[0].start : lead[-1].end] if lead else ""
    return main_type(f"{head}\n{body}", article.text[:4000], settings)


def _trigger(
    guess: TypeGuess, readings: list[SentenceReading], article: Article
) -> tuple[Evidence | None, int]:
    """The first body cue of the main type (or of its event type); its offset."""
    for by_sub in (True, False):
        for r in readings:
            for g in r.guesses:
                same = (
                    g.sub_event_type == guess.sub_event_type
                    if by_sub
                    else g.event_type == guess.event_type
                )
                if same:
                    ev = Evidence(article.id, g.start, g.end, article.text[g.start : g.end])
                    return ev, g.start
    return None, readings[0].start if readings else 0


def _count_claims(r: SentenceReading, article: Article) -> list[CountClaim]:
    speaker = r.speaker[0] if r.speaker else None
    out = []
    for c in r.counts:
        n = c.number
        ev = Evidence(article.id, c.start, c.end, article.text[c.start : c.end])
        out.append(
            CountClaim(c.kind, n.value, n.low, n.high, n.qualifier, c.subgroup, c.includes,
                       speaker, ev, c.person)
        )  # fmt: skip
    return out


def _actors(readings: list[SentenceReading], doc: Any, article: Article) -> tuple[ActorClaim, ...]:
    seen: dict[tuple[str, str], ActorClaim] = {}
    for r in readings:
        if not (r.guesses or r.counts):
            continue  # actors are read where the event or its counts are told
        sent = doc.char_span(r.start, r.end, alignment_mode="expand")
        if sent is None:
            continue
        speaker = r.speaker[0] if r.speaker else None
        for actor in sentence_actors(sent, speaker, article.id):
            seen.setdefault((actor.name.lower(), actor.role), actor)
    return tuple(seen.values())


def _spans(readings: list[SentenceReading]) -> list[tuple[int, int]]:
    return [(r.start, r.end) for r in readings]


def _keywords(doc: Any, end: int, title: str | None) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.start_char < end and ent.label_ not in {"CARDINAL", "DATE", "TIME", "ORDINAL"}:
            counts[ent.text.lower()] += 2
    for tok in doc:
        if tok.idx >= end:
            break
        if tok.pos_ in _KEY_POS and not tok.is_stop and tok.is_alpha and len(tok) > 2:
            counts[tok.lemma_.lower()] += 1
    for word in (title or "").lower().split():
        if len(word) > 3 and word.isalpha():
            counts[word] += 1
    return tuple(w for w, _n in counts.most_common(KEYWORDS))


def _mention(n: int, article: Article, guess: TypeGuess, parts: dict[str, Any]) -> EventMention:
    return EventMention(
        id=f"{article.id}:{n}",
        article_id=article.id,
        event_type=guess.event_type,
        sub_event_type=guess.sub_event_type,
        is_main=n == 0,
        trigger=parts["trigger"],
        date=parts["date"],
        place=parts["place"],
        actors=parts["actors"],
        counts=merge_repeats(parts["counts"]),
        published=article.published,
        outlet=article.outlet,
        keywords=parts["keywords"],
    )


def extract(annotated: AnnotatedArticle, settings: Settings) -> tuple[EventMention, ...]:
    """The events an article reports: the main one first (``is_main``), then background events
    it mentions. Every field carries evidence into ``Article.text``."""
    article = annotated.article
    doc = _doc_of(annotated, settings)
    index = quantity_index(annotated.quantities)
    readings = read_sentences(doc, index, annotated.times)
    guess = _main_guess(article, readings, settings) if readings else None
    if guess is None:
        return ()
    trigger, pos = _trigger(guess, readings, article)
    lead_end = readings[min(LEAD_SENTENCES, len(readings)) - 1].end
    first = choose_date(annotated.times, (0, lead_end), pos, article.published, article.id)
    main_rs: list[SentenceReading] = []
    back_rs: list[SentenceReading] = []
    other, last_end = False, 0
    for i, r in enumerate(readings):
        in_lead = i == 0 or r.start <= pos < r.end
        # the rest of a paragraph that opened another incident ("In a separate shooting, ...")
        other = r.other_incident or (other and "\n" not in article.text[last_end : r.start])
        last_end = r.end
        back = not in_lead and (other or is_background(r, first.date, in_lead, article.published))
        if back and not r.guesses:
            continue  # of another incident, with no event of its own to attach to
        (back_rs if back else main_rs).append(r)
    main_rs, back_rs = resolve_readings(main_rs), resolve_readings(back_rs)
    window = (0, max(r.end for r in main_rs))
    keywords = _keywords(doc, lead_end, article.title)
    found = find_places(annotated)
    found = drop_unlikely(annotated, doc, found + extra_places(annotated, found))
    main = _mention(0, article, guess, {
        "trigger": trigger,
        "date": choose_date(annotated.times, window, pos, article.published, article.id),
        "place": choose_place(
            found, _spans(main_rs[:PLACE_SENTENCES]), article.text, article.id, article_wide=True
        ),
        "actors": _actors(main_rs, doc, article),
        "counts": [c for r in main_rs for c in _count_claims(r, article)],
        "keywords": keywords,
    })  # fmt: skip
    return (main, *_background(article, back_rs, doc, found))


def _background(
    article: Article, readings: list[SentenceReading], doc: Any, found: Found
) -> list[EventMention]:
    """One mention per run of consecutive background sentences of one type."""
    out: list[EventMention] = []
    last_end, last_type = -1, ""
    for r in readings:
        g = r.guesses[0]
        between = article.text[last_end : r.start] if last_end >= 0 else "x"
        last_end, same = r.end, g.sub_event_type == last_type
        last_type = g.sub_event_type
        if same and not between.strip():
            continue  # the next sentence about the same background event
        if len(out) >= MAX_BACKGROUND:
            break
        trigger = Evidence(article.id, g.start, g.end, article.text[g.start : g.end])
        out.append(_mention(len(out) + 1, article, g, {
            "trigger": trigger,
            "date": choose_date(r.times, (r.start, r.end), g.start, None, article.id),
            "place": choose_place(found, [(r.start, r.end)], article.text, article.id),
            "actors": _actors([r], doc, article),
            "counts": _count_claims(r, article),
            "keywords": (),
        }))  # fmt: skip
    return out
