#!/usr/bin/env bash
# Installs what the build and tests need on a fresh machine. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

go mod download

# Contract toolchain: pinned solc and OpenZeppelin from the npm registry.
if [ -f contracts/package.json ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "deps: npm is needed for the contract toolchain; installing Debian's nodejs and npm" >&2
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  fi
  if [ ! -d contracts/node_modules ] || [ contracts/package-lock.json -nt contracts/node_modules/.package-lock.json ]; then
    (cd contracts && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

# Python SDK (sdk/python): its own virtualenv, pinned; see deps-python.sh.
bash scripts/deps-python.sh
