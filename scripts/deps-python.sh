#!/usr/bin/env bash
# The Python SDK's environment: a virtualenv in sdk/python/.venv with the
# SDK (editable) and its test tools at the exact versions of
# sdk/python/pyproject.toml, every transitive package pinned by
# sdk/python/constraints.txt. Idempotent: it reinstalls only when a pin
# file is newer than the last install. Needs python3 >= 3.10 with venv;
# installs Debian's when missing.
set -euo pipefail
cd "$(dirname "$0")/../sdk/python"

py=${PYTHON:-python3}
if ! "$py" -c 'import sys, venv; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
  echo "deps: python3 >= 3.10 with venv is needed for sdk/python; installing Debian's" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv python3-pip >/dev/null
  py=python3
fi
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
stamp=.venv/.cifer-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
  export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
  .venv/bin/python -m pip install -q -c constraints.txt -e '.[dev]'
  touch "$stamp"
fi
