"""Hand-written pages for the clean tests (invented text, no real outlet's words)."""

from __future__ import annotations

PARAS = (
    "The river authority in Lowmarsh said on Monday that the old stone bridge would close for "
    "repairs after inspectors found cracks in two of its arches.",
    "Engineers expect the work to take about six weeks, and a temporary ferry will carry "
    "pedestrians across the water while the bridge is shut, officials added.",
    "Local traders fear the closure will keep visitors away during the autumn fair, which "
    "usually draws several thousand people to the market square each weekend.",
    "The authority promised to publish a detailed timetable for the repairs before the end of "
    "the month and to hold a public meeting at the town hall next Thursday.",
)

PAGE = "\n".join(
    [
        "Skip to content",
        "",
        "Home",
        "News",
        "Sport",
        "Weather",
        "",
        "Cracks force closure of Lowmarsh bridge",
        "",
        "Repairs will take six weeks, the river authority says",
        "",
        "By Mira Castellan",
        "March 3, 2021 at 4:05 pm",
        "A worker looks at the damaged arch on March 1, 2021. (Photo: Lowmarsh Courier/Staff)",
        "",
        PARAS[0],
        "",
        PARAS[1],
        "",
        "READ: Ferry timetable changes for the spring season",
        "",
        PARAS[2],
        "",
        PARAS[3],
        "",
        "Share this article",
        "Leave a comment",
        "",
        "More from Lowmarsh Courier Staff",
        "Copyright 2021",
    ]
)
