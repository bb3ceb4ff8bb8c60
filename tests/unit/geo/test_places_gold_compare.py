"""The GVDB harness's city comparison (benchmarks/extract_gvdb.py), on invented gold spans."""

from typing import Any

from benchmarks.extract_gvdb import city_verdict, county_span, gold_city


def _pred(city: str | None, written: str | None, county: str | None = None) -> dict[str, Any]:
    return {"city": city, "city_as_written": written, "county": county}


def test_gold_city_reads_the_name_at_the_end() -> None:
    assert gold_city("publication date: 1/2/2016Boat sinks\nSPRINGVILLE") == (
        "SPRINGVILLE",
        "header",
    )
    assert gold_city("Boat sinks at dockSPRINGVILLE") == ("SPRINGVILLE", "glued")
    assert gold_city("2016Springville") == ("Springville", "glued")
    assert gold_city("northeast Springville") == ("Springville", "qualifier")
    assert gold_city("Springville woods") == ("Springville", "trailing")
    assert gold_city("Spring\xadville") == ("Springville", "hyphen")
    assert gold_city("New Springville") == ("New Springville", None)


def test_city_verdict_never_takes_another_place() -> None:
    assert city_verdict(_pred("Springville", "Springville"), "northeast Springville") == (
        True,
        "qualifier",
    )
    assert city_verdict(_pred("Port Hope", "Port Hope"), "ort Hope") == (True, "clipped")
    assert city_verdict(_pred("Hope", "Hope"), "ort Hope") == (False, None)
    assert city_verdict(_pred("Dayton", "Dayton"), "Kettering") == (False, None)


def test_city_verdict_city_in_the_gold_county() -> None:
    pred = _pred("Xenia", "Xenia", "Greene County")
    assert city_verdict(pred, "GREENE COUNTY") == (True, "county")
    assert city_verdict(pred, "Clark County") == (False, None)


def test_county_span_only_when_the_name_never_stands_alone() -> None:
    text = "Shot in Xenia, Greene County deputies said. The Greene Times reported it."
    assert county_span("Greene", text) == "Greene County"
    assert city_verdict(_pred("Xenia", "Xenia", "Greene County"), "Greene", text) == (
        True,
        "county-span",
    )
    alone = "Shot in Greene, Greene County deputies said."
    assert county_span("Greene", alone) is None
