package p2p

import (
	"fmt"
	"regexp"

	"github.com/libp2p/go-libp2p/core/protocol"
)

// networkName is what a network may be called: it goes into every protocol
// ID and topic, so nodes of two networks never talk to each other by
// accident.
var networkName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`)

// ValidateNetwork checks a network name.
func ValidateNetwork(network string) error {
	if !networkName.MatchString(network) {
		return fmt.Errorf("network name %q: want 1-32 of [a-z0-9-], starting with a letter or digit", network)
	}
	return nil
}

// ProtocolPrefix is the root of all of a network's protocol IDs and the
// Kademlia DHT's protocol prefix: "/cifer/<network>".
func ProtocolPrefix(network string) protocol.ID { return protocol.ID("/cifer/" + network) }

// ProtocolID names a versioned stream protocol of the network:
// "/cifer/<network>/<name>/<version>". A breaking change to a message
// bumps the version; nodes then serve both during the transition.
func ProtocolID(network, name, version string) protocol.ID {
	return ProtocolPrefix(network) + protocol.ID("/"+name+"/"+version)
}

// HandshakeProtocol is the attestation handshake's protocol ID.
func HandshakeProtocol(network string) protocol.ID {
	return ProtocolID(network, "handshake", "1.0.0")
}

// AttestationTopic is the gossipsub topic the statements go on.
func AttestationTopic(network string) string {
	return string(ProtocolPrefix(network)) + "/attestations/1"
}
