package wire

import "github.com/cifer-network/cifer/p2p"

// MissingMember asks a fellow cluster member to co-sign a report that a
// member of their cluster has been unreachable or unattested for the
// governed time (MemberReports.sol). The asked member signs only when its
// own monitor has not seen the member for that long either; the answer is
// its enclave wallet's signature over the report's EIP-712 digest. Served
// only to attested peers.
var MissingMember = Protocol[MissingMemberRequest, MissingMemberResponse]{Info{
	Name: "cluster/missing-member", Version: "1.0.0",
	MaxRequest: 256, MaxResponse: 256, Timeout: p2p.DefaultStreamTimeout,
	Verified: true,
}}

type (
	// MissingMemberRequest names the report: the cluster, the reported
	// node's registry index and the registry's epoch the report is for.
	MissingMemberRequest struct {
		ClusterID uint8
		NodeIndex uint64
		Epoch     uint64
	}
	// MissingMemberResponse is the 65-byte signature (v = 27 or 28).
	MissingMemberResponse struct {
		Signature []byte
	}
)
