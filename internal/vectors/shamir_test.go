package vectors

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/cifer-network/cifer/custody"
)

type shamirVector struct {
	Name      string `json:"name"`
	Secret    string `json:"secret,omitempty"`
	Threshold int    `json:"threshold,omitempty"`
	N         int    `json:"n,omitempty"`
	// Randomness is what Split read: threshold-1 coefficient bytes per
	// secret byte.
	Randomness string `json:"randomness,omitempty"`
	// Shares are every share, encoded (MarshalBinary).
	Shares []string `json:"shares"`
	// Combine lists the indexes into Shares that are combined.
	Combine []int  `json:"combine"`
	Error   string `json:"error,omitempty"`
}

func makeShamir(t *testing.T) vectorFile[shamirVector] {
	f := vectorFile[shamirVector]{Version: 1, Description: "Shamir secret sharing over GF(2^8) as custody.Split and custody.Combine (docs/PROTOCOL.md has the field " +
		"and encoding; custody/testdata/shamir_vectors.json has the same rule). Share encoding: version 0x01 | threshold | x | y bytes (one per secret byte). " +
		"randomness is what Split read from its random source. Combining the shares at indexes combine (into shares) must give secret; " +
		"vectors with error must not combine (kind shamir: too few shares, duplicate x, mixed thresholds or lengths). Hex without 0x."}
	for _, c := range []struct {
		name    string
		secret  []byte
		k, n    int
		combine []int
	}{
		{"one byte, 2 of 3", []byte{0x42}, 2, 3, []int{0, 2}},
		{"a 64-byte key seed, 3 of 5", vectorBytes("cifer test seed", 64), 3, 5, []int{4, 1, 2}},
		{"text, 4 of 6, all shares", []byte("cifer shamir"), 4, 6, []int{0, 1, 2, 3, 4, 5}},
	} {
		rnd := vectorBytes("shamir randomness "+c.name, (c.k-1)*len(c.secret))
		shares, err := custody.Split(c.secret, c.k, c.n, bytes.NewReader(rnd))
		mustf(t, err, "split")
		v := shamirVector{Name: c.name, Secret: hex.EncodeToString(c.secret), Threshold: c.k, N: c.n, Randomness: hex.EncodeToString(rnd), Combine: c.combine}
		for _, s := range shares {
			b, err := s.MarshalBinary()
			mustf(t, err, "marshal")
			v.Shares = append(v.Shares, hex.EncodeToString(b))
		}
		f.Vectors = append(f.Vectors, v)
	}
	base := f.Vectors[1].Shares
	other := f.Vectors[0].Shares
	f.Vectors = append(f.Vectors,
		shamirVector{Name: "fewer shares than the threshold", Shares: base, Combine: []int{0, 1}, Error: kindShamir},
		shamirVector{Name: "the same share twice", Shares: base, Combine: []int{0, 0, 1}, Error: kindShamir},
		shamirVector{Name: "shares of different secrets (thresholds differ)", Shares: append(append([]string(nil), base...), other...), Combine: []int{0, 1, 5}, Error: kindShamir},
	)
	return f
}

func checkShamir(t *testing.T, raw []byte) int {
	vs := decode[shamirVector](t, raw)
	for _, v := range vs {
		var use []custody.Share
		var err error
		for _, i := range v.Combine {
			s, perr := custody.ParseShare(unhex(t, v.Shares[i]))
			if perr != nil {
				err = perr
				break
			}
			use = append(use, s)
		}
		var got []byte
		if err == nil {
			got, err = custody.Combine(use)
		}
		if v.Error != "" {
			if err == nil {
				t.Errorf("%s: combined, want %s", v.Name, v.Error)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", v.Name, err)
			continue
		}
		if hex.EncodeToString(got) != v.Secret {
			t.Errorf("%s: combines to %x", v.Name, got)
		}
		shares, err := custody.Split(unhex(t, v.Secret), v.Threshold, v.N, bytes.NewReader(unhex(t, v.Randomness)))
		mustf(t, err, "%s", v.Name)
		for i, s := range shares {
			b, err := s.MarshalBinary()
			mustf(t, err, "%s", v.Name)
			if hex.EncodeToString(b) != v.Shares[i] {
				t.Errorf("%s: share %d differs when split again", v.Name, i)
			}
		}
	}
	return len(vs)
}
