"""Add throughput: how fast `cppcckg add`'s readers turn each format into kept text.

The files are the test fixtures (tests/ingest/ingest_fixtures.py: one invented district report as a
cluttered news page, a PDF with running headers and page numbers, a Word file with a table),
each repeated --copies times so that a file is of a realistic size. Each reader is timed on the
file's bytes in memory (``cppcckg.ingest.add.convert``, the function the command calls) over
--runs runs; the median is reported as MB of input per second and, for PDF, pages per second.

    python -m bench.add_throughput                 # 20 copies, 5 runs
    python -m bench.add_throughput --copies 50 --runs 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, write_results

RESULTS = ROOT / "bench" / "results" / "add_throughput.json"


def _files(folder: Path, copies: int) -> dict[str, tuple[bytes, int]]:
    """(bytes, pages) per format; pages only means something for PDF."""
    sys.path.insert(0, str(ROOT))
    from tests.ingest import ingest_fixtures as fx

    body = fx.BODY
    fx.BODY = body * copies  # the writers read the module's BODY
    try:
        page = fx.html_page().encode("utf-8")
        pdf = fx.write_pdf(folder / "r.pdf").read_bytes()
        docx = fx.write_docx(folder / "r.docx").read_bytes()
    finally:
        fx.BODY = body
    import pypdf
    import io

    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return {"html": (page, 1), "pdf": (pdf, pages), "docx": (docx, 1)}


def main(argv: list[str] | None = None) -> list[dict]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="How many times the report's body is repeated per file.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    from cppcckg.ingest.add import convert

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, (data, pages) in _files(Path(tmp), args.copies).items():
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                converted = convert(data, f"bench.{fmt}", fmt)
                times.append(time.perf_counter() - start)
            seconds = statistics.median(times)
            rows.append({"format": fmt, "input_mb": round(len(data) / 1e6, 3), "pages": pages,
                         "kept_characters": len(converted.text), "seconds": round(seconds, 4),
                         "mb_per_s": round(len(data) / 1e6 / seconds, 2),
                         "pages_per_s": round(pages / seconds, 1) if fmt == "pdf" else None})
    print(f"{'format':<7}{'input MB':>10}{'pages':>7}{'kept chars':>12}{'seconds':>9}{'MB/s':>8}{'pages/s':>9}")
    for r in rows:
        print(f"{r['format']:<7}{r['input_mb']:>10}{r['pages']:>7}{r['kept_characters']:>12}{r['seconds']:>9}"
              f"{r['mb_per_s']:>8}{r['pages_per_s'] if r['pages_per_s'] is not None else '':>9}")
    write_results(args.out, {"copies": args.copies, "runs": args.runs, "rows": rows})
    return rows


if __name__ == "__main__":
    main()
