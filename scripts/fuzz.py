"""Hostile-input fuzz run of the whole ingest path: readers -> pipeline -> store.

Generates N hostile inputs from a seed (printed, so a failure can be replayed): news-like text
with hostile unicode, pathological repetitions, deep quoting and very long tokens; JSON records
with wrong types, huge integers, deep nesting, lone surrogates and odd ids; CSV rows with
unclosed quotes and shifted columns; whole files that are empty, binary, UTF-16/32 without a
BOM, gzip, unknown extensions, and file names with newlines and terminal escape sequences. Then
ingests them all into a fresh store and accounts for every input:

* crash      an exception escaped ``ingest`` (the batch stopped);
* hang       the run outlived ``--watchdog`` seconds (faulthandler prints where and exits);
* boundary   an article was quarantined by the article boundary (analysis_failed or
             analysis_timeout): the batch went on, but a stage has a bug to fix;
* silent     an input unit with neither a stored article nor a rejection naming it;
* bad line   a rejection that is not exactly one line with its location.

Sizes stay in the tens of thousands of characters so that 10,000 inputs run in well under an
hour on two cores; how cost grows up to the 1,000,000-character limit is
``benchmarks/stage_cost.py``'s job.

Exit status 0 only when all five are zero.

    .venv/bin/python scripts/fuzz.py --n 10000 --seed 7
"""

from __future__ import annotations

import argparse
import collections
import faulthandler
import gzip
import json
import os
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

# A small news-like vocabulary: enough for the parser to build real clauses, so the stages
# after the parse (actors, dates, places, events, quotes, ledger) all get exercised.
SUBJECTS = ["Russia", "Ukraine", "the United States", "Moscow", "Kyiv", "Iran", "Israel",
            "Hamas", "the United Nations", "NATO", "the European Union", "China", "Turkey",
            "police", "the military", "rebels", "the foreign minister", "President Zelenskyy",
            "Sergei Lavrov", "protesters", "the government", "security forces", "gunmen",
            "the two sides", "both parties", "the delegation", "officials", "it", "they"]
VERBS = ["met", "attacked", "accused", "agreed with", "rejected", "threatened", "condemned",
         "will hold talks with", "did not sign a deal with", "may impose sanctions on",
         "refused to meet", "urged", "praised", "arrested", "shelled", "negotiated with",
         "called for a ceasefire with", "demanded the withdrawal of", "welcomed",
         "is expected to visit", "said it would not attack", "had warned"]
WHEN = ["on Monday", "on May 16", "last month", "in February", "since March 2022",
        "next week", "two years ago", "on Wednesday", "in 2025", "earlier this year",
        "on 16 May 2025", "yesterday", "mid-March", "over two years"]
WHERE = ["in Istanbul", "in Geneva", "near Kharkiv", "in Gaza", "in Syria", "at the border",
         "in Doha", "in the capital", "in Washington", "in eastern Ukraine"]
NASTY = ["\u202e", "\u200b", "\ufeff", "\u0000", "\x1b[31m", "\x1b]0;pwn\x07", "\u0301" * 30,
         "\U0001F600", "\u2028", "\u2029", "\r", "\t" * 40, "\ud800", "\udfff", "\x85",
         "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "\\", "\"", "'" * 20, "«", "»",
         "“", "”", "„", "‹", "›", "(" * 200, ")" * 200, "-" * 500, "." * 300, "?" * 100,
         "ǅ", "ﬁ", "ß", "İ", "\u0663\u0664", "日本語の記事", "Ελλάδα", "Україна", "!" * 50]
REPEATS = ["will not refuse to not ", "on Monday ", "talks ", "said ", "\" ", "and ", "in ",
           "Russia and Ukraine ", "the ", "ceasefire talks held in Istanbul on May 16. ",
           "not ", "the the the ", "'s ", "who said that ", "of the ", "(", ")", "\"\"",
           "THE SUMMIT HELD IN FEBRUARY. "]


@dataclass
class Unit:
    """One input the run must account for: a file, or one record (line/row/item) in it."""

    file: str
    line: int | None = None  #: 1-based line or row for line-based records, None for a file
    kind: str = ""
    raw: str = ""  #: the record as written (identical records are stored once, as "unchanged")


@dataclass
class Plan:
    units: list[Unit] = field(default_factory=list)
    files: int = 0


# --------------------------------------------------------------------------- text generators

def sentence(rng: random.Random) -> str:
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(SUBJECTS)]
    if rng.random() < 0.6:
        parts.append(rng.choice(WHEN))
    if rng.random() < 0.5:
        parts.append(rng.choice(WHERE))
    s = " ".join(parts)
    r = rng.random()
    if r < 0.2:
        s = f'"{s[0].upper()}{s[1:]}," {rng.choice(SUBJECTS)} said'
    elif r < 0.3:
        s = s.upper()
    elif r < 0.35:
        s = s.replace(" ", "")
    return s[0].upper() + s[1:] + rng.choice([".", ".", "!", "?", "", ";", "..."])


def hostile_text(rng: random.Random) -> str:
    """News-like prose with one or more hostile mutations."""
    sents = [sentence(rng) for _ in range(rng.randint(0, 12))]
    for _ in range(rng.randint(1, 4)):
        m = rng.random()
        pos = rng.randint(0, len(sents))
        if m < 0.3:
            sents.insert(pos, rng.choice(REPEATS) * rng.randint(20, 400))
        elif m < 0.55:
            sents.insert(pos, "".join(rng.choice(NASTY) for _ in range(rng.randint(1, 30))))
        elif m < 0.65:
            sents.insert(pos, "x" * rng.randint(1000, 20000))  # one enormous token
        elif m < 0.75:
            depth = rng.randint(50, 400)
            sents.insert(pos, "He said “" * depth + "peace" + "”" * depth)
        elif m < 0.85:
            sents.insert(pos, " ".join(str(rng.randint(0, 10**9)) for _ in range(300)))
        elif m < 0.92:
            sents.insert(pos, "\n" * rng.randint(10, 3000))
        else:
            sents.insert(pos, "".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(200)))
    text = " ".join(sents)
    return text if rng.random() > 0.02 else ""  # now and then: nothing at all


def _lone_surrogate_json(text: str) -> str:
    return json.dumps({"text": text})[:-2] + '\\ud800"}'


def jsonl_record(rng: random.Random, idx: int) -> str:
    r = rng.random()
    text = hostile_text(rng)
    rec: dict = {"id": f"f{idx}", "text": text, "published": "2025-05-29"}
    if r < 0.55:
        return json.dumps(rec, ensure_ascii=rng.random() < 0.5)
    if r < 0.6:
        return _lone_surrogate_json(text)
    if r < 0.64:
        return '{"text": "big", "n": ' + "9" * rng.randint(4301, 9000) + "}"
    if r < 0.68:
        depth = rng.randint(500, 5000)
        return '{"text": ' + "[" * depth + '"x"' + "]" * depth + "}"
    if r < 0.72:
        rec["text"] = rng.choice([123, None, ["a", "b"], {"t": "x"}, True, 1.5e308])
        return json.dumps(rec)
    if r < 0.76:
        rec["published"] = rng.choice(["2025-13-45", "yesterday", "9" * 5000, "",
                                       "0000-00-00", "\x1b[2J", "2025-02-30"])
        return json.dumps(rec)
    if r < 0.8:
        rec["id"] = rng.choice(["", "\n\x1b[31mforged", "x" * 5000, " ", "../../etc/passwd",
                                "\u202eevil", 42, None])
        return json.dumps(rec)
    if r < 0.84:
        return json.dumps(rec)[: rng.randint(1, 40)]  # truncated line
    if r < 0.88:
        return json.dumps(rng.choice([[rec], "text", 7, None, []]))
    if r < 0.92:
        rec["title"] = "".join(rng.choice(NASTY) for _ in range(20))
        rec["url"] = "javascript:alert(1)"
        return json.dumps(rec)
    return "\x00" * rng.randint(1, 50) + json.dumps(rec)


def csv_row(rng: random.Random, idx: int) -> list[str]:
    """One CSV row as text lines (a quoted field may span several lines)."""
    text = hostile_text(rng).replace("\x00", "")
    r = rng.random()
    q = '"' + text.replace('"', '""') + '"'
    if r < 0.6:
        return [f"c{idx},{q},Title {idx},https://example.org/{idx},src,2025-05-29"]
    if r < 0.7:
        return [f'c{idx},"unclosed quote {text[:50]}'.replace("\n", " ") + ",T,u,s,2025-05-29"]
    if r < 0.8:
        return [f"c{idx},{q},Title, with comma,https://example.org/{idx},src,2025-05-29"]
    if r < 0.88:
        return [f"c{idx},{q}"]  # too few fields
    if r < 0.94:
        return [f'c{idx},"multi\nline\ntext {idx}",T,u,s,2025-05-29']
    return [f"c{idx},{q},T,u,s,not-a-date"]


# --------------------------------------------------------------------------- file generators

HOSTILE_NAMES = ["new\nline", "esc\x1b[31mred", "bell\x07", "tab\tname", "rtl\u202etxt.exe",
                 "space name", "ünïcödé", "-dash", "semi;colon", "quote'\"", "back\\slash",
                 "a" * 150, "%s%n", "$(reboot)"]


def whole_file(rng: random.Random, d: Path, idx: int) -> tuple[Path, str]:
    r = rng.random()
    text = hostile_text(rng) or sentence(rng)
    stem = f"w{idx}"
    if rng.random() < 0.15:
        stem += "-" + rng.choice(HOSTILE_NAMES)
    if r < 0.25:
        p, data, kind = d / f"{stem}.txt", text.encode("utf-8", "surrogatepass"), "text"
    elif r < 0.35:
        body = "".join(f"<p>{sentence(rng)}</p>" for _ in range(rng.randint(0, 8)))
        data = (f"<html><head><title>{text[:80]}</title></head><body><nav>menu</nav>"
                f"<article>{body}{text}</article></body></html>").encode("utf-8", "surrogatepass")
        p, kind = d / f"{stem}.html", "html"
    elif r < 0.42:
        p, kind = d / f"{stem}.json", "json"
        data = rng.choice([b"[]", b"{}", b"", json.dumps({"text": text}).encode(),
                           json.dumps([{"text": sentence(rng)}]).encode(), b"[" * 3000])
    elif r < 0.5:
        items = "".join(f"<item><title>t{i}</title><description>{sentence(rng)}</description>"
                        f"<pubDate>Mon, 26 May 2025 10:00:00 GMT</pubDate></item>"
                        for i in range(rng.randint(0, 3)))
        data = f'<?xml version="1.0"?><rss><channel>{items}</channel></rss>'.encode()
        if rng.random() < 0.3:
            data = data[: rng.randint(0, len(data))]
        p, kind = d / f"{stem}.rss", "feed"
    elif r < 0.58:
        enc = rng.choice(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16"])
        p, data, kind = d / f"{stem}.txt", (text or "peace talks").encode(enc, "replace"), "text"
    elif r < 0.64:
        p, kind = d / f"{stem}.jsonl.gz", "gz"
        data = gzip.compress(json.dumps({"id": f"g{idx}", "text": text}).encode("utf-8",
                                                                               "surrogatepass"))
    elif r < 0.72:
        p, kind = d / f"{stem}{rng.choice(['.bak', '.docx', '.pdf', '', '.TXT~', '.gz'])}", "other"
        data = text.encode("utf-8", "surrogatepass")
    elif r < 0.8:
        p, data, kind = d / f"{stem}.txt", bytes(rng.randrange(256) for _ in range(2000)), "bin"
    elif r < 0.85:
        p, data, kind = d / f"{stem}.txt", rng.choice([b"", b" \n\t ", b"\xef\xbb\xbf"]), "empty"
    elif r < 0.92:
        p, kind = d / f"{stem}.txt", "cp1252"
        data = (text or "talks").encode("cp1252", "replace") + b" \x93quoted\x94 \x96 dash"
    else:
        p, data, kind = d / f"{stem}.txt", ("---\ntitle: x\npublished: 2025-99-99\n---\n"
                                            + text).encode("utf-8", "surrogatepass"), "front"
    p.write_bytes(data)
    return p, kind


def generate(seed: int, n: int, root: Path) -> Plan:
    """Write about ``n`` input units under ``root``; return what must be accounted for."""
    rng = random.Random(seed)
    plan = Plan()
    n_json, n_csv = int(n * 0.6), int(n * 0.15)
    n_files = n - n_json - n_csv
    per = 50
    for f in range(0, n_json, per):
        path = root / f"records{f // per:04d}.jsonl"
        lines = [jsonl_record(rng, f + i) for i in range(min(per, n_json - f))]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        plan.units += [Unit(str(path), i + 1, "jsonl", ln) for i, ln in enumerate(lines)]
        plan.files += 1
    for f in range(0, n_csv, 20):
        path = root / f"rows{f // 20:04d}.csv"
        out, line = ["id,text,title,url,source,published"], 2
        for i in range(min(20, n_csv - f)):
            row = csv_row(rng, f + i)
            text = "\n".join(row)
            plan.units.append(Unit(str(path), line, "csv", text))
            out.append(text)
            line += text.count("\n") + 1
        path.write_text("\n".join(out) + "\n", encoding="utf-8", errors="surrogatepass")
        plan.files += 1
    for i in range(n_files):
        path, kind = whole_file(rng, root, i)
        plan.units.append(Unit(str(path), None, kind))
        plan.files += 1
    return plan


# --------------------------------------------------------------------------- accounting

_LINE = re.compile(r"^(?P<file>.*?)(?::(?P<line>\d+)|\[(?P<item>\d+)\]|#(?P<entry>\d+))?$")
_SPAN = re.compile(r"runs over lines (\d+)-(\d+)")
_BOUNDARY = ("analysis_failed", "analysis_timeout")


def account(plan: Plan, articles: list[dict], rejections: list, unchanged: int = 0) -> dict:
    """Match every unit to the outcomes that name it.

    Origins are shown escaped (``readers.base.one_line``), so a unit's file is compared in
    that form. A CSV row that swallowed the next lines is named by its first line and says
    which lines it ran over. A record whose article is already stored (the same id, or no id
    and the same text) is counted by the ingest as unchanged: when the unnamed units number no
    more than ``unchanged``, they are those duplicates; otherwise every unnamed unit is listed
    as a silent drop.
    """
    from detente.readers.base import one_line

    lines: collections.Counter = collections.Counter()
    whole: collections.Counter = collections.Counter()
    outcomes = [(a["origin"] or "", "") for a in articles] + \
        [(r.origin, getattr(r, "message", "")) for r in rejections]
    for origin, message in outcomes:
        m = _LINE.match(origin)
        whole[m.group("file")] += 1
        if m.group("line"):
            first = int(m.group("line"))
            span = _SPAN.search(message)
            last = int(span.group(2)) if span else first
            for ln in range(first, last + 1):
                lines[(m.group("file"), ln)] += 1
    unnamed = []
    for u in plan.units:
        f = one_line(u.file)
        if not (whole[f] > 0 if u.line is None else lines[(f, u.line)] > 0):
            unnamed.append(u)
    duplicates, silent = (unnamed, []) if len(unnamed) <= unchanged else ([], unnamed)
    bad_lines = [str(r) for r in rejections
                 if "\n" in str(r) or "\r" in str(r) or len(str(r)) > 600 or not r.origin]
    return {"silent": silent, "duplicates": duplicates, "bad_lines": bad_lines,
            "boundary": [r for r in rejections if r.code in _BOUNDARY],
            "codes": collections.Counter(r.code for r in rejections)}


def run(n: int, seed: int, watchdog: float, keep: str | None = None) -> int:
    from detente.pipeline import Options
    from detente.store import Store
    from detente.runner import ingest as ingest_into

    tmp = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="detente-fuzz-"))
    tmp.mkdir(parents=True, exist_ok=True)
    inputs = tmp / "inputs"
    inputs.mkdir(exist_ok=True)
    print(f"fuzz: seed {seed}, {n} input units, in {tmp}", flush=True)
    plan = generate(seed, n, inputs)
    print(f"fuzz: wrote {plan.files} files", flush=True)
    # sys.__stderr__: under pytest's capture sys.stderr has no file descriptor
    faulthandler.dump_traceback_later(watchdog, exit=True, file=sys.__stderr__)
    rejections: list = []
    t0 = time.perf_counter()
    crashed = None
    db = tmp / "fuzz.duckdb"
    try:
        done = [0, time.perf_counter()]

        def progress(n: int) -> None:
            done[0] += n
            if time.perf_counter() - done[1] > 30:
                done[1] = time.perf_counter()
                print(f"fuzz: {done[0]} articles done, {len(rejections)} rejected, "
                      f"{done[1] - t0:.0f} s", file=sys.stderr, flush=True)

        # a path, as the CLI gives it: the store is opened for each chunk and closed between
        result = ingest_into(str(db), [str(inputs)], options=Options(),
                             on_reject=rejections.append, progress=progress)
    except Exception as exc:  # the point of the run: anything escaping is a crash
        import traceback

        crashed = "".join(traceback.format_exception(exc))
        result = None
    faulthandler.cancel_dump_traceback_later()
    elapsed = time.perf_counter() - t0
    with Store(str(db), read_only=True) as store:
        articles = store.articles()
    acc = account(plan, articles, rejections, result.unchanged if result else 0)
    print(f"fuzz: {elapsed:.0f} s; {len(articles)} articles stored, {len(rejections)} rejected")
    if result is not None:
        print(f"fuzz: summary: {result.summary()}")
    print("fuzz: rejections by code: " + ", ".join(f"{c} {k}" for c, k in
                                                   acc["codes"].most_common()))
    print(f"fuzz: crashes {int(crashed is not None)}, hangs 0, boundary "
          f"{len(acc['boundary'])}, silent drops {len(acc['silent'])}, bad lines "
          f"{len(acc['bad_lines'])} ({len(acc['duplicates'])} records already stored: unchanged)")
    for r in acc["boundary"][:20]:
        print(f"  boundary: {r}")
    for u in acc["silent"][:20]:
        print(f"  silent: {u.file!r} line {u.line} ({u.kind})")
    for line in acc["bad_lines"][:10]:
        print(f"  bad line: {line[:200]!r}")
    if crashed:
        print(crashed)
    failed = crashed or acc["boundary"] or acc["silent"] or acc["bad_lines"]
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000, help="input units to generate")
    ap.add_argument("--seed", type=int, default=None, help="random seed (printed; default: time)")
    ap.add_argument("--watchdog", type=float, default=3600.0,
                    help="seconds before the whole run counts as hung (traceback, exit 1)")
    ap.add_argument("--keep", help="write inputs and store into this folder (kept)")
    args = ap.parse_args(argv)
    seed = args.seed if args.seed is not None else int(time.time()) % 100000
    return run(args.n, seed, args.watchdog, args.keep)


if __name__ == "__main__":
    sys.exit(main())
