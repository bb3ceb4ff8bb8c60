"""The forward pass of a BERT encoder in numpy, with mean pooling and L2 normalisation.

Written for all-MiniLM-L6-v2 (``newsfuse.embed``): 6 layers, hidden size 384, 12 attention
heads, GELU, post-layer-norm, absolute positions; the pooled sentence vector is the mean of
the last layer's token vectors (padding left out), L2-normalised, as sentence-transformers'
``Transformer -> Pooling(mean) -> Normalize`` computes it. The weights are the model's
safetensors file read as numpy arrays; dense layers are stored transposed (``x @ w``) and the
query, key and value projections side by side (one product per layer). float32 throughout.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

Array = np.ndarray[Any, np.dtype[np.float32]]

HEADS = 12
LAYER_NORM_EPS = 1e-12
_MASKED = np.float32(-1e9)  # added to the attention scores of padding positions


@dataclass(frozen=True)
class Layer:
    qkv: Array  # (hidden, 3 * hidden): query, key, value side by side
    qkv_bias: Array
    attn_out: Array  # (hidden, hidden)
    attn_out_bias: Array
    attn_norm: tuple[Array, Array]  # layer norm weight, bias
    ffn_in: Array  # (hidden, intermediate)
    ffn_in_bias: Array
    ffn_out: Array  # (intermediate, hidden)
    ffn_out_bias: Array
    ffn_norm: tuple[Array, Array]


@dataclass(frozen=True)
class Weights:
    words: Array  # (vocabulary, hidden)
    positions: Array  # (max positions, hidden)
    token_type: Array  # (hidden,): segment 0, the only one a single sentence uses
    norm: tuple[Array, Array]
    layers: tuple[Layer, ...]
    cls_id: int
    sep_id: int


def load_weights(path: Path, tokenizer: Any) -> Weights:
    """The encoder's weights from a BERT safetensors file (Hugging Face ``BertModel`` names)."""
    from safetensors.numpy import load_file

    raw = load_file(str(path))

    def get(name: str) -> Array:
        return np.ascontiguousarray(raw[name], dtype=np.float32)

    def dense(name: str) -> Array:  # stored (out, in); kept (in, out) for x @ w
        return np.ascontiguousarray(raw[f"{name}.weight"].T, dtype=np.float32)

    def norm(name: str) -> tuple[Array, Array]:
        return get(f"{name}.LayerNorm.weight"), get(f"{name}.LayerNorm.bias")

    layers = []
    count = 1 + max(int(k.split(".")[2]) for k in raw if k.startswith("encoder.layer."))
    for i in range(count):
        p = f"encoder.layer.{i}"
        parts = ("query", "key", "value")
        layers.append(
            Layer(
                qkv=np.concatenate([dense(f"{p}.attention.self.{x}") for x in parts], axis=1),
                qkv_bias=np.concatenate([get(f"{p}.attention.self.{x}.bias") for x in parts]),
                attn_out=dense(f"{p}.attention.output.dense"),
                attn_out_bias=get(f"{p}.attention.output.dense.bias"),
                attn_norm=norm(f"{p}.attention.output"),
                ffn_in=dense(f"{p}.intermediate.dense"),
                ffn_in_bias=get(f"{p}.intermediate.dense.bias"),
                ffn_out=dense(f"{p}.output.dense"),
                ffn_out_bias=get(f"{p}.output.dense.bias"),
                ffn_norm=norm(f"{p}.output"),
            )
        )
    return Weights(
        words=get("embeddings.word_embeddings.weight"),
        positions=get("embeddings.position_embeddings.weight"),
        token_type=get("embeddings.token_type_embeddings.weight")[0].copy(),
        norm=norm("embeddings"),
        layers=tuple(layers),
        cls_id=int(tokenizer.token_to_id("[CLS]")),
        sep_id=int(tokenizer.token_to_id("[SEP]")),
    )


def _layer_norm(x: Array, weight_bias: tuple[Array, Array]) -> Array:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    out: Array = centred / np.sqrt(var + LAYER_NORM_EPS) * weight_bias[0] + weight_bias[1]
    return out


def _gelu(x: Array) -> Array:
    """GELU, ``x * Phi(x)``, with the error function of Abramowitz and Stegun 7.1.26 (absolute
    error under 1.5e-7); computed in place, ``x`` is overwritten."""
    z = np.abs(x)
    z *= np.float32(1.0 / math.sqrt(2.0))
    t = z * np.float32(0.3275911)
    t += 1.0
    np.reciprocal(t, out=t)
    q = t * np.float32(1.061405429)
    for coefficient in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        q += np.float32(coefficient)
        q *= t
    z *= z
    np.negative(z, out=z)
    np.exp(z, out=z)
    q *= z  # 1 - erf(|x| / sqrt 2)
    np.subtract(1.0, q, out=q)
    q *= np.sign(x)  # erf(x / sqrt 2)
    q += 1.0
    q *= 0.5
    x *= q
    return x


def _attention(x: Array, layer: Layer, mask: Array) -> Array:
    batch, length, hidden = x.shape
    head = hidden // HEADS
    qkv = x.reshape(batch * length, hidden) @ layer.qkv + layer.qkv_bias
    qkv = qkv.reshape(batch, length, 3, HEADS, head).transpose(2, 0, 3, 1, 4)
    q, k, v = qkv[0], qkv[1], qkv[2]  # (batch, heads, length, head)
    scores = (q @ k.transpose(0, 1, 3, 2)) * np.float32(1.0 / math.sqrt(head)) + mask
    scores -= scores.max(axis=-1, keepdims=True)
    probs = np.exp(scores)
    probs /= probs.sum(axis=-1, keepdims=True)
    context = (probs @ v).transpose(0, 2, 1, 3).reshape(batch * length, hidden)
    out: Array = (context @ layer.attn_out + layer.attn_out_bias).reshape(batch, length, hidden)
    return out


def encode(batch: Sequence[Sequence[int]], weights: Weights) -> Array:
    """One L2-normalised mean-pooled vector per sequence of word-piece ids (markers included)."""
    length = max(len(ids) for ids in batch)
    ids = np.zeros((len(batch), length), dtype=np.int64)
    present = np.zeros((len(batch), length), dtype=np.float32)
    for row, seq in enumerate(batch):
        ids[row, : len(seq)] = seq
        present[row, : len(seq)] = 1.0
    x = weights.words[ids] + weights.positions[:length] + weights.token_type
    x = _layer_norm(x, weights.norm)
    mask = ((1.0 - present) * _MASKED)[:, None, None, :].astype(np.float32)
    for layer in weights.layers:
        x = _layer_norm(x + _attention(x, layer, mask), layer.attn_norm)
        flat = x.reshape(-1, x.shape[-1])
        hidden = _gelu(flat @ layer.ffn_in + layer.ffn_in_bias) @ layer.ffn_out + layer.ffn_out_bias
        x = _layer_norm(x + hidden.reshape(x.shape), layer.ffn_norm)
    pooled = (x * present[:, :, None]).sum(axis=1) / np.maximum(present.sum(axis=1), 1.0)[:, None]
    norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
    out: Array = (pooled / norms).astype(np.float32)
    return out


@cache
def _controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_thread_ready() -> None:
    """Find the BLAS library now (about 20 ms), so ``one_thread`` costs microseconds."""
    _controller()


@contextmanager
def one_thread() -> Iterator[None]:
    """The BLAS library on one thread for the duration (products of this size gain nothing
    from more, and parallel runs use worker processes)."""
    with _controller().limit(limits=1, user_api="blas"):
        yield
