package p2p

import (
	"context"
	"errors"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
)

// handshakeMessage carries one side's raw attestation statement. On the
// wire it is the CBOR array [statement]; the response envelope around the
// responder's answer is the common [status, message, body].
type handshakeMessage struct {
	_         struct{} `cbor:",toarray"`
	Statement []byte
}

// serveHandshake answers a peer's handshake: verify its statement against
// the authenticated stream peer, record it, answer with our own statement.
// A refused peer gets StatusRefused and the reason (it is public anyway: any
// node can tell it why its statement fails), not our statement.
func (n *Mesh) serveHandshake() {
	Serve(n.streams, HandshakeProtocol(n.cfg.Network), ServeOptions{
		MaxRequest:  n.cfg.MaxStatement + 64,
		MaxResponse: n.cfg.MaxStatement + 256,
		Timeout:     n.cfg.VerifyTimeout + DefaultStreamTimeout,
	}, func(ctx context.Context, from peer.ID, req *handshakeMessage) (*handshakeMessage, error) {
		gen := n.table.Generation()
		v, ok := n.table.Holds(from, req.Statement)
		var err error
		if !ok {
			v, err = n.verify(ctx, from, req.Statement)
		}
		if err != nil {
			reason := Reason(err)
			if IsTemporary(err) {
				n.metrics.handshake("inbound", "ignored", reason)
				return nil, &RemoteError{Status: StatusInternal, Message: "cannot verify now"}
			}
			n.metrics.handshake("inbound", "refused", reason)
			// Ban now, but let the refusal reach the peer before its
			// connection is closed.
			n.punishAfter(from, err, refusalGrace)
			return nil, &RemoteError{Status: StatusRefused, Message: reason}
		}
		n.accept(v, req.Statement, gen, "handshake")
		n.metrics.handshake("inbound", "verified", "ok")
		own, err := n.cfg.Local.Current(ctx)
		if err != nil {
			return nil, err
		}
		return &handshakeMessage{Statement: own}, nil
	})
}

// onConnected starts a handshake on connections we dialled, so each new
// connection is verified by one exchange in which both sides verify each
// other. Inbound connections wait for the dialler's handshake; the refresh
// loop covers a dialler that never sends one.
func (n *Mesh) onConnected(_ network.Network, c network.Conn) {
	if c.Stat().Direction != network.DirOutbound {
		return
	}
	n.startHandshake(c.RemotePeer())
}

// startHandshake runs one handshake with p in the background unless one is
// already running or p is verified.
func (n *Mesh) startHandshake(p peer.ID) {
	if n.table.IsVerified(p) {
		return
	}
	n.hsMu.Lock()
	if n.hsRunning[p] || n.closing {
		n.hsMu.Unlock()
		return
	}
	n.hsRunning[p] = true
	n.wg.Add(1) // under hsMu, so never after Close began waiting
	n.hsMu.Unlock()

	go func() {
		defer n.wg.Done()
		defer func() {
			n.hsMu.Lock()
			delete(n.hsRunning, p)
			n.hsMu.Unlock()
		}()
		// A handshake that could not decide (verifier busy or timed out,
		// the peer could not verify us now) is retried soon rather than
		// at the next refresh, a minute later.
		for attempt := 0; ; attempt++ {
			select {
			case n.hsSlots <- struct{}{}:
			case <-n.stopped():
				return
			}
			retry := n.handshake(p)
			<-n.hsSlots
			if !retry || attempt == handshakeRetries || n.table.IsVerified(p) ||
				n.host.Network().Connectedness(p) != network.Connected {
				return
			}
			t := time.NewTimer(handshakeRetryDelay << attempt)
			select {
			case <-n.stopped():
				t.Stop()
				return
			case <-t.C:
			}
		}
	}()
}

// Retries of a handshake that could not decide: after 1 s, 2 s, 4 s.
const (
	handshakeRetries    = 3
	handshakeRetryDelay = time.Second
)

// stopped is closed when the node is closing.
func (n *Mesh) stopped() <-chan struct{} { return n.runCtx().Done() }

// handshake exchanges statements with p now. It reports retry when the
// outcome says nothing about either side (a temporary verifier failure on
// either end, a timeout), so the exchange is worth repeating.
func (n *Mesh) handshake(p peer.ID) (retry bool) {
	ctx, cancel := context.WithTimeout(n.runCtx(), n.cfg.VerifyTimeout+DefaultStreamTimeout)
	defer cancel()
	own, err := n.cfg.Local.Current(ctx)
	if err != nil {
		n.log.Warn("own statement for handshake", "err", err)
		return false
	}
	var resp handshakeMessage
	err = n.streams.RequestWith(ctx, p, HandshakeProtocol(n.cfg.Network),
		&handshakeMessage{Statement: own}, &resp, RequestOptions{
			MaxRequest:  n.cfg.MaxStatement + 64,
			MaxResponse: n.cfg.MaxStatement + 256,
			Timeout:     n.cfg.VerifyTimeout + DefaultStreamTimeout,
		})
	if err != nil {
		var re *RemoteError
		switch {
		case errors.As(err, &re):
			// The peer refused us; that says nothing about the peer.
			n.metrics.handshake("outbound", "refused_by_peer", re.Status.String())
			n.log.Info("handshake refused by peer", "remote", p, "status", re.Status, "reason", re.Message)
			return re.Status == StatusInternal // it could not verify us now
		default:
			// Light clients and nodes of other versions do not speak it.
			n.metrics.handshake("outbound", "failed", "stream")
			n.log.Debug("handshake", "remote", p, "err", err)
			return errors.Is(err, context.DeadlineExceeded) && n.runCtx().Err() == nil
		}
	}
	gen := n.table.Generation()
	v, ok := n.table.Holds(p, resp.Statement)
	if !ok {
		v, err = n.verify(ctx, p, resp.Statement)
	}
	if err != nil {
		reason := Reason(err)
		if IsTemporary(err) {
			n.metrics.handshake("outbound", "ignored", reason)
			return n.runCtx().Err() == nil
		}
		n.metrics.handshake("outbound", "refused", reason)
		n.punish(p, err)
		return false
	}
	n.accept(v, resp.Statement, gen, "handshake")
	n.metrics.handshake("outbound", "verified", "ok")
	return false
}
