"""The follow-up linker: a report weeks later that names the victim joins the archived event."""

from __future__ import annotations

import datetime as dt

from _cluster_make import article, mention

from newsfuse.cluster import Clusterer
from newsfuse.models import Article
from newsfuse.settings import Settings

FIRST = (
    "Orsolya Brandvik, 29, was shot and killed outside a laundromat on Pellham Avenue in "
    "Caldmoor on Friday night. Brandvik's cousin said she had stopped to buy milk. Police "
    "said two men ran toward a parked van after the shots."
)
ARREST = (
    "A 22-year-old man was charged with murder on Thursday in the death of Orsolya Brandvik. "
    "Investigators said the suspect was identified from camera footage. Brandvik was a "
    "nursing student, her family said at a court hearing."
)
OTHER = (
    "A 22-year-old man was charged with murder on Thursday in the death of Teodor Quillam. "
    "Investigators said the suspect was identified from camera footage. Quillam was a "
    "nursing student, his family said at a court hearing."
)


def _day(n: int) -> str:
    return (dt.date(2021, 3, 5) + dt.timedelta(days=n)).isoformat()


def _stream(late: Article, late_date: str) -> tuple[str, str, str]:
    settings = Settings(cluster_window_days=7, cluster_archive_days=400)
    c = Clusterer(settings)
    first = article("a0", FIRST, _day(0), "Woman shot dead outside laundromat")
    d0 = c.add(mention(first, date=_day(0), city="Caldmoor", killed=1), first)
    for n in range(1, 40):
        filler = article(f"z{n}", f"Council meeting {n} approved budget line {n}.", _day(n))
        c.add(mention(filler), filler)
    d1 = c.add(mention(late, date=late_date, city="Caldmoor"), late)
    return d0.cluster_id, d1.cluster_id, d1.reason


def test_followup_naming_the_victim_reopens_the_event() -> None:
    late = article("a1", ARREST, _day(40), "Man charged in laundromat killing")
    first_id, late_id, reason = _stream(late, _day(40))
    assert late_id == first_id
    assert "reopened from the archive" in reason
    assert "named in both: orsolya brandvik" in reason


def test_followup_naming_another_person_stays_apart() -> None:
    late = article("a2", OTHER, _day(40), "Man charged in laundromat killing")
    first_id, late_id, _reason = _stream(late, _day(40))
    assert late_id != first_id
