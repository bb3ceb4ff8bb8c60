"""geocode: one name, optionally with a country hint."""

import pytest

from newsfuse.geo import geocode


def test_places_geocode_city_with_us_state() -> None:
    place = geocode("Rockford")
    assert place is not None
    assert (place.city, place.admin1, place.country, place.precision) == (
        "Rockford", "Illinois", "US", "city",
    )  # fmt: skip
    assert place.lat is not None and place.lon is not None


def test_places_geocode_country_hint_filters() -> None:
    assert geocode("Baghdad", "US") is None
    place = geocode("Baghdad", "iq")
    assert place is not None and place.country == "IQ"


def test_places_geocode_ambiguous_takes_population() -> None:
    place = geocode("Springfield")
    assert place is not None and place.admin1 == "Missouri"


def test_places_geocode_state_country_county() -> None:
    state = geocode("Ohio")
    country = geocode("the U.S.")
    county = geocode("Cobb County")
    assert state is not None and state.precision == "region"
    assert country is not None and country.country == "US" and country.precision == "country"
    assert county is not None and county.admin1 == "Georgia"


def test_places_geocode_generic_subcity_needs_its_city() -> None:
    assert geocode("Green Zone") is None
    place = geocode("Sadr City")
    assert place is not None and place.precision == "neighbourhood" and place.city == "Baghdad"


def test_places_geocode_unknown() -> None:
    assert geocode("Qwertyville Heights") is None


def test_places_geocode_admin1_names_outside_the_us() -> None:
    pytest.importorskip("reverse_geocoder")
    mosul = geocode("Mosul")
    baghdad = geocode("Baghdad")
    assert mosul is not None and mosul.admin1 == "Ninawa"
    assert baghdad is not None and baghdad.admin1 == "Baghdad"  # "Mayorality of" cut
