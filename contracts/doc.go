// Package contracts holds the Solidity sources of the CIFER contracts
// (src/), their build (build.sh, compile.js with the solc-js and OpenZeppelin
// versions pinned in package.json), the compiled artifacts (artifacts/) and
// the generated Go bindings (bindings/, and testbindings/ for test-only
// contracts). Its tests check the committed outputs against a fresh build
// and exercise the contracts on go-ethereum's simulated EVM.
//
// Slasher (src/Slasher.sol) slashes an enclave wallet on statements it
// signed that contradict each other or the record they name; the evidence
// formats (share release, creation record body, store ack) are in
// docs/CONTRACTS.md, "Slashing evidence".
package contracts
