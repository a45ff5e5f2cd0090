"""Ingest throughput, database size and peak memory (a benchmark, not a test).

    python benchmarks/ingest.py [PATH.jsonl.gz] [--jobs 1 2] [--limit N]

For each --jobs value, runs `rasd ingest PATH --db FRESH.duckdb --jobs N` in a subprocess
and prints documents/s (reading, coding and storing, as the command's summary reports it),
the wall time of the whole command (start-up, lexicons and the final story rebuild included),
the database size per 1,000 articles, and peak memory: the highest total resident memory of
the command and its worker processes together, sampled from /proc every 0.1 s (Linux; else
the largest single process, from getrusage).
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / \
    "saudinewsnet-2015-07.jsonl.gz"
SUMMARY = re.compile(r"stored ([\d,]+) new document\(s\) with ([\d,]+) event\(s\) in "
                     r"([\d.]+)s \(([\d.]+) documents/s\)")


def _tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants (0 when /proc is unavailable)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except (OSError, ValueError):
            continue
    return total


def run(path: Path, jobs: int, folder: Path) -> dict[str, float]:
    db = folder / f"jobs{jobs}.duckdb"
    cmd = [sys.executable, "-m", "rasd", "ingest", str(path), "--db", str(db),
           "--jobs", str(jobs)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.1)
    wall = time.perf_counter() - started
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        sys.exit(f"rasd ingest failed:\n{err}")
    if not peak:
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    m = SUMMARY.search(err)
    if not m:
        sys.exit(f"no summary in the output:\n{err}")
    stored = int(m.group(1).replace(",", ""))
    size = sum(p.stat().st_size for p in folder.glob(f"{db.name}*"))
    return {"jobs": jobs, "documents": stored, "events": int(m.group(2).replace(",", "")),
            "seconds": float(m.group(3)), "rate": float(m.group(4)), "wall": wall,
            "mb_per_1000": size / 1e6 / stored * 1000 if stored else 0.0,
            "peak_mb": peak / 1e6}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    args = ap.parse_args()
    if not args.path.exists():
        sys.exit(f"{args.path}: not found (the news sample lives in ../shared/data/news)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = args.path
        if args.limit:
            path = folder / "sample.jsonl"
            with gzip.open(args.path, "rt", encoding="utf-8") as src, path.open("w") as out:
                for n, line in enumerate(src):
                    if n >= args.limit:
                        break
                    out.write(line)
        print(f"{path.name}, {os.cpu_count()} CPUs")
        print("| --jobs | documents | events | documents/s | wall s | MB per 1,000 | peak MB |")
        print("|---|---|---|---|---|---|---|")
        for jobs in args.jobs:
            r = run(path, jobs, folder)
            print(f"| {jobs} | {r['documents']:,} | {r['events']:,} | {r['rate']:.1f} | "
                  f"{r['wall']:.1f} | {r['mb_per_1000']:.1f} | {r['peak_mb']:.0f} |",
                  flush=True)


if __name__ == "__main__":
    main()
