from pathlib import Path

import pytest

from newsfuse.cli import main


def test_cli_without_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsfuse: usage error:") and err.count("\n") == 1


def test_cli_bad_until_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "x", "--out", str(tmp_path), "--until", "nowhere"]) == 2
    assert "usage error" in capsys.readouterr().err


def test_cli_missing_input_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["run", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("newsfuse: error:") and "Traceback" not in err


def test_cli_zero_workers_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["run", "x", "--out", str(tmp_path), "--workers", "0"]) == 2
