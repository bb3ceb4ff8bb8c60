"""JSONL and JSON input: metadata, extra fields, ids, bad lines, limits."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ingest_helpers import docs, rejections, run

from newsfuse.models import RawDocument


def _jsonl(tmp_path: Path, lines: list[Any], name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_jsonl_metadata_goes_to_fields_and_rest_to_extra(tmp_path: Path) -> None:
    line = {
        "id": 17,
        "text": "Flooding closed the coastal road near Varnholm on Sunday.",
        "title": "Road closed",
        "published": "2024-03-03",
        "url": "https://example.org/road",
        "outlet": "Varnholm Post",
        "lang": "en",
        "tags": ["weather", {"k": 1}],
    }
    (doc,) = run([_jsonl(tmp_path, [line])])
    assert isinstance(doc, RawDocument)
    assert doc.input_id == "17" and doc.media_type == "text/plain"
    assert (doc.title, doc.published, doc.published_source) == (
        "Road closed",
        "2024-03-03",
        "input",
    )
    assert (doc.url, doc.outlet) == ("https://example.org/road", "Varnholm Post")
    assert doc.extra == {"lang": "en", "tags": ["weather", {"k": 1}]}


def test_jsonl_html_field_gives_html_media_type(tmp_path: Path) -> None:
    (doc,) = run([_jsonl(tmp_path, [{"id": "a", "html": "<p>Ferry service resumed.</p>"}])])
    assert isinstance(doc, RawDocument)
    assert doc.media_type == "text/html" and doc.published_source == "none"


def test_jsonl_text_wins_and_html_is_kept_in_extra(tmp_path: Path) -> None:
    line = {"id": "a", "text": "Ferry service resumed.", "html": "<p>Ferry service resumed.</p>"}
    (doc,) = docs(run([_jsonl(tmp_path, [line])]))
    assert doc.text == "Ferry service resumed." and doc.extra == {"html": line["html"]}


def test_jsonl_missing_id_uses_file_name_and_line(tmp_path: Path) -> None:
    lines = [{"text": "First report."}, "", {"text": "Third line report."}]
    records = docs(run([_jsonl(tmp_path, lines)]))
    assert [d.input_id for d in records] == ["feed.jsonl#1", "feed.jsonl#3"]


def test_jsonl_bad_line_is_rejected_and_neighbours_kept(tmp_path: Path) -> None:
    lines = [{"id": "a", "text": "One."}, '{"id": "b", "text": "Two', {"id": "c", "text": "3."}]
    records = run([_jsonl(tmp_path, lines)])
    assert [d.input_id for d in docs(records)] == ["a", "c"]
    (rej,) = rejections(records)
    assert (rej.input_id, rej.reason) == ("feed.jsonl#2", "malformed_json")
    assert "line 2" in rej.detail


def test_jsonl_non_object_and_no_text_lines(tmp_path: Path) -> None:
    lines = ["[1, 2]", {"id": "x", "title": "Only a title"}, {"id": "y", "text": 5}]
    reasons = [(r.input_id, r.reason) for r in rejections(run([_jsonl(tmp_path, lines)]))]
    assert reasons == [("feed.jsonl#1", "malformed_json"), ("x", "no_text"), ("y", "no_text")]


def test_jsonl_blank_text_with_title_is_kept_without_title_rejected(tmp_path: Path) -> None:
    lines = [{"id": "t", "text": "", "title": "Title only"}, {"id": "u", "text": "  "}]
    records = run([_jsonl(tmp_path, lines)])
    assert [d.input_id for d in docs(records)] == ["t"]
    assert [(r.input_id, r.reason) for r in rejections(records)] == [("u", "empty")]


def test_jsonl_line_too_long_is_skipped_without_reading_it_whole(tmp_path: Path) -> None:
    lines = [{"id": "a", "text": "x" * 5000}, {"id": "b", "text": "Short one."}]
    records = run([_jsonl(tmp_path, lines)], max_jsonl_line_bytes=1000)
    assert [d.input_id for d in docs(records)] == ["b"]
    assert [r.reason for r in rejections(records)] == ["line_too_long"]


def test_jsonl_lone_surrogates_and_nul_become_replacement_chars(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('{"id": "s", "text": "A\\ud800B\\u0000C", "note": "\\udfff"}\n')
    (doc,) = docs(run([path]))
    assert doc.text == "A\ufffdB\ufffdC" and doc.extra == {"note": "\ufffd"}


def test_jsonl_bom_and_crlf_and_cp1252_line(tmp_path: Path) -> None:
    path = tmp_path / "win.jsonl"
    first = '{"id": "a", "text": "Caf\u00e9 opens."}\r\n'.encode()
    second = '{"id": "b", "text": "It\u2019s open."}\r\n'.encode("cp1252")
    path.write_bytes(b"\xef\xbb\xbf" + first + second)
    assert [d.text for d in docs(run([path]))] == ["Café opens.", "It’s open."]


def test_jsonl_detected_by_content_without_extension(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [{"id": "n", "text": "No extension here."}], name="dump")
    assert [d.input_id for d in docs(run([path]))] == ["n"]


def test_json_array_and_single_object_files(tmp_path: Path) -> None:
    array = tmp_path / "many.json"
    array.write_text(json.dumps([{"text": "One."}, {"id": "two", "text": "Two."}, 3]))
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": "Pretty."}, indent=2))
    records = run([array, single])
    assert [d.input_id for d in docs(records)] == ["many.json#1", "two", "one.json"]
    assert [(r.input_id, r.reason) for r in rejections(records)] == [
        ("many.json#3", "malformed_json")
    ]


def test_jsonl_deep_nesting_is_malformed_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text('{"id": "d", "x": ' + "[" * 100_000 + "\n")
    assert [r.reason for r in rejections(run([path]))] == ["malformed_json"]


def test_json_file_over_the_input_limit_is_streamed_as_jsonl(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [{"id": n, "text": f"Report number {n}."} for n in range(50)], "a.json")
    records = run([path], max_input_bytes=200)
    assert [d.input_id for d in docs(records)] == [str(n) for n in range(50)]


def test_jsonl_file_that_is_not_jsonl_gives_up_after_ten_lines(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text("".join(f"plain line {n} of notes\n" for n in range(500)))
    records = run([path])
    assert len(records) == 11 and all(r.reason == "malformed_json" for r in rejections(records))
    assert records[-1].input_id == "notes.jsonl"


def test_jsonl_objects_without_text_do_not_give_up(tmp_path: Path) -> None:
    lines = [{"row": n} for n in range(30)] + [{"id": "late", "text": "A late article."}]
    records = run([_jsonl(tmp_path, lines)])
    assert [d.input_id for d in docs(records)] == ["late"] and len(records) == 31


def test_html_content_wins_over_a_jsonl_name(tmp_path: Path) -> None:
    path = tmp_path / "page.jsonl"
    path.write_text(
        "<!DOCTYPE html><html><body><p>A page saved under a wrong name.</p></body></html>"
    )
    (doc,) = docs(run([path]))
    assert doc.media_type == "text/html"
