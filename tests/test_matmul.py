"""detente's pipeline computes its matrix products on numpy's BLAS, on one thread, and
annotates every token as the shipped model does."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import spacy
from thinc.api import NumpyOps

from detente import matmul, nlp as nlp_mod

GOLD = Path(__file__).resolve().parents[1] / "quality" / "gold" / "voa"

needs_openblas = pytest.mark.skipif(
    not sys.platform.startswith("linux") or matmul.threads() is None,
    reason="numpy's BLAS here is not an OpenBLAS whose threads can be set")


def _tagger():
    nlp = spacy.blank("en")
    tagger = nlp.add_pipe("tagger")
    for label in ("NN", "VB", "DT"):
        tagger.add_label(label)
    nlp.initialize()
    return nlp


@needs_openblas
def test_one_thread_holds_openblas_to_a_single_thread():
    assert matmul.one_thread() is True
    assert set(matmul.threads()) == {1}  # OpenBLAS would start one thread per core


def test_a_pipeline_without_trained_layers_is_left_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    assert matmul.install(nlp) is False
    assert matmul.installed(nlp) is False


@needs_openblas
def test_install_gives_every_layer_numpy_blas_and_the_same_tags():
    plain, fast = _tagger(), _tagger()
    # same initial weights, so the two can be compared
    fast.get_pipe("tagger").model.from_bytes(plain.get_pipe("tagger").model.to_bytes())
    assert matmul.install(fast) is True
    assert matmul.installed(fast) and not matmul.installed(plain)
    layers = list(fast.get_pipe("tagger").model.walk())
    assert layers and all(layer.ops.use_blis is False for layer in layers)
    text = "The envoy met the minister in the capital on the day the truce began."
    assert [t.tag_ for t in fast(text)] == [t.tag_ for t in plain(text)]


@needs_openblas
def test_borrowed_puts_each_layer_s_own_ops_back():
    nlp = _tagger()
    before = [layer.ops for layer in nlp.get_pipe("tagger").model.walk()]
    with matmul.borrowed(nlp) as done:
        assert done is True and matmul.installed(nlp)
    after = [layer.ops for layer in nlp.get_pipe("tagger").model.walk()]
    assert all(a is b for a, b in zip(before, after)) and len(after) == len(before)
    assert not matmul.installed(nlp)


def test_another_backend_is_left_alone():
    class OtherOps(NumpyOps):  # e.g. thinc-apple-ops: its own gemm, not to be replaced
        pass

    nlp = _tagger()
    other = OtherOps()
    for layer in nlp.get_pipe("tagger").model.walk():
        layer.ops = other
    assert matmul.install(nlp) is False
    assert all(layer.ops is other for layer in nlp.get_pipe("tagger").model.walk())


def _annotations(doc) -> list[tuple]:
    return [(t.i, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start,
             t.ent_iob_, t.ent_type_) for t in doc]


@pytest.mark.model
@needs_openblas
def test_the_model_on_numpy_blas_annotates_every_token_as_shipped():
    texts = [json.loads(p.read_text())["text"] for p in sorted(GOLD.glob("*.json"))]
    shipped = nlp_mod.load_shipped("sm")
    fast = nlp_mod.load_shipped("sm")
    assert matmul.install(fast) is True
    n, differ = 0, 0
    for a, b in zip(shipped.pipe(texts), fast.pipe(texts)):
        differ += sum(x != y for x, y in zip(_annotations(a), _annotations(b)))
        n += len(a)
    assert n > 20_000
    # identical on the build machine; another CPU picks other kernels for both libraries, and
    # a score equal to its last bits may tip one token there, never a share of them
    assert differ <= n // 10_000


@pytest.mark.model
@needs_openblas
def test_detente_loads_the_model_on_numpy_blas(nlp_sm):
    assert matmul.installed(nlp_sm)
    assert not matmul.installed(nlp_mod.load_shipped("sm"))  # bare spaCy keeps BLIS
