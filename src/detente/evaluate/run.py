"""Reading gold files and running the system over them (the impure half of the evaluation)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError
from ..records import Article
from .corpus import score_corpus
from .document import score_document_gold
from .sentences import score_sentence_gold

#: Sentence gold dates are placeholders; every sentence is analysed as if published on this day.
SENTENCE_PUBLISHED = dt.date(2000, 1, 1)


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read a gold file or folder. Returns {"kind": "sentence", "records": [...]},
    {"kind": "document", "gold": {...}, "text": str} or, for a folder of document gold files,
    {"kind": "documents", "docs": [document, ...]}."""
    path = Path(path)
    if path.is_dir():
        return _load_folder(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read the gold file ({exc.strerror}).") from exc
    if path.suffix == ".jsonl":
        records = []
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{path}:{n}: not valid JSON ({exc.msg}).") from exc
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) \
                    or not isinstance(rec.get("events"), list):
                raise GoldFormatError(
                    f"{path}:{n}: a sentence gold record needs a 'text' string and an "
                    f"'events' list.")
            records.append(rec)
        return {"kind": "sentence", "records": records, "path": str(path)}
    try:
        gold = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{path}: not valid JSON ({exc.msg}).") from exc
    if not isinstance(gold, dict) or not isinstance(gold.get("events"), list):
        raise GoldFormatError(
            f"{path}: expected a document gold object with an 'events' list, or a .jsonl "
            f"sentence gold file.")
    if isinstance(gold.get("text"), str):
        text = gold["text"]
    elif gold.get("text_file"):
        text_path = path.parent / gold["text_file"]
        try:
            text = text_path.read_text(encoding="utf-8")
        except OSError as exc:
            raise GoldFormatError(
                f"{path}: its text_file {gold['text_file']!r} cannot be read "
                f"({exc.strerror}); it is resolved relative to the gold file.") from exc
    else:
        raise GoldFormatError(f"{path}: document gold needs 'text' or 'text_file'.")
    return {"kind": "document", "gold": gold, "text": text, "path": str(path)}


def _load_folder(path: Path) -> dict[str, Any]:
    files = sorted(p for p in path.iterdir() if p.suffix == ".json" and p.is_file())
    if not files:
        raise GoldFormatError(f"{path}: no document gold files (*.json) in this folder.")
    docs = [load_gold(p) for p in files]
    sentence = [d["path"] for d in docs if d["kind"] != "document"]
    if sentence:
        raise GoldFormatError(f"{sentence[0]}: a gold folder holds document gold only.")
    ids = Counter(str(d["gold"].get("id") or Path(d["path"]).stem) for d in docs)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        raise GoldFormatError(f"{path}: document id {dup[0]!r} is used by more than one file.")
    return {"kind": "documents", "docs": docs, "path": str(path)}


def gold_published(gold: dict, override: dt.date | None) -> dt.date | None:
    if override is not None:
        return override
    value = gold.get("published")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise GoldFormatError(f"gold 'published' {value!r} is not a YYYY-MM-DD date.") from exc


def eval_options(model: str = "sm"):
    """Pipeline options for scoring: a time budget twelve times the default (120 s plus 10 s
    per 1,000 characters), so a loaded machine does not turn a slow article into a missing
    one and change the figures, while a real hang still ends."""
    from ..pipeline import Options

    return Options(model=model, time_budget=120.0, time_per_1000=10.0)


def run_system(articles: list[Article], model: str = "sm", analyzer=None) -> list[dict]:
    """Analyse the articles with one Analyzer; outputs in ``Analysis.as_dict()`` shape."""
    if analyzer is None:
        from ..pipeline import Analyzer

        analyzer = Analyzer(eval_options(model))
    return [a.as_dict() for a in analyzer.analyze(articles)]


def evaluate_file(path: str | Path, model: str = "sm", published: dt.date | None = None,
                  analyzer=None) -> dict[str, Any]:
    """Run detente over a gold file and score it. The report says which gold and model."""
    loaded = load_gold(path)
    if loaded["kind"] == "sentence":
        pub = published or SENTENCE_PUBLISHED
        records = loaded["records"]
        articles = [Article.make(r["text"], published=pub, origin=f"{path}:{r.get('id')}")
                    for r in records]
        outputs = run_system(articles, model, analyzer)
        report = score_sentence_gold(records, outputs)
    elif loaded["kind"] == "documents":
        return _evaluate_folder(path, loaded, model, published, analyzer)
    else:
        gold = loaded["gold"]
        pub = gold_published(gold, published)
        article = Article.make(loaded["text"], published=pub, origin=str(path))
        outputs = run_system([article], model, analyzer)
        report = score_document_gold(gold, loaded["text"], outputs[0])
    report["gold_path"] = str(path)
    report["model"] = model
    report["published"] = pub.isoformat() if pub else None
    return report


def _evaluate_folder(path, loaded: dict, model: str, published: dt.date | None,
                     analyzer) -> dict[str, Any]:
    docs = loaded["docs"]
    articles = []
    for d in docs:
        gold = d["gold"]
        doc_id = str(gold.get("id") or Path(d["path"]).stem)
        articles.append(Article.make(d["text"], published=gold_published(gold, published),
                                     title=gold.get("title"), url=gold.get("url"),
                                     origin=d["path"], id=doc_id))
    outputs = run_system(articles, model, analyzer)
    report = score_corpus([(a.id, d["gold"], d["text"], o)
                           for a, d, o in zip(articles, docs, outputs)])
    report["gold_path"] = str(path)
    report["model"] = model
    report["published"] = published.isoformat() if published else None
    return report
