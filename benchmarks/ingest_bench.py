"""Ingest on real pages: speed, and decoding / format round trips that must give the same text.

    python benchmarks/ingest_bench.py ../shared [--texts N]

Reads ``eval/extraction_bench/html/*.html.gz`` (181 real pages in many languages, UTF-8) and
``eval/gva/dev/articles.jsonl`` (real English news text). Each page is rewritten into other
encodings and containers in a temporary folder (never into the repository) and read back with
``ingest``; a round trip counts when the text that comes back equals the expected text exactly:

- legacy charset chosen by the page's script (cp1252/cp1250, cp1251, gb18030, shift_jis), with
  the ``<meta charset>`` changed to declare it, and with no declaration at all;
- UTF-16 with a BOM; a WARC.gz of all pages (HTTP charset header, legacy bytes); a JSONL file;
- news texts as plain ``.txt`` in cp1252 and in UTF-16 without a BOM.

Also prints how many correct UTF-8 texts the mojibake repair would change (false repairs) and
the speed of ingest on the gva JSONL and on the gzip HTML folder. Exits 0 with a message when
the data is missing.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsfuse.ingest import ingest
from newsfuse.ingest._decode import repair_mojibake
from newsfuse.models import RawDocument
from newsfuse.settings import Settings

META = re.compile(r"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*[\w:.-]+["']?[^>]*>""", re.I)
CODECS = {
    "latin": ("cp1252", "cp1250", "iso8859_2"),
    "cyrillic": ("cp1251", "koi8_r"),
    "han": ("gb18030", "big5"),
    "kana": ("shift_jis", "euc_jp"),
}
WEB_NAMES = {"cp1252": "windows-1252", "cp1250": "windows-1250", "iso8859_2": "iso-8859-2",
             "cp1251": "windows-1251", "koi8_r": "koi8-r", "gb18030": "gb18030",
             "big5": "big5", "shift_jis": "shift_jis", "euc_jp": "euc-jp"}  # fmt: skip


def script(text: str) -> str:
    counts: Counter[str] = Counter()
    for ch in text:
        code = ord(ch)
        if 0x400 <= code < 0x500:
            counts["cyrillic"] += 1
        elif 0x3040 <= code < 0x3100:
            counts["kana"] += 5
        elif 0x4E00 <= code < 0xA000:
            counts["han"] += 1
    return counts.most_common(1)[0][0] if counts else "latin"


def legacy(page: str) -> tuple[str, str]:
    """(codec, page as that codec can say it): the first codec of the script that fits best."""
    options = CODECS[script(page)]
    best = min(options, key=lambda c: len(page.encode(c, "xmlcharrefreplace")) - len(page))
    for codec in options:
        try:
            page.encode(codec)
            return codec, page
        except UnicodeEncodeError:
            continue
    return best, page.encode(best, "xmlcharrefreplace").decode(best)


def with_meta(page: str, charset: str | None) -> str:
    """``page`` declaring ``charset`` in one ``<meta>`` (or declaring none)."""
    bare = META.sub("", page)
    if charset is None:
        return bare
    tag = f'<meta charset="{charset}">'
    match = re.search(r"<head[^>]*>", bare, re.I)
    return bare[: match.end()] + tag + bare[match.end() :] if match else tag + bare


def texts_of(paths: list[str]) -> dict[str, str]:
    return {r.input_id: r.text for r in ingest(paths, Settings()) if isinstance(r, RawDocument)}


def score(name: str, expected: dict[str, str], got: dict[str, str]) -> None:
    same = sum(1 for key, text in expected.items() if got.get(key) == text)
    print(f"  {name:38s} {same:4d} / {len(expected):4d} exact ({100 * same / len(expected):.1f}%)")


def warc_of(pages: dict[str, tuple[str, bytes]], path: Path) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for key, (charset, payload) in pages.items():
            headers = [("Content-Type", f"text/html; charset={charset}")]
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://bench.example/{key}", "response",
                payload=io.BytesIO(payload), http_headers=http,
            )  # fmt: skip
            writer.write_record(record)


def page_round_trips(html_dir: Path, tmp: Path) -> None:
    pages = {
        p.name[:-3]: gzip.decompress(p.read_bytes()).decode() for p in sorted(html_dir.iterdir())
    }
    print(f"pages: {len(pages)} real pages; scripts: {dict(Counter(map(script, pages.values())))}")
    variants: dict[str, dict[str, str]] = {"declared": {}, "undeclared": {}, "utf16": {}}
    warc: dict[str, tuple[str, bytes]] = {}
    warc_expected: dict[str, str] = {}
    for key, page in pages.items():
        codec, said = legacy(page)
        for kind, charset in (("declared", WEB_NAMES[codec]), ("undeclared", None)):
            text = with_meta(said, charset)
            (tmp / kind).mkdir(exist_ok=True)
            (tmp / kind / key).write_bytes(text.encode(codec))
            variants[kind][key] = text
        (tmp / "utf16").mkdir(exist_ok=True)
        (tmp / "utf16" / key).write_bytes(page.encode("utf-16"))
        variants["utf16"][key] = page
        undeclared = with_meta(said, None)
        warc[key] = (WEB_NAMES[codec], undeclared.encode(codec))
        warc_expected[f"pages.warc.gz#{len(warc)}"] = undeclared
    for kind, expected in variants.items():
        score(f"html, legacy charset, {kind}" if kind != "utf16" else "html, UTF-16 BOM",
              expected, texts_of([str(tmp / kind)]))  # fmt: skip
    warc_of(warc, tmp / "pages.warc.gz")
    score("html in WARC.gz, HTTP charset", warc_expected, texts_of([str(tmp / "pages.warc.gz")]))
    with open(tmp / "pages.jsonl", "w", encoding="utf-8") as out:
        for key, page in pages.items():
            out.write(json.dumps({"id": key, "html": page}) + "\n")
    score("html in JSONL", pages, texts_of([str(tmp / "pages.jsonl")]))


def text_round_trips(articles: Path, tmp: Path, limit: int) -> list[str]:
    texts = []
    with open(articles, encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            if len(text) > 200:
                texts.append(text)
            if len(texts) >= limit:
                break
    for codec, name in (("cp1252", "cp1252"), ("utf-16-le", "utf16-nobom")):
        folder = tmp / name
        folder.mkdir()
        expected = {}
        for n, text in enumerate(texts):
            said = text.encode(codec, "replace").decode(codec)
            (folder / f"{n}.txt").write_bytes(said.encode(codec))
            expected[f"{n}.txt"] = said
        score(f"news text as .txt, {name}", expected, texts_of([str(folder)]))
    return texts


def speed(label: str, paths: list[str]) -> None:
    size = sum(p.stat().st_size for arg in paths for p in Path(arg).rglob("*") if p.is_file())
    size += sum(Path(a).stat().st_size for a in paths if Path(a).is_file())
    began = time.perf_counter()
    counts = Counter(type(r).__name__ for r in ingest(paths, Settings()))
    took = time.perf_counter() - began
    docs = counts["RawDocument"]
    print(f"  {label:38s} {docs} docs, {counts['Rejection']} rejections in {took:.2f}s: "
          f"{docs / took:.0f} docs/s, {size / took / 1e6:.1f} MB/s on disk")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", help="the shared folder (holding eval/)")
    parser.add_argument("--texts", type=int, default=1000, help="news texts for .txt trips")
    args = parser.parse_args()
    html_dir = Path(args.shared) / "eval" / "extraction_bench" / "html"
    articles = Path(args.shared) / "eval" / "gva" / "dev" / "articles.jsonl"
    if not html_dir.is_dir() or not articles.is_file():
        print(f"benchmark data not found under {args.shared}/eval; skipping")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        print("round trips (same text back):")
        page_round_trips(html_dir, Path(tmp))
        texts = text_round_trips(articles, Path(tmp), args.texts)
    pages = [gzip.decompress(p.read_bytes()).decode() for p in sorted(html_dir.iterdir())]
    changed = sum(1 for text in [*texts, *pages] if repair_mojibake(text) != text)
    print(f"false mojibake repairs on correct UTF-8: {changed} of {len(texts) + len(pages)}")
    print("speed (one process):")
    speed("gva dev articles.jsonl", [str(articles)])
    speed("extraction_bench html/*.html.gz", [str(html_dir)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
