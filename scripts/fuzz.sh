#!/usr/bin/env bash
# Runs every Go fuzz target in the module for the given time each, and lists
# the targets that failed at the end (a crasher is saved under the package's
# testdata/fuzz/ by go test).
# usage: scripts/fuzz.sh [30s]
set -uo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-30s}
# Minimizing each new input for the default 60s stalls targets with large
# inputs (public keys, file headers) for most of a short run; a bounded
# number of minimization runs keeps them fuzzing.
minimize=${FUZZMINIMIZETIME:-200x}
failed=()
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    echo "== $pkg $target ($fuzztime)"
    if ! go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime "$minimize" "$pkg"; then
      failed+=("$pkg $target")
    fi
  done
done
if [ ${#failed[@]} -gt 0 ]; then
  printf 'fuzz: failed: %s\n' "${failed[@]}"
  exit 1
fi
echo "fuzz: every target ran for $fuzztime without a failure"
