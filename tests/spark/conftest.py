"""One local[2] SparkSession for the Spark tests (startup is slow: share it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsfuse.settings import Settings


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="pyspark is not installed (extra newsfuse[spark])")
    from newsfuse.spark import spark_session

    session = spark_session(Settings(spark_master="local[2]"))
    yield session
    session.stop()
