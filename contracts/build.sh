#!/usr/bin/env bash
# Compiles the Solidity contracts and generates their Go bindings.
# Usage: contracts/build.sh [OUT_DIR]   (default: contracts/ itself)
# Writes OUT_DIR/artifacts/<Name>.{abi,bin}, OUT_DIR/bindings/<name>.go
# (package bindings), OUT_DIR/testbindings/<name>.go (test-only contracts)
# and OUT_DIR/layout/layout.go (storage slot positions, package layout).
# Needs node and the npm packages of contracts/package.json (`make deps`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if ! command -v node >/dev/null 2>&1; then
  echo "build.sh: node not found; run 'make deps'" >&2
  exit 1
fi
if [ ! -d "$here/node_modules/solc" ] || [ ! -d "$here/node_modules/@openzeppelin/contracts" ]; then
  echo "build.sh: contracts/node_modules is missing solc or OpenZeppelin; run 'make deps'" >&2
  exit 1
fi

node "$here/compile.js" "$out/artifacts" "$out/layout/layout.go"
gofmt -w "$out/layout/layout.go"

gen() { # gen <Name> <file> <pkg> <dir>
  mkdir -p "$out/$4"
  (cd "$here/.." && go tool abigen \
    --abi "$out/artifacts/$1.abi" --bin "$out/artifacts/$1.bin" \
    --pkg "$3" --type "$1" --out "$out/$4/$2.go")
}
gen SecretsController secrets_controller bindings bindings
gen ClusterRegistry cluster_registry bindings bindings
gen MemberReports member_reports bindings bindings
gen TestToken test_token bindings bindings
gen RewardsPool rewards_pool bindings bindings
gen Slasher slasher bindings bindings
gen StakeVotes stake_votes bindings bindings
gen CiferTimelock cifer_timelock bindings bindings
gen CiferGovernor cifer_governor bindings bindings
gen ElectionHarness election_harness testbindings testbindings
gen AllowAllAuthority allow_all_authority testbindings testbindings
gen ReentrantClaimer reentrant_claimer testbindings testbindings
