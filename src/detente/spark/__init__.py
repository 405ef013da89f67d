"""detente on Spark, for archives and clusters (``pip install "detente[spark]"``; needs Java 17+).

``analyze_frame(df)`` turns a Spark DataFrame of articles into ``Frames``: one DataFrame per
store table holding exactly the rows ``detente ingest`` stores for those articles, plus the
rejected rows. ``session()`` starts a local session with quiet defaults. ``job.run`` is what
``detente spark INPUT OUTPUT_DIR`` does (read JSONL or Parquet files, analyse, write Parquet
by publication month); ``detente load`` (``detente.archive``, no Spark needed) brings that
output into a store and runs the cross-article steps. See docs/spark.md.
"""

from __future__ import annotations

from ..errors import SparkError

try:
    import pyspark  # noqa: F401
except ImportError as exc:  # an extra: say how to get it rather than a bare ImportError
    raise SparkError('pyspark is not installed; install the Spark extra: pip install '
                     '"detente[spark]" (and Java 17 or newer)') from exc

from .frame import Frames, analyze_frame, session  # noqa: E402

__all__ = ["Frames", "analyze_frame", "session"]
