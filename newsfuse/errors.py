"""One exception tree for newsfuse.

NewsfuseError                 root: the CLI catches it once and exits 1 with one line
├── UsageError                bad arguments or settings (CLI exit 2)
├── ConfigError               an unreadable or invalid config file / environment value
├── InputError                an input path that does not exist or cannot be read at all
├── Rejected                  one input is not taken (a signal, not a failure): it carries a
│                             short ``reason`` and is written to rejected.jsonl
├── StoreError                the SQLite store failed or has an unknown schema
├── StageError                a stage failed on one record in a way that is a bug
└── DependencyError           an optional part (spark, web, a model package) is missing
"""

from __future__ import annotations


class NewsfuseError(Exception):
    """Root of every error newsfuse raises on purpose."""


class UsageError(NewsfuseError):
    """Bad command-line arguments or settings."""


class ConfigError(NewsfuseError):
    """An invalid config file or environment value."""


class InputError(NewsfuseError):
    """An input path that does not exist or cannot be read."""


class Rejected(NewsfuseError):
    """An input that is not taken; ``reason`` is a short code such as ``empty`` or ``binary``."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class StoreError(NewsfuseError):
    """The store failed or has a schema this version does not know."""


class StageError(NewsfuseError):
    """A stage failed on one record in a way that is a bug, not bad input."""


class DependencyError(NewsfuseError):
    """An optional dependency (spark, web, the spaCy model) is not installed."""
