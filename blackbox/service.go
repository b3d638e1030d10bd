package blackbox

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// SecretDirectory is what the Black Box reads to find a secret's key
// material: its cluster and public-key CID from the SecretsController, and
// the cluster's members (with their x coordinates) from the registry.
type SecretDirectory interface {
	SecretKeyInfo(ctx context.Context, chainID, secretID uint64) (clusterID uint8, publicKeyCID string, err error)
	ClusterMembers(ctx context.Context, clusterID uint8) ([]ClusterMember, error)
}

// DealerHistory is the registry's history of elected Black Boxes
// (chain.Registry implements it).
type DealerHistory interface {
	// WasElectedBlackBox reports whether wallet was elected in epoch (for
	// epoch 0, records made before they named one: ever).
	WasElectedBlackBox(ctx context.Context, epoch uint64, wallet common.Address) (bool, error)
}

// CheckDealer refuses a record whose signer the history does not show
// elected in the record's epoch (ErrRecordDealer); a nil history checks
// nothing.
func CheckDealer(ctx context.Context, h DealerHistory, rec *custody.CreationRecord) error {
	if h == nil {
		return nil
	}
	ok, err := h.WasElectedBlackBox(ctx, rec.Epoch, rec.BlackBox)
	if err != nil {
		return fmt.Errorf("check the record's dealer %s: %w", rec.BlackBox.Hex(), err)
	}
	if !ok {
		return fmt.Errorf("%w: %s in epoch %d", ErrRecordDealer, rec.BlackBox.Hex(), rec.Epoch)
	}
	return nil
}

// recordSource fetches a creation record from a custodian (custody.Client).
type recordSource interface {
	Record(ctx context.Context, custodian peer.ID, chainID, secretID uint64) (*custody.CreationRecord, error)
}

// Service is the Black Box's key service behind the HTTP API and the
// client protocol: public keys checked against the chain, and decryption
// with a key rebuilt from shares for exactly one request.
type Service struct {
	Directory SecretDirectory
	Records   recordSource
	Gatherer  *Gatherer
	// Dealers, when set, is the registry's election history: a record is
	// accepted only if its signer was an elected Black Box in the epoch
	// the record names (finding 2), whatever majority serves it.
	Dealers DealerHistory

	mu    sync.Mutex
	cache map[[2]uint64]*custody.CreationRecord
}

// ErrStaleRecord means a custodian holds a newer share version than the
// creation record the Black Box used (a reshare happened since it was
// read); the request should be signed again.
// It is a refusal with its own code, so a light client re-signs on it.
var ErrStaleRecord = request.Refuse(request.CodeStaleRecord, "creation record is older than the custodians' shares")

// ErrNoRecord means no custodian gave a creation record that matches the
// CID on chain.
var ErrNoRecord = errors.New("no custodian holds a creation record matching the on-chain public key")

// record returns the secret's creation record and its custodians. A record
// is trusted only if its CID equals the one on chain (read on every call,
// so a reshare or re-key takes effect at once); it is cached by that CID.
func (s *Service) record(ctx context.Context, chainID, secretID uint64) (*custody.CreationRecord, []Custodian, error) {
	clusterID, cid, err := s.Directory.SecretKeyInfo(ctx, chainID, secretID)
	if err != nil {
		return nil, nil, err
	}
	if cid == "" {
		return nil, nil, request.Syncing(secretID)
	}
	members, err := s.Directory.ClusterMembers(ctx, clusterID)
	if err != nil {
		return nil, nil, fmt.Errorf("cluster %d members: %w", clusterID, err)
	}
	cs := make([]Custodian, len(members))
	for i, m := range members {
		cs[i] = m.Custodian
	}
	key := [2]uint64{chainID, secretID}
	s.mu.Lock()
	rec := s.cache[key]
	s.mu.Unlock()
	if rec != nil && rec.PublicKeyCID == cid && rec.ClusterID == clusterID {
		return rec, cs, nil
	}
	r, err := s.agreedRecord(ctx, members, chainID, secretID, cid)
	if err != nil {
		return nil, nil, err
	}
	s.mu.Lock()
	if s.cache == nil {
		s.cache = make(map[[2]uint64]*custody.CreationRecord)
	}
	s.cache[key] = r
	s.mu.Unlock()
	return r, cs, nil
}

// agreedRecord asks every member for its creation record at once and
// accepts one only when a majority of the cluster hold that very record
// (the same bytes, so the same version, share hashes and dealer's
// signature) for the key on chain. Taking the first record with the right
// CID let one member serve a record it signed itself with false share
// hashes: the Black Box cached it, every decrypt then failed and honest
// custodians were reported (finding 2 of the key-safety review). A
// majority is what a threshold of honest members already is in a cluster
// of the default shape (t = 3 of n = 5), and evidence against custodians
// follows only from a record it accepted.
func (s *Service) agreedRecord(ctx context.Context, members []ClusterMember, chainID, secretID uint64, cid string) (*custody.CreationRecord, error) {
	need := len(members)/2 + 1
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type answer struct {
		rec *custody.CreationRecord
		raw string
		err error
	}
	answers := make(chan answer, len(members))
	for _, m := range members {
		go func(m ClusterMember) {
			pid, err := peer.Decode(m.PeerID)
			if err != nil {
				answers <- answer{err: err}
				return
			}
			r, err := s.Records.Record(ctx, pid, chainID, secretID)
			if err != nil {
				answers <- answer{err: err}
				return
			}
			if r.PublicKeyCID != cid {
				answers <- answer{err: fmt.Errorf("custodian %s holds a record for another key", m.PeerID)}
				return
			}
			if err := CheckDealer(ctx, s.Dealers, r); err != nil {
				answers <- answer{err: fmt.Errorf("custodian %s: %w", m.PeerID, err)}
				return
			}
			raw, err := r.MarshalBinary()
			if err != nil {
				answers <- answer{err: err}
				return
			}
			answers <- answer{rec: r, raw: string(raw)}
		}(m)
	}
	votes := make(map[string]int)
	var errs []error
	for range members {
		a := <-answers
		if a.err != nil {
			errs = append(errs, a.err)
			continue
		}
		votes[a.raw]++
		if votes[a.raw] >= need {
			return a.rec, nil
		}
	}
	if len(votes) > 1 {
		errs = append(errs, fmt.Errorf("members hold %d different records for the key, none held by %d of %d", len(votes), need, len(members)))
	} else if len(votes) == 1 {
		errs = append(errs, fmt.Errorf("the record is held by fewer than %d of %d members", need, len(members)))
	}
	return nil, fmt.Errorf("%w: %w", ErrNoRecord, errors.Join(errs...))
}

// PublicKey implements KeyService.
func (s *Service) PublicKey(ctx context.Context, chainID, secretID uint64) (*envelope.PublicKey, error) {
	rec, _, err := s.record(ctx, chainID, secretID)
	if err != nil {
		return nil, err
	}
	return envelope.ParsePublicKey(rec.PublicKey)
}

// Decrypt implements KeyService: the key exists only for this call.
func (s *Service) Decrypt(ctx context.Context, signed custody.FetchRequest, b envelope.Binding, cifer, encryptedMessage []byte) ([]byte, error) {
	rec, cs, err := s.record(ctx, b.ChainID, b.SecretID)
	if err != nil {
		return nil, err
	}
	sk, err := s.Gatherer.Rebuild(ctx, rec, cs, signed)
	if errors.Is(err, ErrStaleRecord) {
		// Resharing dealt a newer version of the same key (same CID): drop
		// the cached record so the client's next, newly signed request
		// uses the newest one (this one is spent on the custodians).
		s.mu.Lock()
		if s.cache[[2]uint64{b.ChainID, b.SecretID}] == rec {
			delete(s.cache, [2]uint64{b.ChainID, b.SecretID})
		}
		s.mu.Unlock()
	}
	if err != nil {
		return nil, err
	}
	defer sk.Zero()
	return envelope.Open(sk, b, cifer, encryptedMessage)
}
