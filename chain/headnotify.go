package chain

// HeadChanged returns a channel that is closed at the next change of the
// tracked head. Take it before reading Head, so no change is missed.
func (c *Client) HeadChanged() <-chan struct{} {
	c.headMu.Lock()
	defer c.headMu.Unlock()
	if c.headWake == nil {
		c.headWake = make(chan struct{})
	}
	return c.headWake
}

func (c *Client) wakeHead() {
	c.headMu.Lock()
	defer c.headMu.Unlock()
	if c.headWake != nil {
		close(c.headWake)
		c.headWake = nil
	}
}

// Subscribed reports whether heads arrive over a live subscription, i.e.
// whether Head follows the chain within moments rather than a poll
// interval.
func (c *Client) Subscribed() bool { return c.subscribe.Load() }
