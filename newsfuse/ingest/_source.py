"""What one input is (a file or stdin) and small helpers shared by the format readers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsfuse.models import Rejection

STDIN_NAME = "<stdin>"
_UNWRITABLE = re.compile("[\ud800-\udfff\x00]")


@dataclass(frozen=True)
class Source:
    """One input to read: ``name`` is the base of its input ids, ``origin`` where it came from."""

    name: str
    origin: str
    path: Path | None = None  # None for stdin
    size: int | None = None
    retrieved: str | None = None


def clean_str(text: str) -> str:
    """``text`` with lone surrogates and NULs replaced by U+FFFD (offsets are kept)."""
    return _UNWRITABLE.sub("\ufffd", text) if _UNWRITABLE.search(text) else text


def rejection(src: Source, reason: str, detail: str = "", suffix: str = "") -> Rejection:
    """A Rejection for ``src`` (``suffix`` such as ``#3`` names one record in it)."""
    return Rejection(f"{src.name}{suffix}", src.origin, reason, detail)
