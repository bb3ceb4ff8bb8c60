"""Speed of newsfuse against the bare spaCy pipeline, one process, a pool and Spark.

    python benchmarks/speed_bench.py ../shared/eval/gva/dev [--limit N] [--modes M,...]
                                     [--profile]

Takes the first N articles (default 400) of ``gva/dev/articles.jsonl`` and, in one run on the
same texts, times each mode in its own child process while sampling the memory of the child's
whole process tree (pool workers, the Spark JVM and its Python workers included):

    bare      spaCy ``nlp.pipe`` over the texts (the model as packaged, batch 32)
    local     ``newsfuse run`` in one process (ingest to report), with per-stage time shares
    workers2  ``newsfuse run --workers 2``
    spark     ``newsfuse run --engine spark`` on local[2] (session start-up timed apart)

``cpu s`` is the CPU time of the timed part, pool workers included (not for Spark, whose JVM
and workers are not this process's children): on a shared machine it shows the work apart
from the waiting. Model loading is not timed for ``bare``, ``local`` and ``workers2``: the
last two call the pipeline's ``warm_up`` (model and place index) before the clock, and the
pool's run then forks its workers from that warmed-up process, as ``newsfuse run --workers 2``
does (it warms up in the parent, then forks). Spark loads its models inside the timed run.
``--profile`` runs the local mode once more under cProfile and prints the top functions (that
run's time is not in the table: the profiler slows Python code down).
Skips when the data is missing.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
MODES = ("bare", "local", "workers2", "spark")
PROFILE = "profile"  # the local run again, under cProfile (its time is not in the table)
STAGES = ("ingest", "clean", "spacy", "annotate", "extract", "cluster", "reconcile", "write")


# --- the parent: children, memory, the table --------------------------------------------------


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants (read from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/status", encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def _child(mode: str, data: Path, work: Path) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", mode, str(data), "--work", str(work)]
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    )
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        return {"mode": mode, "error": (err or out).strip().splitlines()[-1:]}
    result: dict[str, Any] = json.loads(lines[-1])
    result["peak_mib"] = peak / 2**20
    result["log"] = [line for line in out.splitlines() if not line.startswith("{")]
    return result


def _table(results: list[dict[str, Any]]) -> None:
    by_mode = {r["mode"]: r for r in results if "error" not in r}
    head = f"{'mode':10s} {'articles':>8s} {'seconds':>8s} {'art/s':>8s} {'cpu s':>7s}"
    print(f"{head} {'peak MiB':>9s}  note")
    for r in results:
        if "error" in r:
            print(f"{r['mode']:10s} failed: {r['error']}")
            continue
        rate = r["articles"] / r["seconds"]
        note = r.get("note", "")
        cpu = f"{r['cpu']:7.1f}" if "cpu" in r else f"{'n/a':>7s}"
        print(
            f"{r['mode']:10s} {r['articles']:8d} {r['seconds']:8.1f} {rate:8.2f} {cpu} "
            f"{r['peak_mib']:9.0f}  {note}"
        )

    def rate(mode: str) -> float | None:
        r = by_mode.get(mode)
        return r["articles"] / r["seconds"] if r else None

    bare, local, pool, spark = (rate(m) for m in MODES)
    if bare and local:
        print(f"single process / bare spaCy: {local / bare:.2f}  (target >= 0.70)")
    if local and pool:
        print(f"2 workers / single process:  {pool / local:.2f}  (target >= 1.70)")
        extra = by_mode["workers2"]["cpu"] / by_mode["local"]["cpu"]
        print(f"2 workers' CPU seconds / single process's: {extra:.2f} (pool overhead)")
    if local and spark:
        print(f"spark local[2] / single:     {spark / local:.2f}")
    stages = by_mode.get("local", {}).get("stages")
    if stages:
        total = by_mode["local"]["seconds"]
        print("per-stage time shares (single process):")
        for name, secs in sorted(stages.items(), key=lambda kv: -kv[1]):
            print(f"  {name:10s} {secs:7.1f}s {100 * secs / total:5.1f}%")
    for r in results:
        for line in r.get("log", []):
            print(line)


def _assignments(out: Path) -> dict[str, tuple[Any, Any]]:
    with (out / "articles.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return {r["input_id"]: (r["main_event_id"], r["event_ids"]) for r in rows}


def _compare(local: Path, spark: Path) -> None:
    """How far the Spark run's events equal the single-process run's (same input)."""
    if not ((local / "events.jsonl").is_file() and (spark / "events.jsonl").is_file()):
        return
    want, got = _assignments(local), _assignments(spark)
    same = sum(1 for k, v in want.items() if got.get(k) == v)
    print(f"spark vs single process: {same}/{len(want)} articles with the same event ids")
    ea, eb = _events(local), _events(spark)
    same_events = sum(1 for e in eb if e in ea)
    print(f"  events: {len(ea)} vs {len(eb)}; {same_events} equal (all fields but decisions)")


def _events(out: Path) -> list[dict[str, Any]]:
    with (out / "events.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [{k: v for k, v in r.items() if k != "decisions"} for r in rows]


def _subset(path: Path, limit: int, work: Path) -> tuple[Path, int]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if len(rows) >= limit:
                break
            if line.strip():
                rows.append(json.loads(line))
    data = work / "articles.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return data, len(rows)


# --- the children: one mode each --------------------------------------------------------------


def _timer(acc: Counter[str], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            acc[name] += time.perf_counter() - started

    return timed


def _timed_iter(acc: Counter[str], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
        it = iter(fn(*args, **kwargs))
        while True:
            started = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                acc[name] += time.perf_counter() - started
                return
            acc[name] += time.perf_counter() - started
            yield item

    return timed


def _instrument(acc: Counter[str]) -> None:
    """Wrap the stage functions the pipeline calls so that their time is added up."""
    import newsfuse.annotate
    import newsfuse.annotate._core as core
    import newsfuse.clean
    import newsfuse.cluster
    import newsfuse.extract
    import newsfuse.ingest
    import newsfuse.reconcile
    from newsfuse import outputs

    newsfuse.ingest.ingest = _timed_iter(acc, "ingest", newsfuse.ingest.ingest)  # type: ignore[assignment]
    newsfuse.clean.clean = _timer(acc, "clean", newsfuse.clean.clean)  # type: ignore[assignment]
    newsfuse.clean.recurring_lines = _timer(acc, "clean", newsfuse.clean.recurring_lines)  # type: ignore[assignment]
    core._from_doc = _timer(acc, "annotate", core._from_doc)  # type: ignore[assignment]
    newsfuse.annotate.annotate_many = _timed_iter(acc, "spacy", newsfuse.annotate.annotate_many)  # type: ignore[assignment]
    newsfuse.extract.extract = _timer(acc, "extract", newsfuse.extract.extract)  # type: ignore[assignment]
    newsfuse.cluster.cluster = _timer(acc, "cluster", newsfuse.cluster.cluster)  # type: ignore[assignment]
    newsfuse.reconcile.reconcile = _timer(acc, "reconcile", newsfuse.reconcile.reconcile)  # type: ignore[assignment]
    outputs.write_outputs = _timer(acc, "write", outputs.write_outputs)  # type: ignore[assignment]


def _cpu() -> float:
    """CPU seconds of this process and its reaped children (pool workers once shut down)."""
    me, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _run_child(mode: str, data: Path, work: Path) -> dict[str, Any]:
    from newsfuse.settings import Settings

    settings = Settings(progress=False, reference_time="2018-01-01T00:00:00")
    out = work / mode
    result: dict[str, Any] = {"mode": mode}
    if mode == "bare":
        import spacy

        texts = [json.loads(line)["text"] for line in data.open(encoding="utf-8")]
        nlp = spacy.load(settings.spacy_model)
        started, cpu = time.perf_counter(), _cpu()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        result["cpu"] = _cpu() - cpu
        return {**result, "seconds": time.perf_counter() - started, "articles": len(texts)}
    if mode == "spark":
        from newsfuse.spark import run_spark, spark_session

        started = time.perf_counter()
        session = spark_session(settings)
        result["note"] = f"session start-up {time.perf_counter() - started:.1f}s not counted"
        started = time.perf_counter()
        summary = run_spark([str(data)], settings, out, session=session)
        result["seconds"] = time.perf_counter() - started
        session.stop()
        return {**result, "articles": summary.read}
    from newsfuse.pipeline import run, warm_up

    stages: Counter[str] = Counter()
    if mode == "workers2":
        settings = settings.replace(workers=2)
    # the pipeline's own warm-up (model and place index), before the clock in every mode: the
    # pool's run calls it again (cached) and forks its workers from this warmed-up process
    warm_up(settings)
    if mode == "local":
        _instrument(stages)
    profiler = cProfile.Profile() if mode == PROFILE else None
    started, cpu = time.perf_counter(), _cpu()
    if profiler is not None:
        profiler.enable()
    summary = run([str(data)], settings, out)
    if profiler is not None:
        profiler.disable()
    result["seconds"] = time.perf_counter() - started
    result["cpu"] = _cpu() - cpu
    result["articles"] = summary.read
    if stages:
        spacy_only = stages["spacy"] - stages["annotate"]
        stages["spacy"] = spacy_only
        stages["other"] = result["seconds"] - sum(stages.values())
        result["stages"] = dict(stages)
    if profiler is not None:
        stats = pstats.Stats(profiler, stream=sys.stdout)
        print("cProfile, single process, top 25 by own time:")
        stats.sort_stats("tottime").print_stats(25)
        print("cProfile, single process, top 25 by cumulative time:")
        stats.sort_stats("cumulative").print_stats(25)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("path", type=Path, help="../shared/eval/gva/dev (or its articles.jsonl)")
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--child", choices=(*MODES, PROFILE), help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_run_child(args.child, args.path, args.work)))
        return 0
    path = args.path / "articles.jsonl" if args.path.is_dir() else args.path
    if not path.is_file():
        print(f"skip: {path} not found (pass ../shared/eval/gva/dev)")
        return 0
    with tempfile.TemporaryDirectory(prefix="newsfuse-speed-") as tmp:
        work = Path(tmp)
        data, n = _subset(path, args.limit, work)
        print(f"{n} articles from {path}, {os.cpu_count()} cores")
        modes = [m for m in args.modes.split(",") if m]
        _table([_child(m, data, work) for m in modes])
        _compare(work / "local", work / "spark")
        if args.profile:
            for line in _child(PROFILE, data, work).get("log", []):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
