"""A small event-type classifier over sentence embeddings, trained on our own examples.

``data/type_examples.json`` holds news-style sentences written for this project from the ACLED
and CASE 2021 type definitions (no benchmark text): ``{sub_event_type: [sentence, ...]}``.
A multinomial logistic regression over their MiniLM embeddings (``newsfuse.embed``) and a few
0/1 role features (``_roles``: whether the agent is a state force, an armed group,
protesters..., scaled by ``ROLE_WEIGHT``) gives ``P(sub_event_type | text)``. A text is read
up to its first ``TYPE_TOKENS`` word pieces, about a title and a first sentence (the examples
are one sentence each, at most 32 word pieces); the role features read the same part.
The fitted weights are stored in ``data/type_model.json`` with the SHA-256 of the examples they
were fitted on, that length, the role weight and the SHA-256 of the role reader (``_roles.py``);
when one changes, the model is refitted in memory at load (``python -m
newsfuse.extract._typemodel`` writes the new weights).
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from newsfuse.embed import cut, embed, load_encoder
from newsfuse.extract import _roles
from newsfuse.settings import Settings

DATA = Path(__file__).parent / "data"
EXAMPLES = DATA / "type_examples.json"
WEIGHTS = DATA / "type_model.json"
#: inverse regularisation strength; chosen by 5-fold cross-validation on the examples alone
C = 16.0
#: word pieces of a text the classifier reads (an embedding's cost grows with its length)
TYPE_TOKENS = 48
#: scale of the 0/1 role features against the unit-length sentence vector (0: none); chosen by
#: 5-fold cross-validation on the examples alone (``benchmarks/typing_gate.py --role-weights``)
ROLE_WEIGHT = 0.25
ROLES_SOURCE = Path(_roles.__file__)

FloatArray = np.ndarray[Any, np.dtype[np.float64]]


@dataclass(frozen=True)
class TypeModel:
    """Linear softmax model: ``softmax(coef @ x + intercept)`` over ``classes``."""

    classes: tuple[str, ...]
    coef: FloatArray  # (n_classes, dimension)
    intercept: FloatArray  # (n_classes,)
    examples_sha256: str
    max_tokens: int = TYPE_TOKENS
    role_weight: float = 0.0
    roles_sha256: str = ""

    def features(self, vectors: np.ndarray[Any, Any], texts: list[str]) -> FloatArray:
        """The model's input rows: each embedding, then (with a role weight) the role
        features of the text it embeds (the part the encoder read)."""
        return design(vectors, texts, self.role_weight)

    def probabilities(self, rows: np.ndarray[Any, Any]) -> FloatArray:
        """One row of class probabilities per input row (``features``)."""
        logits = rows.astype(np.float64) @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        weights = np.exp(logits)
        out: FloatArray = weights / weights.sum(axis=1, keepdims=True)
        return out


def _examples_sha256() -> str:
    return hashlib.sha256(EXAMPLES.read_bytes()).hexdigest()


def _roles_sha256() -> str:
    return hashlib.sha256(ROLES_SOURCE.read_bytes()).hexdigest()


def design(vectors: np.ndarray[Any, Any], texts: list[str], role_weight: float) -> FloatArray:
    """``[embedding, role_weight * role features]`` per text (the embedding alone at 0)."""
    rows = np.asarray(vectors, dtype=np.float64)
    if not role_weight:
        return rows
    roles = np.array([_roles.role_features(t) for t in texts], dtype=np.float64)
    return np.hstack([rows, role_weight * roles.reshape(len(texts), len(_roles.FEATURES))])


def load_examples() -> dict[str, list[str]]:
    """The training sentences, by sub-event type."""
    data: dict[str, list[str]] = json.loads(EXAMPLES.read_text(encoding="utf-8"))
    return data


def fit(settings: Settings) -> TypeModel:
    """Fit the classifier on the examples (embeds them all: a few seconds on one core)."""
    from sklearn.linear_model import LogisticRegression

    examples = load_examples()
    texts = [text for sentences in examples.values() for text in sentences]
    labels = [sub for sub, sentences in examples.items() for _text in sentences]
    vectors = embed(texts, settings, max_tokens=TYPE_TOKENS)
    rows = design(vectors, [cut(t, settings, TYPE_TOKENS) for t in texts], ROLE_WEIGHT)
    model = LogisticRegression(C=C, max_iter=5000).fit(rows, labels)
    return TypeModel(
        classes=tuple(str(c) for c in model.classes_),
        coef=np.asarray(model.coef_, dtype=np.float64),
        intercept=np.asarray(model.intercept_, dtype=np.float64),
        examples_sha256=_examples_sha256(),
        role_weight=ROLE_WEIGHT,
        roles_sha256=_roles_sha256() if ROLE_WEIGHT else "",
    )


def _read_weights() -> TypeModel | None:
    if not WEIGHTS.is_file():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return TypeModel(
        classes=tuple(data["classes"]),
        coef=np.asarray(data["coef"], dtype=np.float64),
        intercept=np.asarray(data["intercept"], dtype=np.float64),
        examples_sha256=data["examples_sha256"],
        max_tokens=int(data.get("max_tokens", 256)),
        role_weight=float(data.get("role_weight", 0.0)),
        roles_sha256=str(data.get("roles_sha256", "")),
    )


def write_weights(model: TypeModel, path: Path = WEIGHTS) -> None:
    data = {
        "examples_sha256": model.examples_sha256,
        "C": C,
        "max_tokens": model.max_tokens,
        "role_weight": model.role_weight,
        "roles_sha256": model.roles_sha256,
        "role_features": list(_roles.FEATURES) if model.role_weight else [],
        "classes": list(model.classes),
        "intercept": [round(float(v), 5) for v in model.intercept],
        "coef": [[round(float(v), 5) for v in row] for row in model.coef],
    }
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


def fingerprint() -> tuple[str, int, float, str]:
    """What stored weights must match to be used: the examples, the length read, the role
    weight and the role reader."""
    return _examples_sha256(), TYPE_TOKENS, ROLE_WEIGHT, _roles_sha256() if ROLE_WEIGHT else ""


def _stored_fingerprint(model: TypeModel) -> tuple[str, int, float, str]:
    return model.examples_sha256, model.max_tokens, model.role_weight, model.roles_sha256


@cache
def _model() -> TypeModel:
    stored = _read_weights()
    if stored is not None and _stored_fingerprint(stored) == fingerprint():
        return stored
    return fit(Settings(progress=False))  # examples, length or roles changed since written


def load_type_model(settings: Settings) -> TypeModel:
    """The classifier, loaded (or refitted) once per process."""
    del settings
    return _model()


def require(settings: Settings) -> None:
    """Load the classifier and its encoder now (``DependencyError`` when the packages are
    missing), so that a hybrid run fails on its first article, not on the first one the rules
    happen to be unsure about. Cheap once loaded."""
    load_type_model(settings)
    load_encoder(settings)


def type_probabilities(text: str, settings: Settings) -> dict[str, float]:
    """``{sub_event_type: probability}`` for one text (its first ``TYPE_TOKENS`` word pieces)."""
    model = load_type_model(settings)
    vectors = embed([text], settings, max_tokens=TYPE_TOKENS)
    read = cut(text, settings, TYPE_TOKENS) if model.role_weight else text
    row = model.probabilities(model.features(vectors, [read]))[0]
    return {sub: float(p) for sub, p in zip(model.classes, row, strict=True)}


def main() -> int:
    """Refit on the examples and write ``data/type_model.json``."""
    model = fit(Settings(progress=False))
    write_weights(model)
    print(f"wrote {WEIGHTS} ({len(model.classes)} types)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
