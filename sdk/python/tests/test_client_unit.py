"""Unit tests of the client against a fake Black Box and chain endpoint
(httpx.MockTransport): the freshness retry, typed refusals, the CID check,
the async twins, and the local file-result ZIP."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import os
import re
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from eth_abi.abi import encode
from eth_account import Account

from cifer import AsyncClient, CIDMismatchError, Client, RefusedError, envelope, request
from cifer.chain import selector
from cifer.envelope import Binding
from cifer.errors import REFUSAL_CODES

URL = "http://bb.test"
RPC = "http://rpc.test"
CONTROLLER = "0x00000000000000000000000000000000000000c1"
KEY = hashlib.sha256(b"unit test wallet").digest()
ADDRESS = Account.from_key(KEY).address
SEED = hashlib.sha256(b"unit seed").digest() * 2
PUBLIC_KEY, PRIVATE_KEY = envelope.derive_key_pair(SEED)


class FakeNetwork:
    """A chain whose head is ``head`` and a Black Box whose own head is
    ``node_head``, with a freshness window of ``window`` blocks."""

    def __init__(self, *, head: int = 5000, node_head: int = 5000, window: int = 1200, key: bytes = PUBLIC_KEY) -> None:
        self.head, self.node_head, self.window, self.key = head, node_head, window, key
        self.requests: list[dict[str, Any]] = []
        self.refuse_code: str | None = None

    def handle(self, req: httpx.Request) -> httpx.Response:
        if req.url.host == "rpc.test":
            return self.rpc(json.loads(req.content))
        if req.url.path == "/healthz":
            return httpx.Response(
                200,
                json={
                    "status": "ok",
                    "configurations": {
                        "chains": [
                            {
                                "chainId": 84532,
                                "rpcUrl": RPC,
                                "secretsControllerAddress": CONTROLLER,
                                "blockTimeMs": 500,
                            }
                        ]
                    },
                },
            )
        body = json.loads(req.content)
        self.requests.append({"path": req.url.path, **body})
        r = request.verify_request(body["data"], body["signature"])
        if r.block > self.node_head + 5:
            return httpx.Response(
                400,
                json={
                    "code": "block_in_future",
                    "error": f"Block number {r.block} is in the future (current: {self.node_head})",
                },
            )
        if r.block < self.node_head - self.window:
            return httpx.Response(
                400,
                json={
                    "code": "block_too_old",
                    "error": f"Block number {r.block} is too old "
                    f"(current: {self.node_head}, max window: {self.window})",
                },
            )
        if self.refuse_code:
            return httpx.Response(
                403,
                json={"code": self.refuse_code, "error": "signer is not the secret owner or delegate"},
                headers={"Retry-After": "3"},
            )
        if req.url.path == "/secret-public-key":
            return httpx.Response(200, json={"success": True, "publicKey": base64.b64encode(self.key).decode()})
        if req.url.path == "/decrypt-payload":
            assert r.tail is not None
            pt = envelope.open_envelope(
                PRIVATE_KEY,
                Binding(r.chain_id, r.secret_id),
                bytes.fromhex(body["cifer"][2:]),
                bytes.fromhex(r.tail[2:]),
            )
            return httpx.Response(200, json={"success": True, "decryptedMessage": pt.decode()})
        return httpx.Response(404, json={"error": "not found"})

    def rpc(self, call: dict[str, Any]) -> httpx.Response:
        if call["method"] == "eth_blockNumber":
            result: Any = hex(self.head)
        elif call["method"] == "eth_call":
            data = call["params"][0]["data"]
            assert data.startswith("0x" + selector("getSecretState(uint256)").hex())
            state = encode(
                ["address", "address", "bool", "uint8", "uint8", "string"],
                [ADDRESS, "0x" + "00" * 20, False, 1, 1, envelope.public_key_cid(PUBLIC_KEY)],
            )
            result = "0x" + state.hex()
        else:
            raise AssertionError(call["method"])
        return httpx.Response(200, json={"jsonrpc": "2.0", "id": call["id"], "result": result})


def client(net: FakeNetwork, **kw: Any) -> Client:
    c = Client(URL, KEY, **kw)
    c._http = httpx.Client(transport=httpx.MockTransport(net.handle))
    return c


def blocks(net: FakeNetwork) -> list[int]:
    return [int(r["data"].split("_")[3]) for r in net.requests]


@pytest.mark.parametrize(
    ("name", "head", "node_head", "first", "want"),
    [
        # The client signs an old block: the node reports its head, and the
        # client signs again at the newer of that and its chain's head.
        ("too old", 5000, 5000, lambda h: h - 2000, [3000, 5000]),
        # The client's chain is ahead of the node's: signed again at the
        # node's head.
        ("in the future", 5100, 5000, lambda h: h, [5100, 5000]),
        ("fresh", 5000, 5000, lambda h: h, [5000]),
    ],
)
def test_freshness_retry(name: str, head: int, node_head: int, first: Any, want: list[int]) -> None:
    net = FakeNetwork(head=head, node_head=node_head)
    with client(net, block_source=first) as c:
        cifer, msg = c.encrypt(7, "hello_world")
        net.requests.clear()
        assert c.decrypt(7, cifer, msg) == b"hello_world"
    assert blocks(net) == want, name
    # Each retry is a new, correctly signed request for the same message.
    for r in net.requests:
        request.verify_request(r["data"], r["signature"])
        assert r["data"].endswith("_0x" + msg.hex())


def test_refusal_is_typed_and_not_retried() -> None:
    net = FakeNetwork()
    with client(net) as c:
        cifer, msg = c.encrypt(7, "x")
        net.requests.clear()
        net.refuse_code = "not_authorized"
        with pytest.raises(RefusedError) as e:
            c.decrypt(7, cifer, msg)
    assert (e.value.status, e.value.code, e.value.retry_after) == (403, "not_authorized", 3.0)
    assert "not the secret owner" in e.value.server_message
    assert len(net.requests) == 1


def test_public_key_must_match_the_cid_on_chain() -> None:
    other, _ = envelope.derive_key_pair(hashlib.sha256(b"other").digest() * 2)
    with client(FakeNetwork(key=other)) as c, pytest.raises(CIDMismatchError):
        c.public_key(7)


def test_async_twin() -> None:
    net = FakeNetwork(head=5100, node_head=5000)

    async def main() -> bytes:
        async with AsyncClient(URL, KEY) as c:
            c._http = httpx.AsyncClient(transport=httpx.MockTransport(net.handle))
            cifer, msg = await c.encrypt(7, "async ✓")
            return await c.decrypt(7, cifer, msg)

    assert asyncio.run(main()) == "async ✓".encode()
    assert blocks(net)[-2:] == [5100, 5000]


@pytest.mark.parametrize("size", [0, 1, 1000, 3 * 4096 + 5])
def test_file_zip(size: int) -> None:
    pt = os.urandom(size)
    out = io.BytesIO()
    seen: list[int] = []
    from cifer.client import encrypt_file_zip

    n = encrypt_file_zip(
        io.BytesIO(pt), out, PUBLIC_KEY, Binding(84532, 7), name="a.bin", progress=seen.append, piece_size=4096
    )
    assert n == size and (not seen or seen[-1] == size)
    zf = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    meta = json.loads(zf.read("metadata.json"))
    pieces = max(1, -(-size // 4096))
    assert meta["chunkCount"] == len(meta["cifers"]) == pieces
    assert meta["originalHash"] == "0x" + hashlib.sha256(pt).hexdigest() and meta["originalSize"] == size
    got = b""
    for i, cifer in enumerate(meta["cifers"]):
        stream = zf.read(f"chunk_{i}.enc")
        assert stream[70 : envelope.FILE_HEADER_SIZE].hex() == cifer[2:]
        dst = io.BytesIO()
        envelope.decrypt_file(io.BytesIO(stream), dst, Binding(84532, 7), sk=PRIVATE_KEY)
        got += dst.getvalue()
    assert got == pt


def test_refusal_codes_match_the_go_table() -> None:
    """The SDK's list of codes is the Go request package's, so a code the
    node may send is never unknown here."""
    go = (Path(__file__).resolve().parents[3] / "request" / "refusal.go").read_text()
    assert set(re.findall(r'\bCode\w+\s+Code = "([a-z_]+)"', go)) == REFUSAL_CODES
