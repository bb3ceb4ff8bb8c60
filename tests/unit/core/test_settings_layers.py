from pathlib import Path

import pytest

from newsfuse.errors import ConfigError
from newsfuse.settings import Settings, load_settings


def test_settings_defaults_when_nothing_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_settings(env={}) == Settings()


def test_settings_file_then_env_then_flags(tmp_path: Path) -> None:
    cfg = tmp_path / "nf.toml"
    cfg.write_text("workers = 3\nbatch_size = 8\nprogress = false\n")
    env = {"NEWSFUSE_WORKERS": "4", "NEWSFUSE_CLUSTER_THRESHOLD": "0.7"}
    s = load_settings(config=str(cfg), env=env, flags={"batch_size": 16, "db": None})
    assert (s.workers, s.batch_size, s.progress, s.cluster_threshold) == (4, 16, False, 0.7)


def test_settings_unknown_key_in_file_is_an_error(tmp_path: Path) -> None:
    cfg = tmp_path / "nf.toml"
    cfg.write_text("wrokers = 2\n")
    with pytest.raises(ConfigError, match="wrokers"):
        load_settings(config=str(cfg), env={})


def test_settings_bad_env_value_is_an_error() -> None:
    with pytest.raises(ConfigError, match="workers"):
        load_settings(env={"NEWSFUSE_WORKERS": "many"})
