//go:build !ego_eclient

package sgx

import (
	"fmt"

	"github.com/cifer-network/cifer/enclave"
	"github.com/edgelesssys/ego/attestation"
)

// ErrHostVerifier explains why this build cannot verify SGX reports outside
// an enclave. It wraps enclave.ErrVerifierUnavailable.
var ErrHostVerifier = fmt.Errorf("%w: built without SGX report verification (build with -tags ego_eclient and Open Enclave installed)", enclave.ErrVerifierUnavailable)

// hostVerifyRemoteReport is the out-of-enclave verifier. EGo's eclient needs
// the Open Enclave host verification library (C headers and libs), so the
// default build leaves it out.
func hostVerifyRemoteReport([]byte) (attestation.Report, error) {
	return attestation.Report{}, ErrHostVerifier
}
