"""The store under a running ingest: SIGKILL at chosen points, and readers in another process.

These run real subprocesses on the small model over short real stories, so they are marked
``model``; each takes a few seconds.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from detente.runner import ingest

SRC = Path(__file__).resolve().parents[1] / "src"
VOA = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "voa" / "voa_stories.jsonl"

pytestmark = pytest.mark.model

#: Time columns differ between any two runs; everything else must match exactly.
_CLOCK_COLUMNS = {"ingested_at", "seen_at"}
#: Where a row sits in the file (the rowids party_events keeps), which a rerun after a kill
#: changes without changing what the store says.
_PHYSICAL_COLUMNS = {"rid"}


def _env() -> dict:
    return dict(os.environ, PYTHONPATH=str(SRC), PYTHONUNBUFFERED="1")


def _stories(tmp_path: Path, n: int, chars: int | None = None) -> Path:
    """``n`` VOA stories (cut to ``chars`` characters) plus two lines that are rejected."""
    if not VOA.exists():
        pytest.skip("the shared VOA corpus is not here")
    rows = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines()[:n]]
    lines = [json.dumps(dict(r, text=r["text"][:chars] if chars else r["text"])) for r in rows]
    lines.insert(3, '{"text": "unterminated')
    lines.insert(9, json.dumps({"text": "Talks.", "published": "someday"}))
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _dump(db: Path) -> dict[str, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall()]
        out = {}
        for t in tables:
            cols = [r[0] for r in con.execute(f"DESCRIBE {t}").fetchall()
                    if r[0] not in _CLOCK_COLUMNS | _PHYSICAL_COLUMNS]
            quoted = ", ".join(f'"{c}"' for c in cols)
            out[t] = con.execute(f"SELECT {quoted} FROM {t} ORDER BY ALL").fetchall()
    return out


# A child that ingests with small chunks and says where it is, so the test can kill it at a
# known point: after a chunk is stored, inside the transaction of a flush (rows inserted, not
# committed), or inside the schema-creating transaction.
_CHILD = """
import sys, time
from detente import runner, store
db, src, point = sys.argv[1:4]
orig_tx = store.Store._transaction
calls = [0]

def tx(self, fn):
    calls[0] += 1
    n = calls[0]
    def go():
        fn()
        if (point == "create" and n == 1) or (point == "flush" and n == 3):
            print("inside", flush=True)
            time.sleep(120)
    orig_tx(self, go)
    if point == "between" and n == 3:
        print("inside", flush=True)

store.Store._transaction = tx
runner.ingest(db, [src], chunk=4)
print("done", flush=True)
time.sleep(120)
"""


@pytest.fixture(scope="module")
def clean(tmp_path_factory, analyzer):
    """Short stories and the store a run without kills makes of them."""
    tmp = tmp_path_factory.mktemp("clean")
    src = _stories(tmp, 12, chars=300)
    db = tmp / "clean.duckdb"
    ingest(str(db), [str(src)], chunk=4)
    return src, _dump(db)


@pytest.mark.parametrize("point", ["create", "flush", "between"])
def test_kill_9_then_rerun_gives_exactly_the_clean_store(tmp_path, point, clean):
    src, expected = clean
    killed = tmp_path / "killed.duckdb"
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(killed), str(src), point],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             env=_env())
    try:
        assert child.stdout.readline().strip() == "inside"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    if point != "create":  # something was stored before the kill, and survived it
        assert _dump(killed)["articles"]
    result = ingest(str(killed), [str(src)], chunk=4)
    assert result.rejected == 2
    assert _dump(killed) == expected


# The ingest command, with chunks of 4 and a pause in the 6th article (the second chunk) until
# the test says go: the first chunk is stored and the file released by then.
_PAUSED_INGEST = """
import os, sys, time
from detente import pipeline, runner
from detente.cli import main
go, seen = sys.argv[1], [0]
runner.CHUNK = 4
analyze_doc = pipeline.Analyzer.analyze_doc

def paused(self, doc, article, stage=None):
    seen[0] += 1
    if seen[0] == 6:
        print("paused", flush=True)
        deadline = time.monotonic() + 60
        while not os.path.exists(go) and time.monotonic() < deadline:
            time.sleep(0.05)
    return analyze_doc(self, doc, article, stage)

pipeline.Analyzer.analyze_doc = paused
sys.argv = ["detente", "ingest", *sys.argv[2:]]
main()
"""


def test_a_reader_answers_while_an_ingest_runs(tmp_path):
    src = _stories(tmp_path, 12, chars=300)
    db, go = tmp_path / "busy.duckdb", tmp_path / "go"
    # one process: the pause is patched into this interpreter's analyzer
    writer = subprocess.Popen([sys.executable, "-c", _PAUSED_INGEST, str(go), str(src),
                               "--db", str(db), "--workers", "1"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=_env())
    try:
        assert writer.stdout.readline().strip() == "paused"  # mid-ingest, first chunk stored
        reader = subprocess.run([sys.executable, "-c", "from detente.cli import main; main()",
                                 "events", "--db", str(db), "--wait", "5", "--all",
                                 "--format", "json"],
                                capture_output=True, text=True, env=_env(), timeout=120)
        assert (reader.returncode, reader.stderr) == (0, "")
        during = {json.loads(line)["article_id"] for line in reader.stdout.splitlines()}
        assert writer.poll() is None  # the ingest was still running
    finally:
        go.touch()
        _, err = writer.communicate(timeout=120)
    assert writer.returncode == 2, err  # the two bad lines
    summary = err.splitlines()[-1]
    assert summary.startswith("articles: 12 read, 12 new, 0 replaced, 0 unchanged; ")
    assert summary.endswith("; 2 rejected")
    with duckdb.connect(str(db), read_only=True) as con:
        first_chunk = {r[0] for r in con.execute(
            "SELECT DISTINCT e.article_id FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE a.origin IN (SELECT unnest(?))",
            [[f"{src}:{n}" for n in (1, 2, 3, 5)]]).fetchall()}
    assert during == first_chunk  # the reader saw exactly the stored first chunk
