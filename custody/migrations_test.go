package custody

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"log/slog"
	"maps"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"
)

var quietLog = slog.New(slog.DiscardHandler)

// openRaw opens a store's Badger directory without OpenStore: to build a
// store in an older layout, or look at one OpenStore refused.
func openRaw(t *testing.T, dir string) *badger.DB {
	t.Helper()
	db, err := badger.Open(storeOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// dump returns every key and value in db.
func dump(t *testing.T, db *badger.DB) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			out[string(it.Item().KeyCopy(nil))] = string(v)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func schemaOf(t *testing.T, db *badger.DB) (int, bool) {
	t.Helper()
	v, stamped, err := readSchemaVersion(db)
	if err != nil {
		t.Fatal(err)
	}
	return v, stamped
}

func setRaw(t *testing.T, db *badger.DB, key string, value []byte) {
	t.Helper()
	if err := db.Update(func(txn *badger.Txn) error {
		if value == nil {
			return txn.Delete([]byte(key))
		}
		return txn.Set([]byte(key), value)
	}); err != nil {
		t.Fatal(err)
	}
}

func TestSchemaVersionIsLastMigration(t *testing.T) {
	if SchemaVersion != len(migrations) {
		t.Fatalf("SchemaVersion %d, but %d migrations", SchemaVersion, len(migrations))
	}
	for i, m := range migrations {
		if m.Version != i+1 || m.Name == "" || m.run == nil {
			t.Fatalf("migration %d: %+v", i, m)
		}
	}
}

func TestOpenEmptyStoreRecordsCurrentVersion(t *testing.T) {
	dir := t.TempDir()
	st := openTestStore(t, dir, newGCMSealer(t))
	if v, stamped := schemaOf(t, st.db); !stamped || v != SchemaVersion {
		t.Fatalf("fresh store at version %d (stamped %v), want %d", v, stamped, SchemaVersion)
	}
	all, err := st.All(context.Background())
	if err != nil || len(all) != 0 {
		t.Fatalf("the version key shows up as a share: %v %v", all, err)
	}
	st.Close()
}

// storedData is what a store holds in every layout so far: shares, a
// creation record and a membership snapshot.
type storedData struct {
	shares  map[ShareKey][]byte
	record  ShareKey
	encoded []byte
	members []common.Address
}

func fillStore(t *testing.T, st *Store) storedData {
	t.Helper()
	ctx := context.Background()
	rec, recShares := testRecord(t, newKeySigner(t))
	encoded, err := rec.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	d := storedData{
		shares: map[ShareKey][]byte{
			{ChainID: 1, SecretID: 7, Version: 0}:       []byte("share-a"),
			{ChainID: 1, SecretID: 7, Version: 1}:       []byte("share-b"),
			{ChainID: 1, SecretID: 1 << 40, Version: 3}: []byte("share-c"),
		},
		record:  ShareKey{ChainID: rec.ChainID, SecretID: rec.SecretID, Version: rec.ShareVersion},
		encoded: encoded,
		members: []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0x02")},
	}
	for k, v := range d.shares {
		if err := st.Put(ctx, k, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.PutDeal(ctx, d.record, encoded, d.members, recShares[0]); err != nil {
		t.Fatal(err)
	}
	d.shares[d.record] = recShares[0]
	return d
}

func checkStore(t *testing.T, st *Store, d storedData) {
	t.Helper()
	ctx := context.Background()
	for k, want := range d.shares {
		got, err := st.Get(ctx, k)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("share %s: %q %v, want %q", k, got, err, want)
		}
	}
	all, err := st.All(ctx)
	if err != nil || len(all) != len(d.shares) {
		t.Fatalf("all: %v %v, want %d shares", all, err, len(d.shares))
	}
	rec, err := st.Record(ctx, d.record)
	if err != nil {
		t.Fatalf("record: %v", err)
	}
	if got, _ := rec.MarshalBinary(); !bytes.Equal(got, d.encoded) {
		t.Fatal("creation record changed")
	}
	members, ok, err := st.Members(ctx, d.record)
	if err != nil || !ok || len(members) != len(d.members) || members[0] != d.members[0] || members[1] != d.members[1] {
		t.Fatalf("members: %v %v %v, want %v", members, ok, err, d.members)
	}
}

// versionZeroStore writes data through today's code and removes the version
// key: the layout a binary from before schema versions left behind.
func versionZeroStore(t *testing.T, dir string, sealer Sealer) storedData {
	t.Helper()
	st := openTestStore(t, dir, sealer)
	d := fillStore(t, st)
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	db := openRaw(t, dir)
	setRaw(t, db, schemaKey, nil)
	if v, stamped := schemaOf(t, db); stamped || v != 0 {
		t.Fatalf("fixture at version %d (stamped %v), want unstamped", v, stamped)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return d
}

// One test per migration: a store at the version before it, with data,
// opens at the version after it and reads back the same.
func TestMigrations(t *testing.T) {
	for _, tc := range []struct {
		version int
		before  func(t *testing.T, dir string, sealer Sealer) storedData
	}{
		{1, versionZeroStore},
	} {
		m := migrations[tc.version-1]
		t.Run(m.Name, func(t *testing.T) {
			dir, sealer := t.TempDir(), newGCMSealer(t)
			d := tc.before(t, dir, sealer)
			db := openRaw(t, dir)
			if err := migrate(db, migrations[:tc.version], quietLog); err != nil {
				t.Fatalf("migration %d: %v", tc.version, err)
			}
			if v, stamped := schemaOf(t, db); !stamped || v != tc.version {
				t.Fatalf("after migration %d: version %d (stamped %v)", tc.version, v, stamped)
			}
			db.Close()
			st := openTestStore(t, dir, sealer)
			defer st.Close()
			checkStore(t, st, d)
		})
	}
}

func TestOpenMigratesVersionZero(t *testing.T) {
	dir, sealer := t.TempDir(), newGCMSealer(t)
	d := versionZeroStore(t, dir, sealer)
	st := openTestStore(t, dir, sealer)
	defer st.Close()
	if v, stamped := schemaOf(t, st.db); !stamped || v != SchemaVersion {
		t.Fatalf("migrated store at version %d (stamped %v), want %d", v, stamped, SchemaVersion)
	}
	checkStore(t, st, d)
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	for _, tc := range []struct {
		name    string
		version uint64
	}{
		{"next version", SchemaVersion + 1},
		{"beyond int32", 1 << 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, sealer := t.TempDir(), newGCMSealer(t)
			st := openTestStore(t, dir, sealer)
			fillStore(t, st)
			st.Close()
			db := openRaw(t, dir)
			setRaw(t, db, schemaKey, binary.BigEndian.AppendUint64(nil, tc.version))
			before := dump(t, db)
			db.Close()

			if st, err := OpenStore(dir, sealer, quietLog); !errors.Is(err, ErrSchemaTooNew) {
				if st != nil {
					st.Close()
				}
				t.Fatalf("open: %v, want ErrSchemaTooNew", err)
			}
			db = openRaw(t, dir)
			defer db.Close()
			if after := dump(t, db); !maps.Equal(before, after) {
				t.Fatal("a refused store was modified")
			}
		})
	}
}

func TestOpenRefusesMalformedVersion(t *testing.T) {
	dir, sealer := t.TempDir(), newGCMSealer(t)
	openTestStore(t, dir, sealer).Close()
	db := openRaw(t, dir)
	setRaw(t, db, schemaKey, []byte{1})
	db.Close()
	if st, err := OpenStore(dir, sealer, quietLog); err == nil {
		st.Close()
		t.Fatal("opened a store whose version is one byte")
	}
}

func TestReopenIsIdempotent(t *testing.T) {
	dir, sealer := t.TempDir(), newGCMSealer(t)
	d := versionZeroStore(t, dir, sealer)
	var want map[string]string
	for i := range 3 {
		st := openTestStore(t, dir, sealer)
		checkStore(t, st, d)
		got := dump(t, st.db)
		if i > 0 && !maps.Equal(got, want) {
			t.Fatalf("open %d changed the store", i+1)
		}
		want = got
		st.Close()
	}
}

// countingMigrations returns n migrations that each write their own marker
// key, the one numbered fail (if any) failing after its write.
func countingMigrations(n, fail int, runs map[int]int) []migration {
	var list []migration
	for v := 1; v <= n; v++ {
		list = append(list, migration{Version: v, Name: "test", run: func(txn *badger.Txn) error {
			runs[v]++
			if err := txn.Set([]byte{'t', byte(v)}, []byte("done")); err != nil {
				return err
			}
			if v == fail {
				return errors.New("injected failure")
			}
			return nil
		}})
	}
	return list
}

// A migration that fails leaves the store at the version before it, with
// none of its writes: the same as a crash in the middle of it. The next
// run resumes there and never repeats a step that completed.
func TestMigrateStopsAtFailedStep(t *testing.T) {
	dir, sealer := t.TempDir(), newGCMSealer(t)
	d := versionZeroStore(t, dir, sealer)
	db := openRaw(t, dir)

	runs := map[int]int{}
	if err := migrate(db, countingMigrations(3, 2, runs), quietLog); err == nil {
		t.Fatal("migration 2 failed, migrate did not")
	}
	if v, _ := schemaOf(t, db); v != 1 {
		t.Fatalf("after a failed step 2: version %d, want 1", v)
	}
	kv := dump(t, db)
	if kv["t\x01"] != "done" || kv["t\x02"] != "" || kv["t\x03"] != "" {
		t.Fatalf("markers after a failed step 2: %q %q %q", kv["t\x01"], kv["t\x02"], kv["t\x03"])
	}

	if err := migrate(db, countingMigrations(3, 0, runs), quietLog); err != nil {
		t.Fatal(err)
	}
	if v, _ := schemaOf(t, db); v != 3 {
		t.Fatalf("after the retry: version %d, want 3", v)
	}
	if err := migrate(db, countingMigrations(3, 0, runs), quietLog); err != nil {
		t.Fatal(err)
	}
	if want := map[int]int{1: 1, 2: 2, 3: 1}; !maps.Equal(runs, want) {
		t.Fatalf("runs per migration %v, want %v", runs, want)
	}
	db.Close()

	// The data from version 0 survived. OpenStore would refuse the store
	// now (version 3 is beyond SchemaVersion), so wrap the raw DB.
	st := &Store{db: openRaw(t, dir), sealer: sealer, log: quietLog}
	defer st.Close()
	checkStore(t, st, d)
}

func TestMigrateRefusesMisnumberedList(t *testing.T) {
	db := openRaw(t, t.TempDir())
	defer db.Close()
	list := []migration{{Version: 1, Name: "a", run: func(*badger.Txn) error { return nil }}, {Version: 3, Name: "b", run: func(*badger.Txn) error { return nil }}}
	if err := migrate(db, list, quietLog); err == nil {
		t.Fatal("a list that skips version 2 was run")
	}
	if _, stamped := schemaOf(t, db); stamped {
		t.Fatal("a refused list wrote a version")
	}
}
