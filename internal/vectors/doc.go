// Package vectors holds no code: its test writes and checks the
// cross-language test vectors in testdata/vectors at the top of the module,
// which the Go, TypeScript and Python tests all read. Run
//
//	go test ./internal/vectors -update
//
// after a deliberate format change; without -update the test fails when the
// committed files differ from what the Go code produces, and checks every
// vector against the Go code (open, verify, recover the signer).
package vectors
