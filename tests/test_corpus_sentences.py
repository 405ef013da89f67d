"""Every sentence and headline of the shared corpora, analysed alone: none may hang or crash.

A sentence read on its own is what broke the pipeline before (issue 7: "Peace talks held in
Istanbul on May 16." never returned; a headline in capitals hung the dates stage), because
alone it gets a parse that a whole story does not give it. The texts: each headline and each
sentence (as the model splits the story) of ``corpora/voa/voa_stories.jsonl``, and each text of
``eval/plover_gsr_dev.jsonl``. Each one is a separate article through ``Analyzer`` with
``PER_TEXT_LIMIT`` seconds (SIGALRM) for its parse and analysis: a limit a thousand times
what a sentence needs, so only a hang can reach it. Parses run in ``nlp.pipe`` batches.

Without ``../shared`` beside the checkout the test is skipped, unless ``CI=true``: then a
missing corpus is a failure, not a silent pass.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import traceback

import pytest
from conftest import SHARED

from detente.records import Article

VOA = SHARED / "corpora" / "voa" / "voa_stories.jsonl"
DEV = SHARED / "eval" / "plover_gsr_dev.jsonl"
PER_TEXT_LIMIT = 10  # seconds
BATCH = 32


class _Overrun(Exception):
    pass


def _published(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def corpus_texts(nlp) -> list[tuple[str, dt.date | None]]:
    """(text, publication date) for every headline and sentence, each once, in file order."""
    texts: dict[str, dt.date | None] = {}
    stories = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    for story in stories:
        title = (story.get("title") or "").strip()
        if title:
            texts.setdefault(title, _published(story.get("published")))
    bodies = [(s.get("text") or "", _published(s.get("published"))) for s in stories]
    # the parser alone sets the sentence boundaries: the same split, a third of the time
    with nlp.select_pipes(enable=[p for p in ("tok2vec", "parser") if p in nlp.pipe_names]):
        for doc, published in nlp.pipe(bodies, as_tuples=True, batch_size=8):
            for sent in doc.sents:
                text = sent.text.strip()
                if text:
                    texts.setdefault(text, published)
    for line in DEV.read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.setdefault(json.loads(line)["text"].strip(), dt.date(2000, 1, 1))
    return list(texts.items())


def _raise_overrun(signum, frame):
    raise _Overrun()


@contextlib.contextmanager
def _limit(seconds: float):
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _parse_batch(nlp, chunk) -> list:
    """The chunk's parses, or Nones (each text is then parsed alone, under its own limit)."""
    try:
        with _limit(PER_TEXT_LIMIT * len(chunk)):
            return list(nlp.pipe([text for text, _ in chunk], batch_size=len(chunk)))
    except Exception:  # _Overrun included: the texts themselves will say which one
        return [None] * len(chunk)


def analyse_each(analyzer, texts) -> list[str]:
    """One line per text that overran its limit or raised; empty when all went through."""
    failures = []
    previous = signal.signal(signal.SIGALRM, _raise_overrun)
    try:
        for start in range(0, len(texts), BATCH):
            chunk = texts[start:start + BATCH]
            for (text, published), doc in zip(chunk, _parse_batch(analyzer.nlp, chunk)):
                try:
                    with _limit(PER_TEXT_LIMIT):
                        if doc is None:
                            doc = analyzer.nlp(text)
                        analyzer.analyze_doc(doc, Article.make(text, published=published))
                except _Overrun:
                    failures.append(f"hang (over {PER_TEXT_LIMIT} s): {text!r}")
                except Exception as exc:  # every crash is reported, with where it happened
                    where = traceback.extract_tb(exc.__traceback__)[-1]
                    failures.append(f"{type(exc).__name__} at {os.path.basename(where.filename)}"
                                    f":{where.lineno}: {text!r}")
    finally:
        signal.signal(signal.SIGALRM, previous)
    return failures


@pytest.mark.model
def test_every_corpus_sentence_alone_neither_hangs_nor_crashes(analyzer):
    if not (VOA.exists() and DEV.exists()):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the shared corpora are missing: {VOA}, {DEV}")
        pytest.skip("../shared (corpora/voa, eval) is not beside this checkout")
    texts = corpus_texts(analyzer.nlp)
    assert len(texts) > 1000  # the stories were split, not read as one text each
    failures = analyse_each(analyzer, texts)
    assert failures == [], f"{len(failures)} of {len(texts)} texts failed:\n" + "\n".join(failures)
