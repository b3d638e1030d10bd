package client_test

// These examples compile with the package's tests but do not run (they have
// no Output line): they need a running network. Start one with
// 'make testnet' and export the three variables it prints:
// CIFER_DEPLOYMENT, CIFER_BOOTSTRAP and CIFER_CLIENT_KEY.

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/client"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sgx"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/ethereum/go-ethereum/common"
)

// dial joins the network described by the environment; the other examples
// use it.
func dial(ctx context.Context) (*client.Client, error) {
	dep, err := deploy.LoadDeployment(os.Getenv("CIFER_DEPLOYMENT"))
	if err != nil {
		return nil, err
	}
	key, err := deploy.ParseKey(os.Getenv("CIFER_CLIENT_KEY"))
	if err != nil {
		return nil, err
	}
	var bootstrap []string // optional: the registry's addresses are used too
	if s := os.Getenv("CIFER_BOOTSTRAP"); s != "" {
		bootstrap = strings.Split(s, ",")
	}
	return client.Dial(ctx, client.Config{
		Deployment: dep,
		Bootstrap:  bootstrap,
		Key:        key,
		Timeout:    30 * time.Second,
		// The report verifiers Black Boxes are checked with: the client
		// links none of its own (node.ReportVerifiers is the same set).
		Verifiers: map[string]enclave.ReportVerifier{
			enclave.BackendSim: sim.Verifier{},
			enclave.BackendSGX: sgx.Verifier{},
		},
	})
}

// Dial reads the chain and joins the network as a light client. The wallet
// key signs decrypt requests and pays for transactions.
func ExampleDial() {
	ctx := context.Background()
	c, err := dial(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	fmt.Println("wallet", c.Address().Hex(), "on chain", c.ChainID())
}

// CreateSecret pays the creation fee and returns the new ID at once; the
// key pair is made by an elected Black Box, so wait until the secret is
// ready before encrypting to it.
func ExampleClient_CreateSecret() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := dial(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	id, err := c.CreateSecret(ctx)
	if err != nil {
		log.Fatal(err)
	}
	st, err := c.WaitReady(ctx, id) // client.ErrNotReady if ctx ends first
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("secret", id, "ready; public key CID", st.PublicKeyCID)
}

// Encrypt fetches the secret's public key from its custodians, accepts it
// only if its CID equals the one on chain, and seals locally: the
// plaintext never leaves the process.
func ExampleClient_Encrypt() {
	ctx := context.Background()
	c, err := dial(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	const secretID = 1
	cifer, encryptedMessage, err := c.Encrypt(ctx, secretID, []byte("hello"))
	if err != nil {
		log.Fatal(err) // client.ErrNotReady, client.ErrPublicKeyMismatch, ...
	}
	// The same two values the HTTP API's /encrypt-payload returns.
	fmt.Printf("cifer 0x%x\nencryptedMessage 0x%x\n", cifer, encryptedMessage)
}

// Decrypt signs the request with the wallet key and sends it to an elected
// Black Box whose attestation the client has verified; only the secret's
// owner or delegate is served.
func ExampleClient_Decrypt() {
	ctx := context.Background()
	c, err := dial(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	const secretID = 1
	cifer, encryptedMessage, err := c.Encrypt(ctx, secretID, []byte("hello"))
	if err != nil {
		log.Fatal(err)
	}
	plaintext, err := c.Decrypt(ctx, secretID, cifer, encryptedMessage)
	var refused *client.RefusedError
	switch {
	case err == nil:
		fmt.Printf("%s\n", plaintext)
	case errors.As(err, &refused):
		// The request itself was refused, e.g. "signer is not the secret
		// owner or delegate: 0x...": every Black Box would say the same.
		fmt.Println("refused:", refused.Message)
	case errors.Is(err, client.ErrNoBlackBox):
		// No elected Black Box both verified and answered (errors.Is
		// with client.ErrAttestation tells whether attestation failed).
		fmt.Println("try again later:", err)
	default:
		log.Fatal(err)
	}
}

// SetDelegate lets another wallet decrypt for the secret; the zero address
// revokes, effective at once (every decrypt reads the chain).
func ExampleClient_SetDelegate() {
	ctx := context.Background()
	c, err := dial(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	const secretID = 1
	delegate := common.HexToAddress("0x0CEB25EA464924E7c7101DA3B2Cff405d9fB0230")
	if err := c.SetDelegate(ctx, secretID, delegate); err != nil {
		log.Fatal(err)
	}
	// ... later, revoke:
	if err := c.SetDelegate(ctx, secretID, common.Address{}); err != nil {
		log.Fatal(err)
	}
}

// Transfer gives the secret to a new owner and clears its delegate. Only
// the current owner can transfer.
func ExampleClient_Transfer() {
	ctx := context.Background()
	c, err := dial(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	const secretID = 1
	newOwner := common.HexToAddress("0x0CEB25EA464924E7c7101DA3B2Cff405d9fB0230")
	if err := c.Transfer(ctx, secretID, newOwner); err != nil {
		log.Fatal(err)
	}
}

// EncryptFile streams a file of any size into the CIFER file format,
// locally, with one public-key fetch per file.
func ExampleClient_EncryptFile() {
	ctx := context.Background()
	c, err := dial(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	src, err := os.Open("report.pdf")
	if err != nil {
		log.Fatal(err)
	}
	defer src.Close()
	dst, err := os.Create("report.pdf.cifer")
	if err != nil {
		log.Fatal(err)
	}
	const secretID = 1
	if _, err := c.EncryptFile(ctx, secretID, dst, src); err != nil {
		dst.Close()
		os.Remove(dst.Name()) // a partial file must not pass for a whole one
		log.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		log.Fatal(err)
	}
}

// DecryptFile reads the file's header, asks a verified Black Box for that
// one file's key (a signed request naming the file), and decrypts here:
// the file is never sent anywhere.
func ExampleClient_DecryptFile() {
	ctx := context.Background()
	c, err := dial(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	src, err := os.Open("report.pdf.cifer")
	if err != nil {
		log.Fatal(err)
	}
	defer src.Close()
	dst, err := os.Create("report.out.pdf")
	if err != nil {
		log.Fatal(err)
	}
	if _, err := c.DecryptFile(ctx, dst, src); err != nil {
		dst.Close()
		os.Remove(dst.Name())
		log.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		log.Fatal(err)
	}
}
