"""events.csv (ACLED-like), events.geojson and Parquet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq

from newsfuse.models import Event
from newsfuse.report import CSV_COLUMNS, events_csv, events_geojson, write_parquet


def test_exports_csv_has_acled_columns_and_counts(event: Event) -> None:
    rows = list(csv.DictReader(io.StringIO(events_csv([event]))))
    assert tuple(rows[0]) == CSV_COLUMNS
    row = rows[0]
    assert row["event_date"] == "2031-03-03" and row["year"] == "2031"
    assert row["fatalities"] == "1" and row["injured"] == "7"
    assert row["injured_low"] == "7" and row["injured_high"] == ""
    assert row["injured_status"] == "subset"
    assert row["location"] == "Harbour District" and row["country"] == "ZZ"
    assert row["actor1"] == "Grey Banner militia"
    assert row["source"] == "a.txt; b.txt; c.txt; d.txt"


def test_exports_geojson_points(event: Event) -> None:
    data = json.loads(json.dumps(events_geojson([event])))
    assert data["type"] == "FeatureCollection"
    feature = data["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [20.25, 10.5]}
    assert feature["properties"]["counts"]["injured"]["best"] == 7


def test_exports_parquet_round_trip(event: Event, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    write_parquet([event, event], str(path))
    table = pq.read_table(path)
    assert table.num_rows == 2
    row = table.to_pylist()[0]
    assert row["injured"] == 7 and row["fatalities"] == 1
    assert row["article_ids"] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert json.loads(row["counts_json"])["injured"]["breakdown"]["civilians"] == 4
