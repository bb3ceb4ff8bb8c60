"""Per-sentence reading: event-type guesses, background markers, counts and the speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Span

from newsfuse.extract._conjoined import conjoined_counts
from newsfuse.extract._counts import RawCount, mentions_munitions, numeric_counts
from newsfuse.extract._lexicon_counts import ADJ_KIND, NOUN_KIND, VERB_KIND
from newsfuse.extract._multiples import multiple_counts
from newsfuse.extract._persons import resolve_persons
from newsfuse.extract._selfkill import self_kill_counts
from newsfuse.extract._singles import single_counts
from newsfuse.extract._speakers import speaker_of
from newsfuse.extract._tolls import toll_counts
from newsfuse.extract._typing import TypeGuess, guess_types
from newsfuse.models import Quantity, TimeExpression

#: words that place a sentence's event before the article's own
_PAST = re.compile(
    r"\b(?:previous(?:ly)?(?! (?:unknown|unreported|undisclosed|unidentified|unnamed))"
    r"|last (?:month|year|week|summer|winter|"
    r"spring|fall|autumn)|anniversary|years? ago|months? ago|weeks? ago|back in|since then|"
    r"in (?:19|20)\d\d|had (?:been )?(?:killed|attacked|announced|agreed)|"
    r"so far this year|this year alone|since january|so far in|year to date|homicides|"
    r"since (?:19|20)\d\d|then(?:,)? (?:age )?\d{1,2}(?! ?(?:a\.m|p\.m|am|pm|:))|"
    r"(?:killed|shot|died|murdered) at (?:the )?age (?:of )?\d{1,2}|"
    r"have been (?:killed|shot|murdered|wounded))\b",
    re.IGNORECASE,
)
#: words that tell a sentence reports another incident than the article's own ("in a
#: separate shooting", "in an unrelated incident") or a roundup of several ("in shootings
#: across the city", "citywide", "throughout the day")
_OTHER = re.compile(
    r"\b(?:(?:a|an|another|two|three|several) (?:separate|unrelated|different|other) "
    r"(?:shootings?|incidents?|attacks?|cases?)|unrelated (?:shootings?|incidents?)|"
    r"separate (?:shootings|incidents)|another (?:shooting|incident) (?:earlier|later)|"
    r"citywide|across the city|throughout the (?:day|city|weekend)|"
    r"(?:weekend|overnight) (?:shootings|violence))\b",
    re.IGNORECASE,
)
#: a sentence that opens one other incident ("In a separate shooting, ..."): the rest of its
#: paragraph is about it too
_SEPARATE = re.compile(
    r"\b(?:(?:a|an|another) (?:separate|unrelated|different) (?:shooting|incident|attack|case)|"
    r"unrelated (?:shooting|incident))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d$.,])((?:19|20)\d\d)(?![\d,%])")
#: a sentence without one of these words holds no count (a cheap first test)
COUNT_LEMMAS = frozenset(
    [*VERB_KIND, *ADJ_KIND, *NOUN_KIND, "body", "murder", "killing", "slaying", "homicide",
     "shooting", "stabbing", "leave", "suffer", "find", "life", "condition", "hospital",
     "gunfire", "himself", "herself", "themselves", "suicide", "pass", "double", "triple",
     "quadruple"]
)  # fmt: skip
#: days between a sentence's dated expression and the main date that make it another event
BACKGROUND_DAYS = 3


@dataclass(frozen=True)
class SentenceReading:
    start: int
    end: int
    guesses: tuple[TypeGuess, ...]  # offsets are article offsets
    counts: tuple[RawCount, ...]
    speaker: tuple[str, int, int] | None
    times: tuple[TimeExpression, ...]
    past_marker: bool
    past_tense: bool
    years: tuple[int, ...] = ()  # years written in the sentence ("in December 2012")
    other_incident: bool = False  # "in a separate shooting": its paragraph is another event


def read_sentence(
    sent: Span,
    index: dict[int, Quantity],
    times: tuple[TimeExpression, ...],
    munitions_before: bool = False,
) -> SentenceReading:
    base = sent.start_char
    guesses = tuple(
        TypeGuess(g.sub_event_type, g.event_type, g.score, g.start + base, g.end + base)
        for g in guess_types(sent.text)
    )
    counts: tuple[RawCount, ...] = ()
    if any(t.lemma_.lower() in COUNT_LEMMAS or t.lower_ in COUNT_LEMMAS for t in sent):
        counts = _counts(sent, index, munitions_before)
    own_times = tuple(t for t in times if sent.start_char <= t.start < sent.end_char)
    return SentenceReading(
        start=sent.start_char,
        end=sent.end_char,
        guesses=guesses,
        counts=counts,
        speaker=speaker_of(sent) if counts or guesses else None,
        times=own_times,
        past_marker=_PAST.search(sent.text) is not None or _OTHER.search(sent.text) is not None,
        other_incident=_SEPARATE.search(sent.text) is not None,
        past_tense=any(t.tag_ == "VBD" for t in sent),
        years=tuple(int(y) for y in _YEAR.findall(sent.text)),
    )


def _counts(sent: Span, index: dict[int, Quantity], munitions_before: bool) -> tuple[RawCount, ...]:
    """Every count of a sentence; a conjunct's figure without subgroup gives way to the
    total of the coordination ("four men and five women were hurt": 9, not 4); a toll's
    figure ("the death toll rose to 17") unless the count grammar read that number already."""
    totals, parts = conjoined_counts(sent, index)
    numeric = [
        c
        for c in numeric_counts(sent, index, munitions_before)
        if not (c.subgroup is None and c.number.start in parts)
    ]
    singles = single_counts(sent) + self_kill_counts(sent) + multiple_counts(sent)
    read = {c.number.start for c in numeric + totals}
    tolls = [c for c in toll_counts(sent, index) if c.number.start not in read]
    return tuple(numeric + totals + singles + tolls)


def read_sentences(
    doc: Any, index: dict[int, Quantity], times: tuple[TimeExpression, ...]
) -> list[SentenceReading]:
    """Every sentence of a parsed article, read in order (annotate's pipeline starts a
    sentence at each paragraph break)."""
    out: list[SentenceReading] = []
    before = False
    for sent in doc.sents:
        out.append(read_sentence(sent, index, times, before))
        before = mentions_munitions(sent)
    return out


def resolve_readings(readings: list[SentenceReading]) -> list[SentenceReading]:
    """The readings of one event's sentences with single people told apart across them
    (``resolve_persons``): a background sentence's victim is no antecedent for the main
    event's "he"."""
    readings = _killer_counted(readings)
    sentence = [i for i, r in enumerate(readings) for _c in r.counts]
    counts = iter(resolve_persons([c for r in readings for c in r.counts], sentence))
    return [replace(r, counts=tuple(next(counts) for _ in r.counts)) for r in readings]


def _killed_total(count: RawCount) -> bool:
    """A killed total that counts everyone ("three dead", "two were found dead"); a figure
    after its verb is the object of a killer ("killing his five children"): his victims."""
    everyone = count.start >= count.number.start
    return count.kind == "killed" and count.subgroup is None and count.person is None and everyone


def _killer_counted(readings: list[SentenceReading]) -> list[SentenceReading]:
    """Without a killer's own death where the event's sentences state a killed total that
    counts everyone: "three dead" or "two people were found dead" counts him already. A
    total of his victims ("killed two people before killing himself") does not: he is one
    more."""
    if not any(_killed_total(c) for r in readings for c in r.counts):
        return readings
    return [replace(r, counts=tuple(c for c in r.counts if not c.own_death)) for r in readings]


def _day_number(iso: str) -> int:
    y, m, d = (int(x) for x in iso[:10].split("-"))
    return y * 372 + m * 31 + d  # monotone, near enough to days for a 3-day test


def is_background(
    reading: SentenceReading, main_date: str | None, in_lead: bool, published: str | None
) -> bool:
    """A sentence reports another event: it is dated away from the main date, names a year
    before the main date's (or the publication's), or is marked as past ("previous", "last
    month", "anniversary", "since 2007", "Carlos, then 18,"), and it is not in the lead. A
    past-tense sentence dated after the publication day is another event too (a day-month
    date read into the coming year), unless it also dates something to the main day ("this
    latest attack last night came as troops were told to leave by 15 January next year")."""
    if in_lead or not reading.guesses:
        return False
    if reading.past_marker:
        return True
    reference = main_date or published
    if reference and any(y < int(reference[:4]) for y in reading.years):
        return True  # "the Sandy Hook shooting in December 2012, where 26 people died"
    if main_date is None:
        return False
    main = _day_number(main_date)
    pub = _day_number(published) if published else None
    days = [
        (_day_number(t.date), _day_number(t.date_end or t.date))
        for t in reading.times
        if t.date is not None and t.precision != "none"
    ]
    # a sentence that also dates something to the main day is about the main event ("this
    # latest attack last night came as troops were ordered out by 15 January next year")
    on_main = any(lo <= main <= hi for lo, hi in days)
    for lo, hi in days:
        if hi < main - BACKGROUND_DAYS:
            return True
        if pub is not None and not on_main and lo > pub and reading.past_tense:
            return True
    return False
