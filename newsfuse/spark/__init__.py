"""spark: the same stage functions on a Spark cluster (extra ``newsfuse[spark]``).

    run_spark(inputs, settings, out_dir, until="report", session=None) -> RunSummary
    spark_session(settings)      the active SparkSession, else one on settings.spark_master

pyspark is imported only when a Spark run starts; without it :class:`DependencyError` says how
to install it. See docs/scale.md.
"""

from newsfuse.spark._job import run_spark
from newsfuse.spark._session import spark_session

__all__ = ["run_spark", "spark_session"]
