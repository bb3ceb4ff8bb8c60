"""The SQLite store: the only place with SQL. One writer at a time (WAL), many readers."""

from newsfuse.store._store import Store, open_store

__all__ = ["Store", "open_store"]
