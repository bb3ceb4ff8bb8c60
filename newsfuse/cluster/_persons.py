"""Full person names (first + last) that identify an incident across reports weeks apart.

A late report (an arrest, a charge, a funeral) names the victim or the suspect of the incident it
follows up, and names them in full: news style introduces a person by first and last name and
then refers to them by the surname alone ("Jane Roe, 34, was shot ... Roe's sister said").
That habit is the test used here, on the text alone (the clusterer sees no parse):

- a run of two or three capitalised words (a middle initial allowed, a Jr./III suffix dropped)
  whose last word appears again in the text on its own, without the first name before it;
- not a place or an organisation: neither word is a compass point, a street or building word,
  a vehicle make or a title, and the name is not followed by such a word ("John Doe Hospital");
- not a repeated word ("Lubbock Lubbock", a dateline after a header with the city's name);
- not an official: a name right after a title or office ("Police Chief", "spokesman", "Judge",
  "reporter", "By") speaks about many incidents and identifies none of them.

A name is kept as ``first last`` in lower case; the extractor's actor names with two or more
words (a named victim or suspect) are added the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

_CAP = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NAME = re.compile(rf"\b({_CAP})(?:\s+(?:[A-Z]\.|{_CAP}))?\s+({_CAP})\b")
_WORD = re.compile(_CAP)
_AFTER = re.compile(rf",?\s+(?:(?:Jr|Sr|II|III|IV)\.?,?\s+)?({_CAP})")  # the word after a name
_SUFFIX = frozenset({"jr", "sr", "ii", "iii", "iv"})
_CALENDAR = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    }
)  # fmt: skip
# Words that make a capitalised run a place, a building, an organisation or a title.
_NOT_NAME = frozenset(
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "central", "area", "upper", "lower", "mount", "fort", "lake", "port", "san", "santa",
        "los", "las", "new", "old", "great", "saint", "st", "street", "avenue", "ave", "road",
        "drive", "boulevard", "blvd", "lane", "court", "place", "way", "highway", "parkway",
        "circle", "terrace", "trail", "county", "city", "state", "township", "parish",
        "district", "center", "centre", "hospital", "medical", "trauma", "health", "clinic",
        "department", "police", "sheriff", "sheriff's", "park", "school", "high", "academy",
        "church", "university", "college", "station", "office", "house", "beach", "island",
        "plaza", "square", "bridge", "river", "valley", "heights", "hills", "apartments",
        "club", "bar", "restaurant", "mall", "store", "market", "community", "stoppers",
        "jail", "prison", "council", "committee", "association", "services", "gallery",
        "news", "times", "post", "press", "daily", "tribune", "herald", "journal", "radio",
        "associated", "getty", "image", "images", "photo", "caption", "video", "related",
        "read", "watch", "click", "share", "follow", "copyright", "breaking", "live", "update",
        "updated", "shooting", "assault", "weapon", "justice", "federal", "advocate", "buy",
        "hide", "dodge", "chevrolet", "ford", "honda", "toyota", "nissan", "mr", "mrs", "ms",
        "dr", "officer", "chief", "president", "judge", "superintendent", "assistant",
        "sergeant", "lieutenant", "captain", "detective", "deputy", "trooper", "mayor",
        "governor", "gov", "sen", "rep", "councilman", "alderman", "pastor", "rev", "attorney",
        "prosecutor", "coroner", "reporter", "spokesman", "spokeswoman", "spokesperson",
        "commissioner", "director", "senator", "examiner", "councilwoman", "sgt", "lt", "capt",
        "det", "cpl", "contact", "year-old", "service", "navy", "army", "party",
        "force", "forces", "agency", "company", "corporation", "inc", "group", "team", "league",
        "airlines", "bank", "foundation", "institute", "union", "ministry", "government",
        "wire", "today", "gazette", "chronicle", "telegraph", "observer", "channel",
        "television", "tv", "network", "media", "broadcasting", "newspaper", "magazine",
        "bulletin", "courier", "dispatch", "sentinel", "editorial",
    }
)  # fmt: skip
# A title or office right before a name: an official, who speaks about many incidents.
_TITLE_BEFORE = re.compile(
    r"\b(?:chief|spokes(?:man|woman|person)|mayor|gov\.|governor|sheriff|sgt\.|sergeant|lt\."
    r"|lieutenant|capt\.|captain|detective|det\.|attorney|prosecutor|judge|president|senator"
    r"|sen\.|rep\.|commissioner|superintendent|coroner|examiner|reporter|officer|cpl\."
    r"|trooper|deputy|by|director|councilman|councilwoman|alderman|pastor|rev\.|dr\.|contact)"
    r"[\s,]*$",
    re.IGNORECASE,
)
_TITLE_CHARS = 40
_MIDDLE_CHARS = 24  # room for a middle name or initial between first and last
_MAX_NAMES = 24  # names kept per mention


def _is_word(word: str) -> bool:
    low = word.lower()
    return not (low in ENGLISH_STOP_WORDS or low in _CALENDAR or low in _NOT_NAME)


def _alone(last: str, first: str, starts: dict[str, list[int]], text: str) -> bool:
    """Whether ``last`` stands somewhere in the text without ``first`` (and a middle name or
    initial) right before it."""
    for pos in starts.get(last, ()):
        words = text[max(0, pos - len(first) - _MIDDLE_CHARS) : pos].split()[-2:]
        if words[-1:] == [first] or (words[:1] == [first] and words[-1][:1].isupper()):
            continue  # "Jane Roe", "Jane T. Roe": the full name again
        return True
    return False


def person_names(text: str) -> frozenset[str]:
    """``first last`` of each person the text introduces in full and refers to again by surname
    (see the module docstring); officials, places and organisations left out."""
    starts: dict[str, list[int]] = {}  # capitalised word -> where it stands (read when needed)
    found: set[str] = set()
    for m in _NAME.finditer(text):
        first, last = m.group(1), m.group(2)
        if first == last or not (_is_word(first) and _is_word(last)):
            continue  # "Lubbock Lubbock": a repeated word (a dateline after a header) names no one
        after = _AFTER.match(text, m.end())
        if after is not None and after.group(1).lower() in _NOT_NAME:
            continue  # "John Doe Hospital", "Jane Roe Park"
        if _TITLE_BEFORE.search(text, max(0, m.start() - _TITLE_CHARS), m.start()):
            continue
        if not starts:
            for w in _WORD.finditer(text):
                starts.setdefault(w.group(), []).append(w.start())
        if _alone(last, first, starts, text):
            found.add(f"{first.lower()} {last.lower()}")
    return frozenset(sorted(found)[:_MAX_NAMES])


def full_names(names: Iterable[str]) -> frozenset[str]:
    """``first last`` of the names with a first and a last name (a suffix dropped)."""
    out: set[str] = set()
    for name in names:
        words = [w.strip(".").lower() for w in name.split()]
        words = [w for w in words if w and w not in _SUFFIX]
        if not 2 <= len(words) <= 4 or not all(w[0].isalpha() for w in words):
            continue
        if not all(part[:1].isupper() for part in name.split()):
            continue
        if len(words[0]) < 2 or len(words[-1]) < 2 or words[0] == words[-1]:
            continue
        if not _is_word(words[-1]):
            continue
        out.add(f"{words[0]} {words[-1]}")
    return frozenset(out)
