package blackbox_test

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/dealer"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Resharing on churn, on the same real parts as the creation test (the
// chain and registration helpers of creator_integration_test.go): six
// nodes, one cluster of five. Two secrets are created by the dealer.Creator; a
// member unbonds; at the next epoch the registry draws the sixth node in
// its place; an elected Black Box's dealer.Resharer rebuilds each seed from the
// members' released shares and deals a new version to the new membership;
// the leaver's sweeper deletes its shares, the stayers' sweepers their old
// versions; the owner's signed requests still decrypt through a blackbox.Service.

const rsDeadline = 100 * time.Second

// rsNode is a crNode run with resharing: a custodian that snapshots
// membership, a dealer.Resharer with its sweeper, and a blackbox.Service to decrypt.
type rsNode struct {
	*crNode
	cust    *custody.Custodian
	service *blackbox.Service
}

// rsStart runs node r like crNet.start, plus the membership reader, the
// dealer.Resharer (with its sweeper) and a blackbox.Service.
func rsStart(ctx context.Context, n *crNet, r *crNode, boot []peer.AddrInfo) *rsNode {
	t := n.t
	t.Helper()
	quiet := slog.New(slog.DiscardHandler)
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})).With("node", r.idx)
	var err error
	r.client, err = chain.Dial(ctx, chain.Config{Name: "dev", ChainID: n.chainID.Uint64(), RPCURL: n.dc.HTTPURL(),
		ControllerAddress: n.ctrlAddr, RegistryAddress: n.regAddr, BlockTimeMs: 1000},
		chain.Options{PollInterval: 250 * time.Millisecond, CallTimeout: 30 * time.Second, Log: quiet})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.client.Close)
	set, err := chain.NewSet(r.client)
	if err != nil {
		t.Fatal(err)
	}
	if r.registry, err = chain.NewRegistry(n.regAddr, r.client.Eth(), 30*time.Second); err != nil {
		t.Fatal(err)
	}
	keys := r.enc.Keys()
	r.p2p, err = p2p.Start(ctx, p2p.Config{
		Network:   crNetwork,
		Host:      p2p.HostConfig{Key: r.key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}},
		Bootstrap: boot,
		Verifier: node.StatementVerifier{Policy: &enclave.Policy{
			Registry:     &chain.RegistryView{Registry: r.registry, TTL: 2 * time.Second},
			Network:      crNetwork,
			HomeChainID:  n.chainID.Uint64(),
			MaxClockSkew: time.Minute,
			Verifiers:    map[string]enclave.ReportVerifier{enclave.BackendSim: sim.Verifier{}},
		}},
		Local: &enclave.Issuer{Enclave: r.enc, PeerID: r.id, Network: crNetwork,
			HomeChainID: n.chainID.Uint64(), Lifetime: time.Hour},
		Log:             quiet,
		PublishInterval: 2 * time.Second,
		RefreshInterval: 2 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	pn := r.p2p
	t.Cleanup(func() { _ = pn.Close() })
	if r.store, err = custody.OpenStore(filepath.Join(r.dir, "shares"), r.enc, quiet); err != nil {
		t.Fatal(err)
	}
	st := r.store
	t.Cleanup(func() { _ = st.Close() })
	cu := &custody.Custodian{Store: r.store, Keys: keys, Signer: keys, Electors: r.registry,
		Check: request.NewChecker(set, request.NewReplayGuard(time.Hour), nil), Membership: r.registry}
	cu.Serve(r.p2p.Streams(), crNetwork, r.p2p.Table())
	r.custody = &custody.Client{Streams: r.p2p.Streams(), Network: crNetwork, Claims: r.p2p.Table(), Self: &custody.LocalCustodian{
		Custodian: cu, Peer: custody.Peer{ID: r.id, EnclaveWallet: keys.Address(), TransportKey: keys.TransportPublicKey()}}}
	dir := node.Directory{Secrets: set, Clusters: r.registry, Peers: r.p2p.Table()}

	creator, err := dealer.NewCreator(dealer.CreatorConfig{
		Chains: []dealer.CreatorChain{r.client}, Registry: r.registry, Clusters: dir, Custody: r.custody, Keys: keys,
		SelfPeerID: r.id.String(), SelfTransportKey: keys.TransportPublicKey(),
		StatePath: filepath.Join(r.dir, "creator.json"), StartBlocks: map[uint64]uint64{n.chainID.Uint64(): 0},
		FailoverTimeout: crFailover, DistributeTimeout: 20 * time.Second,
		RetryMin: 200 * time.Millisecond, RetryMax: 2 * time.Second, Log: log,
	})
	if err != nil {
		t.Fatal(err)
	}
	resharer, err := dealer.NewResharer(dealer.ResharerConfig{
		Chains: []dealer.ReshareChain{r.client}, Registry: r.registry, Clusters: dir, Custody: r.custody, Keys: keys,
		SelfPeerID: r.id.String(), SelfTransportKey: keys.TransportPublicKey(),
		StartBlocks:     map[uint64]uint64{n.chainID.Uint64(): 0},
		FailoverTimeout: crFailover, RoundTimeout: 20 * time.Second, PollInterval: 250 * time.Millisecond,
		RetryMin: 200 * time.Millisecond, RetryMax: 2 * time.Second,
		Log: log,
	})
	if err != nil {
		t.Fatal(err)
	}
	// The sweeper runs beside them as its own component, as in a node.
	sweeper := &custody.Sweeper{Custodian: cu, Registry: r.registry, Records: r.custody, Interval: 300 * time.Millisecond, Log: log}
	cctx, cancel := context.WithCancel(context.Background())
	runs := []func(context.Context) error{creator.Run, resharer.Run, sweeper.Run}
	done := make(chan struct{}, len(runs))
	for _, run := range runs {
		go func() {
			defer func() { done <- struct{}{} }()
			if err := run(cctx); err != nil {
				t.Errorf("node %d: %v", r.idx, err)
			}
		}()
	}
	t.Cleanup(func() {
		cancel()
		for range runs {
			<-done
		}
	})
	return &rsNode{crNode: r, cust: cu, service: &blackbox.Service{
		Directory: dir,
		Records:   r.custody,
		Gatherer:  &blackbox.Gatherer{Source: &blackbox.NetworkShareSource{Client: r.custody, Keys: keys}, Log: quiet},
	}}
}

// rsVersions lists the share versions a node's store holds of a secret.
func rsVersions(ctx context.Context, t *testing.T, r *rsNode, secretID uint64, chainID uint64) []uint32 {
	t.Helper()
	keys, err := r.store.Versions(ctx, chainID, secretID)
	if err != nil {
		t.Fatal(err)
	}
	var out []uint32
	for _, k := range keys {
		out = append(out, k.Version)
	}
	return out
}

// rsDecrypt seals plaintext to the secret's key and has node r's blackbox.Service
// decrypt it with a request the owner signed (EIP-191) at head-back: each
// call needs its own block, or the custodians see a replay.
func rsDecrypt(ctx context.Context, t *testing.T, n *crNet, r *rsNode, secretID uint64, plaintext string, back uint64) (string, error) {
	t.Helper()
	chainID := n.chainID.Uint64()
	pk, err := r.service.PublicKey(ctx, chainID, secretID)
	if err != nil {
		t.Fatalf("public key: %v", err)
	}
	b := envelope.Binding{ChainID: chainID, SecretID: secretID}
	cifer, msg, err := envelope.Seal(pk, b, []byte(plaintext))
	if err != nil {
		t.Fatal(err)
	}
	head, err := n.eth.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	owner := n.accounts[crNodes+1]
	if head < back {
		t.Fatalf("head %d below %d", head, back)
	}
	data := request.Format(chainID, secretID, owner.Address, head-back)
	sig, err := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, owner.Key) })
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.service.Decrypt(ctx, custody.FetchRequest{Data: data, Signature: sig}, b, cifer, msg)
	return string(out), err
}

func TestReshareOnChurn(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), rsDeadline)
	t.Cleanup(cancel)
	began := time.Now()
	n := newCRNet(t)
	n.addNodes(crNodes)
	var nodes []*rsNode
	var boot []peer.AddrInfo
	for _, r := range n.nodes {
		nodes = append(nodes, rsStart(ctx, n, r, boot))
		boot = append(boot, r.p2p.AddrInfo())
	}
	crWaitFor(ctx, t, "the attested mesh", n.fullyVerified)
	t.Logf("attested mesh of %d nodes after %s", crNodes, time.Since(began).Round(time.Millisecond))
	chainID := n.chainID.Uint64()
	reg := nodes[0].registry

	// Two secrets of the decryptable type (createSecret() makes the
	// default), both in the one cluster that churns.
	create := func() uint64 {
		next, err := n.ctrl.NextSecretId(&bind.CallOpts{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		o := n.opts(crNodes + 1)
		o.Value = n.fee
		n.mine(n.ctrl.CreateSecret(o, request.DecryptableSecretType))
		return next.Uint64()
	}
	ids := []uint64{create(), create()}
	id := ids[0]
	before := n.waitSynced(ctx, id)
	cids := map[uint64]string{id: before.PublicKeyCID}
	for _, other := range ids[1:] {
		st := n.waitSynced(ctx, other)
		if st.ClusterID != before.ClusterID {
			t.Fatalf("secret %d in cluster %d, secret %d in cluster %d", id, before.ClusterID, other, st.ClusterID)
		}
		cids[other] = st.PublicKeyCID
	}
	members, err := reg.ClusterOperators(ctx, before.ClusterID)
	if err != nil || len(members) != 5 {
		t.Fatalf("cluster %d: %v %v", before.ClusterID, members, err)
	}
	byOperator := func(op common.Address) *rsNode {
		for i, r := range nodes {
			if n.accounts[i+1].Address == op {
				return r
			}
		}
		t.Fatalf("no node for operator %s", op.Hex())
		return nil
	}
	var outsider *rsNode
	for i, r := range nodes {
		if !slices.Contains(members, n.accounts[i+1].Address) {
			outsider = r
		}
	}
	leaver := byOperator(members[1])
	stayer := byOperator(members[0])
	crWaitFor(ctx, t, "every member to hold the first version", func() bool {
		for _, op := range members {
			for _, s := range ids {
				if len(rsVersions(ctx, t, byOperator(op), s, chainID)) != 1 {
					return false
				}
			}
		}
		return true
	})
	v0 := map[uint64]uint32{}
	for _, s := range ids {
		v0[s] = rsVersions(ctx, t, leaver, s, chainID)[0]
	}
	_, wallets, err := reg.ElectedBlackBoxWallets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bb := n.nodeByWallet(wallets[0])
	for _, s := range ids {
		if got, err := rsDecrypt(ctx, t, n, nodes[bb.idx], s, "before churn", 0); err != nil || got != "before churn" {
			t.Fatalf("decrypt secret %d before churn: %q, %v", s, got, err)
		}
	}
	// Every blackbox.Service now holds the first version's records in its cache.
	for _, r := range nodes {
		for _, s := range ids {
			if _, err := r.service.PublicKey(ctx, chainID, s); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Without churn, no custodian releases a share for resharing, even to
	// an elected Black Box.
	if _, _, err := bb.custody.ReshareFetch(ctx, stayer.id, chainID, id); err == nil || !rsRefusedUnchanged(err) {
		t.Fatalf("reshare fetch without churn: %v, want a refusal (membership unchanged)", err)
	}

	// The leaver unbonds; the next epoch draws the outsider in its place.
	n.mine(n.reg.Unbond(n.opts(leaver.idx + 1)))
	churnAt := time.Now()
	n.advanceEpoch()
	after, err := reg.ClusterOperators(ctx, before.ClusterID)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(after, n.accounts[leaver.idx+1].Address) || !slices.Contains(after, n.accounts[outsider.idx+1].Address) {
		t.Fatalf("membership after the epoch: %v", after)
	}

	crWaitFor(ctx, t, "the reshares to reach every new member and the sweeps to finish", func() bool {
		for _, s := range ids {
			for _, op := range after {
				v := rsVersions(ctx, t, byOperator(op), s, chainID)
				if len(v) != 1 || v[0] <= v0[s] {
					return false
				}
			}
			if len(rsVersions(ctx, t, leaver, s, chainID)) != 0 {
				return false
			}
		}
		return true
	})
	t.Logf("secrets %v reshared and old shares swept %s after the epoch advanced", ids, time.Since(churnAt).Round(time.Millisecond))

	// Every member holds the same new version of the same key, dealt by an
	// elected Black Box of the new epoch; the chain needed no new mark.
	_, newWallets, err := reg.ElectedBlackBoxWallets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ids {
		var v1 uint32
		for i, op := range after {
			m := byOperator(op)
			rec, _, err := m.cust.CurrentRecord(ctx, chainID, s)
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				v1 = rec.ShareVersion
			}
			if rec.ShareVersion != v1 || rec.PublicKeyCID != cids[s] || !slices.Contains(newWallets, rec.BlackBox) || len(rec.ShareHashes) != 5 {
				t.Fatalf("secret %d member %d record: version %d (want %d), cid %s, dealer %s", s, i+1, rec.ShareVersion, v1, rec.PublicKeyCID, rec.BlackBox.Hex())
			}
			share, err := m.store.Get(ctx, custody.ShareKey{ChainID: chainID, SecretID: s, Version: v1})
			if err != nil {
				t.Fatal(err)
			}
			if share[2] != byte(i+1) || rec.CheckShare(byte(i+1), share) != nil {
				t.Fatalf("secret %d member %d holds x=%d", s, i+1, share[2])
			}
			clear(share)
		}
		now, err := n.nodes[0].client.SecretState(ctx, s)
		if err != nil || now.PublicKeyCID != cids[s] || now.ClusterID != before.ClusterID || !now.Ready() {
			t.Fatalf("secret %d state after reshare: %+v, %v", s, now, err)
		}
	}
	// The reshare is over: the protocol refuses again.
	if _, _, err := n.nodeByWallet(newWallets[0]).custody.ReshareFetch(ctx, outsider.id, chainID, id); err == nil || !rsRefusedUnchanged(err) {
		t.Fatalf("reshare fetch after the reshare: %v, want a refusal", err)
	}

	// Every Black Box of the new epoch decrypts with the new version's
	// shares. Its blackbox.Service cached the first version's record: the first
	// request may then be refused as stale (it is spent on the
	// custodians), and the owner's next request must succeed.
	back := uint64(0)
	for _, w := range newWallets {
		r := nodes[n.nodeByWallet(w).idx]
		for _, s := range ids {
			got, err := rsDecrypt(ctx, t, n, r, s, "after churn", back)
			back++
			if errors.Is(err, blackbox.ErrStaleRecord) {
				t.Logf("node %d: first request for secret %d after the reshare refused as stale; signing again", r.idx, s)
				got, err = rsDecrypt(ctx, t, n, r, s, "after churn", back)
				back++
			}
			if err != nil || got != "after churn" {
				t.Fatalf("decrypt secret %d after churn on node %d: %q, %v", s, r.idx, got, err)
			}
		}
	}
}

// rsRefusedUnchanged reports whether a reshare fetch was refused because
// the membership did not change (the refusal crosses the wire as text).
func rsRefusedUnchanged(err error) bool {
	return errors.Is(err, custody.ErrMembershipUnchanged) || strings.Contains(err.Error(), custody.ErrMembershipUnchanged.Error())
}
