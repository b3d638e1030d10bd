package custody

import (
	"context"
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"

	"github.com/cifer-network/cifer/request"
	"github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"
)

// Sealer is what the share store needs from the enclave: authenticated
// encryption under a key that never leaves it. additionalData binds a sealed
// blob to the place it is stored, so a blob copied under another key does not
// open.
type Sealer interface {
	Seal(plaintext, additionalData []byte) ([]byte, error)
	Unseal(sealed, additionalData []byte) ([]byte, error)
}

// ShareKey names one stored share: a secret on a chain, at a share version.
// Resharing deals a new version; older versions are deleted once the new one
// is acknowledged.
type ShareKey struct {
	ChainID  uint64
	SecretID uint64
	Version  uint32
}

func (k ShareKey) String() string {
	return fmt.Sprintf("chain %d secret %d version %d", k.ChainID, k.SecretID, k.Version)
}

var (
	// ErrShareNotFound means no share is stored under the key.
	ErrShareNotFound = errors.New("share not found")
	// ErrShareCorrupt means a stored share did not unseal: the disk was
	// tampered with, or the data dir belongs to another enclave.
	ErrShareCorrupt = errors.New("stored share does not unseal (tampered, or sealed by another enclave)")
	// ErrShareExists refuses to overwrite a share: a version is written once.
	ErrShareExists = errors.New("share already stored under this key")
	// ErrShareConflict refuses a deal under a version that already holds a
	// different share: two dealers picked the same version (versions are
	// Unix seconds, chosen by each Black Box), and the first one stored is
	// kept. The dealer should deal again under another version.
	ErrShareConflict = request.Refuse(request.CodeShareConflict, "a different share is already stored under this version")
)

const (
	sharePrefix = "share/"
	// keyLen is prefix + chain (8) + secret (8) + version (4).
	shareKeyLen = len(sharePrefix) + 8 + 8 + 4
)

// encodeKey lays out keys big-endian so Badger's byte order iterates the
// versions of one secret in ascending order.
func encodeKey(k ShareKey) []byte {
	b := make([]byte, 0, shareKeyLen)
	b = append(b, sharePrefix...)
	b = binary.BigEndian.AppendUint64(b, k.ChainID)
	b = binary.BigEndian.AppendUint64(b, k.SecretID)
	b = binary.BigEndian.AppendUint32(b, k.Version)
	return b
}

func secretPrefix(chainID, secretID uint64) []byte {
	b := make([]byte, 0, shareKeyLen-4)
	b = append(b, sharePrefix...)
	b = binary.BigEndian.AppendUint64(b, chainID)
	b = binary.BigEndian.AppendUint64(b, secretID)
	return b
}

func decodeKey(b []byte) (ShareKey, bool) {
	if len(b) != shareKeyLen || string(b[:len(sharePrefix)]) != sharePrefix {
		return ShareKey{}, false
	}
	b = b[len(sharePrefix):]
	return ShareKey{
		ChainID:  binary.BigEndian.Uint64(b[0:8]),
		SecretID: binary.BigEndian.Uint64(b[8:16]),
		Version:  binary.BigEndian.Uint32(b[16:20]),
	}, true
}

// Store keeps shares in Badger, each sealed by the enclave before it touches
// disk. It is safe for concurrent use.
type Store struct {
	db     *badger.DB
	sealer Sealer
	log    *slog.Logger
	newest newestCache // NewestOfKey answers; emptied by every write
}

// OpenStore opens (or creates) the share store in dir. Writes are synced to
// disk before they are acknowledged: a custodian that answers "stored" must
// still hold the share after a crash. An older store is migrated to
// SchemaVersion first; a newer one is refused with ErrSchemaTooNew.
func OpenStore(dir string, sealer Sealer, log *slog.Logger) (*Store, error) {
	if sealer == nil {
		return nil, errors.New("open share store: no sealer")
	}
	if log == nil {
		log = slog.Default()
	}
	db, err := badger.Open(storeOptions(dir))
	if err != nil {
		return nil, fmt.Errorf("open share store in %s: %w", dir, err)
	}
	if err := migrate(db, migrations, log); err != nil {
		db.Close()
		return nil, fmt.Errorf("open share store in %s: %w", dir, err)
	}
	return &Store{db: db, sealer: sealer, log: log}, nil
}

func storeOptions(dir string) badger.Options {
	return badger.DefaultOptions(dir).
		WithLogger(nil).
		WithSyncWrites(true).
		WithNumVersionsToKeep(1).
		// Shares are tiny; small tables keep a node's footprint small when a
		// testnet runs many nodes on one machine.
		WithMemTableSize(8 << 20).
		WithValueLogFileSize(64 << 20)
}

// Close flushes and closes the store.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close share store: %w", err)
	}
	return nil
}

// Put seals share and stores it under k. It refuses to overwrite.
func (s *Store) Put(ctx context.Context, k ShareKey, share []byte) error {
	defer s.newest.invalidate() // after the write: see newestCache
	if err := ctx.Err(); err != nil {
		return err
	}
	key, sealed, err := s.seal(k, share)
	if err != nil {
		return err
	}
	err = s.db.Update(func(txn *badger.Txn) error {
		if _, err := txn.Get(key); err == nil {
			return ErrShareExists
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		return txn.Set(key, sealed)
	})
	if err != nil {
		return fmt.Errorf("store share (%s): %w", k, err)
	}
	return nil
}

// PutDeal stores a dealt share with its encoded creation record and, when
// members is not nil, the membership snapshot, in one transaction: a
// reader never sees a record without its share or the reverse. A share
// already stored under k is never replaced: when it is the very same share
// (a dealer's retry) PutDeal succeeds and writes nothing; otherwise it
// writes nothing and fails with ErrShareConflict.
func (s *Store) PutDeal(ctx context.Context, k ShareKey, record []byte, members []common.Address, share []byte) error {
	defer s.newest.invalidate() // after the write: see newestCache
	if err := ctx.Err(); err != nil {
		return err
	}
	key, sealed, err := s.seal(k, share)
	if err != nil {
		return err
	}
	err = s.db.Update(func(txn *badger.Txn) error {
		item, err := txn.Get(key)
		if err == nil {
			return s.sameShare(item, key, share)
		}
		if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		if err := txn.Set(recordKey(k), record); err != nil {
			return err
		}
		if members != nil {
			if err := txn.Set(membersKey(k), encodeMembers(members)); err != nil {
				return err
			}
		}
		return txn.Set(key, sealed)
	})
	if err != nil {
		return fmt.Errorf("store share (%s): %w", k, err)
	}
	return nil
}

// seal seals share under its store key, which it is bound to: a sealed
// share moved to another key does not open.
func (s *Store) seal(k ShareKey, share []byte) (key, sealed []byte, err error) {
	key = encodeKey(k)
	if sealed, err = s.sealer.Seal(share, key); err != nil {
		return nil, nil, fmt.Errorf("seal share (%s): %w", k, err)
	}
	return key, sealed, nil
}

// sameShare reports (nil) whether the stored item holds share.
func (s *Store) sameShare(item *badger.Item, key, share []byte) error {
	stored, err := item.ValueCopy(nil)
	if err != nil {
		return err
	}
	plain, err := s.sealer.Unseal(stored, key)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrShareCorrupt, err)
	}
	defer clear(plain)
	if subtle.ConstantTimeCompare(plain, share) != 1 {
		return ErrShareConflict
	}
	return nil
}

// Get returns the unsealed share stored under k. The caller owns the returned
// buffer and should zero it after use.
func (s *Store) Get(ctx context.Context, k ShareKey) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	key := encodeKey(k)
	sealed, err := s.read(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, fmt.Errorf("%s: %w", k, ErrShareNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read share (%s): %w", k, err)
	}
	share, err := s.sealer.Unseal(sealed, key)
	if err != nil {
		s.log.Error("stored share does not unseal", "chain", k.ChainID, "secret", k.SecretID, "version", k.Version, "err", err)
		return nil, fmt.Errorf("%s: %w: %v", k, ErrShareCorrupt, err)
	}
	return share, nil
}

// Latest returns the key and unsealed share of the highest version stored
// for a secret.
func (s *Store) Latest(ctx context.Context, chainID, secretID uint64) (ShareKey, []byte, error) {
	keys, err := s.Versions(ctx, chainID, secretID)
	if err != nil {
		return ShareKey{}, nil, err
	}
	if len(keys) == 0 {
		return ShareKey{}, nil, fmt.Errorf("chain %d secret %d: %w", chainID, secretID, ErrShareNotFound)
	}
	k := keys[len(keys)-1]
	share, err := s.Get(ctx, k)
	return k, share, err
}

// NewestOfKey returns the highest version stored for a secret whose
// creation record names the public-key CID cid, and that record. Versions
// of another key are skipped: two Black Boxes racing to create a secret
// may both deal it, and only the key the chain registered is the secret's.
func (s *Store) NewestOfKey(ctx context.Context, chainID, secretID uint64, cid string) (ShareKey, *CreationRecord, error) {
	ck := newestKey{chainID: chainID, secretID: secretID, cid: cid}
	e, ok, gen := s.newest.get(ck)
	if ok {
		return e.key, e.rec, nil
	}
	k, rec, err := s.newestOfKey(ctx, chainID, secretID, cid)
	if err == nil {
		s.newest.put(gen, ck, newestEntry{key: k, rec: rec})
	}
	return k, rec, err
}

func (s *Store) newestOfKey(ctx context.Context, chainID, secretID uint64, cid string) (ShareKey, *CreationRecord, error) {
	keys, err := s.Versions(ctx, chainID, secretID)
	if err != nil {
		return ShareKey{}, nil, err
	}
	if len(keys) == 0 {
		return ShareKey{}, nil, fmt.Errorf("chain %d secret %d: %w", chainID, secretID, ErrShareNotFound)
	}
	for i := len(keys) - 1; i >= 0; i-- {
		raw, err := s.read(recordKey(keys[i]))
		if errors.Is(err, badger.ErrKeyNotFound) {
			continue
		}
		if err != nil {
			return ShareKey{}, nil, fmt.Errorf("read creation record (%s): %w", keys[i], err)
		}
		// Verified when it was stored; the reader of a released share checks
		// it against its own copy of the record anyway.
		rec, err := decodeCreationRecord(raw)
		if err != nil {
			return ShareKey{}, nil, fmt.Errorf("creation record of %s: %w", keys[i], err)
		}
		if rec.PublicKeyCID == cid {
			return keys[i], rec, nil
		}
	}
	return ShareKey{}, nil, fmt.Errorf("%w: chain %d secret %d, on-chain CID %s (%d versions held)", ErrNoShareOfKey, chainID, secretID, cid, len(keys))
}

// ErrNoShareOfKey means the custodian holds shares of a secret, but none
// of the public key registered on chain (only versions a racing Black Box
// dealt and never registered).
var ErrNoShareOfKey = errors.New("no share of the key registered on chain")

// Versions lists the stored share keys of a secret in ascending version.
func (s *Store) Versions(ctx context.Context, chainID, secretID uint64) ([]ShareKey, error) {
	return s.list(ctx, secretPrefix(chainID, secretID))
}

// All lists every stored share key (used when a cluster is reshared).
func (s *Store) All(ctx context.Context) ([]ShareKey, error) {
	return s.list(ctx, []byte(sharePrefix))
}

func (s *Store) list(ctx context.Context, prefix []byte) ([]ShareKey, error) {
	var keys []ShareKey
	err := s.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		opts.Prefix = prefix
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			if k, ok := decodeKey(it.Item().Key()); ok {
				keys = append(keys, k)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list shares: %w", err)
	}
	return keys, nil
}

// Delete removes one share version. Deleting a missing key is not an error:
// resharing may retry.
func (s *Store) Delete(ctx context.Context, k ShareKey) error {
	defer s.newest.invalidate() // after the write: see newestCache
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Delete(encodeKey(k)) }); err != nil {
		return fmt.Errorf("delete share (%s): %w", k, err)
	}
	return nil
}

// DeleteVersion removes one share version with its creation record and
// membership snapshot (a version made obsolete by a reshare).
func (s *Store) DeleteVersion(ctx context.Context, k ShareKey) error {
	defer s.newest.invalidate() // after the write: see newestCache
	if err := ctx.Err(); err != nil {
		return err
	}
	err := s.db.Update(func(txn *badger.Txn) error {
		for _, key := range [][]byte{encodeKey(k), recordKey(k), membersKey(k)} {
			if err := txn.Delete(key); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete share (%s): %w", k, err)
	}
	return nil
}

// DeleteBelow removes every version of a secret lower than keep: after a
// reshare is acknowledged, the old shares must be gone.
func (s *Store) DeleteBelow(ctx context.Context, chainID, secretID uint64, keep uint32) (int, error) {
	keys, err := s.Versions(ctx, chainID, secretID)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, k := range keys {
		if k.Version >= keep {
			continue
		}
		if err := s.Delete(ctx, k); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// DeleteSecret removes every version of a secret's share (a custodian that
// leaves the cluster). It drops the prefix from Badger's trees rather than
// writing tombstones, so the sealed blobs do not linger until a compaction.
func (s *Store) DeleteSecret(ctx context.Context, chainID, secretID uint64) error {
	defer s.newest.invalidate() // after the write: see newestCache
	if err := ctx.Err(); err != nil {
		return err
	}
	perSecret := func(prefix string) []byte {
		b := make([]byte, 0, len(prefix)+16)
		b = append(b, prefix...)
		b = binary.BigEndian.AppendUint64(b, chainID)
		return binary.BigEndian.AppendUint64(b, secretID)
	}
	if err := s.db.DropPrefix(secretPrefix(chainID, secretID), perSecret(recordPrefix), perSecret(membersPrefix)); err != nil {
		return fmt.Errorf("delete shares of chain %d secret %d: %w", chainID, secretID, err)
	}
	return nil
}

const recordPrefix = "record/"

func recordKey(k ShareKey) []byte {
	b := make([]byte, 0, len(recordPrefix)+20)
	b = append(b, recordPrefix...)
	b = binary.BigEndian.AppendUint64(b, k.ChainID)
	b = binary.BigEndian.AppendUint64(b, k.SecretID)
	return binary.BigEndian.AppendUint32(b, k.Version)
}

// PutRecord stores the encoded creation record that came with a share. It
// is public data (it holds only hashes of shares), so it is not sealed.
func (s *Store) PutRecord(ctx context.Context, k ShareKey, encoded []byte) error {
	defer s.newest.invalidate() // after the write: see newestCache
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(recordKey(k), encoded) }); err != nil {
		return fmt.Errorf("store creation record (%s): %w", k, err)
	}
	return nil
}

// Record returns the parsed creation record stored for k.
func (s *Store) Record(ctx context.Context, k ShareKey) (*CreationRecord, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	raw, err := s.read(recordKey(k))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, fmt.Errorf("creation record of %s: %w", k, ErrShareNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read creation record (%s): %w", k, err)
	}
	return ParseCreationRecord(raw)
}

const membersPrefix = "members/"

func membersKey(k ShareKey) []byte {
	b := make([]byte, 0, len(membersPrefix)+20)
	b = append(b, membersPrefix...)
	b = binary.BigEndian.AppendUint64(b, k.ChainID)
	b = binary.BigEndian.AppendUint64(b, k.SecretID)
	return binary.BigEndian.AppendUint32(b, k.Version)
}

// PutMembers stores the cluster's on-chain membership (operators in member
// order) as the custodian read it when the share of k was dealt: the
// reshare protocol releases a share only once the chain has moved on from
// it. Public data, not sealed.
func (s *Store) PutMembers(ctx context.Context, k ShareKey, operators []common.Address) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b := encodeMembers(operators)
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(membersKey(k), b) }); err != nil {
		return fmt.Errorf("store membership snapshot (%s): %w", k, err)
	}
	return nil
}

func encodeMembers(operators []common.Address) []byte {
	b := make([]byte, 0, 20*len(operators))
	for _, op := range operators {
		b = append(b, op.Bytes()...)
	}
	return b
}

// Members returns the membership snapshot of k; ok is false when the share
// was stored without one (before snapshots existed).
func (s *Store) Members(ctx context.Context, k ShareKey) (operators []common.Address, ok bool, err error) {
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	raw, err := s.read(membersKey(k))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("read membership snapshot (%s): %w", k, err)
	}
	if len(raw)%20 != 0 {
		return nil, false, fmt.Errorf("membership snapshot (%s): %d bytes is not a list of addresses", k, len(raw))
	}
	for i := 0; i < len(raw); i += 20 {
		operators = append(operators, common.BytesToAddress(raw[i:i+20]))
	}
	return operators, true, nil
}

// read returns a copy of the value stored under key.
func (s *Store) read(key []byte) ([]byte, error) {
	var v []byte
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(key)
		if err != nil {
			return err
		}
		v, err = item.ValueCopy(nil)
		return err
	})
	return v, err
}
