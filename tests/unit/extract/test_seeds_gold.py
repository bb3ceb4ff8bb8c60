"""Seeds: every count, subgroup, qualifier and attribution that seeds.gold.json gives for E1
and E2 is found in an article that states it. Needs ../shared (or $NEWSFUSE_SHARED)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfuse.annotate import annotate
from newsfuse.clean import clean_many
from newsfuse.extract import extract
from newsfuse.models import CountClaim, RawDocument
from newsfuse.settings import Settings

pytestmark = [pytest.mark.eval, pytest.mark.slow]

# gold count name -> (our kind, our subgroup or None for any)
KINDS = {
    "fired": ("fired", None),
    "landed_inside_green_zone": ("landed", "inside"),
    "landed_outside": ("landed", "outside"),
    "intercepted": ("intercepted", None),
    "killed": ("killed", None),
    "injured": ("injured", None),
}


_CACHE: dict[str, dict[str, list[CountClaim]]] = {}


@pytest.fixture
def claims(shared_dir: Path) -> dict[str, list[CountClaim]]:
    """Main-event count claims per seed page ("000".."004"), computed once per session."""
    if str(shared_dir) not in _CACHE:
        _CACHE[str(shared_dir)] = _extract_seeds(shared_dir)
    return _CACHE[str(shared_dir)]


def _extract_seeds(shared_dir: Path) -> dict[str, list[CountClaim]]:
    seeds = sorted((shared_dir / "corpus" / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("no seed pages under corpus/seeds")
    settings = Settings(progress=False)
    docs = [RawDocument(p.name, str(p), "text/plain", p.read_text(encoding="utf-8")) for p in seeds]
    out: dict[str, list[CountClaim]] = {}
    for article in clean_many(docs, settings):
        assert not hasattr(article, "reason"), article
        mentions = extract(annotate(article, settings), settings)  # type: ignore[arg-type]
        out[article.input_id[:3]] = [c for m in mentions if m.is_main for c in m.counts]
    return out


def _gold(shared_dir: Path) -> dict[str, dict[str, object]]:
    data = json.loads((shared_dir / "corpus" / "seeds.gold.json").read_text(encoding="utf-8"))
    events: dict[str, dict[str, object]] = data["events"]
    return events


def _found(claims: list[CountClaim], kind: str, subgroup: str | None, value: int) -> bool:
    return any(
        c.kind == kind and c.value == value and (subgroup is None or c.subgroup == subgroup)
        for c in claims
    )


@pytest.mark.parametrize("event", ["E1", "E2"])
def test_seeds_counts_found_in_stating_articles(
    shared_dir: Path, claims: dict[str, list[CountClaim]], event: str
) -> None:
    counts = _gold(shared_dir)[event]["counts"]
    assert isinstance(counts, dict)
    missing = []
    for name, spec in counts.items():
        kind, subgroup = KINDS[name]
        breakdown = spec.get("breakdown") or {}
        for source in spec.get("sources", []):
            got = claims[source]
            parts = [(sg, n) for sg, n in breakdown.items()] or [(subgroup, spec["best"])]
            for sg, n in parts:
                if not _found(got, kind, sg, n):
                    missing.append(f"{source}: {kind} {n} {sg}")
    assert not missing, missing


def test_seeds_qualifiers_and_attribution(claims: dict[str, list[CountClaim]]) -> None:
    intercepted = [c for c in claims["002"] if c.kind == "intercepted"]
    assert any(c.value == 3 and c.qualifier == "at_least" for c in intercepted)
    injured_e2 = [c for c in claims["004"] if c.kind == "injured" and c.value == 1]
    assert any(
        c.qualifier == "at_least"
        and c.subgroup == "civilians"
        and c.attributed_to is not None
        and "State Department" in c.attributed_to
        for c in injured_e2
    )
    assert any(
        c.kind == "injured" and c.value == 7 and c.qualifier == "at_least" for c in claims["001"]
    )


def test_seeds_e2_date_is_not_the_caption(shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "seeds" / "004_05ada9d8eb4b62ea.txt"
    if not path.is_file():
        pytest.skip("seed 004 missing")
    settings = Settings(progress=False)
    doc = RawDocument(path.name, str(path), "text/plain", path.read_text(encoding="utf-8"))
    article = next(iter(clean_many([doc], settings)))
    main = extract(annotate(article, settings), settings)[0]  # type: ignore[arg-type]
    assert main.date is not None
    assert main.date.date != "2020-11-18"
