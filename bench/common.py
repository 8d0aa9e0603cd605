"""Small pieces every benchmark needs: writing its JSON, stopping a server it started, and
running a command in a child that reports its own peak memory."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

# Python source for `python -c`: runs the cppcckg CLI with the remaining arguments and prints
# on stderr, as its last line, the peak resident memory (KiB on Linux) of the child itself or
# of the largest process it waited for (the reasoner's JVM, an extraction worker), whichever
# is larger, then its CPU time (user + system, itself and its children).
PEAK_RSS_LAUNCHER = (
    "import resource, sys\n"
    "from cppcckg.cli.main import app\n"
    "try:\n"
    "    code = app(sys.argv[1:], standalone_mode=False)\n"  # the command's exit code, not raised
    "finally:\n"
    "    peak = max(resource.getrusage(r).ru_maxrss for r in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))\n"
    "    print('peak-rss-kib', peak, file=sys.stderr)\n"
    "    usage = [resource.getrusage(r) for r in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]\n"
    "    print('cpu-seconds', sum(u.ru_utime + u.ru_stime for u in usage), file=sys.stderr)\n"
    "sys.exit(code if isinstance(code, int) else 0)\n"
)


def peak_rss_mb(stderr: str) -> float:
    """The peak RSS a PEAK_RSS_LAUNCHER child printed, in MB (NaN when it printed none)."""
    lines = [line for line in stderr.splitlines() if line.startswith("peak-rss-kib")]
    return int(lines[-1].split()[1]) / 1024 if lines else float("nan")


def cpu_seconds(stderr: str) -> float:
    """The CPU time (user + system, the child and what it waited for) a PEAK_RSS_LAUNCHER child
    printed: unlike wall time, it hardly changes when other jobs share the machine."""
    lines = [line for line in stderr.splitlines() if line.startswith("cpu-seconds")]
    return float(lines[-1].split()[1]) if lines else float("nan")


def write_results(path: Path, results: Any) -> None:
    """Write a benchmark's results as JSON and say where (relative to the project if inside)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    try:
        shown = path.resolve().relative_to(ROOT)
    except ValueError:
        shown = path
    print(f"\nwrote {shown}")


def stop_process(process: subprocess.Popen, timeout: float = 30) -> None:
    """SIGTERM, then SIGKILL if it has not exited after `timeout` seconds."""
    if process.poll() is None:
        os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=timeout)
