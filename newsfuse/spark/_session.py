"""The SparkSession: pyspark is imported here, lazily, so newsfuse works without the extra."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from newsfuse.errors import DependencyError
from newsfuse.settings import Settings

INSTALL_HINT = "--engine spark needs PySpark: pip install 'newsfuse[spark]' (and Java 17)"
LOCAL_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.sql.shuffle.partitions": "4",
    "spark.default.parallelism": "",  # filled from the master: one task per core
}


def require_pyspark() -> Any:
    """The ``pyspark`` module, or a DependencyError with the install line."""
    try:
        import pyspark
    except ImportError:
        raise DependencyError(INSTALL_HINT) from None
    return pyspark


def _local_cores(master: str) -> int:
    inside = master[len("local[") : -1] if master.startswith("local[") else "1"
    if inside == "*":
        return os.cpu_count() or 1
    return int(inside or 1)


def spark_session(settings: Settings) -> Any:
    """The active SparkSession, else a new one on ``settings.spark_master``.

    A local master binds to 127.0.0.1 with the UI off; its Python workers use this interpreter
    and see this checkout of newsfuse. On a cluster, install ``newsfuse[spark]`` on every node.
    """
    require_pyspark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    master = settings.spark_master
    builder = SparkSession.builder.master(master).appName("newsfuse")
    builder = builder.config("spark.pyspark.python", sys.executable)
    if master.startswith("local"):
        conf = dict(LOCAL_CONF, **{"spark.default.parallelism": str(_local_cores(master))})
        for key, value in conf.items():
            builder = builder.config(key, value)
        root = str(Path(__file__).resolve().parents[2])
        path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)
        builder = builder.config("spark.executorEnv.PYTHONPATH", path)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # the JVM could not start: no Java, a bad master URL
        raise DependencyError(f"cannot start Spark on {master!r}: {exc}"[:400]) from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark
