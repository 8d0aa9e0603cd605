"""Issue 14: a wheel works when installed outside the checkout.

``python -m build`` makes the wheel; it is installed into a fresh virtual environment (with the
machine's packages visible for the dependencies, the project itself only from the wheel), and
build, query, network, export and a serve request run there from a folder with no checkout
around it. Slow: run with ``-m slow`` (CI does).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from .helpers import free_port

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: int = 900) -> subprocess.CompletedProcess:
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, dict[str, str], Path]:
    """(the venv's bin folder, an environment without the checkout, a work folder)."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    def skip(folder: str, names: list[str]) -> set[str]:
        top = Path(folder) == ROOT
        return {n for n in names if n in ("__pycache__", ".pytest_cache", ".hypothesis") or n.endswith(".egg-info")
                or (top and n in (".git", "out", "build", "dist"))}

    shutil.copytree(ROOT, source, ignore=skip)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(base / "dist"), str(source)],
         cwd=base, env=env)
    wheels = list((base / "dist").glob("cppcckg-*.whl"))
    assert len(wheels) == 1
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], cwd=base, env=env)
    bin_dir = venv / "bin"
    _run([str(bin_dir / "python"), "-m", "pip", "install", "--no-deps", "--no-index", str(wheels[0])], cwd=base, env=env)
    work = base / "work"
    work.mkdir()
    shutil.rmtree(source)  # nothing of the checkout is left for the installed package to find
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    return bin_dir, env, work


def test_the_wheel_is_the_package_that_runs(installed):
    bin_dir, env, work = installed
    where = _run([str(bin_dir / "python"), "-c", "import cppcckg, cppcckg.resources as r; "
                  "print(cppcckg.__file__); print(r.project_root())"], cwd=work, env=env).stdout.split()
    assert where[0].startswith(str(bin_dir.parent)) and where[1].startswith(str(bin_dir.parent))


def test_build_query_network_export_and_serve_from_the_wheel(installed):
    bin_dir, env, work = installed
    cli = str(bin_dir / "cppcckg")
    reports = work / "reports"
    shutil.copytree(ROOT / "data" / "reports", reports)
    _run([cli, "build", "--reports", str(reports), "--out", "out", "--reasoner", "rl", "--no-progress"], cwd=work, env=env)
    rows = json.loads(_run([cli, "query", "body-initiatives", "--param", "body=重庆市政协", "--store", "out/store", "--format", "json"],
                           cwd=work, env=env).stdout)
    assert len(rows) >= 5
    _run([cli, "network", "--view", "sichuan-chongqing", "--store", "out/store", "--out", "net.html"], cwd=work, env=env)
    assert "<html" in (work / "net.html").read_text(encoding="utf-8").lower()
    _run([cli, "network", "--view", "sichuan-chongqing", "--layout", "map", "--store", "out/store", "--out", "map.html"],
         cwd=work, env=env)
    assert "沙坪坝区" in (work / "map.html").read_text(encoding="utf-8")  # the outlines ship in the wheel
    _run([cli, "export", "--store", "out/store", "--format", "ttl", "--out", "graph.ttl"], cwd=work, env=env)
    assert (work / "graph.ttl").stat().st_size > 10_000

    port = free_port()
    server = subprocess.Popen([cli, "serve", "--store", "out/store", "--port", str(port)], cwd=work, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/id/body/cq-cppcc", timeout=5) as response:
                    page = response.read().decode("utf-8")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        assert "政协重庆市委员会" in page
    finally:
        server.terminate()
        server.wait(timeout=30)
