"""Unit tests of local encryption and request strings beyond the vectors:
round trips with the SDK's own randomness and the size limits."""

from __future__ import annotations

import hashlib
import io
import os

import pytest

from cifer import FormatError, envelope, request
from cifer.envelope import Binding

PK, SK = envelope.derive_key_pair(hashlib.sha256(b"envelope unit").digest() * 2)
B = Binding(84532, 3)


@pytest.mark.parametrize("size", [1, 15, 16, 17, 1000, envelope.MAX_PAYLOAD_SIZE])
def test_payload_round_trip(size: int) -> None:
    pt = os.urandom(size)
    cifer, msg = envelope.seal(PK, B, pt)
    assert len(cifer) == envelope.CIFER_SIZE and len(msg) == size
    assert envelope.open_envelope(SK, B, cifer, msg) == pt


@pytest.mark.parametrize(("pt", "kind"), [(b"", "empty_payload"), (bytes(envelope.MAX_PAYLOAD_SIZE + 1), "too_large")])
def test_payload_limits(pt: bytes, kind: str) -> None:
    with pytest.raises(FormatError) as e:
        envelope.seal(PK, B, pt)
    assert e.value.kind == kind


def test_bad_public_key_is_refused() -> None:
    with pytest.raises(FormatError) as e:
        envelope.seal(PK[:-1], B, b"x")
    assert e.value.kind == "public_key"


@pytest.mark.parametrize(("size", "chunk"), [(0, 1), (1, 1), (100, 7), (4096, 1024), (5000, 1024)])
def test_file_round_trip(size: int, chunk: int) -> None:
    pt = os.urandom(size)
    out = io.BytesIO()
    seen: list[int] = []
    assert envelope.encrypt_file(io.BytesIO(pt), out, PK, B, chunk_size=chunk, progress=seen.append) == size
    assert seen == sorted(seen)
    got = io.BytesIO()
    assert envelope.decrypt_file(io.BytesIO(out.getvalue()), got, B, sk=SK) == size
    assert got.getvalue() == pt
    with pytest.raises(FormatError) as e:
        envelope.decrypt_file(io.BytesIO(out.getvalue()), io.BytesIO(), Binding(84532, 4), sk=SK)
    assert e.value.kind == "wrong_secret"


def test_cid_shape() -> None:
    cid = envelope.public_key_cid(PK)
    assert cid.startswith("bafkrei") and cid == cid.lower()
    envelope.check_public_key_cid(PK, cid)


@pytest.mark.parametrize(
    "tail", [[], ["hello_world__"], ["ünï ☃ 𝄞"], ["3f2504e0-4f89-41d3-9a0c-0305e82c3301", "download"]]
)
def test_request_round_trip(tail: list[str]) -> None:
    key = hashlib.sha256(b"request unit").digest()
    from eth_account import Account

    addr = Account.from_key(key).address
    data = request.format_request(84532, 9, addr.lower(), 77, *tail)
    sig = request.sign(data, key)
    r = request.verify_request(data, sig)
    assert (r.chain_id, r.secret_id, r.signer, r.block, r.tail) == (
        84532,
        9,
        addr,
        77,
        "_".join(tail) if tail else None,
    )
    # The UTF-16 variant is accepted, and differs exactly for non-ASCII.
    variant = request.sign_utf16_variant(data, key)
    request.verify_request(data, variant)
    assert (variant == sig) == data.isascii()
