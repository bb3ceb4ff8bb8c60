"""report: the grounding check, report.html and the flat exports (CSV, GeoJSON, Parquet)."""

from __future__ import annotations

from newsfuse.report._exports import CSV_COLUMNS, events_csv, events_geojson, write_parquet
from newsfuse.report._grounding import check_grounding
from newsfuse.report._html import render_html

__all__ = [
    "CSV_COLUMNS",
    "check_grounding",
    "events_csv",
    "events_geojson",
    "render_html",
    "write_parquet",
]
