"""Shamir shares over GF(2^8) with the AES polynomial, as custody's (docs/
PROTOCOL.md section 4): encoding version (0x01) | threshold | x | y.

The SDK never holds shares of a user's key; this exists so tools and tests
can check the format in every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import FormatError

SHARE_VERSION = 1


def _mul(a: int, b: int) -> int:
    p = 0
    while b:
        if b & 1:
            p ^= a
        a <<= 1
        if a & 0x100:
            a ^= 0x11B
        b >>= 1
    return p


def _inv(a: int) -> int:
    # a^254 = a^-1 in GF(2^8)
    r, e = 1, 254
    while e:
        if e & 1:
            r = _mul(r, a)
        a = _mul(a, a)
        e >>= 1
    return r


@dataclass(frozen=True)
class Share:
    threshold: int
    x: int
    y: bytes

    @staticmethod
    def parse(b: bytes) -> Share:
        if len(b) < 4:
            raise FormatError("share is too short", kind="shamir")
        if b[0] != SHARE_VERSION or b[1] < 2 or b[2] == 0:
            raise FormatError("share is malformed", kind="shamir")
        return Share(b[1], b[2], bytes(b[3:]))

    def encode(self) -> bytes:
        return bytes([SHARE_VERSION, self.threshold, self.x]) + self.y


def combine(shares: list[Share]) -> bytes:
    """Rebuilds the secret from at least ``threshold`` shares; every share
    given must lie on the same polynomials."""
    if not shares:
        raise FormatError("no shares", kind="shamir")
    t, size = shares[0].threshold, len(shares[0].y)
    xs = [s.x for s in shares]
    if any(s.threshold != t for s in shares) or any(len(s.y) != size for s in shares):
        raise FormatError("shares of different secrets (threshold or length differ)", kind="shamir")
    if len(set(xs)) != len(xs):
        raise FormatError("duplicate share x", kind="shamir")
    if len(shares) < t:
        raise FormatError(f"{len(shares)} shares, threshold {t}", kind="shamir")

    def at(use: list[Share], point: int) -> bytes:
        basis = []
        for i, si in enumerate(use):
            num, den = 1, 1
            for j, sj in enumerate(use):
                if i != j:
                    num = _mul(num, point ^ sj.x)
                    den = _mul(den, si.x ^ sj.x)
            basis.append(_mul(num, _inv(den)))
        out = bytearray(size)
        for k in range(size):
            acc = 0
            for bi, s in zip(basis, use, strict=True):
                acc ^= _mul(bi, s.y[k])
            out[k] = acc
        return bytes(out)

    use = shares[:t]
    secret = at(use, 0)
    for extra in shares[t:]:
        if at(use, extra.x) != extra.y:
            raise FormatError("shares are inconsistent", kind="shamir")
    return secret
