"""--engine spark writes the same events, counts and article assignments as the local run."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from newsfuse.pipeline import run
from newsfuse.settings import Settings
from newsfuse.spark import run_spark

pytestmark = pytest.mark.spark
REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("NEWSFUSE_SHARED", REPO.parent / "shared"))

SETTINGS = Settings(progress=False, reference_time="2026-01-01T00:00:00", spark_cluster_days=7)
# Decision scores use streaming document frequencies, which a time window sees only in part:
# the same decisions, with slightly different scores (docs/scale.md).
SCORED = {"decisions"}


def _rows(out: Path, name: str) -> list[dict[str, Any]]:
    with (out / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _both(inputs: list[str], tmp_path: Path, spark: Any) -> tuple[Path, Path]:
    local, distributed = tmp_path / "local", tmp_path / "spark"
    run(inputs, SETTINGS, local)
    run_spark(inputs, SETTINGS, distributed, session=spark)
    return local, distributed


def _links(out: Path) -> list[tuple[str, str | None, list[str]]]:
    rows = _rows(out, "articles.jsonl")
    return [(a["input_id"], a["main_event_id"], a["event_ids"]) for a in rows]


def _assert_same(local: Path, distributed: Path) -> None:
    want, got = _rows(local, "events.jsonl"), _rows(distributed, "events.jsonl")
    assert [e["id"] for e in got] == [e["id"] for e in want]
    assert [e["counts"] for e in got] == [e["counts"] for e in want]
    assert [e["article_ids"] for e in got] == [e["article_ids"] for e in want]
    strip = [{k: v for k, v in e.items() if k not in SCORED} for e in want]
    assert [{k: v for k, v in e.items() if k not in SCORED} for e in got] == strip
    assert _links(distributed) == _links(local)
    assert _rows(distributed, "mentions.jsonl") == _rows(local, "mentions.jsonl")
    assert _rows(distributed, "rejected.jsonl") == _rows(local, "rejected.jsonl")
    assert (distributed / "events.parquet").is_file()


def _reopened(out: Path) -> set[str]:
    """Mentions that reopened an archived event (which an earlier partition may hold)."""
    rows = _rows(out, "clusters.jsonl")
    return {
        d["mention_id"]
        for c in rows
        for d in c["decisions"]
        if d["reason"].startswith("reopened from the archive")
    }


def _groups(out: Path, leave_out: set[str]) -> set[frozenset[str]]:
    rows = _rows(out, "clusters.jsonl")
    groups = (frozenset(c["mention_ids"]) - leave_out for c in rows)
    return {g for g in groups if g}


def test_spark_equivalence_on_examples(spark: Any, tmp_path: Path) -> None:
    """7-day partitions: the same mentions, and every mention in the same event as locally,
    except a dated report that reopens an archived event of an earlier partition, which a
    partition cannot see (docs/scale.md, "Limits")."""
    local, distributed = _both([str(REPO / "examples" / "corpus")], tmp_path, spark)
    late = _reopened(local)
    assert _groups(distributed, late) == _groups(local, late)
    assert _rows(distributed, "mentions.jsonl") == _rows(local, "mentions.jsonl")
    assert _rows(distributed, "rejected.jsonl") == _rows(local, "rejected.jsonl")
    assert len(late) <= 2  # the example corpus has few such late reports


def test_spark_equivalence_one_window_is_exact_on_examples(spark: Any, tmp_path: Path) -> None:
    # one time partition longer than the corpus: the clustering is the local run's, scores too
    inputs = [str(REPO / "examples" / "corpus")]
    wide = SETTINGS.replace(spark_cluster_days=100_000)
    run(inputs, wide, tmp_path / "local")
    run_spark(inputs, wide, tmp_path / "spark", session=spark)
    for name in ("events.jsonl", "clusters.jsonl", "articles.jsonl", "mentions.jsonl"):
        assert _rows(tmp_path / "spark", name) == _rows(tmp_path / "local", name), name


def test_spark_equivalence_on_seeds(spark: Any, tmp_path: Path) -> None:
    seeds = SHARED / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"seed pages not found at {seeds} (set NEWSFUSE_SHARED)")
    local, distributed = _both([str(seeds)], tmp_path, spark)
    _assert_same(local, distributed)


def test_spark_run_again_adds_nothing(spark: Any, tmp_path: Path) -> None:
    inputs = [str(REPO / "examples" / "corpus" / "18_meridian_wire_export.jsonl")]
    first = run_spark(inputs, SETTINGS, tmp_path, session=spark)
    again = run_spark(inputs, SETTINGS, tmp_path, session=spark)
    assert first.new_articles == 3 and again.new_articles == 0
    assert again.articles == first.articles and again.events == first.events


def test_spark_reads_a_hadoop_uri_like_a_local_path(spark: Any, tmp_path: Path) -> None:
    path = REPO / "examples" / "corpus" / "18_meridian_wire_export.jsonl"
    run([str(path)], SETTINGS, tmp_path / "local", until="clean")
    run_spark([path.as_uri()], SETTINGS, tmp_path / "uri", until="clean", session=spark)

    def fields(out: Path) -> list[tuple[str, str, str]]:
        return [(a["input_id"], a["title"], a["text"]) for a in _rows(out, "articles.jsonl")]

    assert fields(tmp_path / "uri") == fields(tmp_path / "local")
    assert len(fields(tmp_path / "uri")) == 3


def test_spark_missing_uri_is_an_input_error(spark: Any, tmp_path: Path) -> None:
    from newsfuse.errors import InputError

    missing = (tmp_path / "nothing-here").as_uri()
    with pytest.raises(InputError, match="cannot read"):
        run_spark([missing], SETTINGS, tmp_path / "out", session=spark)
