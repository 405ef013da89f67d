#!/usr/bin/env bash
# Set up from scratch, run the whole test suite, then the quality gate on ../shared/eval.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest -q
.venv/bin/detente gate
