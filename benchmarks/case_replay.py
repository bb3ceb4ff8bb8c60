"""CASE 2021 replay: event typing with the rule lexicon of an older commit, scored by dev half.

    python -m benchmarks.case_replay ../shared/eval/case2021 [--at COMMIT]

The lexicon and cascade in the working tree were revised while reading all of dev, so any
figure on dev that includes them is a development figure. Commit b7fe45a (the default) holds
them as they were after reading dev half 0 only: its rules, alone and in the hybrid with the
embedding classifier (trained on our own examples, never on dev), scored on half 1 give a
figure that nothing was tuned on. The classifier alone (its most likely type) is scored
first. Snippets are typed as whole texts (``main_type`` on the
snippet, which on these one-paragraph snippets gives what ``extract_case`` gives). Needs git.
``--per-label`` prints precision, recall and F1 of each label for the classifier alone and for
the replayed rules, alone and in the hybrid.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import types
from pathlib import Path

from benchmarks.extract_case import FALLBACK, half, load_case, per_label, score
from newsfuse.extract import _typing, map_external_labels
from newsfuse.extract._typemodel import type_probabilities
from newsfuse.extract.taxonomy import external_label
from newsfuse.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _module_at(commit: str, path: str, name: str, inject: dict[str, object]) -> types.ModuleType:
    source = subprocess.run(
        ["git", "show", f"{commit}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    for old, new in (
        ("from newsfuse.extract._lexicon import LEXICON", ""),
        ("from newsfuse.extract.taxonomy import PARENT", ""),
    ):
        source = source.replace(old, new)
    module = types.ModuleType(name)
    module.__dict__.update(inject)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    exec(compile(source, f"{commit}:{path}", "exec"), module.__dict__)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="the case2021 folder")
    parser.add_argument("--at", default="b7fe45a", help="commit whose rules to replay")
    parser.add_argument("--per-label", action="store_true", help="P/R/F1 of each label")
    args = parser.parse_args(argv)
    loaded = load_case(args.path)
    if loaded is None:
        return 0
    rows, labels = loaded
    mapping = map_external_labels(labels)
    gold = [r["label"] for r in rows]
    lexicon = _module_at(args.at, "newsfuse/extract/_lexicon.py", "replay_lexicon", {})
    old = _module_at(
        args.at, "newsfuse/extract/_typing.py", "replay_typing",
        {"LEXICON": lexicon.LEXICON, "PARENT": _typing.PARENT},
    )  # fmt: skip
    settings = Settings(progress=False)
    alone = []  # the classifier alone: its most likely type for each snippet
    for r in rows:
        probs = type_probabilities(r["text"], settings)
        alone.append(external_label(max(probs, key=probs.__getitem__), mapping) or FALLBACK)
    for h in (0, 1):
        idx = [i for i, r in enumerate(rows) if half(str(r["id"])) == h]
        score([gold[i] for i in idx], [alone[i] for i in idx], f"classifier h{h}")
    score(gold, alone, "classifier all")
    if args.per_label:
        per_label(gold, alone, "classifier alone, all dev")
    now = types.SimpleNamespace(guess_types=_typing.guess_types, classify=_typing.classify)
    for typing in ("rules", "hybrid"):
        for rules_name, module in (("now", now), (args.at, old)):
            # main_type and the hybrid read the rules through these two names
            _typing.guess_types, _typing.classify = module.guess_types, module.classify
            pred = []
            for r in rows:
                guess = _typing.main_type(
                    r["text"], r["text"], settings.replace(event_typing=typing)
                )
                label = external_label(guess.sub_event_type, mapping) if guess else None
                pred.append(label or FALLBACK)
            for h in (0, 1):
                idx = [i for i, r in enumerate(rows) if half(str(r["id"])) == h]
                name = f"{typing} {rules_name} h{h}"
                score([gold[i] for i in idx], [pred[i] for i in idx], name)
            score(gold, pred, f"{typing} {rules_name} all")
            if args.per_label and rules_name == args.at:
                per_label(gold, pred, f"{typing} {rules_name}, all dev")
    return 0


if __name__ == "__main__":
    sys.exit(main())
