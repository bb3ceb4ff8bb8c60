from newsfuse import codec
from newsfuse.models import (
    ActorClaim,
    CountClaim,
    DateClaim,
    EventMention,
    Evidence,
    Place,
    PlaceClaim,
)


def test_codec_roundtrips_a_full_mention() -> None:
    ev = Evidence("a1", 10, 24, "seven rockets")
    mention = EventMention(
        id="a1:0",
        article_id="a1",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        is_main=True,
        trigger=ev,
        date=DateClaim("2025-03-04", "2025-03-04", "day", "relative_to_published", ev),
        place=PlaceClaim(Place("Port Vell", city="Port Vell", country="ES", lat=1.0, lon=2.0), ev),
        actors=(ActorClaim("Red Hand Front", "claimed_by", attributed_to="police", evidence=ev),),
        counts=(CountClaim("fired", 7, 7, 7, "exact", None, ("civilians",), None, ev),),
        keywords=("rocket", "harbour"),
    )
    data = codec.to_dict(mention)
    assert data["counts"][0]["includes"] == ["civilians"]
    assert codec.from_dict(EventMention, data) == mention


def test_codec_leaves_out_fields_not_compared() -> None:
    from newsfuse.models import AnnotatedArticle, Article

    ann = AnnotatedArticle(article=Article(id="x", input_id="x.txt", text="t"), doc=object())
    assert "doc" not in codec.to_dict(ann)
