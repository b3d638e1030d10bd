package deploy

import (
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestLoadKey(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	hexKey := hex.EncodeToString(crypto.FromECDSA(key))
	want := crypto.PubkeyToAddress(key.PublicKey)
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, path, env string
		wantErr         bool
	}{
		{"file plain", write("a", hexKey), "", false},
		{"file 0x and newline", write("b", "0x"+hexKey+"\n"), "", false},
		{"env", "", hexKey, false},
		{"file wins over env", write("c", hexKey), "zz", false},
		{"bad file", write("d", "not a key"), "", true},
		{"bad env", "", "0x1234", true},
		{"missing file", filepath.Join(dir, "nope"), "", true},
		{"nothing", "", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(DeployerKeyEnv, tc.env)
			k, err := LoadKey(tc.path)
			if tc.wantErr {
				if err == nil {
					t.Fatal("accepted")
				}
				if strings.Contains(err.Error(), hexKey) || (tc.env != "" && strings.Contains(err.Error(), tc.env)) {
					t.Fatal("error message leaks key material")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if crypto.PubkeyToAddress(k.PublicKey) != want {
				t.Fatal("wrong key")
			}
		})
	}
	t.Setenv(DeployerKeyEnv, "")
	if _, err := LoadKey(""); !errors.Is(err, ErrNoKey) {
		t.Fatalf("no key: %v", err)
	}
}
