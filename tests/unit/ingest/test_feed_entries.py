"""RSS and Atom feeds: one RawDocument per entry with the feed's metadata."""

from __future__ import annotations

from pathlib import Path

from ingest_helpers import docs, rejections, run

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Lindqvist Courier</title><link>https://courier.example/</link>
<item><title>Bridge reopens</title><link>https://courier.example/bridge</link>
<guid>courier-1</guid><pubDate>Tue, 17 Nov 2020 22:00:00 +0300</pubDate>
<content:encoded><![CDATA[<p>The harbour bridge reopened after repairs.</p>]]></content:encoded>
</item>
<item><title>Market day</title><link>https://courier.example/market</link>
<description>The weekly market moved to the square.</description></item>
<item><title>No body</title></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Varnholm Post</title>
<id>urn:feed:varnholm</id><updated>2021-05-02T08:00:00Z</updated>
<entry><title>Storm warning</title><id>urn:post:9</id>
<link href="https://post.example/storm"/><updated>2021-05-02T07:30:00Z</updated>
<content type="html">&lt;p&gt;A storm warning was issued for the coast.&lt;/p&gt;</content>
</entry>
<entry><title>Plain entry</title><id>urn:post:10</id><published>2021-05-01</published>
<summary type="text">Ferries stay in port.</summary></entry>
</feed>
"""


def test_feed_rss_entries_keep_title_link_date_outlet(tmp_path: Path) -> None:
    path = tmp_path / "courier.xml"
    path.write_text(RSS, encoding="utf-8")
    records = run([path])
    first, second = docs(records)
    assert first.input_id == "courier-1" and first.title == "Bridge reopens"
    assert first.url == "https://courier.example/bridge"
    assert first.published == "2020-11-17T22:00:00+03:00" and first.published_source == "feed"
    assert first.outlet == "Lindqvist Courier" and first.media_type == "text/html"
    assert "harbour bridge reopened" in first.text
    assert second.input_id == "courier.xml#2" and "weekly market" in second.text
    assert [(r.input_id, r.reason) for r in rejections(records)] == [("courier.xml#3", "no_text")]


def test_feed_atom_entries(tmp_path: Path) -> None:
    path = tmp_path / "post.atom"
    path.write_text(ATOM, encoding="utf-8")
    storm, plain = docs(run([path]))
    assert storm.input_id == "urn:post:9" and storm.outlet == "Varnholm Post"
    assert storm.published == "2021-05-02T07:30:00+00:00"
    assert "<p>A storm warning" in storm.text and storm.media_type == "text/html"
    assert plain.media_type == "text/plain" and plain.published == "2021-05-01"


def test_feed_detected_by_content_under_txt_name(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(ATOM, encoding="utf-8")
    assert len(docs(run([path]))) == 2


def test_feed_without_entries_and_broken_feed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.rss"
    empty.write_text('<rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    broken = tmp_path / "broken.rss"
    broken.write_text("<rss><channel><title>Half")
    reasons = [(r.input_id, r.reason) for r in rejections(run([empty, broken]))]
    assert reasons == [("empty.rss", "empty"), ("broken.rss", "malformed_feed")]
