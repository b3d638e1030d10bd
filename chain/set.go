package chain

import (
	"context"
	"errors"
	"fmt"
	"sort"
)

// Set holds the clients of all configured chains, looked up by chain ID.
type Set struct {
	byID map[uint64]*Client
	ids  []uint64 // sorted
}

// NewSet groups clients; two clients for one chain ID are an error.
func NewSet(clients ...*Client) (*Set, error) {
	s := &Set{byID: make(map[uint64]*Client, len(clients))}
	for _, c := range clients {
		id := c.ChainID()
		if _, dup := s.byID[id]; dup {
			return nil, fmt.Errorf("chain %d configured twice", id)
		}
		s.byID[id] = c
		s.ids = append(s.ids, id)
	}
	sort.Slice(s.ids, func(i, j int) bool { return s.ids[i] < s.ids[j] })
	return s, nil
}

// DialSet dials every configuration; on any failure it closes what it
// opened and returns the error.
func DialSet(ctx context.Context, cfgs []Config, opts Options) (*Set, error) {
	var clients []*Client
	for _, cfg := range cfgs {
		c, err := Dial(ctx, cfg, opts)
		if err != nil {
			for _, o := range clients {
				o.Close()
			}
			return nil, err
		}
		clients = append(clients, c)
	}
	s, err := NewSet(clients...)
	if err != nil {
		for _, o := range clients {
			o.Close()
		}
		return nil, err
	}
	return s, nil
}

// Client returns the client for chainID, or an *UnsupportedChainError whose
// text is "Chain <id> is not supported".
func (s *Set) Client(chainID uint64) (*Client, error) {
	if c, ok := s.byID[chainID]; ok {
		return c, nil
	}
	return nil, &UnsupportedChainError{ChainID: chainID}
}

// ChainIDs lists the configured chain IDs in ascending order.
func (s *Set) ChainIDs() []uint64 { return append([]uint64(nil), s.ids...) }

// Clients lists the clients in ascending chain ID order.
func (s *Set) Clients() []*Client {
	out := make([]*Client, len(s.ids))
	for i, id := range s.ids {
		out[i] = s.byID[id]
	}
	return out
}

// ErrNoHomeChain means no configured chain has a registry address.
var ErrNoHomeChain = errors.New("no home chain (no chain has a registry address)")

// Home returns the client of the chain that holds the ClusterRegistry.
func (s *Set) Home() (*Client, error) {
	for _, id := range s.ids {
		if c := s.byID[id]; c.cfg.RegistryAddress != ([20]byte{}) {
			return c, nil
		}
	}
	return nil, ErrNoHomeChain
}

// CheckFreshness checks block against chainID's head; errors are an
// *UnsupportedChainError or a *FreshnessError, both with compatible texts.
func (s *Set) CheckFreshness(ctx context.Context, chainID, block uint64) error {
	c, err := s.Client(chainID)
	if err != nil {
		return err
	}
	return c.CheckFreshnessNow(ctx, block)
}

// Close closes every client.
func (s *Set) Close() {
	for _, c := range s.byID {
		c.Close()
	}
}
