"""Hybrid typing gate: when should the rules ask the embedding classifier? Chosen on our own
examples, cross-validated; its cost read as the share of news articles that get embedded.

    python -m benchmarks.typing_gate [--at COMMIT] [--gvdb ../shared/eval/gvdb/dev.jsonl]
                                     [--gva ../shared/eval/gva/dev]

The classifier is refitted 5 times on four fifths of ``type_examples.json`` and gives
probabilities for the held-out fifth; the rules (of the working tree, and of ``--at``, default
b7fe45a) type the same sentences. For each candidate gate (``_hybrid.rules_unsure`` with a
``close`` ratio and a set of generic types) it prints the accuracy of "rules, with the classifier
where unsure" and how often the classifier was asked. With ``--gvdb``/``--gva`` it also prints
how often each gate would embed the lead of a news article (cached spaCy parses; no dev label is
read), which is what the gate costs in extract's throughput. ``--role-weights`` instead prints
the held-out accuracy of the classifier alone for each weight of its role features (``_roles``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from benchmarks.case_replay import _module_at
from newsfuse.embed import cut, embed
from newsfuse.extract import _hybrid, _typemodel, _typing
from newsfuse.extract._typing import TypeGuess
from newsfuse.extract.taxonomy import PARENT
from newsfuse.settings import Settings

Guesser = Callable[[str], list[TypeGuess]]
CLOSES = (0.01, 0.4, 0.5, 0.6, 0.75, 1.0)
ROLE_WEIGHTS = (0.0, 0.1, 0.15, 0.25, 0.35, 0.5)
#: the types that who acts on whom decides (the role features' purpose)
ROLE_TYPES = _hybrid.ROLE_DECIDED
#: candidate generic sets: always ask the classifier when the rules' best type is one of them
GENERICS: tuple[frozenset[str], ...] = (
    frozenset(),
    frozenset({"Attack"}),
    frozenset({"Attack"}) | ROLE_TYPES,
)


def held_out_probabilities(
    texts: list[str], labels: list[str], settings: Settings, role_weight: float | None = None
) -> np.ndarray:
    """Class probabilities of each example from a classifier fitted on the other folds, over
    the embedding and the role features (weight ``role_weight``, default the model's)."""
    weight = _typemodel.ROLE_WEIGHT if role_weight is None else role_weight
    vectors = embed(texts, settings, max_tokens=_typemodel.TYPE_TOKENS)
    read = [cut(t, settings, _typemodel.TYPE_TOKENS) for t in texts]
    rows = _typemodel.design(vectors, read, weight)
    y = np.array(labels)
    out = np.zeros((len(texts), len(set(labels))))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(rows, y):
        model = LogisticRegression(C=_typemodel.C, max_iter=5000).fit(rows[train], y[train])
        out[test] = model.predict_proba(rows[test])
    return out


def role_weight_table(texts: list[str], labels: list[str], settings: Settings) -> None:
    """Held-out accuracy of the classifier alone for each candidate role weight (all examples,
    and those of the types told apart by who acts: ``ROLE_TYPES``)."""
    y = np.array(labels)
    classes = sorted(set(labels))
    told = np.isin(y, list(ROLE_TYPES))
    for weight in ROLE_WEIGHTS:
        probs = held_out_probabilities(texts, labels, settings, weight)
        pred = np.array(classes)[probs.argmax(axis=1)]
        print(f"role weight {weight:<5}  accuracy {np.mean(pred == y):.3f}  "
              f"role-decided types {np.mean(pred[told] == y[told]):.3f}")  # fmt: skip


def news_leads(gvdb: Path | None, gva: Path | None, settings: Settings) -> dict[str, list[str]]:
    """The leads extract types in each corpus (recorded, typed by the rules meanwhile)."""
    from benchmarks import extract_gvdb, reconcile_gva

    leads: dict[str, list[str]] = {}
    real = _hybrid.hybrid_guess

    def record(name: str) -> None:
        seen = leads.setdefault(name, [])

        def fake(text: str, settings: Settings) -> TypeGuess | None:
            seen.append(text)
            return _typing.classify(text)

        _hybrid.hybrid_guess = fake

    try:
        if gvdb is not None and gvdb.is_file():
            record("gvdb")
            extract_gvdb.predict(extract_gvdb.load(gvdb, None), settings)
        if gva is not None and gva.is_dir():
            record("gva")
            _incidents, rows = reconcile_gva.load(gva, None)
            for _item in reconcile_gva._process([reconcile_gva._raw(r) for r in rows.values()],
                                                settings):  # fmt: skip
                pass
    finally:
        _hybrid.hybrid_guess = real
    return leads


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--at", default="b7fe45a", help="older rules to score too")
    parser.add_argument("--gvdb", type=Path, default=None, help="gvdb/dev.jsonl")
    parser.add_argument("--gva", type=Path, default=None, help="the gva/dev folder")
    parser.add_argument(
        "--role-weights", action="store_true", help="only the role-weight table (slow: minutes)"
    )
    args = parser.parse_args(argv)
    settings = Settings(progress=False)
    examples = _typemodel.load_examples()
    texts = [t for sentences in examples.values() for t in sentences]
    labels = [sub for sub, sentences in examples.items() for _t in sentences]
    if args.role_weights:
        role_weight_table(texts, labels, settings)
        return 0
    probs = held_out_probabilities(texts, labels, settings)
    classes = sorted(examples)
    lexicon = _module_at(args.at, "newsfuse/extract/_lexicon.py", "replay_lexicon", {})
    old = _module_at(
        args.at, "newsfuse/extract/_typing.py", "replay_typing",
        {"LEXICON": lexicon.LEXICON, "PARENT": PARENT},
    )  # fmt: skip
    rules: dict[str, Guesser] = {"now": _typing.guess_types, args.at: old.guess_types}
    guessed = {name: [g(t) for t in texts] for name, g in rules.items()}
    leads = news_leads(args.gvdb, args.gva, settings)
    news = {name: [_typing.guess_types(t) for t in ts] for name, ts in leads.items()}
    print(f"{len(texts)} examples, 5-fold; news leads: "
          + ", ".join(f"{k} {len(v)}" for k, v in leads.items()))  # fmt: skip
    gates: list[tuple[str, Callable[[list[TypeGuess]], bool]]] = [
        ("never (rules)", lambda g: False),
        ("always", lambda g: True),
    ]
    for generic in GENERICS:
        for close in CLOSES:
            extra = "Attack" if generic == {"Attack"} else "Attack+roles"
            name = f"close {close:.2f}" + (f" +{extra}" if generic else "")
            gates.append((name, partial(_hybrid.rules_unsure, close=close, generic=generic)))
    for name, gate in gates:
        cells = []
        for rules_name, per_text in guessed.items():
            right = asked = 0
            for i, guesses in enumerate(per_text):
                if gate(guesses):
                    asked += 1
                    p = dict(zip(classes, probs[i], strict=True))
                    guess = _hybrid.combine(guesses, p, len(texts[i]))
                else:
                    guess = guesses[0] if guesses else None
                right += guess is not None and guess.sub_event_type == labels[i]
            cells.append(
                f"{rules_name} acc {right / len(texts):.3f} asked {asked / len(texts):.2f}"
            )
        cells += [f"{k} {np.mean([gate(g) for g in v]):.2f}" for k, v in news.items()]
        print(f"{name:22s}  " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
