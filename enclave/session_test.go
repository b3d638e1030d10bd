package enclave

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/cloudflare/circl/kem"
	"github.com/cloudflare/circl/kem/xwing"
)

func newTransportKey(t testing.TB) ([]byte, kem.PrivateKey) {
	t.Helper()
	priv, pub, err := xwing.GenerateKeyPair(nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := pub.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b, priv
}

// fakeClock is a settable clock for session expiry.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

func TestSessionRoundTripReusesEncapsulation(t *testing.T) {
	pub, priv := newTransportKey(t)
	var sender, recipient TransportSessions
	info := []byte("share 1")

	first, err := sender.Seal(pub, []byte("secret share one"), info)
	if err != nil {
		t.Fatal(err)
	}
	second, err := sender.Seal(pub, []byte("secret share two"), info)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first[:TransportEncSize], second[:TransportEncSize]) {
		t.Fatal("second message to the same recipient made a new encapsulation")
	}
	if bytes.Equal(first[TransportEncSize:TransportEncSize+sessionNonceSize], second[TransportEncSize:TransportEncSize+sessionNonceSize]) {
		t.Fatal("two messages share a nonce")
	}
	if len(first) != len("secret share one")+SessionOverhead {
		t.Fatalf("message is %d bytes; want plaintext + %d", len(first), SessionOverhead)
	}
	for i, tc := range []struct {
		msg  []byte
		want string
	}{{first, "secret share one"}, {second, "secret share two"}} {
		pt, err := recipient.Open(priv, tc.msg, info)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		if string(pt) != tc.want {
			t.Fatalf("open %d = %q; want %q", i, pt, tc.want)
		}
	}
	if n := len(recipient.recv); n != 1 {
		t.Fatalf("recipient cached %d session keys; want 1", n)
	}
	// A recipient that never saw the encapsulation (a restarted node) still
	// opens the message on its own.
	var fresh TransportSessions
	if pt, err := fresh.Open(priv, second, info); err != nil || string(pt) != "secret share two" {
		t.Fatalf("fresh recipient: %q, %v", pt, err)
	}
}

func TestSessionOpenRefuses(t *testing.T) {
	pub, priv := newTransportKey(t)
	_, otherPriv := newTransportKey(t)
	var sender TransportSessions
	info := []byte("chain 1 secret 9 x 2")
	msg, err := sender.Seal(pub, []byte("share bytes"), info)
	if err != nil {
		t.Fatal(err)
	}
	flip := func(i int) []byte {
		b := bytes.Clone(msg)
		b[i] ^= 1
		return b
	}
	for _, tc := range []struct {
		name string
		priv kem.PrivateKey
		msg  []byte
		info []byte
	}{
		{"other recipient", otherPriv, msg, info},
		{"other info", priv, msg, []byte("chain 1 secret 9 x 3")},
		{"flipped encapsulation", priv, flip(5), info},
		{"flipped nonce", priv, flip(TransportEncSize + 1), info},
		{"flipped ciphertext", priv, flip(len(msg) - 20), info},
		{"flipped tag", priv, flip(len(msg) - 1), info},
		{"truncated", priv, msg[:len(msg)-1], info},
		{"shorter than overhead", priv, msg[:SessionOverhead-1], info},
		{"empty", priv, nil, info},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Each case on a recipient that has the session cached and on one
			// that has not, since the two take different paths.
			var warm, cold TransportSessions
			if _, err := warm.Open(priv, msg, info); err != nil {
				t.Fatal(err)
			}
			for _, r := range []*TransportSessions{&warm, &cold} {
				if _, err := r.Open(tc.priv, tc.msg, tc.info); !errors.Is(err, ErrDecrypt) {
					t.Fatalf("err = %v; want ErrDecrypt", err)
				}
			}
			if len(cold.recv) != 0 {
				t.Fatal("a message that did not open left a cached session key")
			}
		})
	}
}

func TestSessionRotation(t *testing.T) {
	pub, priv := newTransportKey(t)
	otherPub, _ := newTransportKey(t)
	clock := &fakeClock{t: time.Unix(1_700_000_000, 0)}
	sender := TransportSessions{Now: clock.now}
	recipient := TransportSessions{Now: clock.now}
	seal := func(to []byte) []byte {
		t.Helper()
		m, err := sender.Seal(to, []byte("x"), nil)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	a := seal(pub)
	if b := seal(otherPub); bytes.Equal(a[:TransportEncSize], b[:TransportEncSize]) {
		t.Fatal("two recipients share an encapsulation")
	}
	clock.t = clock.t.Add(SessionLifetime - time.Second)
	if b := seal(pub); !bytes.Equal(a[:TransportEncSize], b[:TransportEncSize]) {
		t.Fatal("session rotated before its lifetime")
	}
	clock.t = clock.t.Add(time.Second)
	b := seal(pub)
	if bytes.Equal(a[:TransportEncSize], b[:TransportEncSize]) {
		t.Fatal("session not rotated after its lifetime")
	}
	// A message of the old session sealed just before rotation still opens.
	if _, err := recipient.Open(priv, a, nil); err != nil {
		t.Fatal(err)
	}
	// The message cap rotates too.
	sender.send[sessionID(pub)].used = sessionMaxMessages
	if c := seal(pub); bytes.Equal(b[:TransportEncSize], c[:TransportEncSize]) {
		t.Fatal("session not rotated after its message cap")
	}
	// A recipient's cached key expires; the message then opens by
	// decapsulating again.
	clock.t = clock.t.Add(SessionLifetime + sessionRecvGrace)
	if _, err := recipient.Open(priv, a, nil); err != nil {
		t.Fatalf("open after the cached key expired: %v", err)
	}
}

func TestSessionCachesAreBounded(t *testing.T) {
	pub, priv := newTransportKey(t)
	var s TransportSessions
	for range sessionCacheSize + 10 {
		// A new sender each time, so each message has its own encapsulation.
		var sender TransportSessions
		m, err := sender.Seal(pub, []byte("x"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Open(priv, m, nil); err != nil {
			t.Fatal(err)
		}
		// And a new recipient for s to seal to.
		to, _ := newTransportKey(t)
		if _, err := s.Seal(to, []byte("x"), nil); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(s.recv); n > sessionCacheSize {
		t.Fatalf("recipient cache holds %d keys; bound %d", n, sessionCacheSize)
	}
	if n := len(s.send); n > sessionCacheSize {
		t.Fatalf("sender cache holds %d sessions; bound %d", n, sessionCacheSize)
	}
}

func TestKeysSessionsAfterClose(t *testing.T) {
	pub, priv := newTransportKey(t)
	var sender TransportSessions
	msg, err := sender.Seal(pub, []byte("x"), nil)
	if err != nil {
		t.Fatal(err)
	}
	k := &Keys{transport: priv.(*xwing.PrivateKey), transportPub: pub}
	if _, err := k.SessionOpen(msg, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := k.SessionSealTo(pub, []byte("x"), nil); err != nil {
		t.Fatal(err)
	}
	if err := k.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := k.SessionOpen(msg, nil); !errors.Is(err, ErrClosed) {
		t.Fatalf("SessionOpen after Close: %v", err)
	}
	if _, err := k.SessionSealTo(pub, []byte("x"), nil); !errors.Is(err, ErrClosed) {
		t.Fatalf("SessionSealTo after Close: %v", err)
	}
}

// FuzzSessionOpen feeds arbitrary bytes to a recipient with a warm cache:
// nothing may panic, and nothing but the real message may open.
func FuzzSessionOpen(f *testing.F) {
	pub, priv := newTransportKey(f)
	var sender, recipient TransportSessions
	msg, err := sender.Seal(pub, []byte("share"), []byte("info"))
	if err != nil {
		f.Fatal(err)
	}
	if _, err := recipient.Open(priv, msg, []byte("info")); err != nil {
		f.Fatal(err)
	}
	f.Add(msg)
	f.Add(msg[:SessionOverhead])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		pt, err := recipient.Open(priv, b, []byte("info"))
		if err == nil && (!bytes.Equal(b, msg) || string(pt) != "share") {
			t.Fatalf("a forged message opened: %q", pt)
		}
		if err != nil && !errors.Is(err, ErrDecrypt) {
			t.Fatalf("err = %v; want ErrDecrypt", err)
		}
	})
}

func BenchmarkSessionSealOpen(b *testing.B) {
	pub, priv := newTransportKey(b)
	var sender, recipient TransportSessions
	share := make([]byte, 70)
	info := []byte("cifer-share-v1 chain secret version x")
	b.ReportAllocs()
	for b.Loop() {
		m, err := sender.Seal(pub, share, info)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := recipient.Open(priv, m, info); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHPKESealOpen is the single-shot HPKE exchange session messages
// replace, for comparison in the same run.
func BenchmarkHPKESealOpen(b *testing.B) {
	pub, priv := newTransportKey(b)
	share := make([]byte, 70)
	info := []byte("cifer-share-v1 chain secret version x")
	b.ReportAllocs()
	for b.Loop() {
		m, err := SealTo(pub, share, info, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := openHPKE(priv, m, info, nil); err != nil {
			b.Fatal(err)
		}
	}
}
