"""Which inputs to read: files, directories (recursive, sorted), globs and stdin.

Hidden names and newsfuse's own outputs are skipped inside directories; a symlink that leaves
the given directories is not followed (rejection ``outside_input``); a file reached twice is
read once.
"""

from __future__ import annotations

import glob
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newsfuse.errors import InputError
from newsfuse.ingest._source import STDIN_NAME, Source, clean_str
from newsfuse.models import Rejection

OUTPUT_MARKER = ".newsfuse-output"
OUTPUT_FILES = frozenset({"articles.jsonl"})
OUTPUT_COMPANIONS = frozenset({"events.jsonl", "rejected.jsonl"})
STORE_SUFFIXES = (".db", ".db-wal", ".db-shm", ".db-journal", ".sqlite", ".sqlite3")
_MAGIC = re.compile(r"[*?[]")


@dataclass(frozen=True)
class Root:
    """One resolved argument: ``stdin``, a ``file`` or a ``dir``; names are relative to base."""

    kind: str
    path: Path | None = None
    base: Path | None = None


def printable(path: Path | str) -> str:
    """A path as writable text: undecodable bytes of file names become U+FFFD."""
    text = os.fsencode(path).decode("utf-8", errors="replace")
    return clean_str(text)


def _glob_base(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed = [part for part in parts[: next(i for i, p in enumerate(parts) if _MAGIC.search(p))]]
    return Path(*fixed) if fixed else Path(".")


def _root(path: Path, base: Path | None) -> Root:
    return Root("dir" if path.is_dir() else "file", path, base)


def resolve(inputs: Sequence[str]) -> list[Root]:
    """The roots named by the arguments; raises InputError for one that names nothing."""
    roots: list[Root] = []
    for arg in inputs:
        if arg == "-":
            roots.append(Root("stdin"))
        elif os.path.lexists(arg):
            roots.append(_root(Path(arg), None))
        elif _MAGIC.search(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                raise InputError(f"{arg}: the pattern matches no file")
            roots.extend(_root(Path(match), _glob_base(arg)) for match in matches)
        else:
            raise InputError(f"{arg}: no such file or directory")
    return roots


def _iso_mtime(mtime: float) -> str:
    return datetime.fromtimestamp(mtime, tz=UTC).isoformat(timespec="seconds")


def file_source(path: Path, name: str) -> Source | Rejection:
    """A Source for a file, or ``unreadable`` when it cannot be stat-ed or is not a file."""
    origin = printable(path)
    try:
        info = path.stat()
    except OSError as exc:
        return Rejection(name, origin, "unreadable", exc.strerror or str(exc))
    if not stat.S_ISREG(info.st_mode):
        return Rejection(name, origin, "unreadable", "not a regular file")
    return Source(name, origin, path, info.st_size, _iso_mtime(info.st_mtime))


def is_output_dir(path: Path) -> bool:
    """Whether a directory is one that ``newsfuse run --out`` wrote."""
    try:
        names = set(os.listdir(path))
    except OSError:
        return False
    return OUTPUT_MARKER in names or bool(OUTPUT_FILES & names and OUTPUT_COMPANIONS & names)


class Walker:
    """Turns roots into sources, remembering what was read and where symlinks may lead."""

    def __init__(self, roots: Sequence[Root]) -> None:
        self.roots = roots
        self.allowed = tuple(os.path.realpath(r.path) for r in roots if r.kind == "dir" and r.path)
        self.seen: set[str] = set()

    def sources(self) -> Iterator[Source | Rejection]:
        for root in self.roots:
            if root.path is None:
                yield Source(STDIN_NAME, STDIN_NAME)
            elif root.kind == "dir":
                self.seen.add(os.path.realpath(root.path))
                yield from self._walk(root.path, root.base or root.path)
            else:
                yield from self._file(root.path, self._name(root.path, root.base))

    def _name(self, path: Path, base: Path | None) -> str:
        if base is None:
            return printable(path.name or str(path))
        return printable(os.path.relpath(path, base)).replace(os.sep, "/")

    def _inside(self, real: str) -> bool:
        return any(
            real == top or real.startswith(top.rstrip(os.sep) + os.sep) for top in self.allowed
        )

    def _file(self, path: Path, name: str) -> Iterator[Source | Rejection]:
        real = os.path.realpath(path)
        if real not in self.seen:
            self.seen.add(real)
            yield file_source(path, name)

    def _walk(self, top: Path, base: Path) -> Iterator[Source | Rejection]:
        try:
            entries = sorted(os.scandir(top), key=lambda entry: entry.name)
        except OSError as exc:
            name = self._name(top, base)
            yield Rejection(name, printable(top), "unreadable", exc.strerror or str(exc))
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.name.endswith(STORE_SUFFIXES):
                continue
            path, name = Path(entry.path), self._name(Path(entry.path), base)
            real = os.path.realpath(path)
            if entry.is_symlink() and not self._inside(real):
                yield Rejection(name, printable(path), "outside_input", "symlink leaves the input")
            elif _is_dir(entry):
                if real not in self.seen and not is_output_dir(path):
                    self.seen.add(real)
                    yield from self._walk(path, base)
            else:
                yield from self._file(path, name)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False
