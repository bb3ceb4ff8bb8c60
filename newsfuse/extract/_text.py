"""The text of a spaCy Doc, built once per Doc (``Doc.text`` joins every token on each call)."""

from __future__ import annotations

from typing import Any


def doc_text(doc: Any) -> str:
    text = doc.user_data.get("newsfuse_text")
    if text is None:
        text = doc.user_data["newsfuse_text"] = doc.text
    return str(text)
