"""Decoding: BOMs, UTF-16 without BOM, cp1252, mixed UTF-8, declared charsets, mojibake."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from ingest_helpers import docs, rejections, run

from newsfuse.ingest._decode import decode_bytes, repair_mojibake

TEXT = "The café owner in Ørsted said “we will reopen” — on 3 May — and the naïve plan held."


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_decode_cp1252_file_reads_curly_quotes_and_accents(tmp_path: Path) -> None:
    (doc,) = docs(run([_write(tmp_path, "note.txt", TEXT.encode("cp1252"))]))
    assert doc.text == TEXT


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-8", codecs.BOM_UTF8),
    ],
)
def test_decode_bom_gives_codec(tmp_path: Path, codec: str, bom: bytes) -> None:
    (doc,) = docs(run([_write(tmp_path, "note.txt", bom + TEXT.encode(codec))]))
    assert doc.text == TEXT


def test_decode_utf16_without_bom_is_found_by_nul_columns(tmp_path: Path) -> None:
    (doc,) = docs(run([_write(tmp_path, "note.txt", TEXT.encode("utf-16-le"))]))
    assert doc.text == TEXT


def test_decode_utf16_html_keeps_media_type(tmp_path: Path) -> None:
    page = "<html><body><p>" + TEXT + "</p></body></html>"
    path = _write(tmp_path, "page.html", codecs.BOM_UTF16_LE + page.encode("utf-16-le"))
    (doc,) = docs(run([path]))
    assert doc.media_type == "text/html" and TEXT in doc.text


def test_decode_utf8_with_stray_cp1252_bytes_keeps_both(tmp_path: Path) -> None:
    data = "Zürich, “now”: ".encode() + "it’s done".encode("cp1252")
    (doc,) = docs(run([_write(tmp_path, "mixed.txt", data)]))
    assert doc.text == "Zürich, “now”: it’s done"


def test_decode_declared_meta_charset_is_used(tmp_path: Path) -> None:
    body = "Новости: мост в Линдквисте снова открыт после ремонта."
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{body}</p></body></html>'
    (doc,) = docs(run([_write(tmp_path, "ru.html", page.encode("cp1251"))]))
    assert body in doc.text


def test_decode_undeclared_legacy_charset_is_guessed(tmp_path: Path) -> None:
    body = "Новости дня: мост в Линдквисте снова открыт после долгого ремонта, сообщили власти."
    (doc,) = docs(run([_write(tmp_path, "ru.txt", body.encode("cp1251"))]))
    assert doc.text == body


def test_decode_mojibake_is_repaired() -> None:
    raw = "it’s “fine” – café".encode()
    broken = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)
    assert repair_mojibake(broken) == "it’s “fine” – café"
    assert repair_mojibake("Ã la carte is plain text") == "Ã la carte is plain text"


def test_decode_latin1_declared_on_utf8_page_keeps_utf8() -> None:
    page = '<meta charset="iso-8859-1"><p>Café “Ørsted”</p>'.encode()
    assert "Café “Ørsted”" in decode_bytes(page, "iso-8859-1")


def test_decode_binary_named_txt_is_rejected(tmp_path: Path) -> None:
    data = bytes(range(256)) * 8
    (rej,) = rejections(run([_write(tmp_path, "photo.txt", data)]))
    assert rej.reason == "binary" and rej.input_id == "photo.txt"


def test_decode_pdf_signature_is_binary(tmp_path: Path) -> None:
    (rej,) = rejections(run([_write(tmp_path, "report.txt", b"%PDF-1.7\n" + b"x" * 100)]))
    assert rej.reason == "binary"


@pytest.mark.parametrize("data", [b"", b"   \n\t  \r\n", codecs.BOM_UTF8 + b"  "])
def test_decode_empty_file_is_rejected(tmp_path: Path, data: bytes) -> None:
    (rej,) = rejections(run([_write(tmp_path, "blank.txt", data)]))
    assert rej.reason == "empty"


def test_decode_broken_utf16_is_undecodable(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + b"\x00\xd8" * 200
    (rej,) = rejections(run([_write(tmp_path, "broken.txt", data)]))
    assert rej.reason == "undecodable"
