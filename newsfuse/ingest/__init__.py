"""Ingest: read files, directories, globs and stdin into RawDocument records.

Formats (told by content and extension): plain text, HTML, JSONL / JSON, RSS / Atom, WARC, and
any of them gzip-compressed. Inputs that are not taken are Rejection records with a reason code;
docs/ingest.md lists them.
"""

from newsfuse.ingest._ingest import ingest
from newsfuse.ingest._reasons import REASONS

__all__ = ["REASONS", "ingest"]
