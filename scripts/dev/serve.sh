#!/usr/bin/env bash
# Set up (without the browser-test extras' system packages) and serve the site with live reload.
# Extra arguments go to `mkdocs serve`, e.g. `bash scripts/dev/serve.sh -a 0.0.0.0:8000`.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q -e '.[site]'
.venv/bin/python scripts/dev/fetch_npm.py  # json-logic-js, which the "Check your situation" page ships
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/mkdocs serve "$@"
