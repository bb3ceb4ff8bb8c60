"""Character references and odd spaces are normalised before offsets are taken."""

from newsfuse.clean import clean
from newsfuse.clean._lines import tidy
from newsfuse.models import RawDocument
from newsfuse.settings import Settings


def test_lines_tidy_decodes_references_and_spaces() -> None:
    assert tidy("Lakeside&#39;s\u00a0new  pier &amp; dock") == "Lakeside's new pier & dock"
    assert tidy("co\u00adop\u200b shop &#x27;open&#x27;") == "coop shop 'open'"
    assert tidy("AT&T and &notanentity; stay") == "AT&T and &notanentity; stay"


def test_lines_tidy_in_article_text_keeps_offsets() -> None:
    body = (
        "Lakeside&#39;s council met on Monday to discuss the\u00a0pier.\n\n"
        "Members voted to repair the pier before the summer season begins."
    )
    doc = RawDocument(input_id="t", origin="test", media_type="text/plain", text=body)
    article = clean(doc, Settings(progress=False))
    assert "&#39;" not in article.text and "\u00a0" not in article.text
    assert article.text.startswith("Lakeside's council")
    for p in article.paragraphs:
        assert article.text[p.start : p.end].strip() == article.text[p.start : p.end]
