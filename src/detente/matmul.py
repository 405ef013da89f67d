"""The parse's matrix products through numpy's BLAS, on one thread.

Most of spaCy's parse time is matrix products: the tok2vec layers (a window of three token
vectors times a 288 x 288 weight matrix per layer, four layers) and the same again inside the
entity recogniser, which has its own copy. thinc computes them with BLIS, the BLAS it ships.
On the build machine BLIS multiplies these shapes at about a third of the speed of the
OpenBLAS that numpy links (33 against 95 GFLOP/s on one core of an AMD EPYC; BLIS's
generic x86 build, OpenBLAS's kernels for the CPU it finds). thinc has a switch for this:
``NumpyOps(use_blis=False)`` sends ``gemm`` to ``numpy.dot``. ``install`` gives every layer
of detente's pipeline such ops; the weights, the model and the steps stay the same.

Two conditions, both checked, else the pipeline keeps BLIS:

- numpy's BLAS must be OpenBLAS, held to one thread. OpenBLAS starts a thread per core by
  default; a parse that took two cores would not be a faster parse but a busier machine
  (detente's parallelism is ``--workers``, one process per core). ``one_thread`` finds the
  OpenBLAS that numpy loaded and sets its thread count to 1 for the process, as
  ``OPENBLAS_NUM_THREADS=1`` would. With MKL, Apple's Accelerate or an unknown BLAS nothing is
  changed.
- the pipeline runs on the CPU with thinc's ``NumpyOps`` (a GPU pipeline is left alone).

The sums are the same products added in another order, so a score can differ from BLIS's
in its last bits (as BLIS's own results differ between CPUs); the annotations they decide
were the same on every token of the 89 VOA stories (tag, dependency, head, sentence start,
entity, lemma, morphology; ``tests/test_matmul.py`` checks the gold stories).
"""

from __future__ import annotations

import ctypes
import functools
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

#: How the OpenBLAS builds name the thread setters: plain, or scipy's 64-bit-int build
#: (the one numpy's wheels bundle), which prefixes and suffixes every symbol.
_SETTERS = ("openblas_set_num_threads", "scipy_openblas_set_num_threads64_",
            "scipy_openblas_set_num_threads_64_", "openblas_set_num_threads64_")
_GETTERS = ("openblas_get_num_threads", "scipy_openblas_get_num_threads64_",
            "scipy_openblas_get_num_threads_64_", "openblas_get_num_threads64_")

def _loaded_openblas() -> list[str]:
    """Paths of the OpenBLAS libraries mapped into this process (Linux's process map; numpy
    loads its BLAS when it is imported)."""
    import numpy  # noqa: F401

    found: list[str] = []
    for line in Path("/proc/self/maps").read_text(errors="replace").splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) == 6 and "openblas" in Path(fields[5]).name.lower() \
                and fields[5] not in found:
            found.append(fields[5])
    return found


def _functions(path: str):
    """(set threads, get threads) of the OpenBLAS at ``path``, or None."""
    try:
        lib = ctypes.CDLL(path)  # already mapped: the same handle, nothing new is loaded
    except OSError:
        return None
    setter = next((getattr(lib, n) for n in _SETTERS if hasattr(lib, n)), None)
    getter = next((getattr(lib, n) for n in _GETTERS if hasattr(lib, n)), None)
    if setter is None or getter is None:
        return None
    setter.argtypes, setter.restype = [ctypes.c_int], None
    getter.argtypes, getter.restype = [], ctypes.c_int
    return setter, getter


def threads() -> list[int] | None:
    """The thread count of each OpenBLAS in the process, or None where that cannot be read
    (not Linux, no OpenBLAS, one without the usual functions)."""
    if not sys.platform.startswith("linux"):
        return None
    found = [_functions(path) for path in _loaded_openblas()]
    if not found or None in found:
        return None
    return [getter() for _, getter in found]


@functools.lru_cache(maxsize=1)  # once per process: the setting lasts
def one_thread() -> bool:
    """Hold numpy's OpenBLAS to one thread; True when that is done (or already so)."""
    if threads() is None:
        return False
    for path in _loaded_openblas():
        setter, _ = _functions(path)
        setter(1)
    return threads() == [1] * len(_loaded_openblas())


def _layers(nlp) -> list:
    """Every thinc layer of ``nlp``'s trained components, or [] when one of them does not
    run on thinc's plain CPU ops (a GPU pipeline, another backend)."""
    from thinc.api import NumpyOps

    models = [proc.model for _, proc in nlp.pipeline
              if getattr(getattr(proc, "model", None), "walk", None) is not None]
    layers = [layer for model in models for layer in model.walk()]
    # exactly thinc's CPU ops: a subclass (thinc-apple-ops) brings its own gemm, kept
    return layers if {type(layer.ops) for layer in layers} == {NumpyOps} else []


def install(nlp) -> bool:
    """Give every layer of ``nlp``'s trained components thinc's numpy-BLAS ops; True when
    done, False when a condition of the module docstring does not hold (nothing changed).

    Only ``nlp``'s own layers change: another pipeline in the process (bare spaCy in
    ``detente bench``) keeps BLIS."""
    from thinc.api import NumpyOps

    layers = _layers(nlp)
    if not layers or not one_thread():
        return False
    ops = NumpyOps(use_blis=False)
    for layer in layers:
        layer.ops = ops
    return True


def installed(nlp) -> bool:
    """Whether ``nlp``'s matrix products go to numpy's BLAS (``install`` took effect)."""
    layers = _layers(nlp)
    return bool(layers) and all(not layer.ops.use_blis for layer in layers)


@contextmanager
def borrowed(nlp) -> Iterator[bool]:
    """``install`` for the length of a ``with`` block, then each layer's own ops back: the
    bench times bare spaCy both ways on one loaded copy. Yields what ``install`` returned."""
    layers = _layers(nlp)
    saved = [layer.ops for layer in layers]
    try:
        yield install(nlp)
    finally:
        for layer, ops in zip(layers, saved):
            layer.ops = ops
