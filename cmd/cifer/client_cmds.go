package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/client"
	"github.com/cifer-network/cifer/internal/atomicfile"
	"github.com/cifer-network/cifer/node"
	"github.com/ethereum/go-ethereum/common"
)

// Client commands: what an app's user runs. They join the network as a
// light client; the key is the user's wallet, from CIFER_CLIENT_KEY or a
// key file, never from a flag (flags end up in shell history).

func init() {
	for _, c := range []*command{
		{name: "secret create", summary: "create a secret (pays the creation fee) and wait until it is ready", run: runSecretCreate},
		{name: "secret status", summary: "show a secret's on-chain state: owner, delegate, sync, public key CID", run: runSecretStatus},
		{name: "secret list", summary: "list the secrets your wallet owns or is delegate of", run: runSecretList},
		{name: "encrypt", summary: "encrypt a message (up to 16 KiB) to a secret, locally", run: runEncrypt},
		{name: "decrypt", summary: "decrypt an envelope from 'cifer encrypt' through an elected Black Box", run: runDecrypt},
		{name: "delegate", summary: "let another wallet decrypt for a secret (or --clear to revoke)", run: runDelegate},
		{name: "transfer", summary: "give a secret to a new owner (clears its delegate)", run: runTransfer},
		{name: "file encrypt", summary: "encrypt a file of any size to a secret, streaming, locally", run: runFileEncrypt},
		{name: "file decrypt", summary: "decrypt a CIFER file, streaming (a Black Box gives that file's key only)", run: runFileDecrypt},
	} {
		register(c)
	}
}

// clientFlags are the flags every client command takes.
type clientFlags struct {
	deployment *string
	bootstrap  *string
	keyFile    *string
	timeout    *time.Duration
}

func addClientFlags(fs *flag.FlagSet) *clientFlags {
	return &clientFlags{
		deployment: fs.String("deployment", os.Getenv("CIFER_DEPLOYMENT"), "deployment JSON of the network (env CIFER_DEPLOYMENT)"),
		bootstrap:  fs.String("bootstrap", os.Getenv("CIFER_BOOTSTRAP"), "comma-separated multiaddrs of nodes to join through (env CIFER_BOOTSTRAP; default: the addresses registered on-chain)"),
		keyFile:    fs.String("key-file", "", "file holding your wallet's hex private key (default: env CIFER_CLIENT_KEY)"),
		timeout:    fs.Duration("timeout", 2*time.Minute, "give up after this long"),
	}
}

// errNoDeployment and errNoKey tell the user what to set.
var (
	errNoDeployment = fmt.Errorf("%w: no network: pass --deployment FILE or set CIFER_DEPLOYMENT (the file 'cifer testnet up' or 'cifer contracts deploy' wrote)", errUsage)
	errNoKey        = fmt.Errorf("%w: no wallet key: set CIFER_CLIENT_KEY or pass --key-file FILE", errUsage)
)

func (f *clientFlags) key() (*ecdsa.PrivateKey, error) {
	if *f.keyFile != "" {
		return deploy.LoadKey(*f.keyFile)
	}
	v := os.Getenv("CIFER_CLIENT_KEY")
	if v == "" {
		return nil, errNoKey
	}
	k, err := deploy.ParseKey(v)
	if err != nil {
		return nil, fmt.Errorf("%w: CIFER_CLIENT_KEY: %v", errUsage, err)
	}
	return k, nil
}

func (f *clientFlags) dial(ctx context.Context, env *cliEnv) (*client.Client, error) {
	if *f.deployment == "" {
		return nil, errNoDeployment
	}
	dep, err := loadDeployment(*f.deployment)
	if err != nil {
		return nil, err
	}
	key, err := f.key()
	if err != nil {
		return nil, err
	}
	var boot []string
	for _, s := range strings.Split(*f.bootstrap, ",") {
		if s = strings.TrimSpace(s); s != "" {
			boot = append(boot, s)
		}
	}
	c, err := client.Dial(ctx, client.Config{Deployment: dep, Bootstrap: boot, Key: key, Log: env.log, Verifiers: node.ReportVerifiers()})
	if err != nil {
		return nil, explainDial(err)
	}
	return c, nil
}

// clientCommand parses flags (plus the command's own), checks positional
// arguments, dials the network and runs f with a deadline.
func clientCommand(ctx context.Context, env *cliEnv, name string, args []string, nargs int,
	addFlags func(*flag.FlagSet), f func(ctx context.Context, c *client.Client, args []string) error) error {
	fs := newFlagSet(env, name)
	cf := addClientFlags(fs)
	if addFlags != nil {
		addFlags(fs)
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != nargs {
		return fmt.Errorf("%w: expected %d argument(s), got %d (see 'cifer %s -h')", errUsage, nargs, fs.NArg(), name)
	}
	ctx, cancel := context.WithTimeout(ctx, *cf.timeout)
	defer cancel()
	c, err := cf.dial(ctx, env)
	if err != nil {
		return err
	}
	defer c.Close()
	return explain(f(ctx, c, fs.Args()))
}

func parseSecretID(s string) (uint64, error) {
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil || id == 0 {
		return 0, fmt.Errorf("%w: secret ID %q is not a positive number", errUsage, s)
	}
	return id, nil
}

func parseAddress(flagName, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%w: --%s %q is not an address (0x and 40 hex digits)", errUsage, flagName, s)
	}
	return common.HexToAddress(s), nil
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func runSecretCreate(ctx context.Context, env *cliEnv, args []string) error {
	var noWait *bool
	return clientCommand(ctx, env, "secret create", args, 0, func(fs *flag.FlagSet) {
		noWait = fs.Bool("no-wait", false, "return once the transaction is mined, without waiting for the key")
	}, func(ctx context.Context, c *client.Client, _ []string) error {
		id, err := c.CreateSecret(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.stderr, "created secret %d; waiting for its key...\n", id)
		if *noWait {
			fmt.Fprintln(env.stdout, id)
			return nil
		}
		st, err := c.WaitReady(ctx, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.stderr, "secret %d is ready (public key CID %s)\n", id, st.PublicKeyCID)
		fmt.Fprintln(env.stdout, id)
		return nil
	})
}

// secretStatus is what 'cifer secret status' prints.
type secretStatus struct {
	SecretID     uint64 `json:"secretId"`
	ChainID      uint64 `json:"chainId"`
	Owner        string `json:"owner"`
	Delegate     string `json:"delegate,omitempty"`
	Ready        bool   `json:"ready"`
	ClusterID    uint8  `json:"clusterId"`
	SecretType   uint8  `json:"secretType"`
	PublicKeyCID string `json:"publicKeyCid,omitempty"`
}

func runSecretStatus(ctx context.Context, env *cliEnv, args []string) error {
	return clientCommand(ctx, env, "secret status", args, 1, nil, func(ctx context.Context, c *client.Client, a []string) error {
		id, err := parseSecretID(a[0])
		if err != nil {
			return err
		}
		st, err := c.SecretState(ctx, id)
		if err != nil {
			return err
		}
		out := secretStatus{SecretID: id, ChainID: c.ChainID(), Owner: st.Owner.Hex(), Ready: st.Ready(),
			ClusterID: st.ClusterID, SecretType: st.SecretType, PublicKeyCID: st.PublicKeyCID}
		if st.Delegate != (common.Address{}) {
			out.Delegate = st.Delegate.Hex()
		}
		return printJSON(env.stdout, out)
	})
}

func runSecretList(ctx context.Context, env *cliEnv, args []string) error {
	return clientCommand(ctx, env, "secret list", args, 0, nil, func(ctx context.Context, c *client.Client, _ []string) error {
		owned, delegated, err := c.ListSecrets(ctx)
		if err != nil {
			return err
		}
		if owned == nil {
			owned = []uint64{}
		}
		if delegated == nil {
			delegated = []uint64{}
		}
		return printJSON(env.stdout, map[string]any{"wallet": c.Address().Hex(), "owned": owned, "delegated": delegated})
	})
}

// sealedMessage is the envelope 'cifer encrypt' prints and 'cifer decrypt'
// reads: the same fields and hex encoding as /encrypt-payload.
type sealedMessage struct {
	ChainID          uint64 `json:"chainId"`
	SecretID         uint64 `json:"secretId"`
	Cifer            string `json:"cifer"`
	EncryptedMessage string `json:"encryptedMessage"`
}

func runEncrypt(ctx context.Context, env *cliEnv, args []string) error {
	var secret *uint64
	var message, in *string
	return clientCommand(ctx, env, "encrypt", args, 0, func(fs *flag.FlagSet) {
		secret = fs.Uint64("secret", 0, "secret ID (required)")
		message = fs.String("message", "", "the message (default: read from --in, or stdin)")
		in = fs.String("in", "", "file to read the message from (default: stdin)")
	}, func(ctx context.Context, c *client.Client, _ []string) error {
		if *secret == 0 {
			return fmt.Errorf("%w: --secret is required", errUsage)
		}
		pt := []byte(*message)
		if *message == "" {
			var err error
			if pt, err = readInput(*in, 16<<10+1); err != nil {
				return err
			}
		}
		cifer, em, err := c.Encrypt(ctx, *secret, pt)
		if err != nil {
			return err
		}
		return printJSON(env.stdout, sealedMessage{ChainID: c.ChainID(), SecretID: *secret,
			Cifer: "0x" + common.Bytes2Hex(cifer), EncryptedMessage: "0x" + common.Bytes2Hex(em)})
	})
}

func runDecrypt(ctx context.Context, env *cliEnv, args []string) error {
	var in *string
	return clientCommand(ctx, env, "decrypt", args, 0, func(fs *flag.FlagSet) {
		in = fs.String("in", "", "envelope JSON from 'cifer encrypt' (default: stdin)")
	}, func(ctx context.Context, c *client.Client, _ []string) error {
		raw, err := readInput(*in, 1<<20)
		if err != nil {
			return err
		}
		var m sealedMessage
		if err := json.Unmarshal(raw, &m); err != nil {
			return fmt.Errorf("%w: the input is not an envelope from 'cifer encrypt': %v", errUsage, err)
		}
		if m.ChainID != c.ChainID() {
			return fmt.Errorf("the envelope is for chain %d, this network's chain is %d", m.ChainID, c.ChainID())
		}
		cifer, err1 := decodeHex(m.Cifer)
		em, err2 := decodeHex(m.EncryptedMessage)
		if err := errors.Join(err1, err2); err != nil || m.SecretID == 0 {
			return fmt.Errorf("%w: the envelope needs secretId, and cifer and encryptedMessage in hex", errUsage)
		}
		pt, err := c.Decrypt(ctx, m.SecretID, cifer, em)
		if err != nil {
			return err
		}
		defer clear(pt)
		_, err = env.stdout.Write(pt)
		return err
	})
}

func decodeHex(s string) ([]byte, error) {
	s = strings.TrimPrefix(s, "0x")
	if s == "" || len(s)%2 != 0 {
		return nil, errors.New("bad hex")
	}
	b := common.FromHex(s)
	if len(b) != len(s)/2 {
		return nil, errors.New("bad hex")
	}
	return b, nil
}

// readInput reads a file, or stdin when path is empty, refusing more than
// limit-1 bytes.
func readInput(path string, limit int64) ([]byte, error) {
	var r io.Reader = os.Stdin
	if path != "" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, limit))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) >= limit {
		return nil, fmt.Errorf("%w: input is larger than %d bytes (use 'cifer file encrypt' for files)", errUsage, limit-1)
	}
	return b, nil
}

func runDelegate(ctx context.Context, env *cliEnv, args []string) error {
	var secret *uint64
	var to *string
	var clearIt *bool
	return clientCommand(ctx, env, "delegate", args, 0, func(fs *flag.FlagSet) {
		secret = fs.Uint64("secret", 0, "secret ID (required)")
		to = fs.String("to", "", "the delegate's wallet address")
		clearIt = fs.Bool("clear", false, "revoke the current delegate")
	}, func(ctx context.Context, c *client.Client, _ []string) error {
		if *secret == 0 || (*to == "") == !*clearIt {
			return fmt.Errorf("%w: give --secret and exactly one of --to ADDRESS or --clear", errUsage)
		}
		var addr common.Address
		if !*clearIt {
			var err error
			if addr, err = parseAddress("to", *to); err != nil {
				return err
			}
		}
		if err := c.SetDelegate(ctx, *secret, addr); err != nil {
			return err
		}
		if *clearIt {
			fmt.Fprintf(env.stdout, "secret %d: delegate revoked\n", *secret)
		} else {
			fmt.Fprintf(env.stdout, "secret %d: delegate is now %s\n", *secret, addr.Hex())
		}
		return nil
	})
}

func runTransfer(ctx context.Context, env *cliEnv, args []string) error {
	var secret *uint64
	var to *string
	return clientCommand(ctx, env, "transfer", args, 0, func(fs *flag.FlagSet) {
		secret = fs.Uint64("secret", 0, "secret ID (required)")
		to = fs.String("to", "", "the new owner's wallet address (required)")
	}, func(ctx context.Context, c *client.Client, _ []string) error {
		if *secret == 0 {
			return fmt.Errorf("%w: --secret is required", errUsage)
		}
		addr, err := parseAddress("to", *to)
		if err != nil {
			return err
		}
		if err := c.Transfer(ctx, *secret, addr); err != nil {
			return err
		}
		fmt.Fprintf(env.stdout, "secret %d now belongs to %s\n", *secret, addr.Hex())
		return nil
	})
}

func runFileEncrypt(ctx context.Context, env *cliEnv, args []string) error {
	var secret *uint64
	var in, out *string
	return clientCommand(ctx, env, "file encrypt", args, 0, func(fs *flag.FlagSet) {
		secret = fs.Uint64("secret", 0, "secret ID (required)")
		in = fs.String("in", "", "file to encrypt (required)")
		out = fs.String("out", "", "encrypted file to write (required; not overwritten)")
	}, func(ctx context.Context, c *client.Client, _ []string) error {
		if *secret == 0 || *in == "" || *out == "" {
			return fmt.Errorf("%w: --secret, --in and --out are required", errUsage)
		}
		return streamFile(env, *in, *out, func(dst io.Writer, src io.Reader) (int64, error) {
			return c.EncryptFile(ctx, *secret, dst, src)
		})
	})
}

func runFileDecrypt(ctx context.Context, env *cliEnv, args []string) error {
	var in, out *string
	return clientCommand(ctx, env, "file decrypt", args, 0, func(fs *flag.FlagSet) {
		in = fs.String("in", "", "CIFER file to decrypt (required)")
		out = fs.String("out", "", "decrypted file to write (required; not overwritten)")
	}, func(ctx context.Context, c *client.Client, _ []string) error {
		if *in == "" || *out == "" {
			return fmt.Errorf("%w: --in and --out are required", errUsage)
		}
		return streamFile(env, *in, *out, func(dst io.Writer, src io.Reader) (int64, error) {
			return c.DecryptFile(ctx, dst, src)
		})
	})
}

// streamFile runs f from in to a new file out, with a progress bar when
// stderr is a terminal. The output appears under its name only once whole:
// a half-written file must not pass for a whole one, even after a crash.
func streamFile(env *cliEnv, in, out string, f func(dst io.Writer, src io.Reader) (int64, error)) error {
	src, err := os.Open(in)
	if err != nil {
		return err
	}
	defer src.Close()
	info, err := src.Stat()
	if err != nil {
		return err
	}
	exists := func() error { return fmt.Errorf("%w: %s exists; choose another --out or remove it", errUsage, out) }
	// Checked before the work starts; Commit checks again, atomically.
	if _, err := os.Lstat(out); err == nil {
		return exists()
	}
	dst, err := atomicfile.NewExclusive(out, 0o600)
	if err != nil {
		return err
	}
	defer dst.Abort() // a no-op once committed
	var r io.Reader = src
	if p := newProgress(env.stderr, env.stderrTTY, info.Size()); p != nil {
		r = io.TeeReader(src, p)
		defer p.finish()
	}
	n, err := f(dst, r)
	if err != nil {
		return err
	}
	if err := dst.Commit(); err != nil {
		if errors.Is(err, os.ErrExist) {
			return exists()
		}
		return err
	}
	fmt.Fprintf(env.stdout, "wrote %s (%d bytes)\n", out, n)
	return nil
}

// progress draws a one-line bar on a terminal: the share of the input
// read so far, redrawn at most every 100 ms and once at the end.
type progress struct {
	w           io.Writer
	total, done int64
	last        time.Time
}

// newProgress returns a bar over total bytes, or nil when stderr is not a
// terminal (a log or a pipe gets no carriage-return noise) or the size is
// unknown.
func newProgress(w io.Writer, tty bool, total int64) *progress {
	if !tty || total <= 0 {
		return nil
	}
	return &progress{w: w, total: total}
}

func (p *progress) Write(b []byte) (int, error) {
	p.done += int64(len(b))
	if time.Since(p.last) > 100*time.Millisecond || p.done >= p.total {
		p.last = time.Now()
		// A file that grew while read must not overflow the bar.
		pct := min(p.done*100/p.total, 100)
		bar := strings.Repeat("#", int(pct/4)) + strings.Repeat(".", 25-int(pct/4))
		fmt.Fprintf(p.w, "\r[%s] %3d%%  %.1f/%.1f MiB", bar, pct, float64(p.done)/(1<<20), float64(p.total)/(1<<20))
	}
	return len(b), nil
}

// finish ends the bar's line.
func (p *progress) finish() { fmt.Fprintln(p.w) }

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
