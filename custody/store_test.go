package custody

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/cifer-network/cifer/internal/testenclave"
)

func newGCMSealer(t testing.TB) *testenclave.Sealer {
	t.Helper()
	s, err := testenclave.NewSealer()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func openTestStore(t testing.TB, dir string, s Sealer) *Store {
	t.Helper()
	st, err := OpenStore(dir, s, nil)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	return st
}

func TestStorePutGetSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	sealer := newGCMSealer(t)
	st := openTestStore(t, dir, sealer)

	shares := map[ShareKey][]byte{
		{ChainID: 1, SecretID: 7, Version: 0}:         []byte("share-a"),
		{ChainID: 1, SecretID: 7, Version: 1}:         []byte("share-b"),
		{ChainID: 84532, SecretID: 7, Version: 0}:     []byte("share-c"),
		{ChainID: 1, SecretID: 1 << 40, Version: 3}:   []byte("share-d"),
		{ChainID: 1, SecretID: 8, Version: 1<<32 - 1}: []byte("share-e"),
	}
	for k, v := range shares {
		if err := st.Put(ctx, k, v); err != nil {
			t.Fatalf("put %s: %v", k, err)
		}
	}
	if err := st.Put(ctx, ShareKey{ChainID: 1, SecretID: 7}, []byte("again")); !errors.Is(err, ErrShareExists) {
		t.Fatalf("overwrite: got %v, want ErrShareExists", err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st = openTestStore(t, dir, sealer)
	defer st.Close()
	for k, want := range shares {
		got, err := st.Get(ctx, k)
		if err != nil {
			t.Fatalf("get %s after restart: %v", k, err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("get %s: %q, want %q", k, got, want)
		}
	}
	k, latest, err := st.Latest(ctx, 1, 7)
	if err != nil || k.Version != 1 || string(latest) != "share-b" {
		t.Fatalf("latest: %v %q %v", k, latest, err)
	}
	if _, err := st.Get(ctx, ShareKey{ChainID: 2, SecretID: 7}); !errors.Is(err, ErrShareNotFound) {
		t.Fatalf("missing share: got %v, want ErrShareNotFound", err)
	}
	if _, _, err := st.Latest(ctx, 2, 7); !errors.Is(err, ErrShareNotFound) {
		t.Fatalf("latest of missing secret: got %v", err)
	}
	all, err := st.All(ctx)
	if err != nil || len(all) != len(shares) {
		t.Fatalf("all: %d keys (%v), want %d", len(all), err, len(shares))
	}
}

// identitySealer stores plaintext: the control that shows the on-disk scan
// below would find an unsealed share.
type identitySealer struct{}

func (identitySealer) Seal(pt, _ []byte) ([]byte, error)   { return append([]byte(nil), pt...), nil }
func (identitySealer) Unseal(ct, _ []byte) ([]byte, error) { return append([]byte(nil), ct...), nil }

func TestStoreSharesAreSealedOnDisk(t *testing.T) {
	secret := bytes.Repeat([]byte("PLAINTEXT-SHARE!"), 4)
	onDisk := func(t *testing.T, s Sealer) bool {
		dir := t.TempDir()
		st := openTestStore(t, dir, s)
		if err := st.Put(context.Background(), ShareKey{ChainID: 1, SecretID: 1}, secret); err != nil {
			t.Fatal(err)
		}
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
		files, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil && bytes.Contains(b, secret[:16]) {
				return true
			}
		}
		return false
	}
	if !onDisk(t, identitySealer{}) {
		t.Fatal("control: an unsealed share was not found on disk, so the scan proves nothing")
	}
	if onDisk(t, newGCMSealer(t)) {
		t.Fatal("plaintext share found on disk")
	}
}

func TestStoreOtherEnclaveCannotRead(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st := openTestStore(t, dir, newGCMSealer(t))
	k := ShareKey{ChainID: 1, SecretID: 1}
	if err := st.Put(ctx, k, []byte("share")); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st = openTestStore(t, dir, newGCMSealer(t))
	defer st.Close()
	if _, err := st.Get(ctx, k); !errors.Is(err, ErrShareCorrupt) {
		t.Fatalf("got %v, want ErrShareCorrupt", err)
	}
}

func TestStoreDelete(t *testing.T) {
	ctx := context.Background()
	st := openTestStore(t, t.TempDir(), newGCMSealer(t))
	defer st.Close()
	for v := uint32(0); v < 3; v++ {
		if err := st.Put(ctx, ShareKey{ChainID: 1, SecretID: 5, Version: v}, []byte{byte(v)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Put(ctx, ShareKey{ChainID: 1, SecretID: 6}, []byte("other")); err != nil {
		t.Fatal(err)
	}
	n, err := st.DeleteBelow(ctx, 1, 5, 2)
	if err != nil || n != 2 {
		t.Fatalf("delete below: %d, %v", n, err)
	}
	vs, err := st.Versions(ctx, 1, 5)
	if err != nil || len(vs) != 1 || vs[0].Version != 2 {
		t.Fatalf("versions after delete below: %v %v", vs, err)
	}
	if err := st.DeleteSecret(ctx, 1, 5); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Latest(ctx, 1, 5); !errors.Is(err, ErrShareNotFound) {
		t.Fatalf("after delete secret: %v", err)
	}
	if _, err := st.Get(ctx, ShareKey{ChainID: 1, SecretID: 6}); err != nil {
		t.Fatalf("other secret must survive: %v", err)
	}
}
