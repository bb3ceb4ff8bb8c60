"""Crash safety: `newsfuse run` killed with SIGKILL at random points, then run to completion,
leaves the same store and outputs as an uninterrupted run. Two runs at once lose nothing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

KILLS = 4


def _cmd(inputs: Path, out: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "newsfuse", "run", str(inputs), "--out", str(out),
            "--db", str(db), "--no-progress", "--batch-size", "2"]  # fmt: skip


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return {
            "articles": conn.execute("SELECT id, record FROM articles ORDER BY id").fetchall(),
            "mentions": conn.execute("SELECT * FROM mentions ORDER BY 1").fetchall(),
            "events": conn.execute("SELECT id, contract FROM events ORDER BY id").fetchall(),
            "rejections": conn.execute("SELECT * FROM rejections ORDER BY 1, 2").fetchall(),
        }
    finally:
        conn.close()


def test_crash_resume_equals_uninterrupted_run(repo_dir: Path, tmp_path: Path) -> None:
    examples = repo_dir / "examples" / "corpus"
    ref_db, ref_out = tmp_path / "ref.db", tmp_path / "ref"
    started = time.monotonic()
    subprocess.run(_cmd(examples, ref_out, ref_db), check=True, capture_output=True)
    full = time.monotonic() - started

    db, out = tmp_path / "crash.db", tmp_path / "crash"
    rng = random.Random(7)
    survived = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(_cmd(examples, out, db), stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 0.9) * full)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            survived += 1
        proc.wait()
    subprocess.run(_cmd(examples, out, db), check=True, capture_output=True)
    print(f"kill-points survived: {survived} of {KILLS}")
    assert _rows(db) == _rows(ref_db)
    for name in ("articles.jsonl", "events.jsonl", "rejected.jsonl"):
        assert (out / name).read_text() == (ref_out / name).read_text(), name


def test_two_runs_at_once_on_one_store(repo_dir: Path, tmp_path: Path) -> None:
    files = sorted(p for p in (repo_dir / "examples" / "corpus").rglob("*") if p.is_file())
    half_a, half_b = tmp_path / "a", tmp_path / "b"
    half_a.mkdir()
    half_b.mkdir()
    for i, path in enumerate(files):
        if path.suffix in {".md"} or path.name == "gold.json":
            continue
        target = (half_a if i % 2 else half_b) / path.name
        target.write_bytes(path.read_bytes())
    db = tmp_path / "shared.db"
    procs = [
        subprocess.Popen(_cmd(src, tmp_path / f"out-{src.name}", db), stderr=subprocess.PIPE)
        for src in (half_a, half_b)
    ]
    errs = [p.communicate()[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    assert not any("locked" in e for e in errs)
    rows = _rows(db)
    ids = [r[0] for r in rows["articles"]]
    assert len(ids) == len(set(ids))
    assert len(rows["mentions"]) == len(ids)
