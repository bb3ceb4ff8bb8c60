"""The legacy-charset guess for undeclared 8-bit text, on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsfuse.ingest._charset import penalty, ranked
from newsfuse.ingest._decode import decode_bytes

SENTENCES = [
    ("cp1252", "Le maire a dit « non » au projet du café près du marché, à 3 × 2 mètres."),
    ("cp1251", "Мэр города сказал, что новый мост через реку откроют весной."),
    ("cp1253", "Ο δήμαρχος είπε ότι η νέα γέφυρα θα ανοίξει την άνοιξη."),
    ("gb18030", "市长说，新的大桥将在明年春天通车，居民对此表示欢迎。"),
    ("shift_jis", "市長は、新しい橋が来年の春に開通すると述べました。"),
]


@pytest.mark.parametrize(("codec", "text"), SENTENCES)
def test_charset_guess_reads_undeclared_legacy_text(codec: str, text: str) -> None:
    data = (text + "\n") * 3
    assert decode_bytes(data.encode(codec)) == data


def test_charset_guess_prefers_cp1252_for_a_lone_symbol() -> None:
    data = "Price: 4 × 5 units, said the clerk.".encode("cp1252")
    assert ranked(data)[0] == "cp1252"


def test_charset_penalty_is_high_for_mojibake() -> None:
    good = "Мэр города сказал, что мост откроют."
    bad = good.encode("cp1251").decode("cp1252")
    assert penalty(good) == 0 and penalty(bad) > 0.5
