"""Byte streams with limits: any readable as a buffered stream, capped gzip decompression."""

from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO

from newsfuse.errors import Rejected

GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 65536
BUFFER_BYTES = 65536


class _Adapter(io.RawIOBase):
    """A raw stream over anything with ``read(n)`` (``BytesIO``, ``sys.stdin.buffer``)."""

    def __init__(self, inner: BinaryIO) -> None:
        self._inner = inner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        chunk = self._inner.read(len(buffer))
        if not chunk:
            return 0
        buffer[: len(chunk)] = chunk
        return len(chunk)


class _Chain(io.RawIOBase):
    """Bytes already read, then the rest of a stream."""

    def __init__(self, first: bytes, rest: BinaryIO) -> None:
        self._first = first
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._first:
            size = min(len(buffer), len(self._first))
            buffer[:size] = self._first[:size]
            self._first = self._first[size:]
            return size
        chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


class _Capped(io.RawIOBase):
    """Decompressed gzip bytes, refusing to go past ``cap`` (a guard against gzip bombs)."""

    def __init__(self, compressed: BinaryIO, cap: int) -> None:
        self._gzip = gzip.GzipFile(fileobj=compressed, mode="rb")
        self._cap = cap
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._count > self._cap:
            raise Rejected(
                "decompression_limit", f"more than {self._cap} bytes after decompression"
            )
        want = min(len(buffer), self._cap + 1 - self._count)
        try:
            chunk = self._gzip.read(max(1, want))
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            raise Rejected("corrupt_archive", f"gzip: {exc}") from None
        self._count += len(chunk)
        if self._count > self._cap:  # one byte past the cap: give what fits, refuse the rest
            chunk = chunk[:-1]
            if not chunk:
                return self.readinto(buffer)
        buffer[: len(chunk)] = chunk
        return len(chunk)


def buffered(raw: BinaryIO) -> io.BufferedReader:
    """``raw`` as a buffered stream that can ``peek``."""
    return io.BufferedReader(_Adapter(raw), buffer_size=BUFFER_BYTES)


def chained(first: bytes, rest: BinaryIO) -> io.BufferedReader:
    """A stream that gives ``first`` and then what is left of ``rest``."""
    return io.BufferedReader(_Chain(first, rest), buffer_size=BUFFER_BYTES)


def gunzipped(compressed: BinaryIO, cap: int) -> io.BufferedReader:
    """The decompressed content of a gzip stream (all members), at most ``cap`` bytes."""
    return io.BufferedReader(_Capped(compressed, cap), buffer_size=BUFFER_BYTES)


def head(stream: io.BufferedReader, size: int = HEAD_BYTES) -> bytes:
    """Up to ``size`` first bytes of ``stream`` without consuming them."""
    return stream.peek(size)[:size]


def read_limited(stream: BinaryIO, limit: int) -> bytes:
    """All of ``stream``, or :class:`Rejected` ``too_large`` once it passes ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise Rejected("too_large", f"more than {limit} bytes")
    return data
