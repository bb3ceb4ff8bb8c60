"""An extractive, neutral, multi-source summary of a few articles about one story.

Sentences are taken verbatim from the articles, so every number in them is in the cited source.
A sentence scores high when the *other* sources say the same (consensus is what all sides
report; framing is what one side adds), when it comes early (news leads carry the facts), and
low when it is quoted speech, a question, first or second person, or very short or long.
Sentences are picked greedily under a word budget, skipping near-repeats of picked ones, and
cite their own article plus every other article that says much the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from newsfuse.models import Article, SummarySentence
from newsfuse.reconcile._text import sentence_spans

#: words the summary aims at (the length of a short neutral roundup)
SUMMARY_WORDS = 50
#: cosine similarity at or above which another article is cited as saying the same
SUPPORT_SIMILARITY = 0.35
#: cosine similarity to an already picked sentence at or above which a sentence is a repeat
REPEAT_SIMILARITY = 0.5

_QUOTED = re.compile(r"[\"“”]")
_PERSONAL = re.compile(r"\b(?:I|we|We|our|Our|you|You|your|my|me|us)\b")
_LOADED = re.compile(
    r"\b(?:slam\w*|blast(?:s|ed)?|rip(?:s|ped)?|destroy\w*|shock\w*|outrage\w*|disgrace\w*|"
    r"stunning|horrif\w*|panic\w*|chaos|chaotic|radical|extreme|furious|fury|bombshell|"
    r"terrible|disaster\w*|absurd|ridiculous|lies|lying|liar)\b",
    re.I,
)


@dataclass(frozen=True)
class _Candidate:
    article: int
    position: int
    text: str
    words: int


def _candidates(articles: Sequence[Article]) -> list[_Candidate]:
    out = []
    for index, art in enumerate(articles):
        text = art.text.strip() or (art.title or "")
        for position, (start, end) in enumerate(sentence_spans(text)):
            sentence = text[start:end]
            out.append(_Candidate(index, position, sentence, len(sentence.split())))
    return out


def _penalty(c: _Candidate) -> float:
    score = 0.0
    score += 0.25 * len(_QUOTED.findall(c.text)) / 2
    score += 0.3 if c.text.rstrip().endswith("?") else 0.0
    score += 0.15 * len(_PERSONAL.findall(c.text))
    score += 0.1 * len(_LOADED.findall(c.text))
    score += 0.3 if c.words < 6 else 0.0
    score += 0.2 if c.words > 45 else 0.0
    return score


def _scores(cands: Sequence[_Candidate], sims: list[list[float]], n: int) -> list[float]:
    out = []
    for i, cand in enumerate(cands):
        support = [
            max((sims[i][j] for j, o in enumerate(cands) if o.article == other), default=0.0)
            for other in range(n)
            if other != cand.article
        ]
        consensus = sum(support) / len(support) if support else 0.0
        lead = 1.0 / (1 + cand.position)
        out.append(consensus + 0.35 * lead + 0.05 * (n - cand.article) / n - _penalty(cand))
    return out


def summarize_articles(
    articles: Sequence[Article], max_words: int = SUMMARY_WORDS
) -> tuple[SummarySentence, ...]:
    """A short neutral summary of ``articles``; every sentence cites input ids that support it."""
    cands = [c for c in _candidates(articles) if c.words > 0]
    if not cands:
        return ()
    try:
        matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
            [c.text for c in cands]
        )
        sims: list[list[float]] = cosine_similarity(matrix).tolist()
    except ValueError:  # only stop words: fall back to the leads
        sims = [[1.0 if i == j else 0.0 for j in range(len(cands))] for i in range(len(cands))]
    scores = _scores(cands, sims, len(articles))
    picked: list[int] = []
    words = 0
    for i in sorted(range(len(cands)), key=lambda k: -scores[k]):
        if words >= max_words:
            break
        if any(sims[i][j] >= REPEAT_SIMILARITY for j in picked):
            continue
        if picked and words + cands[i].words > max_words * 1.3:
            continue
        picked.append(i)
        words += cands[i].words
    picked.sort(key=lambda k: (cands[k].position, cands[k].article))
    return tuple(_cited(k, cands, sims, articles) for k in picked)


def _cited(
    k: int, cands: Sequence[_Candidate], sims: list[list[float]], articles: Sequence[Article]
) -> SummarySentence:
    own = cands[k].article
    others = {
        cands[j].article
        for j in range(len(cands))
        if cands[j].article != own and sims[k][j] >= SUPPORT_SIMILARITY
    }
    ids = [articles[own].input_id] + [articles[a].input_id for a in sorted(others)]
    return SummarySentence(cands[k].text, tuple(dict.fromkeys(ids)))
