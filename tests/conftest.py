"""Shared fixtures. Real-model fixtures are session-scoped: the model loads once per run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def nlp_sm():
    """The default real model (en_core_web_sm), loaded once."""
    from detente import nlp

    return nlp.load("sm")


@pytest.fixture
def blank_nlp():
    """A tokenizer-only English pipeline with a rule sentencizer: no statistical model."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture(scope="session")
def analyzer():
    """A full detente analyzer on the default model, built once per test session."""
    from detente.pipeline import Analyzer

    return Analyzer()


@pytest.fixture
def published():
    return dt.date(2025, 5, 29)
