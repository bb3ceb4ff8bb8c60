"""Inputs: files, directory trees, globs, stdin, missing paths, symlinks, odd file names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from ingest_helpers import PAGE, docs, rejections, run

from newsfuse.errors import InputError
from newsfuse.ingest import ingest
from newsfuse.settings import Settings

BODY = "Council members voted to extend the tram line to the northern suburbs by 2027."


def _tree(tmp_path: Path) -> Path:
    top = tmp_path / "corpus"
    (top / "b" / "deep").mkdir(parents=True)
    (top / "a.txt").write_text(BODY)
    (top / "b" / "page.html").write_text(PAGE)
    (top / "b" / "deep" / "c.txt").write_text(BODY)
    (top / ".hidden.txt").write_text(BODY)
    (top / ".git").mkdir()
    (top / ".git" / "x.txt").write_text(BODY)
    (top / "store.db").write_bytes(b"SQLite format 3\x00")
    out = top / "out"
    out.mkdir()
    for name in ("articles.jsonl", "rejected.jsonl"):
        (out / name).write_text('{"id": "old", "text": "Earlier output."}\n')
    return top


def test_paths_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    records = run([_tree(tmp_path)])
    assert [r.input_id for r in records] == ["a.txt", "b/deep/c.txt", "b/page.html"]
    assert [d.media_type for d in docs(records)] == ["text/plain", "text/plain", "text/html"]
    assert all(d.retrieved and d.retrieved.endswith("+00:00") for d in docs(records))


def test_paths_single_file_uses_base_name(tmp_path: Path) -> None:
    top = _tree(tmp_path)
    (doc,) = docs(run([top / "b" / "deep" / "c.txt"]))
    assert doc.input_id == "c.txt" and doc.text == BODY and doc.origin.endswith("c.txt")


def test_paths_glob_names_are_relative_to_its_fixed_part(tmp_path: Path) -> None:
    top = _tree(tmp_path)
    records = run([f"{top}/**/*.txt"])
    assert [r.input_id for r in records] == ["a.txt", "b/deep/c.txt"]


def test_paths_file_given_twice_is_read_once(tmp_path: Path) -> None:
    top = _tree(tmp_path)
    assert len(run([top, top / "a.txt"])) == 3


def test_paths_missing_path_and_empty_glob_raise_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        ingest([str(tmp_path / "nope.txt")], Settings())
    with pytest.raises(InputError, match="matches no file"):
        ingest([str(tmp_path / "*.warc")], Settings())


def test_paths_stdin_bytes_are_read(tmp_path: Path) -> None:
    (doc,) = docs(run(["-"], stdin=BODY.encode("utf-16")))
    assert doc.input_id == "<stdin>" and doc.text == BODY and doc.retrieved is None


def test_paths_stdin_jsonl_is_streamed() -> None:
    data = b'{"text": "One."}\n{"text": "Two."}\nnot json\n'
    records = run(["-"], stdin=data)
    assert [r.input_id for r in records] == ["<stdin>#1", "<stdin>#2", "<stdin>#3"]


def test_paths_symlink_outside_is_refused_inside_is_followed(tmp_path: Path) -> None:
    top = _tree(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text(BODY)
    (top / "leak.txt").symlink_to(secret)
    (top / "alias.txt").symlink_to(top / "b" / "deep" / "c.txt")
    (top / "loop").symlink_to(top)
    records = run([top])
    assert [(r.input_id, r.reason) for r in rejections(records)] == [("leak.txt", "outside_input")]
    assert [d.input_id for d in docs(records)] == ["a.txt", "alias.txt", "b/page.html"]


def test_paths_odd_file_names_work(tmp_path: Path) -> None:
    top = tmp_path / "odd"
    top.mkdir()
    for name in ("sp ace.txt", "new\nline.txt", "ü-ñ-中.txt", "-dash.txt", "[x]*?.txt"):
        (top / name).write_text(BODY)
    raw = os.fsencode(top) + b"/caf\xe9.txt"
    with open(raw, "wb") as out:
        out.write(BODY.encode())
    records = docs(run([top]))
    assert len(records) == 6
    assert "caf\ufffd.txt" in [d.input_id for d in records]
    assert all(d.text == BODY for d in records)


def test_paths_fifo_and_dangling_link_are_unreadable(tmp_path: Path) -> None:
    top = tmp_path / "special"
    top.mkdir()
    os.mkfifo(top / "pipe")
    (top / "gone.txt").symlink_to(top / "missing.txt")
    reasons = [(r.input_id, r.reason) for r in rejections(run([top]))]
    assert reasons == [("gone.txt", "unreadable"), ("pipe", "unreadable")]


def test_paths_output_directory_given_explicitly_is_read(tmp_path: Path) -> None:
    top = _tree(tmp_path)
    assert [d.input_id for d in docs(run([top / "out"]))] == ["old", "old"]


def test_paths_permission_error_is_unreadable_and_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    top = _tree(tmp_path)
    real_open = open

    def refuse(path: Path, mode: str = "r") -> object:
        if str(path).endswith("a.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, mode)

    monkeypatch.setattr("newsfuse.ingest._ingest.open", refuse, raising=False)
    records = run([top])
    assert [(r.input_id, r.reason) for r in rejections(records)] == [("a.txt", "unreadable")]
    assert len(docs(records)) == 2
