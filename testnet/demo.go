package testnet

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/client"
	"github.com/cifer-network/cifer/node"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ClientKeyHex is the DEV ONLY key of demo client j, for the CLI.
func ClientKeyHex(nodes, j int) string {
	k, err := devchain.DevKey(ClientAccount(nodes, j))
	if err != nil {
		return ""
	}
	return "0x" + hex.EncodeToString(crypto.FromECDSA(k))
}

// DialClient connects a light client as demo client j.
func (s *State) DialClient(ctx context.Context, j int) (*client.Client, error) {
	dep, err := deploy.LoadDeployment(s.Deployment)
	if err != nil {
		return nil, err
	}
	key, err := devchain.DevKey(ClientAccount(len(s.Nodes), j))
	if err != nil {
		return nil, err
	}
	return client.Dial(ctx, client.Config{Deployment: dep, Bootstrap: s.Bootstrap(), Key: key, Verifiers: node.ReportVerifiers()})
}

// Demo runs the network's main flow against a running testnet: create a
// secret, encrypt, decrypt as the owner, delegate, decrypt as the delegate,
// revoke, and check the delegate is refused. It prints each step.
func Demo(ctx context.Context, s *State, out io.Writer) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	owner, err := s.DialClient(ctx, 0)
	if err != nil {
		return err
	}
	defer owner.Close()
	delegate, err := s.DialClient(ctx, 1)
	if err != nil {
		return err
	}
	defer delegate.Close()
	step := func(format string, args ...any) { fmt.Fprintf(out, "demo: "+format+"\n", args...) }

	start := time.Now()
	id, err := owner.CreateSecret(ctx)
	if err != nil {
		return fmt.Errorf("create secret: %w", err)
	}
	step("created secret %d (owner %s)", id, owner.Address().Hex())
	st, err := owner.WaitReady(ctx, id)
	if err != nil {
		return err
	}
	step("secret %d synced in %s: cluster %d, public key CID %s", id, time.Since(start).Round(time.Millisecond), st.ClusterID, st.PublicKeyCID)

	msg := []byte("hello from the CIFER demo")
	cifer, em, err := owner.Encrypt(ctx, id, msg)
	if err != nil {
		return fmt.Errorf("encrypt: %w", err)
	}
	step("encrypted %d bytes locally (cifer %d bytes)", len(msg), len(cifer))
	pt, err := owner.Decrypt(ctx, id, cifer, em)
	if err != nil {
		return fmt.Errorf("decrypt as owner: %w", err)
	}
	if !bytes.Equal(pt, msg) {
		return errors.New("decrypt as owner: plaintext differs")
	}
	step("owner decrypted through a Black Box: %q", pt)

	if _, err := delegate.Decrypt(ctx, id, cifer, em); err == nil {
		return errors.New("a stranger decrypted the secret")
	} else {
		step("not-yet-delegate refused: %v", err)
	}
	if err := owner.SetDelegate(ctx, id, delegate.Address()); err != nil {
		return fmt.Errorf("delegate: %w", err)
	}
	step("delegated secret %d to %s", id, delegate.Address().Hex())
	if pt, err = delegate.Decrypt(ctx, id, cifer, em); err != nil {
		return fmt.Errorf("decrypt as delegate: %w", err)
	}
	if !bytes.Equal(pt, msg) {
		return errors.New("decrypt as delegate: plaintext differs")
	}
	step("delegate decrypted: %q", pt)
	if err := owner.SetDelegate(ctx, id, common.Address{}); err != nil {
		return fmt.Errorf("revoke: %w", err)
	}
	step("revoked the delegate")
	if _, err := delegate.Decrypt(ctx, id, cifer, em); err == nil {
		return errors.New("the revoked delegate still decrypted")
	} else {
		step("revoked delegate refused: %v", err)
	}
	step("done")
	return nil
}
