"""What a single line of a page looks like: its kind, from its shape and wording alone.

Kinds (``LineKind``): ``text`` (a sentence-like paragraph), ``short`` (a heading or a
fragment), ``headline`` (a title-like line), ``boilerplate`` (navigation, appeals, widgets),
``related`` (links to other stories), ``comment`` (comment prompts), ``caption`` (photo
captions and credits), ``byline``, ``dateline`` and ``junk`` (no words at all).
"""

from __future__ import annotations

import re

from newsfuse.clean._dates import find_date

TEXT = "text"
SHORT = "short"
HEADLINE = "headline"
BOILERPLATE = "boilerplate"
RELATED = "related"
COMMENT = "comment"
CAPTION = "caption"
BYLINE = "byline"
DATELINE = "dateline"
JUNK = "junk"
ENDMARK = "endmark"

NOT_BODY = frozenset({BOILERPLATE, RELATED, COMMENT, CAPTION, BYLINE, DATELINE, JUNK, ENDMARK})
HEADER_MARKS = frozenset({CAPTION, BYLINE, DATELINE})

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENTENCE_END_CHARS = frozenset(".!?。！？…»”\"')]:")
_PROSE_END_CHARS = frozenset(".!?…。！？")
_CLOSING_QUOTES = frozenset("\"'”’»)")
_HAS_PUNCT = re.compile(r"[.!?,;。！？，、]")

# The keyword patterns below run on the lower-cased line.
# Site furniture (menus, widgets, prompts, legal), in several languages.
_FURNITURE = re.compile(
    r"\b(?:subscribe|subscription|sign[ -]?in|sign[ -]?up|log[ -]?in|log[ -]?out|register|"
    r"newsletters?|advertisement|advertising|advertise|sponsored|cookies?|privacy|"
    r"terms of (?:use|service)|all rights reserved|copyright|share(?: this| on| via)?|"
    r"tweet|whatsapp|facebook|twitter|linkedin|pinterest|instagram|email this|print this|"
    r"skip to|jump to|menu|search|notifications?|download (?:the|our) app|"
    r"follow us|contact us|about us|donate|donation|paywall|"
    r"click here|loading|please (?:enable|refresh)|javascript|image credit|photo credit|"
    r"werbung|anzeige|publicidad|publicité|pubblicità|reklama|реклама|compartir|partager|"
    r"teilen|condividi|suscr[ií]bete|abonnieren|s'abonner|e-?mail:|telephone:|fax:|"
    r"customer service|buy now|shop now|add to cart|back to top|voltar|zurück|retour|volver|"
    r"torna indietro|powrót)\b"
)
_APPEAL = re.compile(
    r"\b(?:support|donat\w*|subscri\w*|paywalls?|newsletters?|sign up|membership|"
    r"advertis\w*|cookies?|inbox|journalism|register|trusted)\b"
)
# Legal notices, forms and sign-up boxes: these phrases are rare in reporting.
_LEGAL = re.compile(
    r"all rights reserved|©|by submitting|personal data|privacy policy|cookie policy|"
    r"terms of (?:use|service)|registered trademarks?|this website|no spam|unsubscribe|"
    r"save my name|your email address|required fields|sign up for|data protection|"
    r"disclaimer|tous droits réservés|alle rechte vorbehalten|todos los derechos|copyright|ⓒ"
)
# One scan for any of the three families above: most lines of an article have none.
_ANY_KEYWORD = re.compile("|".join(f"(?:{p.pattern})" for p in (_FURNITURE, _APPEAL, _LEGAL)))
# A cheap necessary condition for ``_ANY_KEYWORD``: one of these words (a distinctive word
# of every phrase above) or one of the fragments in ``_has_keyword`` is in the line.
_KEY_WORDS_TEXT = """subscribe subscription sign signin signup log login logout register newsletter
    newsletters sponsored cookie cookies privacy terms rights copyright share tweet whatsapp
    facebook twitter linkedin pinterest instagram email mail print skip jump menu search
    notification notifications download follow contact about donate donation paywall paywalls
    click loading enable refresh javascript credit werbung anzeige publicidad publicité
    pubblicità reklama реклама compartir partager teilen condividi suscríbete suscribete
    abonnieren abonner telephone fax customer buy shop cart top voltar zurück retour volver
    indietro powrót support membership inbox journalism trusted submitting personal
    registered website spam unsubscribe save address required fields protection disclaimer
    droits rechte derechos"""
_KEY_WORDS = frozenset(_KEY_WORDS_TEXT.split())
_READER = re.compile(r"\b(?:you|your|yours)\b")
_WE = re.compile(r"\b(?:we|our|us|we're|we've)\b")
_RELATED = re.compile(
    r"^(?:read(?: also| more| next)?|see also|related(?: articles?| stories| content)?|"
    r"recommended(?: articles?| for you)?|more from|more on|more stories|also read|"
    r"you (?:may|might) (?:also )?like|most (?:read|popular|viewed)|trending|top stories|"
    r"lire aussi|à lire aussi|lesen sie auch|mehr zum thema|leer más|lea también|"
    r"leggi anche|читайте также)\b\s*[:|»>-]?"
)
_COMMENT = re.compile(
    r"^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|join (?:the|our) (?:conversation|"
    r"discussion|commenting forum)|add a comment|post a comment|show comments|"
    r"view comments|(?:\d+\s+)?responses?|reply)\b|^\S+(?: \S+){0,3} (?:says|wrote):$"
)
# Headings of what follows an article: the author's bio, the sources, "about us".
_ENDMARK = re.compile(
    r"^(?:about|sobre|über|à propos|a proposito|acerca de|o autorze|om)\s+\S|"
    r"^(?:sources|references|author bio|biography|quellen|fuentes)\s*:?$"
)
_COMMENTS_WORD = re.compile(r"\b(?:comments?|replies|responses)\b")
_CREDIT_HEAD = re.compile(
    r"^(?:(?:photo|image|picture|photograph|caption|foto|bild|above|pictured|file photo)s?"
    r"\s*(?:credit)?\s*[:|]|(?:image|media|photo|video) (?:caption|copyright)\b)"
)
# Credits run on the line as written: agency names are capitalised ("(EPA)", not "(epa)").
_CREDIT_TAIL = re.compile(
    r"\((?:[^()]*\b(?:[Pp]hoto\w*|PHOTO|[Ii]mage|IMAGE|[Cc]redit|AFP|AP|Reuters|REUTERS|Getty|"
    r"EPA|Shutterstock|[Ff]ile|FILE|Pool|POOL|Xinhua|Anadolu|dpa|DPA)\b[^()]*)\)\s*$|"
    r"\bGetty Images\s*$"
)
_CREDIT_ANY = re.compile(
    r"\b[Cc]redits?\s*(?:\.\.\.|:|…)|"
    r"(?:/|\bvia )(?:AFP|AP|Reuters|REUTERS|Getty Images|EPA|Shutterstock|Xinhua|Anadolu)\b"
)
# A caption's closing credit without brackets: "... after the attack. Photo: Jane Roe / The Daily".
_CREDIT_END = re.compile(
    r"(?:^|[.!?\"”]\s+)(?:[Pp]hoto(?:graph)?s?|PHOTO|[Pp]icture|[Ii]mage|[Ff]ile photo)\s*"
    r"(?:[Cc]redit)?\s*:\s*[A-Z][^.!?:]{1,80}$"
)
CREDIT_TAIL_CHARS = 160  # a closing credit "(Photo: ...)" is looked for at the line's end
# An agency caption: "<who does what> on <date>, ... . - <more>".
_AGENCY_CAPTION = re.compile(r"\b(?:19|20)\d\d\b.*?\.\s+-\s+[A-Z]")
_BYLINE = re.compile(r"^(?:by|par|von|por|di|door|av|af)\s+\w")
_ROLE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|columnist|contributor|staff|journalist|"
    r"analyst|producer|bureau chief|news service|press)\b"
)
_STAMP = re.compile(
    r"\b(?:published|updated|posted|modified|publicado|atualizado|actualizado|publié|"
    r"mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato|opublikowano)\b"
)
_NAME = re.compile(
    r"^(?:[A-Z][\w'’.-]+|[A-Z]\.)(?: (?:[A-Z][\w'’.-]+|[A-Z]\.|de|van|von|al|bin)){1,3}$"
)
_ALNUM = re.compile(r"[^\W_]")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_ARROW = re.compile(r"^[»›→▸]")
_CAPITALISED = re.compile(r"^[A-Z]")
_YEAR = re.compile(r"(?:19|20)\d\d")
_LOWER_WORD = re.compile(r"(?:^|\s)[a-zà-ÿ]")
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s.*\(@\w+\)")
_BULLET = re.compile(r"^[•·▪►*-]\s*")

PROSE_MIN_WORDS = 5  # a shorter line ending like a sentence is still prose
TEASER_WORDS = 10  # the first words of a line looked at for title case
TEASER_CAPS_SHARE = 0.75  # ... and the share of them capitalised that marks a teaser
SHORT_LINE_WORDS = 14  # comment prompts, bylines and datelines are at most this long
FURNITURE_WORDS = 12  # one furniture word makes a line this short furniture
APPEAL_BARE_WORDS = 15  # two appeal words make a line this short an appeal without "you"/"we"
FURNITURE_HITS = 3  # a longer line needs this many distinct furniture words
ENDMARK_WORDS = 6  # "About the author", "Sources:" are short headings
TEASER_MAX_WORDS = 30  # a cut-off line ("...") up to this long is a teaser
LEGAL_MAX_WORDS = 60  # one legal phrase and a "you"/"we" make a notice of up to this length


def prose_end(text: str) -> bool:
    """The (trimmed) line ends like a sentence, maybe inside a closing quote or bracket."""
    last = text[-1:]
    if last in _CLOSING_QUOTES:
        last = text[-2:-1]
    return last in _PROSE_END_CHARS


def is_name(text: str) -> bool:
    """A line that is only a person's name (2 to 4 capitalised words)."""
    return len(text) <= 40 and _NAME.match(text) is not None and not text.isupper()


def is_role(text: str) -> bool:
    """A line naming a writer's role, such as a correspondent or a staff writer."""
    return len(text) <= 60 and len(text.split()) <= 6 and _ROLE.search(text.lower()) is not None


def is_bullet(text: str) -> bool:
    return _BULLET.match(text) is not None


def _caption(text: str, low: str) -> bool:
    if _CREDIT_HEAD.match(low):
        return True
    if (text.endswith(")") or text.endswith("Images")) and _CREDIT_TAIL.search(
        text[-CREDIT_TAIL_CHARS:]
    ):
        return True
    if ":" in text and _CREDIT_END.search(text[-CREDIT_TAIL_CHARS:]):
        return True
    if ("redit" in text or "via " in text or "/" in text) and _CREDIT_ANY.search(text):
        return True
    return " - " in text and _AGENCY_CAPTION.search(text) is not None


def text_size(text: str) -> int:
    """A length in word-equivalents: words, with CJK characters counted two to a word."""
    if text.isascii():
        return len(_WORD.findall(text))
    return len(_WORD.findall(text)) + len(_CJK.findall(text)) // 2


def _appeal(low: str, words: int) -> bool:
    """A reader-addressed appeal (support us, subscribe, we need you) rather than reporting."""
    if _APPEAL.search(low) is None:
        return False
    appeal = len(_APPEAL.findall(low))
    reader = len(_READER.findall(low))
    we = len(_WE.findall(low))
    if (appeal >= 2 and (reader + we >= 1 or words <= APPEAL_BARE_WORDS)) or (
        words <= FURNITURE_WORDS and reader + we >= 1
    ):
        return True
    return reader + we >= 2 and appeal + reader + we >= max(3, words // 12)


def _has_keyword(low: str) -> bool:
    """Any furniture, appeal or legal phrase in the (lower-cased) line."""
    fragment = "donat" in low or "subscri" in low or "advertis" in low or "©" in low or "ⓒ" in low
    if not fragment and _KEY_WORDS.isdisjoint(_WORD.findall(low)):
        return False
    return _ANY_KEYWORD.search(low) is not None


def _legal(low: str, words: int) -> bool:
    """A legal notice, a form's small print or a sign-up box."""
    if _LEGAL.search(low) is None:
        return False
    hits = len(set(_LEGAL.findall(low)))
    address = _READER.search(low) is not None or _WE.search(low) is not None
    return hits >= 2 or (address and words <= LEGAL_MAX_WORDS) or words <= FURNITURE_WORDS


def _teaser(text: str) -> bool:
    """A headline glued to its summary: the first words nearly all capitalised."""
    head = text.split(None, TEASER_WORDS)[:TEASER_WORDS]
    caps = sum(1 for w in head if _CAPITALISED.match(w))
    return len(head) == TEASER_WORDS and caps >= TEASER_CAPS_SHARE * TEASER_WORDS


def _furniture(low: str, words: int) -> bool:
    if _FURNITURE.search(low) is None:
        return False
    return words <= FURNITURE_WORDS or len(set(_FURNITURE.findall(low))) >= FURNITURE_HITS


def _short_kind(text: str, low: str, words: int) -> str | None:
    if _COMMENT.match(low) or (words <= 6 and _COMMENTS_WORD.search(low) and not prose_end(text)):
        return COMMENT
    if words <= 10 and _BYLINE.match(low):
        return BYLINE
    dated = (words <= 12 or _STAMP.search(low)) and _YEAR.search(text)
    return DATELINE if dated and find_date(text) is not None else None


def _marked_kind(text: str, low: str, words: int) -> str | None:
    """The kind of a line that says what it is (a prompt, a credit, a link, furniture)."""
    if words <= SHORT_LINE_WORDS:
        kind = _short_kind(text, low, words)
        if kind is not None:
            return kind
    if (len(text) <= 200 and _RELATED.match(low)) or _ARROW.match(text):
        return RELATED
    if words <= ENDMARK_WORDS and _ENDMARK.match(low) and not prose_end(text):
        return ENDMARK
    if _caption(text, low):
        return CAPTION
    if (
        words <= 120
        and _has_keyword(low)
        and (_furniture(low, words) or _appeal(low, words) or _legal(low, words))
    ):
        return BOILERPLATE
    if ("http" in low or "www." in low) and sum(map(len, _URL.findall(text))) * 2 > len(text):
        return BOILERPLATE
    return None


def classify(text: str, words: int) -> str:
    """The kind of one trimmed, non-blank line of ``words`` word-equivalents."""
    if words == 0 or text.isdigit() or (words <= 3 and _ALNUM.search(text) is None):
        return JUNK
    if "(@" in text and _EMBED_SIGNATURE.search(text):
        return SHORT  # the signature line of an embedded post, part of the article
    kind = _marked_kind(text, text.lower(), words)
    if kind is not None:
        return kind
    if words <= TEASER_MAX_WORDS and (text.endswith("..") or text.endswith("…")):
        return HEADLINE  # a cut-off teaser: "Minister says the plan..."
    if words >= 10 and _HAS_PUNCT.search(text):
        return HEADLINE if _teaser(text) else TEXT
    if words >= PROSE_MIN_WORDS and prose_end(text) and _LOWER_WORD.search(text):
        return TEXT
    if words >= 3 and text[-1] not in _SENTENCE_END_CHARS:
        return HEADLINE
    return SHORT


def first_person_plural(text: str) -> int:
    return len(_WE.findall(text.lower()))
