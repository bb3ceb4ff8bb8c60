"""Clustering at scale: generated mention streams of 10k, 100k and 1M mentions.

    python benchmarks/cluster_scale.py [--sizes 10000 100000 1000000] [--per-day 250] [--repeat 3]

Each size runs in a fresh subprocess and prints the wall and CPU seconds spent in
``Clusterer.add`` (growth is taken on CPU seconds, which other load on the machine does not
inflate), mentions per CPU second, the peak resident memory of the process (``ru_maxrss``), the
clusters made and how many were still held in memory at the end; a progress line every tenth.
Targets: time grows at most 12x per 10x of stream size; 1M mentions in under 4 GiB. With
``--repeat N`` the sizes run N times, interleaved (10k, 100k, 10k, 100k, ...), and the medians are
reported (the growth is the ratio of median CPU seconds) with each run's CPU seconds: on a shared
machine one run of a size can land in a busier minute than the next size's.

The stream: ``--per-day`` mentions a day in publication order; each generated event is reported
by 1-5 articles over 0-3 days that share its rare names, place, date and counts, over a common
vocabulary of news words; a tenth of the articles also carry a background mention of an earlier
event. Nothing is read from disk.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfuse.cluster import Clusterer  # noqa: E402
from newsfuse.models import (  # noqa: E402
    Article,
    CountClaim,
    DateClaim,
    EventMention,
    Place,
    PlaceClaim,
)
from newsfuse.settings import Settings  # noqa: E402

COMMON = [f"w{i}" for i in range(3000)]  # generic news vocabulary
TOPICAL = [f"t{i}" for i in range(20000)]  # words an event's reports share
CITIES = [f"City{i}" for i in range(800)]
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "bo", "da", "fe", "gu", "ha"]
START = dt.date(2015, 1, 1).toordinal()


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(4, 5))).capitalize()


def _event(rng: random.Random, day: int) -> dict[str, object]:
    return {
        "day": day,
        "names": [_name(rng) for _ in range(3)],
        "words": rng.sample(TOPICAL, 6),
        "city": rng.choice(CITIES),
        "killed": rng.choice([0, 1, 1, 2, 3]),
        "reports": rng.choice([1, 1, 2, 2, 3, 4, 5]),
    }


def _text(rng: random.Random, ev: dict[str, object]) -> str:
    words = [rng.choice(COMMON) for _ in range(30)]
    words += [str(n) for n in ev["names"]]  # type: ignore[attr-defined]
    words += [str(w) for w in ev["words"] if rng.random() < 0.8]  # type: ignore[attr-defined]
    words += [str(ev["city"]), str(ev["city"])]
    rng.shuffle(words)
    return " ".join(words) + "."


def stream(total: int, per_day: int, seed: int = 7) -> Iterator[tuple[EventMention, Article]]:
    """``total`` mentions, ``per_day`` a day, in publication order."""
    rng = random.Random(seed)
    pending: list[tuple[int, int, dict[str, object]]] = []  # (publish day, seq, event)
    past: list[dict[str, object]] = []
    made = seq = 0
    day = START
    while made < total:
        while len(pending) < per_day * 4:
            ev = _event(rng, day + rng.randint(0, 3))
            for _ in range(int(ev["reports"])):  # type: ignore[call-overload]
                seq += 1
                pending.append((int(ev["day"]) + rng.choice([0, 0, 1, 1, 2, 3]), seq, ev))  # type: ignore[call-overload]
        pending.sort(key=lambda p: (p[0], p[1]))
        today, pending = pending[:per_day], pending[per_day:]
        for pub, n, ev in today:
            made += 1
            yield from _one(rng, pub, n, ev, past)
            if made >= total:
                return
        past = (past + [ev for _, _, ev in today])[-5000:]
        day += 1


def _one(
    rng: random.Random, pub: int, n: int, ev: dict[str, object], past: list[dict[str, object]]
) -> Iterator[tuple[EventMention, Article]]:
    iso = dt.date.fromordinal(pub).isoformat()
    text = _text(rng, ev)
    art = Article(id=f"a{n}", input_id=f"a{n}", text=text, published=iso)
    yield _mention(art, "m0", True, ev), art
    if past and rng.random() < 0.1:
        yield _mention(art, "m1", False, rng.choice(past)), art


def _mention(art: Article, suffix: str, main: bool, ev: dict[str, object]) -> EventMention:
    day = dt.date.fromordinal(int(ev["day"])).isoformat()  # type: ignore[call-overload]
    return EventMention(
        id=f"{art.id}#{suffix}",
        article_id=art.id,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        is_main=main,
        date=DateClaim(day, day, "day", "absolute"),
        place=PlaceClaim(Place(str(ev["city"]), city=str(ev["city"]), country="US")),
        counts=(CountClaim("killed", int(ev["killed"])),),  # type: ignore[call-overload]
        published=art.published,
    )


def measure(size: int, per_day: int) -> None:
    """Cluster one generated stream; prints a CHECK line every tenth and a RESULT line."""
    clusterer = Clusterer(Settings(progress=False))
    wall = cpu = 0.0
    step = max(size // 10, 1)
    for n, (mention, art) in enumerate(stream(size, per_day), 1):
        t0, c0 = time.perf_counter(), time.process_time()
        clusterer.add(mention, art)
        wall += time.perf_counter() - t0
        cpu += time.process_time() - c0
        if n % step == 0 and n < size:
            print(f"CHECK {n} {wall:.2f} {cpu:.2f} {_peak_gib():.3f}", flush=True)
    held = clusterer.open_count()
    made = len(clusterer.clusters())
    print(f"RESULT {size} {wall:.2f} {cpu:.2f} {_peak_gib():.3f} {made} {held}", flush=True)


def _peak_gib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024  # KiB -> GiB


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--per-day", type=int, default=250)
    ap.add_argument("--repeat", type=int, default=1, help="runs per size; medians are reported")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # run one size in this process
    args = ap.parse_args()
    if args.one:
        measure(args.one, args.per_day)
        return 0
    head = ("mentions", "wall s", "cpu s", "per cpu s", "peak GiB", "growth")
    runs: dict[int, list[tuple[float, float, float, int, int]]] = {n: [] for n in args.sizes}
    for _ in range(max(args.repeat, 1)):  # interleaved, so every size meets the same load
        for size in args.sizes:
            runs[size].append(_run(size, args.per_day, args.repeat > 1))
    print("{:>10} {:>8} {:>8} {:>9} {:>9} {:>7}".format(*head))
    prev: float | None = None
    for size in args.sizes:
        mine = runs[size]
        wall, cpu, peak = (statistics.median(r[i] for r in mine) for i in range(3))
        made, held = mine[0][3], mine[0][4]
        growth = "" if prev is None else f"{cpu / prev:.1f}x"
        spread = "" if len(mine) == 1 else f", cpu s of each run {[round(r[1], 1) for r in mine]}"
        print(
            f"{size:>10} {wall:>8.1f} {cpu:>8.1f} {size / max(cpu, 1e-9):>9.0f} {peak:>9.2f}"
            f" {growth:>7}   ({made} clusters, {held} held at the end{spread})",
            flush=True,
        )
        prev = cpu
    return 0


def _run(size: int, per_day: int, quiet: bool) -> tuple[float, float, float, int, int]:
    """One size in a fresh subprocess: (wall s, cpu s, peak GiB, clusters, held at the end)."""
    cmd = [sys.executable, __file__, "--one", str(size), "--per-day", str(per_day)]
    result = (0.0, 0.0, 0.0, 0, 0)
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("CHECK") and not quiet:
                _, n, wall, cpu, peak = line.split()
                print(f"  ... {int(n):>8} mentions: {float(cpu):.1f} cpu s, peak {peak} GiB")
            elif line.startswith("RESULT"):
                _, _n, wall, cpu, peak, made, held = line.split()
                result = (float(wall), float(cpu), float(peak), int(made), int(held))
    return result


if __name__ == "__main__":
    raise SystemExit(main())
