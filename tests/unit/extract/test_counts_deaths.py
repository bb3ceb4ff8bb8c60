"""Deaths the victim grammar alone missed: a killer's own death, "both", "one fatally",
multiple-killing nouns, gentle and late deaths, gallery captions (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from newsfuse.extract import count_totals, extract
from newsfuse.models import AnnotatedArticle, CountClaim
from newsfuse.settings import Settings

Make = Callable[..., AnnotatedArticle]


def _main(make: Make, settings: Settings, text: str) -> tuple[dict[str, int], list[CountClaim]]:
    mentions = extract(make(text, published="2024-03-06"), settings)
    assert mentions, "no event found"
    return count_totals(mentions[0]), list(mentions[0].counts)


def _perpetrators(counts: list[CountClaim]) -> list[CountClaim]:
    return [c for c in counts if c.kind == "killed" and c.subgroup == "perpetrators"]


def test_deaths_killer_turned_gun_on_himself(make: Make, settings: Settings) -> None:
    text = "A man shot and killed two children before turning the gun on himself in Elmford."
    totals, counts = _main(make, settings, text)
    (own,) = _perpetrators(counts)
    assert own.value == 1 and "himself" in own.evidence.quote  # type: ignore[union-attr]
    assert totals["killed"] >= 2  # reconcile adds perpetrators on top of the victims


def test_deaths_killer_inside_a_stated_total(make: Make, settings: Settings) -> None:
    text = (
        "Three people are dead in Elmford after a man shot his wife and son.\n\n"
        "He then turned the gun on himself, deputies said."
    )
    totals, counts = _main(make, settings, text)
    assert not _perpetrators(counts) and totals["killed"] == 3


def test_deaths_killer_is_not_also_a_victim(make: Make, settings: Settings) -> None:
    text = "A man shot his neighbor in Elmford on Friday and then killed himself, police said."
    _totals, counts = _main(make, settings, text)
    assert len(_perpetrators(counts)) == 1
    assert not [c for c in counts if c.kind == "killed" and c.person == "A man"]


def test_deaths_own_life_and_murder_suicide(make: Make, settings: Settings) -> None:
    text = "The gunman wounded a cashier at a store in Elmford before taking his own life."
    assert len(_perpetrators(_main(make, settings, text)[1])) == 1
    text = "Police say the shooting deaths of a couple in Elmford were a murder-suicide."
    assert len(_perpetrators(_main(make, settings, text)[1])) == 1


def test_deaths_lone_suicide_is_no_perpetrator(make: Make, settings: Settings) -> None:
    text = "A farmer shot himself fatally in a barn outside Elmford on Sunday, deputies said."
    assert not _perpetrators(_main(make, settings, text)[1])


def test_deaths_both_and_one_fatally(make: Make, settings: Settings) -> None:
    text = "Both men were killed in the shooting on Oak Street in Elmford."
    assert _main(make, settings, text)[0].get("killed") == 2
    text = "Three people were shot in Elmford on Friday, one of them fatally."
    totals, _counts = _main(make, settings, text)
    assert totals.get("killed") == 1 and totals.get("injured") == 2


def test_deaths_multiple_event_nouns(make: Make, settings: Settings) -> None:
    text = "Detectives are investigating a triple homicide after a shooting in Elmford."
    assert _main(make, settings, text)[0].get("killed") == 3
    text = "Police responded to a double shooting on Oak Street in Elmford on Friday."
    assert _main(make, settings, text)[0].get("injured") == 2


def test_deaths_gentle_and_late(make: Make, settings: Settings) -> None:
    text = "A woman was shot in Elmford on Friday. She passed away at a hospital on Sunday."
    assert _main(make, settings, text)[0].get("killed") == 1
    text = "A boy was shot in Elmford on Friday. He succumbed to his injuries on Monday."
    assert _main(make, settings, text)[0].get("killed") == 1
    text = "A man was mortally wounded in a shooting in Elmford on Friday."
    assert _main(make, settings, text)[0].get("killed") == 1


def test_deaths_fatal_shooting_of_and_found_dead(make: Make, settings: Settings) -> None:
    text = "Police made an arrest in the fatal shooting of a man in Elmford."
    assert _main(make, settings, text)[0].get("killed") == 1
    text = "Officers answered a call about a shooting and found the teen dead in a car."
    assert _main(make, settings, text)[0].get("killed") == 1


def test_deaths_surname_alone_and_according_to(make: Make, settings: Settings) -> None:
    text = (
        "The charges stem from a shooting that wounded 17-year-old Jon Velarde in Elmford.\n\n"
        "Velarde died on Sunday as a result of his injuries, police said."
    )
    assert _main(make, settings, text)[0].get("killed") == 1
    text = "According to the sheriff's office, Ana Pruitt, 16, died after being shot on Monday."
    assert _main(make, settings, text)[0].get("killed") == 1


def test_deaths_gallery_and_headline_age_are_no_counts(make: Make, settings: Settings) -> None:
    text = "Teen shoots, kills man, 18 Jon Roe fatally wounded in Elmford home"
    totals, _counts = _main(make, settings, text)
    assert totals.get("killed", 0) <= 1
    text = "Image 4 of 12 A man was shot and killed in Elmford on Friday."
    assert _main(make, settings, text)[0].get("killed", 0) <= 1


def test_deaths_hospital_where_he_died_and_fatal_wound(make: Make, settings: Settings) -> None:
    text = "A boy was shot in Elmford on Friday. He was taken to a hospital, where he died."
    totals, counts = _main(make, settings, text)
    assert totals.get("killed") == 1 and not totals.get("injured")
    assert not [c for c in counts if c.kind == "injured"]
    text = "A woman suffered a fatal gunshot wound in a shooting in Elmford on Friday."
    assert _main(make, settings, text)[0].get("killed") == 1
