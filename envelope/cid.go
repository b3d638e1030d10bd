package envelope

import (
	"errors"
	"fmt"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

// ErrCIDMismatch means a public key does not hash to the registered CID.
var ErrCIDMismatch = errors.New("public key does not match its CID")

// PublicKeyCID is the CIDv1 (codec raw, multihash sha2-256, base32 string)
// of a secret's public key: what markSecretSynced publishes on-chain and what
// clients check a fetched public key against. It lives with the key format
// because every party that holds a public key checks it: the dealer that
// publishes it, the custodians and Black Boxes that keep it, and light
// clients that encrypt to it.
func PublicKeyCID(publicKey []byte) (string, error) {
	mh, err := multihash.Sum(publicKey, multihash.SHA2_256, -1)
	if err != nil {
		return "", fmt.Errorf("hash public key: %w", err)
	}
	return cid.NewCidV1(cid.Raw, mh).String(), nil
}

// CheckPublicKeyCID reports whether publicKey hashes to the CID string c;
// a key that does not is an error wrapping ErrCIDMismatch.
func CheckPublicKeyCID(publicKey []byte, c string) error {
	want, err := PublicKeyCID(publicKey)
	if err != nil {
		return err
	}
	if want != c {
		return fmt.Errorf("%w: key hashes to %s, registered %s", ErrCIDMismatch, want, c)
	}
	return nil
}
