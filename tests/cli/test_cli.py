"""The command line: help with examples, documented in the README, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cppcckg.cli.main import app

from tests.conftest import REPORTS, ROOT

runner = CliRunner()


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)


def test_every_command_has_help_with_an_example_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = _commands()
    assert {"extract", "build", "info", "evaluate"} <= set(commands)
    for name in commands:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.output, name
        assert f"cppcckg {name}" in readme, f"{name} is not documented in README.md"


def test_extract_jsonl_contract():
    result = runner.invoke(app, ["extract", str(REPORTS / "cq-cppcc-2022-work-report.txt")])
    assert result.exit_code == 0
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = {f["kind"] for f in facts}
    assert kinds == {"mention", "initiative", "metric"}
    assert "\\u" not in result.stdout  # no ASCII escaping
    initiative = next(f for f in facts if f["kind"] == "initiative")
    for key in ("type", "label", "organizers", "partners", "topics", "places", "status", "period",
                "programme", "joint_sichuan_chongqing", "evidence", "report"):
        assert key in initiative
    metric = next(f for f in facts if f["kind"] == "metric")
    for key in ("value", "unit", "qualifier", "measure", "subject", "period"):
        assert key in metric


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cppcckg.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})


@pytest.mark.parametrize(
    "args, code, fragment",
    [
        (["extract", "no-such-file.txt"], 2, "no such file"),
        (["info", "--store", "no-such-store"], 5, "cppcckg build"),
        (["extract", str(REPORTS / "cq-cppcc-2022-work-report.txt"), "--format", "xml"], 2, "--format"),
    ],
)
def test_user_errors_are_one_line_without_traceback(args, code, fragment, tmp_path):
    result = _run(*args, cwd=tmp_path)
    assert result.returncode == code
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_extract_without_metadata_says_what_it_assumed(tmp_path):
    report = tmp_path / "news.txt"
    report.write_text("2023年，区政协开展专题协商，围绕乡村振兴深入调研。", encoding="utf-8")
    result = _run("extract", str(report), "--kind", "initiative", cwd=tmp_path)
    assert result.returncode == 0
    assert "note:" in result.stderr and "no metadata" in result.stderr
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert {f["type"] for f in facts} == {"consultation", "research"}
