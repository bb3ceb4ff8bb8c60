"""Names that look like places but are not: street corners, outlet taglines, first names
(invented text)."""

from newsfuse.geo import find_places, written_with_state
from newsfuse.models import AnnotatedArticle, Article, Entity


def _names(text: str, *ents: tuple[str, str]) -> list[str]:
    entities = tuple(Entity(t, label, text.index(t), text.index(t) + len(t)) for t, label in ents)
    annotated = AnnotatedArticle(
        article=Article(id="a", input_id="a", text=text), entities=entities
    )
    return [e.text for _p, e in find_places(annotated)]


def test_mentions_street_corner_is_not_a_place() -> None:
    text = "Kiosk robbed at Hopkins & Stark overnight\n\nA clerk in Denver was unhurt."
    assert _names(text, ("Hopkins", "GPE"), ("Denver", "GPE")) == ["Denver"]


def test_mentions_outlet_tail_of_the_first_line_is_not_a_place() -> None:
    text = "Bridge closes for repairs - wxyz.com-Tulsa, Norman\n\nCrews in Denver began work."
    assert _names(text, ("Tulsa", "GPE"), ("Norman", "GPE"), ("Denver", "GPE")) == ["Denver"]


def test_mentions_first_name_of_a_person_is_not_a_place() -> None:
    text = "The prize went to Carroll after a long wait. Carroll Weeks thanked the jury."
    assert _names(text, ("Carroll Weeks", "PERSON")) == []


def test_mentions_written_with_state() -> None:
    text = "AURORA, Colo. — A fair opened. Aurora officials said."
    assert written_with_state(text, 0)
    assert not written_with_state(text, text.index("Aurora officials"))
