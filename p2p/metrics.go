package p2p

import (
	"errors"
	"fmt"

	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the p2p layer's Prometheus series, registered on a registry
// the node passes in (no global state, so many nodes can share a process).
// A nil *Metrics records nothing.
type Metrics struct {
	gossip     *prometheus.CounterVec
	handshakes *prometheus.CounterVec
	streams    *prometheus.CounterVec
}

// NewMetrics registers the counters on reg. peers and verified are read at
// scrape time: the number of connected peers and of verified peers.
func NewMetrics(reg prometheus.Registerer, peers, verified func() int) (*Metrics, error) {
	m := &Metrics{
		gossip: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "cifer", Subsystem: "p2p", Name: "gossip_messages_total",
			Help: "Attestation gossip messages validated, by result (accept, reject, ignore) and reason.",
		}, []string{"result", "reason"}),
		handshakes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "cifer", Subsystem: "p2p", Name: "handshakes_total",
			Help: "Attestation handshakes, by side (inbound, outbound), outcome and reason.",
		}, []string{"side", "outcome", "reason"}),
		streams: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "cifer", Subsystem: "p2p", Name: "stream_exchanges_total",
			Help: "Stream protocol exchanges, by protocol, side (server, client) and status.",
		}, []string{"protocol", "side", "status"}),
	}
	cs := []prometheus.Collector{
		m.gossip, m.handshakes, m.streams,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Namespace: "cifer", Subsystem: "p2p", Name: "peers_connected",
			Help: "Peers with at least one open connection.",
		}, func() float64 { return float64(peers()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Namespace: "cifer", Subsystem: "p2p", Name: "verified_peers",
			Help: "Peers in the verified-peer table (attestation verified, not expired).",
		}, func() float64 { return float64(verified()) }),
	}
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register p2p metrics: %w", err)
		}
	}
	return m, nil
}

func (m *Metrics) gossipResult(result, reason string) {
	if m == nil {
		return
	}
	m.gossip.WithLabelValues(result, reason).Inc()
}

func (m *Metrics) handshake(side, outcome, reason string) {
	if m == nil {
		return
	}
	m.handshakes.WithLabelValues(side, outcome, reason).Inc()
}

func (m *Metrics) streamServed(id protocol.ID, status string) {
	if m == nil {
		return
	}
	m.streams.WithLabelValues(string(id), "server", status).Inc()
}

func (m *Metrics) streamRequested(id protocol.ID, err error) {
	if m == nil {
		return
	}
	status := "ok"
	if err != nil {
		status = "error"
		var re *RemoteError
		if errors.As(err, &re) {
			status = re.Status.String()
		}
	}
	m.streams.WithLabelValues(string(id), "client", status).Inc()
}
