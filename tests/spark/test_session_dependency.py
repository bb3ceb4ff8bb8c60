"""Without pyspark, --engine spark stops with one clear DependencyError (no Spark started)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsfuse.errors import DependencyError
from newsfuse.settings import Settings
from newsfuse.spark import run_spark


def test_session_dependency_missing_pyspark(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)  # makes ``import pyspark`` fail
    with pytest.raises(DependencyError, match=r"pip install 'newsfuse\[spark\]'"):
        run_spark([str(tmp_path)], Settings(), tmp_path / "out")


def test_session_dependency_package_imports_without_pyspark() -> None:
    import newsfuse.spark

    assert newsfuse.spark.__all__ == ["run_spark", "spark_session"]
