"""Every command flag, setting, output field and error class is documented."""

import dataclasses
import re
from pathlib import Path

from newsfuse import contract, errors
from newsfuse.cli import build_parser
from newsfuse.settings import Settings

DOCS = Path(__file__).resolve().parents[3] / "docs"


def test_docs_list_every_setting() -> None:
    text = (DOCS / "settings.md").read_text()
    missing = [f.name for f in dataclasses.fields(Settings) if f"`{f.name}`" not in text]
    assert not missing


def test_docs_list_every_cli_flag() -> None:
    text = (DOCS / "cli.md").read_text()
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    flags = {
        opt
        for p in sub.choices.values()  # type: ignore[union-attr]
        for a in p._actions
        for opt in a.option_strings
        if opt.startswith("--") and opt != "--help"
    }
    assert flags and not [f for f in flags if f not in text]


def test_docs_list_every_output_field() -> None:
    text = (DOCS / "output.md").read_text()
    fields = [*contract.ARTICLE_FIELDS, *contract.EVENT_FIELDS]
    assert not [f for f in fields if f"`{f}`" not in text]


def test_docs_draw_every_error_class() -> None:
    text = (DOCS / "errors.md").read_text()
    classes = [
        n for n, v in vars(errors).items() if isinstance(v, type) and issubclass(v, Exception)
    ]
    assert not [c for c in classes if not re.search(rf"\b{c}\b", text)]
