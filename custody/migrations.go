package custody

import (
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math"

	"github.com/dgraph-io/badger/v4"
)

// The share store records the version of its layout under schemaKey, so a
// binary can tell a store it knows how to read from one it must not touch.
//
//   - An empty store is stamped with the current version.
//   - A store with data but no version key is version 0: the layout from
//     before versions existed.
//   - A store at version v < SchemaVersion is brought up one migration at a
//     time. Each migration runs in one transaction together with the bump to
//     its version, so a crash leaves the store at the version before the
//     step or the version after it, never between, and the next open resumes.
//   - A store at a version above SchemaVersion was written by a newer binary:
//     it is refused before anything is written.
const schemaKey = "meta/schema-version"

// ErrSchemaTooNew refuses a share store written by a newer binary: its
// layout may mean something this binary would misread or destroy.
var ErrSchemaTooNew = errors.New("share store has a newer schema than this binary knows")

// migration brings the store from version Version-1 to Version. run gets
// the transaction the version bump is written in; it must fit one Badger
// transaction (a migration that rewrites more than that must be split into
// several numbered steps).
type migration struct {
	Version int
	Name    string
	run     func(txn *badger.Txn) error
}

// migrations lists every layout change in order; entry i has Version i+1.
// Append only: a released migration is never edited or renumbered.
var migrations = []migration{
	{
		// Version 0 is the first layout (share/, record/ and members/,
		// keyed big-endian by chain, secret and version); version 1 keeps
		// it and only starts recording the version.
		Version: 1,
		Name:    "record the schema version",
		run:     func(*badger.Txn) error { return nil },
	},
}

// SchemaVersion is the share-store layout this binary writes: the number
// of the last migration (a test holds them equal).
const SchemaVersion = 1

// migrate brings db to the last version in list (see schemaKey).
func migrate(db *badger.DB, list []migration, log *slog.Logger) error {
	for i, m := range list {
		if m.Version != i+1 {
			return fmt.Errorf("share store migration %q is numbered %d, want %d", m.Name, m.Version, i+1)
		}
	}
	target := len(list)
	v, stamped, err := readSchemaVersion(db)
	if err != nil {
		return err
	}
	if v > target {
		return fmt.Errorf("%w: the store is at version %d, this binary knows up to %d; run a newer cifer (the store was not modified)", ErrSchemaTooNew, v, target)
	}
	if !stamped {
		empty, err := isEmpty(db)
		if err != nil {
			return err
		}
		if empty {
			return db.Update(func(txn *badger.Txn) error { return setSchemaVersion(txn, 0, target) })
		}
	}
	for _, m := range list[v:] {
		err := db.Update(func(txn *badger.Txn) error {
			if err := m.run(txn); err != nil {
				return err
			}
			return setSchemaVersion(txn, m.Version-1, m.Version)
		})
		if err != nil {
			return fmt.Errorf("share store migration %d (%s): %w", m.Version, m.Name, err)
		}
		log.Info("share store migrated", "version", m.Version, "migration", m.Name)
	}
	return nil
}

// readSchemaVersion returns the recorded version; stamped is false when the
// store has no version key (an empty store, or version 0).
func readSchemaVersion(db *badger.DB) (v int, stamped bool, err error) {
	err = db.View(func(txn *badger.Txn) error {
		var err error
		v, stamped, err = schemaVersionIn(txn)
		return err
	})
	return v, stamped, err
}

func schemaVersionIn(txn *badger.Txn) (int, bool, error) {
	item, err := txn.Get([]byte(schemaKey))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("read share store schema version: %w", err)
	}
	raw, err := item.ValueCopy(nil)
	if err != nil {
		return 0, false, fmt.Errorf("read share store schema version: %w", err)
	}
	if len(raw) != 8 {
		return 0, false, fmt.Errorf("share store schema version is %d bytes, want 8", len(raw))
	}
	u := binary.BigEndian.Uint64(raw)
	if u > math.MaxInt32 {
		return 0, false, fmt.Errorf("%w: the store is at version %d", ErrSchemaTooNew, u)
	}
	return int(u), true, nil
}

// setSchemaVersion moves the version from from to to in txn. It reads the
// version again inside the transaction, so a step applied twice (two
// openers, which Badger's directory lock already prevents) conflicts
// instead of running a migration over a store it was not written for.
func setSchemaVersion(txn *badger.Txn, from, to int) error {
	v, _, err := schemaVersionIn(txn)
	if err != nil {
		return err
	}
	if v != from {
		return fmt.Errorf("share store is at schema version %d, want %d", v, from)
	}
	return txn.Set([]byte(schemaKey), binary.BigEndian.AppendUint64(nil, uint64(to)))
}

// isEmpty reports whether db holds no key at all.
func isEmpty(db *badger.DB) (bool, error) {
	empty := true
	err := db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		it := txn.NewIterator(opts)
		defer it.Close()
		it.Rewind()
		empty = !it.Valid()
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("share store: %w", err)
	}
	return empty, nil
}
