import newsfuse


def test_api_public_names_are_pinned() -> None:
    assert sorted(newsfuse.__all__) == [
        "__version__",
        "annotate",
        "clean",
        "cluster",
        "extract",
        "ingest",
        "open_store",
        "reconcile",
        "report",
        "run",
    ]


def test_api_stage_functions_resolve() -> None:
    assert callable(newsfuse.open_store) and callable(newsfuse.run)
