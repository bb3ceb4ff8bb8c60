"""The ingest entry point: inputs in, RawDocument or Rejection records out."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from newsfuse.ingest._paths import Root, Walker, resolve
from newsfuse.ingest._read import read_source
from newsfuse.ingest._source import Source, rejection
from newsfuse.models import RawDocument, Rejection
from newsfuse.settings import Settings


def ingest(
    inputs: Sequence[str], settings: Settings, stdin: BinaryIO | None = None
) -> Iterator[RawDocument | Rejection]:
    """Every article in ``inputs`` as a RawDocument, and every input not taken as a Rejection.

    ``inputs`` are files, directories (read recursively in sorted order), globs, or ``-`` for
    stdin (``stdin``, default ``sys.stdin.buffer``). Raises :class:`~newsfuse.errors.InputError`
    at once when an argument names nothing; afterwards nothing raises: each problem with one
    input is a Rejection with a reason code (see docs/ingest.md).
    """
    roots = resolve(inputs)
    return _records(roots, settings, stdin)


def _records(
    roots: Sequence[Root], settings: Settings, stdin: BinaryIO | None
) -> Iterator[RawDocument | Rejection]:
    for item in Walker(roots).sources():
        if isinstance(item, Rejection):
            yield item
        else:
            yield from _guarded(item, settings, stdin)


def _guarded(
    src: Source, settings: Settings, stdin: BinaryIO | None
) -> Iterator[RawDocument | Rejection]:
    """The records of one source; an unexpected error ends it with a rejection, not a crash."""
    try:
        if src.path is None:
            yield from read_source(sys.stdin.buffer if stdin is None else stdin, src, settings)
        else:
            with open(src.path, "rb") as raw:
                yield from read_source(raw, src, settings)
    except OSError as exc:
        yield rejection(src, "unreadable", exc.strerror or str(exc))
    except Exception as exc:  # a bug, reported as a rejection so that one input cannot stop a run
        yield rejection(src, "internal_error", f"{type(exc).__name__}: {exc}"[:300])
