"""Every cross-language vector file in testdata/vectors, checked with the
SDK: success vectors are reproduced byte for byte and open; negative
vectors fail with their kind. Deterministic ML-KEM encapsulation (which
pyca/cryptography does not expose) comes from kyber-py, a test-only
dependency; the SDK's own encapsulation is checked by round trips."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from kyber_py.ml_kem import ML_KEM_768

from cifer import envelope, request, shamir, xwing
from cifer.envelope import Binding
from cifer.errors import FormatError

VECTORS = Path(__file__).resolve().parents[3] / "testdata" / "vectors"

# The counts the Go generator writes; a file that gains or loses vectors
# must be noticed here too.
EXPECTED_COUNTS = {
    "keys.json": 3,
    "cid.json": 8,
    "payload.json": 13,
    "file.json": 26,
    "request.json": 28,
    "xwing.json": 11,
    "shamir.json": 6,
}


def load(name: str) -> list[dict[str, Any]]:
    doc = json.loads((VECTORS / name).read_text())
    assert doc["version"] == 1 and doc["description"]
    vectors: list[dict[str, Any]] = doc["vectors"]
    assert len(vectors) == EXPECTED_COUNTS[name], f"{name}: {len(vectors)} vectors"
    return vectors


def h(s: str) -> bytes:
    return bytes.fromhex(s)


def deterministic(m: bytes) -> Callable[[bytes], tuple[bytes, bytes]]:
    def encapsulate(public_key: bytes) -> tuple[bytes, bytes]:
        shared, ct = ML_KEM_768._encaps_internal(public_key, m)
        return bytes(ct), bytes(shared)

    return encapsulate


def ids(vs: list[dict[str, Any]]) -> list[str]:
    return [str(v["name"]) for v in vs]


def test_every_vector_file_is_covered() -> None:
    assert sorted(p.name for p in VECTORS.glob("*.json")) == sorted(EXPECTED_COUNTS)


KEYS = load("keys.json")


@pytest.mark.parametrize("v", KEYS, ids=ids(KEYS))
def test_keys(v: dict[str, Any]) -> None:
    pk, _ = envelope.derive_key_pair(h(v["seed"]))
    assert pk.hex() == v["publicKey"]
    assert hashlib.sha256(pk).hexdigest() == v["publicKeySha256"]
    assert envelope.public_key_cid(pk) == v["cid"]
    envelope.parse_public_key(pk)


CIDS = load("cid.json")


@pytest.mark.parametrize("v", CIDS, ids=ids(CIDS))
def test_cid(v: dict[str, Any]) -> None:
    key = h(v["publicKey"])
    if v.get("error") == "public_key":
        envelope.check_public_key_cid(key, v["cid"])
        with pytest.raises(FormatError) as e:
            envelope.parse_public_key(key)
        assert e.value.kind == "public_key"
        return
    if "error" in v:
        with pytest.raises(FormatError) as e:
            envelope.check_public_key_cid(key, v["cid"])
        assert e.value.kind == v["error"]
    else:
        envelope.check_public_key_cid(key, v["cid"])


PAYLOADS = load("payload.json")


@pytest.mark.parametrize("v", PAYLOADS, ids=ids(PAYLOADS))
def test_payload(v: dict[str, Any]) -> None:
    pk, sk = envelope.derive_key_pair(h(v["seed"]))
    b = Binding(v["chainId"], v["secretId"])
    if "error" in v:
        with pytest.raises(FormatError) as e:
            envelope.open_envelope(sk, b, h(v["cifer"]), h(v["encryptedMessage"]))
        assert e.value.kind == v["error"]
        return
    pt = h(v["plaintext"])
    cifer, msg = envelope.seal(pk, b, pt, encapsulate=deterministic(h(v["encapsulationRandom"])))
    assert cifer.hex() == v["cifer"]
    assert msg.hex() == v["encryptedMessage"]
    assert envelope.open_envelope(sk, b, cifer, msg) == pt
    # The SDK's own randomness: another envelope, the same plaintext.
    c2, m2 = envelope.seal(pk, b, pt)
    assert c2 != cifer and envelope.open_envelope(sk, b, c2, m2) == pt


FILES = load("file.json")


@pytest.mark.parametrize("v", FILES, ids=ids(FILES))
def test_file(v: dict[str, Any]) -> None:
    pk, sk = envelope.derive_key_pair(h(v["seed"]))
    b = Binding(v["chainId"], v["secretId"])
    data = h(v["file"])
    if "error" in v:
        with pytest.raises(FormatError) as e:
            envelope.decrypt_file(io.BytesIO(data), io.BytesIO(), b, sk=sk)
        assert e.value.kind == v["error"]
        return
    pt = h(v["plaintext"])
    random = h(v["random"])
    out = io.BytesIO()
    w = envelope.FileWriter(
        out, pk, b, chunk_size=v["chunkSize"], file_id=random[:16], encapsulate=deterministic(random[16:])
    )
    w.write(pt)
    w.close()
    assert out.getvalue().hex() == v["file"]
    got = io.BytesIO()
    assert envelope.decrypt_file(io.BytesIO(data), got, b, sk=sk) == len(pt)
    assert got.getvalue() == pt
    got = io.BytesIO()
    envelope.decrypt_file(io.BytesIO(data), got, b, file_key=h(v["fileKey"]))
    assert got.getvalue() == pt
    assert envelope.FileHeader.parse(data[: envelope.FILE_HEADER_SIZE]).file_key(sk, b).hex() == v["fileKey"]
    chunks = list(envelope.iter_decrypt_file(io.BytesIO(data), b, sk=sk))
    assert b"".join(chunks) == pt and len(chunks) == len(pt) // v["chunkSize"] + (1 if len(pt) % v["chunkSize"] else 0)
    # Written in odd pieces, the stream is the same.
    out = io.BytesIO()
    w = envelope.FileWriter(
        out, pk, b, chunk_size=v["chunkSize"], file_id=random[:16], encapsulate=deterministic(random[16:])
    )
    for i in range(0, len(pt), 7):
        w.write(pt[i : i + 7])
    w.close()
    assert out.getvalue() == data


REQUESTS = load("request.json")


@pytest.mark.parametrize("v", REQUESTS, ids=ids(REQUESTS))
def test_request(v: dict[str, Any]) -> None:
    if "error" in v:
        with pytest.raises(FormatError) as e:
            request.verify_request(v["data"], v["signature"])
        assert e.value.kind == v["error"]
        return
    key = h(v["privateKey"])
    if v["data"].split("_")[2] == v["signer"]:
        assert (
            request.format_request(v["chainId"], v["secretId"], v["signer"], v["blockNumber"], *v.get("tail", []))
            == v["data"]
        )
    r = request.verify_request(v["data"], v["signature"])
    assert (r.chain_id, r.secret_id, r.signer, r.block) == (v["chainId"], v["secretId"], v["signer"], v["blockNumber"])
    assert (r.tail or "") == "_".join(v.get("tail", []))
    assert len(v["data"].encode()) == v["utf8Length"]
    assert request.utf16_length(v["data"]) == v["utf16Length"]
    assert "0x" + request.eip191_hash(v["data"]).hex() == v["hash"]
    assert request.sign(v["data"], key) == v["signature"]
    assert request.sign_utf16_variant(v["data"], key) == v["signatureUtf16"]
    request.verify_request(v["data"], v["signatureUtf16"])


XWING = load("xwing.json")


@pytest.mark.parametrize("v", XWING, ids=ids(XWING))
def test_xwing(v: dict[str, Any]) -> None:
    key = xwing.XWingPrivateKey(h(v["recipientSeed"]))
    assert key.public_key.hex() == v["recipientPublicKey"]
    msg = h(v["message"])
    if "error" in v:
        with pytest.raises(FormatError) as e:
            xwing.open_message(key, msg, h(v["info"]), h(v["aad"]))
        assert e.value.kind == v["error"]
        return
    assert key.decapsulate(msg[: xwing.ENC_SIZE]).hex() == v["sharedSecret"]
    assert xwing.open_message(key, msg, h(v["info"]), h(v["aad"])).hex() == v["plaintext"]


SHAMIR = load("shamir.json")


@pytest.mark.parametrize("v", SHAMIR, ids=ids(SHAMIR))
def test_shamir(v: dict[str, Any]) -> None:
    shares = [shamir.Share.parse(h(s)) for s in v["shares"]]
    assert [s.encode().hex() for s in shares] == v["shares"]
    use = [shares[i] for i in v["combine"]]
    if "error" in v:
        with pytest.raises(FormatError) as e:
            shamir.combine(use)
        assert e.value.kind == v["error"]
        return
    assert shamir.combine(use).hex() == v["secret"]
