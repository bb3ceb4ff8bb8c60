"""Flat exports of events: CSV with ACLED-like columns, GeoJSON points, Parquet."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsfuse import codec
from newsfuse.contract import count_fields
from newsfuse.models import Event
from newsfuse.report._access import count, event_date, event_place, get

#: CSV columns: ACLED's names where ACLED has the field, then ours.
CSV_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities", "fatalities_low", "fatalities_high",
    "fatalities_status", "injured", "injured_low", "injured_high", "injured_status",
    "date_status", "location_status", "source_count",
)  # fmt: skip

_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_GEO_PRECISION = {"neighbourhood": 1, "city": 1, "region": 2, "country": 3}
_FIRST_ACTOR = ("attacker", "claimed_by", "suspected", "blamed")
_SECOND_ACTOR = ("target", "victim")


def _actor(event: Event, roles: Sequence[str]) -> str:
    for role in roles:
        names = list(dict.fromkeys(a.name for a in event.actors if a.role == role))
        if names:
            return "; ".join(names)
    return ""


def event_row(event: Event) -> dict[str, Any]:
    """One flat row for an event (the CSV and Parquet columns)."""
    day = event_date(event)
    name, lat, lon, place = event_place(event)
    killed, injured = count(event, "killed"), count(event, "injured")
    return {
        "event_id_cnty": event.id,
        "event_date": day,
        "year": int(day[:4]) if day else None,
        "time_precision": _TIME_PRECISION.get(str(get(event.date.value, "precision"))),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": _actor(event, _FIRST_ACTOR),
        "actor2": _actor(event, _SECOND_ACTOR),
        "country": get(place, "country"),
        "admin1": get(place, "admin1"),
        "location": name,
        "latitude": lat,
        "longitude": lon,
        "geo_precision": _GEO_PRECISION.get(str(get(place, "precision"))),
        "source": "; ".join(event.article_ids),
        "notes": " ".join(s.text for s in event.summary),
        "fatalities": killed.best if killed else None,
        "fatalities_low": killed.low if killed else None,
        "fatalities_high": killed.high if killed else None,
        "fatalities_status": killed.status if killed else None,
        "injured": injured.best if injured else None,
        "injured_low": injured.low if injured else None,
        "injured_high": injured.high if injured else None,
        "injured_status": injured.status if injured else None,
        "date_status": event.date.status,
        "location_status": event.location.status,
        "source_count": len(event.article_ids),
    }


def events_csv(events: Sequence[Event]) -> str:
    """events.csv: one row per event; an unknown value is an empty cell."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow({k: "" if v is None else v for k, v in event_row(event).items()})
    return out.getvalue()


def events_geojson(events: Sequence[Event]) -> dict[str, Any]:
    """events.geojson: a FeatureCollection, one Point per event (null geometry when unplaced)."""
    features = []
    for event in events:
        row = event_row(event)
        lat, lon = row["latitude"], row["longitude"]
        geometry = (
            {"type": "Point", "coordinates": [lon, lat]}
            if lat is not None and lon is not None
            else None
        )
        props = {k: v for k, v in row.items() if k not in {"latitude", "longitude"}}
        props["counts"] = {k: count_fields(v) for k, v in event.counts.items()}
        features.append(
            {"type": "Feature", "id": event.id, "geometry": geometry, "properties": props}
        )
    return {"type": "FeatureCollection", "features": features}


_INT_COLUMNS = {
    "year", "time_precision", "geo_precision", "fatalities", "fatalities_low", "fatalities_high",
    "injured", "injured_low", "injured_high", "source_count",
}  # fmt: skip
_FLOAT_COLUMNS = {"latitude", "longitude"}


def _column_type(name: str) -> pa.DataType:
    if name in _INT_COLUMNS:
        return pa.int64()
    return pa.float64() if name in _FLOAT_COLUMNS else pa.string()


_SCHEMA = pa.schema(
    [pa.field(name, _column_type(name)) for name in CSV_COLUMNS]
    + [
        pa.field("article_ids", pa.list_(pa.string())),
        pa.field("counts_json", pa.string()),
        pa.field("actors_json", pa.string()),
        pa.field("summary_json", pa.string()),
    ]
)


def write_parquet(events: Sequence[Event], path: str) -> None:
    """events.parquet: the CSV columns typed, plus article ids and JSON of counts/actors/summary."""
    rows = []
    for event in events:
        row = event_row(event)
        row["article_ids"] = list(event.article_ids)
        row["counts_json"] = json.dumps(codec.to_dict(event.counts), ensure_ascii=False)
        row["actors_json"] = json.dumps(codec.to_dict(event.actors), ensure_ascii=False)
        row["summary_json"] = json.dumps(codec.to_dict(event.summary), ensure_ascii=False)
        rows.append(row)
    table = pa.Table.from_pylist(rows, schema=_SCHEMA)
    pq.write_table(table, path)
