"""`kill -9` in the middle of `rasd ingest`, then run it again: every document stored once.

Run for real: the ingest runs in a subprocess that is killed with SIGKILL after it has
committed some batches, twice (once with --jobs 2), and then finishes.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasd.store import connect

N = 2400  # enough that a run is still going when it is killed, even on a fast machine
ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def articles(path: Path) -> None:
    places = ["المدينة", "القرية", "الميناء", "المطار", "الجسر", "المصنع"]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N):
            text = (f"اتهمت روسيا أوكرانيا بقصف {places[i % len(places)]} رقم {i}.\n"
                    f"وفرضت الولايات المتحدة عقوبات على روسيا للمرة {i}.")
            fh.write(json.dumps({"id": f"doc{i:05d}", "published": "2024-05-07",
                                 "text": text}, ensure_ascii=False) + "\n")


def start(src: Path, db: Path, jobs: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "rasd", "ingest", str(src), "--db", str(db), "--jobs", str(jobs),
         "--commit-every", "25"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def kill_after_commits(proc: subprocess.Popen, grace: float) -> list[int]:
    """SIGKILL `grace` seconds after the run reports its first committed batch."""
    assert proc.stderr is not None
    for line in proc.stderr:  # without a terminal, ingest logs its first commit
        if b"committed" in line:
            break
    time.sleep(grace)
    assert proc.poll() is None, "the run ended before it could be killed; raise N"
    workers = children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 10  # its worker processes leave too, none is orphaned
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if alive(w)]
    return workers


def children(pid: int) -> list[int]:
    """Child process ids (Linux /proc; an empty list elsewhere)."""
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def stored(db: Path) -> tuple[int, int, int, int, int]:
    con = connect(db, read_only=True)
    try:
        return con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT id) FROM documents),"
            " (SELECT count(*) FROM events), (SELECT sum(n_events) FROM documents),"
            " (SELECT count(DISTINCT id) FROM events)").fetchone()
    finally:
        con.close()


def test_kill_minus_9_and_resume_stores_every_document_once(tmp_path):
    src, db = tmp_path / "news.jsonl", tmp_path / "r.duckdb"
    articles(src)
    seen = []
    for jobs, grace in ((2, 0.3), (1, 0.6)):
        workers = kill_after_commits(start(src, db, jobs), grace)
        if jobs == 2 and Path("/proc/self/task").exists():
            assert len(workers) >= 2  # the worker processes were there, and left
        docs, distinct, events, n_events, distinct_events = stored(db)
        assert docs == distinct and events == (n_events or 0) == distinct_events
        seen.append(docs)
    assert 0 < seen[0] <= seen[1] < N, seen  # each run was killed part-way and kept its work
    finish = start(src, db, 2)
    _out, err = finish.communicate(timeout=300)
    assert finish.returncode == 0, err.decode()
    docs, distinct, events, n_events, distinct_events = stored(db)
    assert docs == distinct == N
    assert events == n_events == distinct_events == 2 * N
    summary = err.decode()
    assert f"stored {N - seen[1]:,} new document(s)" in summary
    assert f"skipped {seen[1]:,} already stored" in summary
    con = connect(db, read_only=True)
    assert con.execute("SELECT sum(num_mentions) FROM stories").fetchone()[0] == 2 * N
