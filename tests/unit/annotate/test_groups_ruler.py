"""Armed-group names: curated list, prefix and suffix rules, on invented names."""

from newsfuse.annotate._groups import group_spans


def _names(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in group_spans(text)]


def test_groups_arabic_prefix_rule() -> None:
    got = _names("Fighters of Saraya Nur al-Din said on Monday that Liwa Tarek Zaid left.")
    assert ("Saraya Nur al-Din", "ARMED_GROUP") in got
    assert ("Liwa Tarek Zaid", "ARMED_GROUP") in got


def test_groups_suffix_rule_and_state_forces() -> None:
    got = _names("The Blue Valley Brigades and the Peruvian Army met the Sunrise Militia.")
    assert ("Blue Valley Brigades", "ARMED_GROUP") in got
    assert ("Peruvian Army", "ORG") in got
    assert ("Sunrise Militia", "ARMED_GROUP") in got


def test_groups_curated_names_any_case() -> None:
    got = _names("Boko Haram and AL-SHABAAB were named; hamas was not capitalised.")
    assert [n for n, _ in got] == ["Boko Haram", "AL-SHABAAB", "hamas"]


def test_groups_no_match_across_lines_or_function_words() -> None:
    assert _names("Rain And Wind\n\nFront lines held") == []
