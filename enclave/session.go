package enclave

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"sync"
	"time"

	"github.com/cloudflare/circl/hpke"
	"github.com/cloudflare/circl/kem"
	"github.com/cloudflare/circl/kem/xwing"

	"github.com/cifer-network/cifer/internal/avxstate"
)

// Session messages. A node that releases many shares to the same Black Box
// would pay one X-Wing encapsulation per share (and the Black Box one
// decapsulation), the largest cost of the decrypt path. Instead the sender
// makes one HPKE context per recipient key and reuses its encapsulation for a
// while: the AEAD key is exported from that context, each message is sealed
// under it with a fresh random nonce, and the recipient decapsulates once per
// encapsulation it has not seen and caches the exported key. Every message
// still carries the encapsulation, so it opens on its own (a restarted
// recipient just decapsulates again).
//
// Message: enc (TransportEncSize) ‖ nonce (12) ‖ AES-256-GCM(plaintext),
// with additional data sessionAADLabel ‖ len(info) (4, big endian) ‖ info.
// The HPKE context is base mode with info sessionHPKEInfo; the AEAD key is
// Export(sessionExportLabel, 32).
const (
	sessionHPKEInfo    = "cifer-transport-session-v1"
	sessionExportLabel = "cifer-transport-session-key"
	sessionAADLabel    = "cifer-transport-session-msg-v1"
	sessionNonceSize   = 12
	sessionTagSize     = 16
)

const (
	// SessionLifetime is how long a sender reuses one encapsulation to a
	// recipient before making a new one.
	SessionLifetime = 10 * time.Minute
	// sessionMaxMessages bounds the messages under one session key, far
	// below the 2^32 random nonces AES-GCM allows per key.
	sessionMaxMessages = 1 << 24
	// sessionRecvGrace keeps a recipient's cached key a little past the
	// sender's lifetime, for messages sealed just before it rotated.
	sessionRecvGrace = 2 * time.Minute
	// sessionCacheSize bounds each cache (recipients a node seals to, and
	// encapsulations it has opened).
	sessionCacheSize = 1024
)

// SessionOverhead is the size a session message adds to its plaintext.
var SessionOverhead = TransportEncSize + sessionNonceSize + sessionTagSize

type sendSession struct {
	enc     []byte
	aead    cipher.AEAD
	expires time.Time
	used    uint64
}

type recvSession struct {
	aead    cipher.AEAD
	expires time.Time
}

// TransportSessions caches session keys on both sides: for each recipient
// key this node seals to, and for each encapsulation it has opened. The
// zero value is ready to use. Keys.SessionSealTo and Keys.SessionOpen use
// one; tests that hold transport keys outside an enclave use their own.
type TransportSessions struct {
	mu   sync.Mutex
	send map[[32]byte]*sendSession
	recv map[[32]byte]*recvSession
	// recvKey is the private key the recv cache belongs to: opening with
	// another key starts a new cache, so a cached session key never opens a
	// message for a key that could not decapsulate it.
	recvKey kem.PrivateKey
	// Now is the clock (time.Now when nil).
	Now func() time.Time
}

func (s *TransportSessions) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// Seal seals plaintext to an encoded X-Wing transport public key as a
// session message bound to info.
func (s *TransportSessions) Seal(recipientKey, plaintext, info []byte) ([]byte, error) {
	enc, aead, err := s.sender(recipientKey)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(enc)+sessionNonceSize, len(enc)+sessionNonceSize+len(plaintext)+sessionTagSize)
	copy(out, enc)
	nonce := out[len(enc):]
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("session nonce: %w", err)
	}
	return aead.Seal(out, nonce, plaintext, sessionAAD(info)), nil
}

// sessionID names a sender's session by its recipient key.
func sessionID(recipientKey []byte) [32]byte { return sha256.Sum256(recipientKey) }

// sender returns the live session to a recipient, making a new one when
// there is none, it expired or it sealed its share of messages.
func (s *TransportSessions) sender(recipientKey []byte) ([]byte, cipher.AEAD, error) {
	id := sessionID(recipientKey)
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if ss := s.send[id]; ss != nil && now.Before(ss.expires) && ss.used < sessionMaxMessages {
		ss.used++
		return ss.enc, ss.aead, nil
	}
	pub, err := hpke.KEM_XWING.Scheme().UnmarshalBinaryPublicKey(recipientKey)
	if err != nil {
		return nil, nil, fmt.Errorf("transport public key: %w", err)
	}
	snd, err := TransportSuite.NewSender(pub, []byte(sessionHPKEInfo))
	if err != nil {
		return nil, nil, fmt.Errorf("hpke sender: %w", err)
	}
	enc, ctx, err := snd.Setup(rand.Reader)
	avxstate.Clear() // circl leaves the vector registers dirty; see internal/avxstate
	if err != nil {
		return nil, nil, fmt.Errorf("hpke setup: %w", err)
	}
	aead, err := sessionAEAD(ctx)
	if err != nil {
		return nil, nil, err
	}
	if s.send == nil {
		s.send = make(map[[32]byte]*sendSession)
	}
	if len(s.send) >= sessionCacheSize {
		evict(s.send, now)
	}
	s.send[id] = &sendSession{enc: enc, aead: aead, expires: now.Add(SessionLifetime), used: 1}
	return enc, aead, nil
}

// Open opens a session message with the recipient's private key, reusing
// the cached key of an encapsulation it opened before.
func (s *TransportSessions) Open(priv kem.PrivateKey, message, info []byte) ([]byte, error) {
	if len(message) < SessionOverhead {
		return nil, fmt.Errorf("%w: session message of %d bytes is shorter than its overhead (%d)", ErrDecrypt, len(message), SessionOverhead)
	}
	enc := message[:TransportEncSize]
	nonce := message[TransportEncSize : TransportEncSize+sessionNonceSize]
	body := message[TransportEncSize+sessionNonceSize:]
	id := sha256.Sum256(enc)
	now := s.now()

	s.mu.Lock()
	if !s.sameRecvKey(priv) {
		s.recv, s.recvKey = nil, priv
	}
	rs := s.recv[id]
	s.mu.Unlock()
	if rs != nil && now.Before(rs.expires) {
		pt, err := rs.aead.Open(nil, nonce, body, sessionAAD(info))
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrDecrypt, err)
		}
		return pt, nil
	}

	rcv, err := TransportSuite.NewReceiver(priv, []byte(sessionHPKEInfo))
	if err != nil {
		return nil, fmt.Errorf("hpke receiver: %w", err)
	}
	ctx, err := rcv.Setup(enc)
	avxstate.Clear()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDecrypt, err)
	}
	aead, err := sessionAEAD(ctx)
	if err != nil {
		return nil, err
	}
	pt, err := aead.Open(nil, nonce, body, sessionAAD(info))
	if err != nil {
		// Not cached: only an encapsulation that opened a message is
		// worth keeping, so junk cannot fill the cache.
		return nil, fmt.Errorf("%w: %w", ErrDecrypt, err)
	}
	s.mu.Lock()
	if !s.sameRecvKey(priv) {
		s.recv, s.recvKey = nil, priv
	}
	if s.recv == nil {
		s.recv = make(map[[32]byte]*recvSession)
	}
	if len(s.recv) >= sessionCacheSize {
		evict(s.recv, now)
	}
	s.recv[id] = &recvSession{aead: aead, expires: now.Add(SessionLifetime + sessionRecvGrace)}
	s.mu.Unlock()
	return pt, nil
}

// Clear forgets every session key.
func (s *TransportSessions) Clear() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.send = nil
	s.recv = nil
	s.recvKey = nil
}

// sessionAEAD derives the session's AES-256-GCM from an HPKE context.
func sessionAEAD(ctx hpke.Context) (cipher.AEAD, error) {
	key := ctx.Export([]byte(sessionExportLabel), 32)
	defer clear(key)
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("session cipher: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("session cipher: %w", err)
	}
	return aead, nil
}

func sessionAAD(info []byte) []byte {
	b := make([]byte, 0, len(sessionAADLabel)+4+len(info))
	b = append(b, sessionAADLabel...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(info)))
	return append(b, info...)
}

func (ss *sendSession) expiry() time.Time { return ss.expires }
func (rs *recvSession) expiry() time.Time { return rs.expires }

// evict makes room in a full cache: it drops the expired sessions, or the
// one expiring first when none has expired.
func evict[V interface{ expiry() time.Time }](m map[[32]byte]V, now time.Time) {
	var oldest [32]byte
	var first time.Time
	for id, v := range m {
		if !now.Before(v.expiry()) {
			delete(m, id)
			continue
		}
		if first.IsZero() || v.expiry().Before(first) {
			oldest, first = id, v.expiry()
		}
	}
	if len(m) >= sessionCacheSize {
		delete(m, oldest)
	}
}

// sameRecvKey reports whether priv is the key the recv cache belongs to.
// The node always passes the same key object, so identity is checked
// first: comparing two X-Wing private keys by value costs more than the
// AES-GCM open it guards. Callers hold s.mu.
func (s *TransportSessions) sameRecvKey(priv kem.PrivateKey) bool {
	if s.recvKey == nil {
		return false
	}
	if a, ok := s.recvKey.(*xwing.PrivateKey); ok {
		if b, ok := priv.(*xwing.PrivateKey); ok && a == b {
			return true
		}
	}
	return s.recvKey.Equal(priv)
}
