"""Run every benchmark and print their tables: `python -m bench` (quick sizes) or
`python -m bench --full` (the sizes the performance issue names; takes much longer).

Each benchmark also writes its JSON to bench/results/ (quick runs to bench/results/quick/), so
runs can be compared.
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
    ("export cost per format", ["bench.export_cost", "--triples", "100000"]),
    ("publish throughput, cppcckg publish vs one bulk POST", ["bench.publish_throughput", "--triples", "50000"]),
]
FULL = [
    ("extraction throughput", ["bench.extract_throughput", "--mb", "10"]),
    ("extraction throughput at 100 MB", ["bench.extract_throughput", "--mb", "100",
                                         "--out", "bench/results/extract_throughput_100mb.json"]),
    ("build time and peak memory", ["bench.build_cost", "--corpus-mb", "1,10"]),
    ("named-query latency, Oxigraph vs rdflib (rdflib only up to 1M)",
     ["bench.query_latency", "--sizes", "100000,1000000,5000000", "--runs", "5"]),
    ("network first stable frame", ["bench.network_frame", "--sizes", "1000", "5000"]),
    ("export cost per format", ["bench.export_cost", "--triples", "1000000"]),
    ("publish throughput, cppcckg publish vs one bulk POST", ["bench.publish_throughput", "--triples", "1000000"]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="the full sizes (10 and 100 MB, up to 5M triples, 5k nodes)")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{__import__('os').cpu_count()} cores")
    failed = 0
    for title, cmd in FULL if args.full else QUICK:
        if not args.full:  # quick figures go beside the full ones, never over them
            cmd = [*cmd, "--out", f"bench/results/quick/{cmd[0].split('.')[-1]}.json"]
        print(f"\n== {title}: python -m {' '.join(cmd)}", flush=True)
        done = subprocess.run([sys.executable, "-m", *cmd], cwd=ROOT)
        failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
