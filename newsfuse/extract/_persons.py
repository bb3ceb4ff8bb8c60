"""Light coreference of single people, so that one victim told of several times counts once.

Local news tells of one victim many times: "a 24-year-old man was shot ... John Doe, 24, died
at a hospital ... the victim". Single-person counts (``_singles``) carry what their words say
of the person (a name, a description, an age, a gender, "another"); ``resolve_persons`` reads
them in article order and gives every count of the same person the same ``person`` label:

- a name is the person named before with the same surname (or first name alone, "Carlos"
  after "Carlos Ruiz"); else the person described before without a name, when age and gender
  agree ("a man was killed ... identified him as John Doe");
- a description with an age is the person of that age told of before; one without an age is
  the last person of its gender told of ("a man" after "John Doe"); "another man", "a second
  victim" is always a new person;
- "he", "she", "him", "the victim", "the man" is the last person of its gender told of
  before; with none before (a headline), the first one told of after; with none at all it
  stays ``ANAPHOR``.

Only killed, injured and shot counts take part: an arrested "he" is no victim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from newsfuse.extract._counts import ANAPHOR, RawCount
from newsfuse.extract._lexicon_counts import FEMALE, MALE
from newsfuse.extract._numbers import word_value
from newsfuse.extract._text import doc_text

#: kinds whose single people are told apart
HARM_KINDS = frozenset({"killed", "injured", "shot"})
_AGE_RE = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)[-\s]years?[-\s]old\b", re.IGNORECASE)
#: ages beyond this are not ages (a number read wrongly)
MAX_AGE = 110


def _age_in(text: str) -> int | None:
    match = _AGE_RE.search(text)
    value = word_value(match.group(1)) if match else None
    return value if value is not None and 0 < value <= MAX_AGE else None


def person_age(tok: Token, owner: Token) -> int | None:
    """The age the words give a person: "Jane Roe, 24,", "a 24-year-old man", "Jane Roe, a
    24-year-old nurse", "28-year-old Jane Roe"."""
    text = doc_text(tok.doc)
    for head in dict.fromkeys([owner, tok]):
        for child in head.children:
            if child.dep_ != "appos":
                continue
            if child.like_num:
                value = word_value(child.text)
                if value is not None and 0 < value <= MAX_AGE:
                    return value
            elif age := _age_in(text[child.left_edge.idx : child.idx + len(child)]):
                return age
        if age := _age_in(text[head.left_edge.idx : head.idx + len(head)]):
            return age
    return None


def person_gender(tok: Token, owner: Token) -> str | None:
    """ "m" or "f" when the person's own words say it ("a woman", "she", "male victim")."""
    words = {tok.lemma_.lower(), tok.lower_, owner.lower_}
    for head in (tok, owner):
        words |= {c.lemma_.lower() for c in head.children if c.dep_ in {"amod", "appos"}}
    male, female = bool(words & MALE), bool(words & FEMALE)
    return "m" if male and not female else "f" if female and not male else None


@dataclass
class _Person:
    label: str
    age: int | None
    gender: str | None
    names: list[str] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)  # where the person is told of
    further: bool = False  # introduced as "another", "a second"
    last: int = 0  # order of the last count about this person


def _agree(count: RawCount, person: _Person, same_age: bool = False) -> bool:
    if count.gender and person.gender and count.gender != person.gender:
        return False
    if count.age is not None and person.age is not None:
        return count.age == person.age
    return not same_age


def _same_words(count: RawCount, person: _Person) -> bool:
    """The same description twice ("a person shot ... found a person shot")."""
    return count.age is None and person.age is None and (count.person or "") == person.label


def _same_name(name: str, other: str) -> bool:
    a, b = name.lower().split(), other.lower().split()
    if not a or not b:
        return False
    if a[-1] == b[-1]:
        return len(a) == 1 or len(b) == 1 or a[0] == b[0]
    return (len(a) == 1 and a[0] == b[0]) or (len(b) == 1 and b[0] == a[0])


class _Resolver:
    def __init__(self) -> None:
        self.people: list[_Person] = []
        self.step = 0

    def _latest(self, count: RawCount) -> _Person | None:
        """The last person told of that agrees; "the victim" is not "a second victim"."""
        fitting = [p for p in self.people if _agree(count, p)]
        if not count.pronoun:
            fitting = [p for p in fitting if not p.further] or fitting
        return max(fitting, key=lambda p: p.last) if fitting else None

    def _described(self, count: RawCount, sentence: int) -> _Person | None:
        """The person an indefinite description is: one of the same age told of before, or
        the last one described (not named) in an earlier sentence ("Man shot" in a headline,
        "a man was found ... a 38-year-old man died"); an indefinite after a name, or beside
        another in one sentence ("one man ... and a 29-year-old man"), is someone new; "one
        man was killed" counts, it introduces nobody, and may be someone named before."""
        if count.age is not None:
            aged = [p for p in self.people if p.age == count.age and _agree(count, p)]
            if aged:
                return max(aged, key=lambda p: p.last)
        counted = (count.person or "").lower().startswith("one ")  # "one man was killed"
        fitting = [
            p
            for p in self.people
            if (counted or not p.names)
            and _agree(count, p)
            and (sentence not in p.sentences or _same_words(count, p))
        ]
        return max(fitting, key=lambda p: p.last) if fitting else None

    def _new(self, count: RawCount, label: str) -> _Person:
        taken = {p.label for p in self.people}
        unique, n = label, 2
        while unique in taken:
            unique, n = f"{label} ({n})", n + 1
        person = _Person(unique, count.age, count.gender, further=count.further)
        self.people.append(person)
        return person

    def person_of(self, count: RawCount, sentence: int) -> _Person | None:
        """The person a count is about; None for an anaphor with nobody told of yet."""
        label = count.person or ""
        if label == ANAPHOR:
            return self._latest(count)
        if count.named:
            for person in self.people:
                if any(_same_name(label, n) for n in person.names) and _agree(count, person):
                    return person
            unnamed = [p for p in self.people if not p.names and _agree(count, p)]
            person = max(unnamed, key=lambda p: p.last) if unnamed else self._new(count, label)
            if not person.names:
                person.label = label
            person.names.append(label)
            return person
        if count.further:  # "a second victim"; "the second victim" is the one told of
            told = [p for p in self.people if p.further and _agree(count, p)]
            if label.lower().startswith("the ") and told:
                return max(told, key=lambda p: p.last)
            return self._new(count, label)
        return self._described(count, sentence) or self._new(count, label)

    def resolve(self, count: RawCount, sentence: int) -> _Person | None:
        self.step += 1
        person = self.person_of(count, sentence)
        if person is not None:
            person.sentences.add(sentence)
            person.age = person.age if person.age is not None else count.age
            person.gender = person.gender or count.gender
            person.last = self.step
        return person


def resolve_persons(counts: list[RawCount], sentences: list[int]) -> list[RawCount]:
    """Every count (``sentences``: the index of each one's sentence), with the ``person`` of
    single-person counts of killed, injured and shot set to one label per person (see the
    module's docstring)."""
    resolver = _Resolver()
    found: list[tuple[int, _Person]] = []
    pending: list[int] = []  # said of someone not told of yet: "Woman shot" in a headline
    for i in sorted(range(len(counts)), key=lambda k: counts[k].start):
        count = counts[i]
        if count.kind not in HARM_KINDS or count.person is None:
            continue
        person = resolver.resolve(count, sentences[i])
        if person is None:
            pending.append(i)
            continue
        found.append((i, person))
        if not count.further:  # "Teen killed ... left another teen wounded"
            found += [(j, person) for j in pending if _agree(counts[j], person)]
            pending = []
    out = list(counts)
    for i, person in found:  # labels last: a person named later takes the name
        out[i] = replace(counts[i], person=person.label)
    return out
