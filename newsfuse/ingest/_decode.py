"""Bytes to text: BOM, UTF-8, declared charset, a legacy-charset guess, cp1252 repair.

The cascade (first that fits wins):

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. NUL bytes: UTF-16/UTF-32 without a BOM when the NULs fall in the right columns, else binary;
3. strict UTF-8;
4. the declared charset (HTTP header, ``<meta charset>``);
5. mostly UTF-8 with stray cp1252 bytes (a pasted quote): UTF-8, stray bytes read as cp1252;
6. the legacy codec whose decoding reads most like text (:mod:`._charset`; statistical
   guessers misread short Western text);
7. charset-normalizer's best guess (when no candidate decodes); then cp1252; then latin-1.

Afterwards UTF-8 that was once read as cp1252 ("â€™") is repaired, and text with too many
control or replacement characters is rejected. Every failure is a :class:`Rejected`.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from newsfuse.errors import Rejected
from newsfuse.ingest._charset import ranked

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"PK\x03\x04", "zip"),
    (b"\x7fELF", "elf"),
    (b"RIFF", "riff"),
    (b"OggS", "ogg"),
    (b"ID3", "mp3"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf", "7z"),
    (b"SQLite format 3", "sqlite"),
)
SAMPLE_BYTES = 1_000_000  # bytes looked at to tell mixed UTF-8 from a legacy charset
MIXED_RATIO = 2  # valid UTF-8 characters per bad byte for "UTF-8 with stray cp1252 bytes"
MAX_BAD_SHARE = 0.05  # share of control/replacement characters above which text is refused
CONTROL_BYTES = 0.1  # share of control bytes above which input is binary
_WHATWG_LATIN = {"iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii", "iso8859-1", "l1"}
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
    "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161"
    "\u203a\u0153\u017e\u0178]{1,3}"
)


def sniff_bom(data: bytes) -> tuple[bytes, str] | None:
    """The byte-order mark at the start of ``data`` and its codec, if any."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return bom, codec
    return None


def sniff_magic(data: bytes) -> str | None:
    """The name of a known binary format whose signature starts ``data``."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    byte = exc.object[exc.start : exc.start + 1]
    try:
        return byte.decode("cp1252"), exc.start + 1
    except UnicodeDecodeError:
        return byte.decode("latin-1"), exc.start + 1


codecs.register_error("newsfuse_cp1252", _cp1252_fallback)


def wide_codec(data: bytes) -> str | None:
    """UTF-16/32 without a BOM, told by where the NUL bytes fall in ASCII-heavy text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    columns = [sample[i::4].count(0) / len(sample[i::4]) for i in range(4)]
    if columns[0] < 0.1 and min(columns[1:]) > 0.7:
        return "utf-32-le"
    if columns[3] < 0.1 and min(columns[:3]) > 0.7:
        return "utf-32-be"
    even, odd = (columns[0] + columns[2]) / 2, (columns[1] + columns[3]) / 2
    if even < 0.1 and odd > 0.6:
        return "utf-16-le"
    if odd < 0.1 and even > 0.6:
        return "utf-16-be"
    return None


def normalise_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when unknown or not 8-bit."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in _WHATWG_LATIN:
        return "cp1252"
    try:
        codec = codecs.lookup(name).name
    except (LookupError, ValueError):
        return None
    return None if codec.startswith(("utf-16", "utf-32")) else codec


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray bytes: valid multi-byte characters far outnumber the bad bytes."""
    loose = data[:SAMPLE_BYTES].decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    good = sum(1 for ch in loose if ord(ch) > 0x7F) - bad
    return good >= MIXED_RATIO * bad


def _decode_8bit(data: bytes, declared: str | None) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = normalise_charset(declared)
    if codec:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="newsfuse_cp1252")
    for codec in ranked(data):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was read as cp1252 ("â€™" back to "’"), run by run."""

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        try:
            raw = b"".join(
                ch.encode("cp1252") if ord(ch) > 0xFF else ch.encode("latin-1") for ch in run
            )
            return raw.decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return run

    return _MOJIBAKE.sub(fix, text) if _MOJIBAKE.search(text) else text


def _control_share(data: bytes) -> float:
    sample = data[:8192]
    bad = sum(1 for b in sample if (b < 0x20 and b not in b"\t\n\r\f\v\x1b") or b == 0x7F)
    return bad / max(1, len(sample))


def _decode_wide(data: bytes, codec: str) -> str:
    text = data.decode(codec, errors="replace")
    return text


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text from ``data``; raises :class:`Rejected` (empty, binary, undecodable)."""
    if not data.strip():
        raise Rejected("empty", "no bytes but whitespace")
    bom = sniff_bom(data)
    if bom is not None:
        text = _decode_wide(data[len(bom[0]) :], bom[1])
    elif (kind := sniff_magic(data)) is not None:
        raise Rejected("binary", f"{kind} data")
    elif b"\x00" in data[:65536] or _control_share(data) > CONTROL_BYTES:
        codec = wide_codec(data)
        if codec is None:
            raise Rejected("binary", "NUL or control bytes; not text")
        text = _decode_wide(data, codec)
    else:
        text = repair_mojibake(_decode_8bit(data, declared))
    return check_text(text)


def check_text(text: str) -> str:
    """``text`` without a leading BOM; raises when it is blank or mostly not characters."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise Rejected("empty", "no text but whitespace")
    sample = text[:65536]
    bad = len(_BAD_CHARS.findall(sample))
    if bad / len(sample) > MAX_BAD_SHARE:
        raise Rejected("undecodable", f"{bad} of {len(sample)} characters are not text")
    return text
