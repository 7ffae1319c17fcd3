#!/usr/bin/env bash
# Set up (see setup.sh) and run the whole test suite: checker, site build, browser tests.
# Extra arguments go to pytest, e.g. `bash scripts/dev/test.sh -k search -x`.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/dev/setup.sh
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/python -m pytest "$@"
