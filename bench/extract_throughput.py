"""Extraction throughput on a corpus built from the seed reports.

The corpus recombines the reports' sentences in a seeded random order into documents of
about 50 KB until it reaches the requested size, so the text has the reports' language and
entity density. Prints MB/s and sentences/s for the whole pipeline (segment, recognise,
initiatives, statistics) on one core, and with a process per core.

    python -m bench.extract_throughput --mb 10
    python -m bench.extract_throughput --mb 100 --out bench/results/extract_throughput_100mb.json

The corpus is held as a list of strings (about 100 MB resident at --mb 100), and each worker
receives one document at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "extract_throughput.json"


def build_corpus(target_mb: float, seed: int = 7) -> list[str]:
    """Documents of recombined report sentences totalling about `target_mb` MB of UTF-8."""
    from cppcckg.extract.segment import split_sentences
    from cppcckg.ingest.reports import read_reports

    sentences = [s.text for r in read_reports(ROOT / "data" / "reports") for s in split_sentences(r) if not s.is_heading]
    rng = random.Random(seed)
    docs, size, target = [], 0, int(target_mb * 1_000_000)
    while size < target:
        picked = rng.sample(sentences, k=min(len(sentences), 120))
        paragraphs = ["".join(picked[i:i + 6]) for i in range(0, len(picked), 6)]
        doc = "\n\n".join(paragraphs)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


_PIPELINE = None


def _run(doc: str) -> int:
    global _PIPELINE
    from cppcckg.extract.pipeline import Pipeline
    from cppcckg.ingest.reference import load_reference
    from cppcckg.ingest.reports import report_from_bytes

    if _PIPELINE is None:
        _PIPELINE = Pipeline(load_reference())
    report = report_from_bytes(doc.encode("utf-8"), "bench", "bench", {"publisher": "cq-cppcc-standing-committee"})
    return len(_PIPELINE.run(report).sentences)


def measure(docs: list[str], jobs: int) -> dict:
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1_000_000
    start = time.perf_counter()
    if jobs == 1:
        sentences = sum(_run(d) for d in docs)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            sentences = sum(pool.map(_run, docs, chunksize=4))
    seconds = time.perf_counter() - start
    return {"jobs": jobs, "mb": round(mb, 2), "seconds": round(seconds, 2),
            "mb_per_s": round(mb / seconds, 3), "sentences_per_s": round(sentences / seconds)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB of UTF-8 (default 10)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the parallel run")
    parser.add_argument("--out", type=Path, default=RESULTS, help="JSON results file (another name keeps the default one)")
    args = parser.parse_args(argv)
    docs = build_corpus(args.mb)
    _run(docs[0])  # load the reference and build the automaton outside the timing
    rows = [measure(docs, 1)]
    if args.jobs > 1:
        rows.append(measure(docs, args.jobs))
    print(f"{'jobs':>4} {'MB':>7} {'seconds':>8} {'MB/s':>7} {'sentences/s':>12}")
    for r in rows:
        print(f"{r['jobs']:>4} {r['mb']:>7} {r['seconds']:>8} {r['mb_per_s']:>7} {r['sentences_per_s']:>12}")
    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"cpu_count": os.cpu_count(), "runs": rows}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
