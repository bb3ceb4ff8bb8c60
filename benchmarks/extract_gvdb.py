"""GVDB dev: per-article killed / injured exact accuracy and city / state accuracy.

    python -m benchmarks.extract_gvdb ../shared/eval/gvdb/dev.jsonl [--limit N] [--examples K]

Each article goes through newsfuse.clean, annotate_many and extract; the figures are read
from the main event mention (``count_totals`` for killed/injured, its place for city/state).
City: the geocoded city or the place as written (``_same``), then the documented gold
normalisations and county rules of ``city_verdict``, whose changed verdicts are counted on
their own output line (docs/extract.md). Skips with a message when the file is missing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks._doccache import annotate_cached
from newsfuse.clean import clean_many
from newsfuse.extract import count_totals, extract
from newsfuse.geo import county_of
from newsfuse.models import Article, EventMention, RawDocument, Rejection
from newsfuse.settings import Settings


def load(path: Path, limit: int | None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return rows[:limit] if limit else rows


def raw_document(row: dict[str, Any]) -> RawDocument:
    """The dataset glues the title to the body; give the title separately."""
    title, text = row.get("title") or "", row.get("text") or ""
    body = text[len(title) :] if title and text.startswith(title) else text
    return RawDocument(
        input_id=str(row["id"]),
        origin="gvdb",
        media_type="text/plain",
        text=f"{title}\n\n{body}" if title else body,
        title=title or None,
        url=row.get("url"),
    )


def predict(
    rows: list[dict[str, Any]], settings: Settings
) -> dict[str, tuple[EventMention | None, Article | None]]:
    docs = [raw_document(r) for r in rows]
    articles = [a for a in clean_many(docs, settings) if not isinstance(a, Rejection)]
    out: dict[str, tuple[EventMention | None, Article | None]] = {
        d.input_id: (None, None) for d in docs
    }
    for annotated in annotate_cached(articles, settings, "gvdb"):
        mentions = extract(annotated, settings)
        main = next((m for m in mentions if m.is_main), None)
        out[annotated.article.input_id] = (main, annotated.article)
    return out


def figures(main: EventMention | None) -> dict[str, Any]:
    totals = count_totals(main) if main else {}
    claim = main.place if main else None
    place = claim.place if claim else None
    city = place.city if place else None
    quote = claim.evidence.quote if claim and claim.evidence else None
    return {
        "killed": totals.get("killed", 0),
        "injured": totals.get("injured", 0),
        "city": city,
        "city_as_written": _as_written(place, quote),
        "county": county_of(place) if place and place.precision != "region" else None,
        "state": place.admin1 if place and place.country == "US" else None,
    }


def _as_written(place: Any, quote: str | None) -> str | None:
    """The place as the article writes it, when it is a city, a neighbourhood placed in its
    city ("West Philadelphia", city Philadelphia) or a county (an unincorporated place): the
    annotators wrote the most specific of these, the place carries both."""
    if place is None or quote is None:
        return None
    county = place.precision == "region" and place.name != place.admin1
    if place.precision == "city" or county or (place.precision == "neighbourhood" and place.city):
        return quote
    return None


#: words the annotators kept before a place's name: "southwest Houston", "unincorporated X"
_GOLD_QUALIFIER = re.compile(
    r"^(?:unincorporated|suburban|downtown|(?:north|south|east|west)(?:east|west)?(?:ern)?)\s+"
)
_GOLD_GLUED_CAPS = re.compile(r"(?<=[a-z0-9])[A-Z][A-Z .'-]+$")  # "...robberyBELPRE"
_GOLD_GLUED_YEAR = re.compile(r"^\d{4}(?=[A-Z])")  # "2016Chicago"
_GOLD_TRAILING_NOUNS = re.compile(r"(?<=[A-Za-z.])(?:\s+[a-z]+)+$")  # "Oak Hill woods"


def gold_city(raw: Any) -> tuple[str | None, str | None]:
    """The place name a gold city span holds, and the normalisation that was needed (None
    when the span was taken as it is). Crowd spans were sometimes clipped badly; each step
    reads the place name at the span's end and never replaces one place by another:

    - ``hyphen``: a soft hyphen is dropped ("Gar\\xaddens");
    - ``header``: a span over several lines ("publication date: ...\\nMILWAUKEE"): its last
      line;
    - ``glued``: a title glued to the name ("...robberyBELPRE", "2016Chicago"): the name;
    - ``qualifier``: a leading lower-case direction or "unincorporated", "suburban",
      "downtown" ("southwest Houston" -> Houston: its city is Houston);
    - ``trailing``: trailing lower-case words ("Oak Hill woods" -> Oak Hill).
    """
    if raw is None:
        return None, None
    text = str(raw)
    steps = ["hyphen"] if "\xad" in text else []
    text = text.replace("\xad", "")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1:
        text, _ = lines[-1], steps.append("header")
    text = text.strip()
    glued = _GOLD_GLUED_CAPS.search(text) if not text.isupper() else None
    if glued or _GOLD_GLUED_YEAR.match(text):
        text = glued.group() if glued else _GOLD_GLUED_YEAR.sub("", text)
        steps.append("glued")
    if _GOLD_QUALIFIER.match(text):
        text, _ = _GOLD_QUALIFIER.sub("", text), steps.append("qualifier")
    if _GOLD_TRAILING_NOUNS.search(text) and not text.islower():
        text, _ = _GOLD_TRAILING_NOUNS.sub("", text), steps.append("trailing")
    return text.strip(), ("+".join(steps) or None)


def _norm(name: Any) -> str:
    """Case-folded, without a leading "the" and a trailing borough/township."""
    text = " ".join(str(name or "").replace(".", " ").split()).casefold().strip(" ,")
    text = text.removeprefix("the ")
    for tail in (" borough", " township"):
        text = text.removesuffix(tail)
    return text.replace("saint ", "st ")


def county_span(gold: str | None, text: str) -> str | None:
    """``gold`` read as "<gold> County" when the article writes that county and never the
    name alone: every occurrence runs on into "County" or another capitalised word ("the
    Los Angeles Times"), so the annotator's span was cut from the county's name."""
    if not gold or gold.casefold().endswith((" county", " parish")):
        return None
    found = list(re.finditer(rf"\b{re.escape(gold)}\b", text, re.IGNORECASE))
    after = [text[m.end() : m.end() + 12] for m in found]
    if not any(a.startswith(" County") for a in after):
        return None
    return f"{gold} County" if all(re.match(r" [A-Z]", a) for a in after) else None


def city_verdict(pred: dict[str, Any], raw_gold: Any, text: str = "") -> tuple[bool, str | None]:
    """Whether the predicted city matches the gold, and the rule that was needed beyond
    the plain comparison (``_same``): a gold normalisation (``gold_city``), ``clipped`` (a
    gold span that lost its first letter, "ort St. Lucie" for the Port St. Lucie we
    give), ``county`` (a gold county holding the city we give, by ``county_of``), or
    ``county-span`` (the same, for a gold cut from a county's name: ``county_span``)."""
    if _same("city", pred, raw_gold):
        return True, None
    gold, step = gold_city(raw_gold)
    if step is not None and _same("city", pred, gold):
        return True, step
    written = _norm(pred["city_as_written"])
    clipped = gold and gold[:1].islower() and len(written) == len(_norm(gold)) + 1
    if clipped and written.endswith(_norm(gold)) and gold[:1] != written[:1]:
        return True, "clipped"
    spanned = county_span(gold, text)
    for name, rule in ((gold, "county"), (spanned, "county-span")):
        if not name:
            continue
        if rule == "county-span" and _same("city", pred, name):
            return True, rule  # the county itself, as the article writes it
        if _in_county(pred, name):
            return True, rule
    return False, None


def _in_county(pred: dict[str, Any], gold: str | None) -> bool:
    county = _norm(gold).removesuffix(" county").removesuffix(" parish")
    if county == _norm(gold) or not pred["county"]:
        return False
    return bool(_norm(pred["county"]).removesuffix(" county").removesuffix(" parish") == county)


def _same(field: str, pred: dict[str, Any], gold: Any) -> bool:
    """City: the geocoded city or the name as the article writes it (a gazetteer spells
    "Saint George" where the article and the annotator wrote "St. George")."""
    if field == "city":
        return _norm(gold) in {_norm(pred["city"]), _norm(pred["city_as_written"])}
    if field == "state":
        return _norm(pred[field]) == _norm(gold)
    return bool(pred[field] == gold)


def report(rows: list[dict[str, Any]], preds: dict[str, Any], examples: int) -> None:
    fields = ("killed", "injured", "city", "state")
    right = dict.fromkeys(fields, 0)
    given = dict.fromkeys(fields, 0)
    right_given = dict.fromkeys(fields, 0)
    errors: dict[str, list[str]] = {f: [] for f in fields}
    rules: Counter[str] = Counter()
    for row in rows:
        main, article = preds[str(row["id"])]
        pred, gold = figures(main), row["gold"]
        for f in fields:
            ok = _same(f, pred, gold.get(f))
            if f == "city" and not ok:
                ok, rule = city_verdict(pred, gold.get(f), article.text if article else "")
                rules.update([rule] if rule else [])
            right[f] += ok
            if gold.get(f) is not None:
                given[f] += 1
                right_given[f] += ok
            if not ok and len(errors[f]) < examples:
                counts = [
                    f"{c.kind}={c.value}:{c.evidence.quote!r}"
                    for c in (main.counts if main else ())
                    if c.evidence
                ]
                errors[f].append(
                    f"  {row['id']}: pred {pred[f]!r} gold {gold.get(f)!r} {counts[:4]}"
                )
    n = len(rows)
    for f in fields:
        print(f"{f:8s} accuracy {right[f] / n:.3f} ({right[f]}/{n})   "
              f"on articles with gold {f}: {right_given[f] / max(1, given[f]):.3f} "
              f"({right_given[f]}/{given[f]})")  # fmt: skip
    if rules:
        listed = ", ".join(f"{k} {v}" for k, v in sorted(rules.items()))
        print(f"city verdicts changed by a gold normalisation or a county: {listed}")
    for f in fields:
        if errors[f]:
            print(f"\nerrors, {f}:")
            print("\n".join(errors[f]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="gvdb/dev.jsonl")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--examples", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"skip: {args.path} not found (pass ../shared/eval/gvdb/dev.jsonl)")
        return 0
    rows = load(args.path, args.limit)
    settings = Settings(progress=False)
    started = time.perf_counter()
    preds = predict(rows, settings)
    print(f"{len(rows)} articles in {time.perf_counter() - started:.1f}s")
    report(rows, preds, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
