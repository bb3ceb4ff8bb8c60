"""End to end: `newsfuse run` writes every contract file, and a second run adds nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsfuse.cli import main

CONTRACT_FILES = (
    "articles.jsonl", "events.jsonl", "rejected.jsonl", "report.html", "events.csv",
    "events.geojson", "events.parquet", "mentions.jsonl", "clusters.jsonl",
)  # fmt: skip

pytestmark = pytest.mark.slow


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_run_on_seeds_writes_every_contract_file(shared_dir: Path, tmp_path: Path) -> None:
    seeds = shared_dir / "corpus" / "seeds"
    out = tmp_path / "out"
    assert main(["run", str(seeds), "--out", str(out), "--no-progress"]) == 0
    for name in CONTRACT_FILES:
        assert (out / name).is_file(), name
    articles = _lines(out / "articles.jsonl")
    assert len(articles) == 5
    events = {e["id"]: e for e in _lines(out / "events.jsonl")}
    for art in articles:
        assert art["main_event_id"] in events
        assert set(art) >= {"id", "input_id", "outlet", "title", "published", "text"}


def test_run_twice_on_one_store_is_identical(repo_dir: Path, tmp_path: Path) -> None:
    examples = repo_dir / "examples" / "corpus"
    db = tmp_path / "store.db"
    outs = [tmp_path / "a", tmp_path / "b"]
    for out in outs:
        args = ["run", str(examples), "--out", str(out), "--db", str(db), "--no-progress"]
        assert main(args) == 0
    for name in ("articles.jsonl", "events.jsonl", "rejected.jsonl", "events.csv"):
        assert (outs[0] / name).read_text() == (outs[1] / name).read_text(), name
    conn = sqlite3.connect(db)
    n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    n_inputs = conn.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0]
    assert n_articles == n_inputs == len(_lines(outs[0] / "articles.jsonl"))


def test_run_until_clean_writes_articles_only(repo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "c"
    assert (
        main(["run", str(repo_dir / "examples" / "corpus"), "--out", str(out), "--until", "clean"])
        == 0
    )
    assert _lines(out / "articles.jsonl")
    assert not (out / "events.jsonl").exists()


def test_run_reads_jsonl_from_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    line = {
        "id": "wire-1",
        "title": "Two hurt as storm topples scaffolding in Brindle",
        "published": "2025-05-02",
        "outlet": "Brindle Courier",
        "text": "Two people were injured on Thursday when high winds brought down scaffolding "
        "on Mill Street in Brindle, the fire service said. Both were taken to hospital.",
        "desk": "metro",
    }
    data = (json.dumps(line) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    out = tmp_path / "s"
    assert main(["run", "-", "--out", str(out), "--no-progress"]) == 0
    (art,) = _lines(out / "articles.jsonl")
    assert art["input_id"] == "wire-1" and art["outlet"] == "Brindle Courier"
    assert art["extra"] == {"desk": "metro"}


def test_run_with_two_workers_equals_one(repo_dir: Path, tmp_path: Path) -> None:
    examples = str(repo_dir / "examples" / "corpus")
    outs = [tmp_path / "w1", tmp_path / "w2"]
    for out, workers in zip(outs, ("1", "2"), strict=True):
        assert (
            main(["run", examples, "--out", str(out), "--workers", workers, "--no-progress"]) == 0
        )
    for name in ("articles.jsonl", "mentions.jsonl", "events.jsonl"):
        assert (outs[0] / name).read_text() == (outs[1] / name).read_text(), name
