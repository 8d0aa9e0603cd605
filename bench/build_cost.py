"""End-to-end `cppcckg build` time and peak memory, on the seeds and on generated corpora.

Each build runs in its own child process, which reports its own peak resident memory, so
rows can be compared: with several corpus sizes the table shows whether memory grows with the
corpus (it should grow no faster). The seeds are built once per reasoner (OWL 2 RL in-process,
HermiT when Java is there, none) with a PATH without Java for RL, as on a machine with no Java;
corpora are built with SHACL and the reasoners named by --corpus-reasoners. The first seeds row
adds the time to export the built store in every format. Then the validation and reasoning
throughput (triples/s) of each SHACL engine and each reasoner, side by side, on the seeds and
the largest corpus (bench.engine_throughput). Corpora are report files made of the seeds'
sentences recombined (bench.extract_throughput.build_corpus).

    python -m bench.build_cost --corpus-mb 1,10
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import PEAK_RSS_LAUNCHER, cpu_seconds, peak_rss_mb

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "build_cost.json"

EXPORT_FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "rdfxml", "csv")


def run_cli(args: list[str], path: str = "/usr/bin:/bin") -> tuple[float, float, str, float]:
    """(seconds, peak RSS MB, first line of stdout, CPU seconds) of one cppcckg command in a child
    process."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK_RSS_LAUNCHER, *args], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": path})
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"cppcckg {args[0]} failed: {done.stderr.strip()}")
    return seconds, peak_rss_mb(done.stderr), (done.stdout.strip().splitlines() or [""])[0], cpu_seconds(done.stderr)


def build_row(label: str, reports: Path, out: Path, mb: float, extra: list[str], path: str = "/usr/bin:/bin") -> dict:
    seconds, rss, summary, cpu = run_cli(["build", "--reports", str(reports), "--out", str(out), "--no-progress", "--full", *extra],
                                    path)
    return {"input": label, "mb": round(mb, 3), "options": " ".join(extra) or "validate+reason",
            "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "peak_rss_mb": round(rss, 1),
            "summary": summary.replace(str(out), "OUT")}


def export_seconds(store: Path, out: Path) -> float:
    """Time to export a store in every format, one command after another."""
    total = 0.0
    for fmt in EXPORT_FORMATS:
        seconds, _rss, _, _cpu = run_cli(["export", "--store", str(store), "--format", fmt, "--out", str(out / fmt)])
        total += seconds
    return round(total, 2)


def write_corpus(folder: Path, mb: float) -> float:
    from bench.extract_throughput import build_corpus

    folder.mkdir(parents=True)
    size = 0
    for n, doc in enumerate(build_corpus(mb)):
        (folder / f"doc-{n:04d}.txt").write_text(doc, encoding="utf-8")
        (folder / f"doc-{n:04d}.yaml").write_text(
            f"id: doc-{n:04d}\npublisher: cq-cppcc-standing-committee\nperiod: {{start: 2021, end: 2021}}\n",
            encoding="utf-8")
        size += len(doc.encode("utf-8"))
    return size / 1_000_000


def seeds_rows(tmp_path: Path) -> list[dict]:
    """The seeds built once per reasoner: RL with no Java on the PATH, HermiT where Java is."""
    seeds_dir = ROOT / "data" / "reports"
    mb = sum(p.stat().st_size for p in seeds_dir.glob("*.txt")) / 1_000_000
    no_java = tmp_path / "no-java-bin"
    no_java.mkdir()
    rows = [build_row("seeds (2 reports)", seeds_dir, tmp_path / "seeds", mb, ["--reasoner", "rl"], str(no_java))]
    rows[0]["export_all_formats_seconds"] = export_seconds(tmp_path / "seeds" / "store", tmp_path / "exports")
    if shutil.which("java"):
        rows.append(build_row("seeds (2 reports)", seeds_dir, tmp_path / "seeds-hermit", mb, ["--reasoner", "hermit"]))
    rows.append(build_row("seeds (2 reports)", seeds_dir, tmp_path / "seeds-none", mb, ["--reasoner", "none", "--no-validate"]))
    return rows


def main(argv: list[str] | None = None) -> None:
    from bench.engine_throughput import measure, print_rows

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-mb", default="10", help="comma-separated corpus sizes in MB (0: seeds only)")
    parser.add_argument("--corpus-reasoners", default="rl", help="reasoners to build the corpora with (rl, hermit, none)")
    parser.add_argument("--no-validate", action="store_true", help="build the corpora without SHACL")
    parser.add_argument("--throughput-shacl", default="turbo,pyshacl",
                        help="SHACL engines whose throughput is measured (pyshacl takes minutes at 10 MB)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON results")
    args = parser.parse_args(argv)
    rows: list[dict] = []
    throughput: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        rows.extend(seeds_rows(tmp_path))
        throughput.extend(measure(ROOT / "data" / "reports", "seeds (2 reports)", ["turbo", "pyshacl"], ["rl", "hermit"]))
        largest = None
        for mb in [float(x) for x in args.corpus_mb.split(",") if float(x) > 0]:
            corpus = tmp_path / f"corpus-{mb:g}"
            size = write_corpus(corpus, mb)
            largest = (corpus, mb)
            for reasoner in args.corpus_reasoners.split(","):
                extra = ["--reasoner", reasoner] + (["--no-validate"] if args.no_validate else [])
                rows.append(build_row(f"generated corpus ({mb:g} MB)", corpus, tmp_path / f"out-{mb:g}-{reasoner}", size, extra))
        if largest:
            throughput.extend(measure(largest[0], f"generated corpus ({largest[1]:g} MB)",
                                      args.throughput_shacl.split(","), args.corpus_reasoners.split(",")))
    print(f"{'input':<28} {'options':<30} {'seconds':>8} {'CPU s':>6} {'MB/s':>6} {'peak RSS MB':>12} {'RSS MB per text MB':>19}")
    for r in rows:
        rate = r["mb"] / r["seconds"] if r["seconds"] else 0
        print(f"{r['input']:<28} {r['options']:<30} {r['seconds']:>8} {r['cpu_seconds']:>6} {rate:>6.2f} {r['peak_rss_mb']:>12} "
              f"{r['peak_rss_mb'] / r['mb']:>19.0f}")
    print(f"seeds: export in all {len(EXPORT_FORMATS)} formats {rows[0]['export_all_formats_seconds']} s "
          f"(build + exports {rows[0]['seconds'] + rows[0]['export_all_formats_seconds']:.2f} s)\n")
    print_rows(throughput)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"builds": rows, "throughput": throughput}, ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")


if __name__ == "__main__":
    main()
