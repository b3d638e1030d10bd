package chain

import (
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cifer-network/cifer/contracts/bindings"
)

// The SecretsController surface existing clients hard-code, copied verbatim
// from the SecretsController section of COMPAT.md (the one line there that
// says "(same tuple)" is written out). Selectors and topics are derived from
// these strings alone, so a change to the contract, the bindings or the
// hand-written ABI in controller.go that breaks a client fails this test.
var compatFunctions = []string{
	"secretCreationFee() returns (uint256)",
	"defaultSecretType() returns (uint8)",
	"nextSecretId() returns (uint256)",
	"getSecretState(uint256 secretId) returns (address owner, address delegate, bool isSyncing, uint8 clusterId, uint8 secretType, string publicKeyCid)",
	"secrets(uint256) returns (address owner, address delegate, bool isSyncing, uint8 clusterId, uint8 secretType, string publicKeyCid)",
	"getSecretOwner(uint256)",
	"getDelegate(uint256)",
	"getSecretsByWallet(address) returns (uint256[] owned, uint256[] delegated)",
	"getSecretsCountByWallet(address) returns (uint256, uint256)",
	"createSecret() payable returns (uint256)",
	"createSecret(uint8 secretType) payable",
	"setDelegate(uint256, address)",
	"transferSecret(uint256, address newOwner)",
	"markSecretSynced(uint256 secretId, uint8 clusterId, string publicKeyCid)",
}

var compatEvents = []string{
	"SecretCreated(uint256 indexed secretId, address indexed owner, uint8 secretType)",
	"SecretSynced(uint256 indexed secretId, uint8 indexed clusterId, string publicKeyCid)",
	"DelegateUpdated(uint256 indexed secretId, address indexed newDelegate)",
	"SecretOwnershipTransferred(uint256 indexed secretId, address indexed oldOwner, address indexed newOwner)",
}

// compatSig is one parsed COMPAT.md signature.
type compatSig struct {
	name    string
	inputs  []string // types
	indexed []bool   // events only
	outputs []string // nil when COMPAT.md does not state them
	payable bool
}

func (s compatSig) canonical() string { return s.name + "(" + strings.Join(s.inputs, ",") + ")" }

// parseCompatSig reads `name(type [indexed] [name], ...) [payable] [returns (type [name], ...)]`.
func parseCompatSig(t *testing.T, s string) compatSig {
	t.Helper()
	open, closing := strings.Index(s, "("), strings.Index(s, ")")
	if open <= 0 || closing < open {
		t.Fatalf("bad signature %q", s)
	}
	sig := compatSig{name: s[:open]}
	params := func(list string) (types []string, indexed []bool) {
		for _, p := range strings.Split(list, ",") {
			f := strings.Fields(p)
			if len(f) == 0 {
				continue
			}
			types = append(types, f[0])
			indexed = append(indexed, len(f) > 1 && f[1] == "indexed")
		}
		return types, indexed
	}
	sig.inputs, sig.indexed = params(s[open+1 : closing])
	rest := strings.TrimSpace(s[closing+1:])
	if after, ok := strings.CutPrefix(rest, "payable"); ok {
		sig.payable = true
		rest = strings.TrimSpace(after)
	}
	if after, ok := strings.CutPrefix(rest, "returns"); ok {
		list := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(after), "("), ")")
		sig.outputs, _ = params(list)
		if sig.outputs == nil {
			sig.outputs = []string{}
		}
		rest = ""
	}
	if rest != "" {
		t.Fatalf("signature %q: unparsed %q", s, rest)
	}
	return sig
}

func argTypes(args abi.Arguments) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a.Type.String()
	}
	return out
}

// TestCompatSelectors pins every SecretsController function selector and
// event topic of COMPAT.md against the committed bindings (generated from
// the committed ABI artifact) and the hand-written ABI in controller.go.
func TestCompatSelectors(t *testing.T) {
	bound, err := bindings.SecretsControllerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range compatFunctions {
		sig := parseCompatSig(t, s)
		t.Run(sig.canonical(), func(t *testing.T) {
			selector := crypto.Keccak256([]byte(sig.canonical()))[:4]
			m, err := bound.MethodById(selector)
			if err != nil {
				t.Fatalf("bindings have no method with selector %x: %v", selector, err)
			}
			if m.RawName != sig.name || !slices.Equal(argTypes(m.Inputs), sig.inputs) {
				t.Fatalf("selector %x is %s in the bindings", selector, m.Sig)
			}
			if sig.outputs != nil && !slices.Equal(argTypes(m.Outputs), sig.outputs) {
				t.Errorf("outputs %v; COMPAT.md %v", argTypes(m.Outputs), sig.outputs)
			}
			if sig.payable != m.IsPayable() {
				t.Errorf("payable = %v; COMPAT.md %v", m.IsPayable(), sig.payable)
			}
			if own, ok := controllerABI.Methods[sig.name]; ok {
				if string(own.ID) != string(selector) || !slices.Equal(argTypes(own.Outputs), argTypes(m.Outputs)) {
					t.Errorf("controller.go ABI: %s -> %s, selector %x", own.Sig, argTypes(own.Outputs), own.ID)
				}
			}
		})
	}
	for _, s := range compatEvents {
		sig := parseCompatSig(t, s)
		t.Run(sig.canonical(), func(t *testing.T) {
			topic := crypto.Keccak256Hash([]byte(sig.canonical()))
			for where, a := range map[string]*abi.ABI{"bindings": bound, "controller.go ABI": &controllerABI} {
				ev, err := a.EventByID(topic)
				if err != nil {
					t.Fatalf("%s have no event with topic %s: %v", where, topic, err)
				}
				indexed := make([]bool, len(ev.Inputs))
				for i, in := range ev.Inputs {
					indexed[i] = in.Indexed
				}
				if ev.RawName != sig.name || !slices.Equal(argTypes(ev.Inputs), sig.inputs) || !slices.Equal(indexed, sig.indexed) {
					t.Errorf("%s: topic %s is %s, indexed %v; COMPAT.md indexed %v", where, topic, ev.Sig, indexed, sig.indexed)
				}
			}
		})
	}

	// Everything controller.go hard-codes must be on the COMPAT.md list.
	pinned := map[string]bool{}
	for _, s := range append(slices.Clone(compatFunctions), compatEvents...) {
		pinned[parseCompatSig(t, s).canonical()] = true
	}
	for _, m := range controllerABI.Methods {
		if !pinned[m.Sig] {
			t.Errorf("controller.go ABI has method %s, which COMPAT.md does not list", m.Sig)
		}
	}
	for _, e := range controllerABI.Events {
		if !pinned[e.Sig] {
			t.Errorf("controller.go ABI has event %s, which COMPAT.md does not list", e.Sig)
		}
	}
}
