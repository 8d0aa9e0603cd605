"""End-to-end `cppcckg build` time and peak memory, on the seeds and on a generated corpus.

Each build runs in a child process (so peak resident memory is the build's own), once with
reasoning and validation (the seeds) and once without (the corpus: HermiT and SHACL grow with
the number of facts, see the README). The corpus is written as report files made of the seeds'
sentences recombined (bench.extract_throughput.build_corpus).

    python -m bench.build_cost --corpus-mb 10
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build(reports: Path, out: Path, extra: list[str]) -> dict:
    cmd = [sys.executable, "-m", "cppcckg.cli", "build", "--reports", str(reports), "--out", str(out),
           "--no-progress", "--full", *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode != 0:
        raise SystemExit(f"build failed: {done.stderr.strip()}")
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(max(peak, before) / 1024, 1),
            "summary": done.stdout.strip().splitlines()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-mb", type=float, default=10.0, help="size of the generated corpus (0: seeds only)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        seeds = _build(ROOT / "data" / "reports", tmp_path / "seeds", [])
        rows.append({"input": "seeds (2 reports, 42 KB)", "reason+validate": True, **seeds})
        if args.corpus_mb > 0:
            from bench.extract_throughput import build_corpus

            corpus = tmp_path / "corpus"
            corpus.mkdir()
            for n, doc in enumerate(build_corpus(args.corpus_mb)):
                (corpus / f"doc-{n:04d}.txt").write_text(doc, encoding="utf-8")
                (corpus / f"doc-{n:04d}.yaml").write_text(
                    f"id: doc-{n:04d}\npublisher: cq-cppcc-standing-committee\nperiod: {{start: 2021, end: 2021}}\n",
                    encoding="utf-8")
            result = _build(corpus, tmp_path / "corpus-out", ["--no-reason", "--no-validate"])
            rows.append({"input": f"generated corpus ({args.corpus_mb:g} MB)", "reason+validate": False, **result})
    print(f"{'input':<30} {'reason+validate':>15} {'seconds':>8} {'peak RSS MB':>12}")
    for r in rows:
        print(f"{r['input']:<30} {str(r['reason+validate']):>15} {r['seconds']:>8} {r['peak_rss_mb']:>12}")
    out = ROOT / "bench" / "results" / "build_cost.json"
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
