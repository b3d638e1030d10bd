//go:build ego_eclient

package sgx

import (
	"github.com/edgelesssys/ego/attestation"
	"github.com/edgelesssys/ego/eclient"
)

// hostVerifyRemoteReport verifies an SGX report outside an enclave with the
// Open Enclave host verifier (needs Open Enclave installed to build).
func hostVerifyRemoteReport(report []byte) (attestation.Report, error) {
	return eclient.VerifyRemoteReport(report)
}
