"""newsfuse: raw news coverage from many outlets into verified, cited event records.

The public API: the pipeline's stage functions, the run loop and the store.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "annotate",
    "clean",
    "cluster",
    "extract",
    "ingest",
    "open_store",
    "reconcile",
    "report",
    "run",
]

_LAZY = {
    "annotate": ("newsfuse.annotate", "annotate"),
    "clean": ("newsfuse.clean", "clean"),
    "cluster": ("newsfuse.cluster", "cluster"),
    "extract": ("newsfuse.extract", "extract"),
    "ingest": ("newsfuse.ingest", "ingest"),
    "open_store": ("newsfuse.store", "open_store"),
    "reconcile": ("newsfuse.reconcile", "reconcile"),
    "report": ("newsfuse.report", "render_html"),
    "run": ("newsfuse.pipeline", "run"),
}


def __getattr__(name: str) -> Any:
    """Import stage functions lazily, so ``import newsfuse`` stays fast (no spaCy load)."""
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'newsfuse' has no attribute {name!r}")
