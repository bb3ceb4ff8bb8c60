"""Guess the legacy charset of undeclared 8-bit text by how plausible each decoding reads.

Each candidate codec decodes a sample made of the lines that hold non-ASCII bytes; the decoding
is scored by what mojibake looks like and real text does not:

- control, private-use or unassigned characters;
- a word mixing scripts (Latin with Cyrillic, CJK with Latin-1 letters);
- a Latin word with three or more accented letters in a row ("Ñàìûå" is Cyrillic read as cp1252);
- a lower-case letter followed by an upper-case one inside a non-ASCII word;
- a one-letter word in a non-Latin script (a cp1252 "×" read as cp1251 is "Ч");
- a symbol outside the punctuation that news text uses ("¡¯" is GB18030 read as cp1252).

Codecs are ranked by penalty per non-ASCII character, less a small bonus for kana (Japanese
read as Chinese is all Han); ties keep the candidates' order.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

CANDIDATES = (
    "cp1252", "cp1251", "cp1250", "koi8_r", "cp1253", "cp1256", "cp1255",
    "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr",
)  # fmt: skip
SAMPLE_BYTES = 16_384
KANA_BONUS = 0.05
COMMON = frozenset("’‘“”„–—…•·«»°©®™€£¥¢§¶†‡‰′″×÷±½¼¾²³ºª¿\u00a0\u200b\u200c\u200d\ufeff")
_WORD = re.compile(r"\w+")
_LATIN_RUN = re.compile(r"[^\x00-\x7f]{3,}")
_KANA = re.compile("[\u3040-\u30ff]")
_PUNCTUATION = re.compile("[\u2000-\u206f\u3000-\u303f\uff00-\uffef]")
_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "CJK": "CJK", "FULLWIDTH": "CJK",
           "HALFWIDTH": "CJK", "IDEOGRAPHIC": "CJK"}  # fmt: skip


_SCRIPTS = frozenset(
    {"LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "HANGUL", "THAI", "ARMENIAN", "GEORGIAN"}
)


def sample(data: bytes) -> bytes:
    """Up to SAMPLE_BYTES of the lines that hold non-ASCII bytes."""
    kept: list[bytes] = []
    size = 0
    for line in data.splitlines():
        if any(byte > 0x7F for byte in line):
            kept.append(line[:SAMPLE_BYTES])
            size += len(kept[-1])
            if size >= SAMPLE_BYTES:
                break
    return b"\n".join(kept)


def _script(ch: str) -> str:
    if ch.isascii():
        return "LATIN"
    name = unicodedata.name(ch, "UNKNOWN").split(" ")[0]
    return _GROUPS.get(name, name if name in _SCRIPTS else "OTHER")


def _word_penalty(word: str) -> int:
    letters = [ch for ch in word if ch.isalpha()]
    scripts = {_script(ch) for ch in letters} - {"OTHER"}
    high = sum(1 for ch in word if not ch.isascii())
    if len(scripts) > 1:
        return high
    if scripts == {"LATIN"} and _LATIN_RUN.search(word):
        return high
    if any(a.islower() and b.isupper() and not (a + b).isascii() for a, b in pairwise(word)):
        return high  # "ҐОЎјҐИ": CJK bytes read as cp1251 flip case inside a word
    if len(letters) == 1 and scripts != {"LATIN"}:
        return 1  # a lone Cyrillic or Greek letter amid ASCII is a cp1252 symbol misread
    return 0


def penalty(text: str) -> float:
    """Mojibake penalty per non-ASCII character of ``text`` (lower reads more like text)."""
    high = sum(1 for ch in text if not ch.isascii())
    if high == 0:
        return 0.0
    score = sum(_word_penalty(word) for word in _WORD.findall(text) if not word.isascii())
    for ch in text:
        if ch.isascii() or ch.isalnum() or ch in COMMON or _PUNCTUATION.match(ch):
            continue
        category = unicodedata.category(ch)
        score += 5 if category in ("Cc", "Co", "Cn", "Cs") else 1
    return score / high


def _kana_bonus(text: str) -> float:
    """Japanese always has kana; Japanese bytes read as Chinese give none (a tie-breaker)."""
    high = sum(1 for ch in text if not ch.isascii())
    kana = len(_KANA.findall(text))
    return KANA_BONUS if high and kana / high >= 0.05 else 0.0


def ranked(data: bytes) -> list[str]:
    """The candidate codecs that decode a sample of ``data``, most plausible first."""
    probe = sample(data)
    scored: list[tuple[float, int, str]] = []
    for rank, codec in enumerate(CANDIDATES):
        try:
            text = probe.decode(codec)
        except UnicodeDecodeError:
            continue
        scored.append((penalty(text) - _kana_bonus(text), rank, codec))
    return [codec for _score, _rank, codec in sorted(scored)]
