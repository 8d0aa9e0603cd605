"""Run every benchmark and print their tables: `python -m bench` (quick sizes) or
`python -m bench --full` (the sizes the performance issue names; takes much longer).

Each benchmark also writes its JSON to bench/results/, so runs can be compared.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

QUICK = [
    ("extraction throughput", ["bench.extract_throughput", "--mb", "2"]),
    ("build time and peak memory", ["bench.build_cost", "--corpus-mb", "2"]),
    ("named-query latency, Oxigraph vs rdflib", ["bench.query_latency", "--sizes", "100000", "--runs", "3"]),
    ("network first stable frame", ["bench.network_frame", "--sizes", "1000", "--repeat", "1"]),
]
FULL = [
    ("extraction throughput", ["bench.extract_throughput", "--mb", "10"]),
    ("build time and peak memory", ["bench.build_cost", "--corpus-mb", "10"]),
    ("named-query latency, Oxigraph vs rdflib", ["bench.query_latency", "--sizes", "100000,1000000", "--runs", "5"]),
    ("network first stable frame", ["bench.network_frame", "--sizes", "1000", "5000"]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="the full sizes (10 MB, 1M triples, 5k nodes)")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{__import__('os').cpu_count()} cores")
    failed = 0
    for title, cmd in FULL if args.full else QUICK:
        print(f"\n== {title}: python -m {' '.join(cmd)}", flush=True)
        done = subprocess.run([sys.executable, "-m", *cmd], cwd=ROOT)
        failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
