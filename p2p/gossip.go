package p2p

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
)

// gossipMessageOverhead is room for the pubsub envelope around a statement:
// sender, seqno, topic, signature and the sender's key.
const gossipMessageOverhead = 1 << 10

// messageID hashes who signed the message, its sequence number and its
// data. Forwarders cannot change any of those (StrictSign), so the same
// message seen over two paths has one ID; a signer that sends two different
// payloads under one seqno gets two IDs, each validated on its own, instead
// of the first one silently shadowing the second. A periodic republish of an
// unchanged statement has a new seqno and so goes through, which late joiners
// rely on.
func messageID(m *pb.Message) string {
	h := sha256.New()
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(m.From)))
	h.Write(n[:])
	h.Write(m.From)
	binary.BigEndian.PutUint32(n[:], uint32(len(m.Seqno)))
	h.Write(n[:])
	h.Write(m.Seqno)
	h.Write(m.Data)
	return string(h.Sum(nil)[:20])
}

// scoreParams are gossipsub peer-scoring parameters for a small network
// with one low-rate topic. The one signal that matters is invalid
// messages (P4): a peer that forwards or signs statements that fail
// verification is penalised quadratically and graylisted after a few.
// Mesh delivery rate (P3) is off: each node publishes about once a minute,
// far too rarely to tell a slow peer from a silent one. IP colocation (P6)
// is off: operators may well share a cloud region, and tests and local
// testnets run all nodes on 127.0.0.1.
func scoreParams(topic string) (*pubsub.PeerScoreParams, *pubsub.PeerScoreThresholds) {
	p := &pubsub.PeerScoreParams{
		SkipAtomicValidation: true,
		Topics: map[string]*pubsub.TopicScoreParams{
			topic: {
				SkipAtomicValidation: true,
				TopicWeight:          1,
				// P1: a little credit for staying in the mesh.
				TimeInMeshWeight:  0.01,
				TimeInMeshQuantum: time.Second,
				TimeInMeshCap:     300,
				// P4: invalid statements.
				InvalidMessageDeliveriesWeight: -100,
				InvalidMessageDeliveriesDecay:  pubsub.ScoreParameterDecay(30 * time.Minute),
			},
		},
		TopicScoreCap:             10,
		AppSpecificScore:          func(peer.ID) float64 { return 0 },
		BehaviourPenaltyWeight:    -10,
		BehaviourPenaltyThreshold: 6,
		BehaviourPenaltyDecay:     pubsub.ScoreParameterDecay(10 * time.Minute),
		DecayInterval:             time.Second,
		DecayToZero:               0.01,
		RetainScore:               30 * time.Minute,
	}
	t := &pubsub.PeerScoreThresholds{
		SkipAtomicValidation: true,
		GossipThreshold:      -200,
		PublishThreshold:     -400,
		GraylistThreshold:    -800,
		AcceptPXThreshold:    10,
	}
	return p, t
}

// newGossip starts gossipsub hardened for the attestation topic.
func newGossip(ctx context.Context, h host.Host, topic string, maxStatement int) (*pubsub.PubSub, error) {
	sp, st := scoreParams(topic)
	return pubsub.NewGossipSub(ctx, h,
		pubsub.WithMessageSignaturePolicy(pubsub.StrictSign),
		pubsub.WithMaxMessageSize(maxStatement+gossipMessageOverhead),
		pubsub.WithMessageIdFn(messageID),
		pubsub.WithSubscriptionFilter(pubsub.WrapLimitSubscriptionFilter(
			pubsub.NewAllowlistSubscriptionFilter(topic), 8)),
		pubsub.WithPeerScore(sp, st),
		// Peers come from the DHT and the chain, not from whoever a
		// pruning neighbour suggests.
		pubsub.WithPeerExchange(false),
		pubsub.WithValidateThrottle(256),
		pubsub.WithValidateWorkers(4),
	)
}
