#!/usr/bin/env bash
# detente in one minute: set up (once), analyse an example article, ingest examples/news/, list events.
# Safe to re-run: the venv is reused and re-ingesting stored articles changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! .venv/bin/python -c "import detente, starlette, uvicorn, jinja2" 2>/dev/null; then
  [ -d .venv ] || python3 -m venv .venv
  .venv/bin/pip install -q -e ".[web]"   # web: the dashboard, `detente serve --db demo.duckdb`
fi
DB="${DEMO_DB:-demo.duckdb}"

echo "== detente analyze examples/news/ceasefire_talks.txt --kb examples/fictional_actors.yaml --format table"
.venv/bin/detente analyze examples/news/ceasefire_talks.txt --kb examples/fictional_actors.yaml --format table

echo
echo "== detente ingest examples/news/ --db $DB"
.venv/bin/detente ingest examples/news/ --db "$DB" --kb examples/fictional_actors.yaml

echo
echo "== detente events --db $DB --limit 20"
.venv/bin/detente events --db "$DB" --limit 20
