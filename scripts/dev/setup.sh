#!/usr/bin/env bash
# Set up everything the site and the tests need, from a fresh machine with Python 3.11 and apt-get:
# Debian's Chromium (browser tests), a virtual environment in .venv with the package and its test
# extras, and json-logic-js and axe-core from the npm registry. Safe to run again: it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_apt+=(fonts-dejavu-core)
if [ "${RELCHECK_SKIP_APT:-0}" != 1 ] && [ ${#need_apt[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  mkdir -p .cache
  apt_log=.cache/setup-apt.log
  echo "setup: installing Debian packages: ${need_apt[*]} (log: $apt_log)"
  # dpkg prints a hundred lines per package; they go to the log, which is shown only on failure.
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
      --no-install-recommends "${need_apt[@]}"; } > "$apt_log" 2>&1; then
    tail -n 20 "$apt_log" >&2
    echo "setup: apt-get failed; the full log is in $apt_log" >&2
    exit 1
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
.venv/bin/python scripts/dev/fetch_npm.py
