package sgx

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/cifer-network/cifer/enclave"
	"github.com/edgelesssys/ego/attestation"
)

// syntheticReport is what EGo would return for a verified report.
func syntheticReport() attestation.Report {
	data := make([]byte, 64)
	for i := range data {
		data[i] = byte(i)
	}
	return attestation.Report{
		Data:            data,
		SecurityVersion: 3,
		UniqueID:        bytes.Repeat([]byte{0xaa}, 32),
		SignerID:        bytes.Repeat([]byte{0xbb}, 32),
		ProductID:       []byte{0x02, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
	}
}

func TestClaimsFrom(t *testing.T) {
	for _, tc := range []struct {
		name    string
		edit    func(r *attestation.Report)
		want    func(c *enclave.Claims)
		wantErr bool
	}{
		{name: "production enclave"},
		{
			name: "debug enclave",
			edit: func(r *attestation.Report) { r.Debug = true },
			want: func(c *enclave.Claims) { c.Debug = true },
		},
		{
			// SGX report data is 64 bytes; only those are user data.
			name: "longer report data",
			edit: func(r *attestation.Report) { r.Data = append(r.Data, 0xff, 0xff) },
		},
		{
			name: "security version above 16 bits",
			edit: func(r *attestation.Report) { r.SecurityVersion = 1 << 20 },
			want: func(c *enclave.Claims) { c.SecurityVersion = 0xffff },
		},
		{
			name: "no product ID",
			edit: func(r *attestation.Report) { r.ProductID = nil },
			want: func(c *enclave.Claims) { c.ProductID = 0 },
		},
		{name: "short measurement", edit: func(r *attestation.Report) { r.UniqueID = r.UniqueID[:31] }, wantErr: true},
		{name: "short user data", edit: func(r *attestation.Report) { r.Data = r.Data[:63] }, wantErr: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := syntheticReport()
			if tc.edit != nil {
				tc.edit(&r)
			}
			got, err := claimsFrom(r)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("accepted: %+v", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := enclave.Claims{
				Backend:         enclave.BackendSGX,
				Measurement:     [32]byte(bytes.Repeat([]byte{0xaa}, 32)),
				Signer:          bytes.Repeat([]byte{0xbb}, 32),
				ProductID:       0x0102, // ISVPRODID is little-endian
				SecurityVersion: 3,
			}
			for i := range want.UserData {
				want.UserData[i] = byte(i)
			}
			if tc.want != nil {
				tc.want(&want)
			}
			if got.Backend != want.Backend || got.Measurement != want.Measurement ||
				!bytes.Equal(got.Signer, want.Signer) || got.UserData != want.UserData ||
				got.Debug != want.Debug || got.ProductID != want.ProductID ||
				got.SecurityVersion != want.SecurityVersion {
				t.Fatalf("claims\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestClaimsFromCopiesSigner(t *testing.T) {
	r := syntheticReport()
	c, err := claimsFrom(r)
	if err != nil {
		t.Fatal(err)
	}
	r.SignerID[0] ^= 1
	if c.Signer[0] != 0xbb {
		t.Fatal("claims alias the report's signer bytes")
	}
}

func TestVerifyOutdatedTCB(t *testing.T) {
	outdated := func([]byte) (attestation.Report, error) {
		return syntheticReport(), attestation.ErrTCBLevelInvalid
	}
	broken := func([]byte) (attestation.Report, error) {
		return attestation.Report{}, errors.New("bad signature chain")
	}
	for _, tc := range []struct {
		name   string
		allow  bool
		check  func([]byte) (attestation.Report, error)
		accept bool
	}{
		{"outdated TCB refused by default", false, outdated, false},
		{"outdated TCB accepted when allowed", true, outdated, true},
		{"other failures refused even when allowed", true, broken, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Verifier{AllowOutdatedTCB: tc.allow}.verify(context.Background(), []byte("quote"), tc.check)
			if tc.accept {
				if err != nil || c.Backend != enclave.BackendSGX {
					t.Fatalf("got %+v, %v; want accepted", c, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("accepted: %+v", c)
			}
			if !tc.allow && !errors.Is(err, attestation.ErrTCBLevelInvalid) {
				t.Fatalf("error %v does not say the TCB is outdated", err)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (Verifier{}).verify(ctx, nil, outdated); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: got %v", err)
	}
}
