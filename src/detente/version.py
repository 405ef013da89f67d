"""The extractor version: which rules and data produced a stored row.

A hand-bumped number is forgotten the first time a lexicon changes, and then a re-ingest keeps
stale rows. So the version is derived: the package version plus a short hash of everything that
can change what the pipeline extracts — every file under ``data/`` and every Python module of the
analysis stages. The CLI, the store, the evaluation and the benchmarks do not change extraction,
so editing them does not invalidate stored articles.

The hash is over file *contents* with normalised line endings and relative paths, so it is the
same on every checkout of the same commit, whatever the file dates or the operating system.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

PACKAGE_VERSION = "0.1.0"

_ROOT = Path(__file__).resolve().parent
#: Sub-folders and modules whose code does not change extraction output.
_NOT_EXTRACTION = frozenset({"cli", "evaluate", "bench.py", "store.py", "export.py", "dblock.py",
                             "runner.py", "budget.py", "stories.py",
                             "version.py", "__pycache__"})


def _extraction_files(root: Path = _ROOT) -> list[Path]:
    files = []
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if not path.is_file() or rel.parts[0] in _NOT_EXTRACTION or "__pycache__" in rel.parts:
            continue
        if rel.parts[0] == "data" or path.suffix == ".py":
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def content_fingerprint(root: Path = _ROOT, length: int = 12) -> str:
    """Short sha256 over the relative paths and contents of the extraction files."""
    h = hashlib.sha256()
    for path in _extraction_files(root):
        h.update(path.relative_to(root).as_posix().encode("utf-8"))
        h.update(b"\0")
        h.update(path.read_bytes().replace(b"\r\n", b"\n"))
        h.update(b"\0")
    return h.hexdigest()[:length]


#: e.g. "0.1.0+3f9a1c0d2b7e": equal strings mean the same rules and data.
EXTRACTOR_VERSION = f"{PACKAGE_VERSION}+{content_fingerprint()}"
