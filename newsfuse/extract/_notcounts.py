"""Numbers that count nothing: an age ("Boy, 9, shot"), part of a name ("FOX 8"), a picture's
place in a gallery ("Image 2 of 16"), a number of years, blocks or wounds."""

from __future__ import annotations

from spacy.tokens import Token

from newsfuse.extract._lexicon_counts import PERSON_NOUNS

#: a number before these counts something else than people or munitions
SKIP_HEADS = frozenset(
    [
        "year",
        "yr",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "percent",
        "block",
        "time",
        "mile",
        "wound",
        "injury",
        "bullet",
        "shot",
        "gunshot",
        "count",
        "charge",
        "age",
        "warrant",
    ]
)


#: words before a picture's number in a gallery caption ("Image 2 of 16", "Photo 3")
GALLERY = frozenset(["image", "photo", "slide", "picture", "video", "gallery", "page"])


def part_of_name(tok: Token) -> bool:
    doc = tok.doc
    glued = not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].is_alpha
    before = doc[tok.i - 1] if tok.i > 0 else None
    after_name = before is not None and before.pos_ == "PROPN" and tok.dep_ != "nummod"
    # "FOX 8", "WJLA 7": a station's name
    after_name = after_name or (before is not None and before.is_upper and before.pos_ == "PROPN")
    return glued or after_name or tok.ent_type_ in {"ORG", "FAC", "PRODUCT", "WORK_OF_ART"}


def between_commas(tok: Token) -> bool:
    doc = tok.doc
    if tok.i < 2:
        return False
    if tok.i + 1 >= len(doc):
        return doc[tok.i - 1].text == ","
    before, after, owner = doc[tok.i - 1], doc[tok.i + 1], doc[tok.i - 2]
    closing = after.text in {",", "-", "–", "—", "|", ")"} or "\n" in after.text
    name = tok.dep_ != "nummod" or tok.head.pos_ == "PROPN"  # not "a man, two women"
    if before.text == "," and owner.lemma_.lower() in PERSON_NOUNS and name:
        return True  # "kills man, 18 John Doe fatally wounded": an age, whatever follows
    if before.text == "," and owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON":
        return True  # "Jon Roe, 66 and Ann Roe, 64 were found": an age after a name
    return before.text == "," and closing and owner.pos_ in {"NOUN", "PROPN"}


def not_a_count(tok: Token) -> bool:
    """A number that counts nothing (see the module's docstring)."""
    head = tok.head
    # "two wounds", "three years"; not the verb of "one critically wounded"
    if (head.lemma_.lower() in SKIP_HEADS and head.pos_ != "VERB") or part_of_name(tok):
        return True
    if between_commas(tok):
        return True
    return tok.i > 0 and tok.nbor(-1).lower_ in GALLERY
