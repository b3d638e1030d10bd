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

# TypeScript SDK (sdk/js): npm workspaces with one committed lock file;
# `npm ci` installs exactly it. Skipped when node_modules is newer than the
# lock, so a second run costs nothing.
if [ -f sdk/js/package-lock.json ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "deps: npm is needed for the TypeScript SDK; installing Debian's nodejs and npm" >&2
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  fi
  if [ ! -d sdk/js/node_modules ] || [ sdk/js/package-lock.json -nt sdk/js/node_modules/.package-lock.json ]; then
    (cd sdk/js && CI=true npm ci --no-audit --no-fund --loglevel=error </dev/null)
  fi
fi

# Python SDK (sdk/python): its own virtualenv, pinned; see deps-python.sh.
bash scripts/deps-python.sh
