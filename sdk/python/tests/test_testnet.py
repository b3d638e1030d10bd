"""The SDK against a real local network (conftest starts it): the issue's
flow create -> ready -> encrypt locally -> decrypt as owner -> delegate ->
delegate decrypts -> revoke -> refused -> transfer; a 50 MiB file encrypted
locally and decrypted through a file job with progress; a request signed
at a block the node refuses, answered and retried transparently; and the
async twins."""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
from pathlib import Path

import httpx
import pytest

from cifer import AsyncClient, ChainError, Client, RefusedError

from .conftest import Testnet

pytestmark = pytest.mark.testnet
TIMEOUT = 90.0


def test_secret_lifecycle(testnet: Testnet) -> None:
    owner = Client(testnet.url, testnet.client_key(0), timeout=TIMEOUT)
    delegate = Client(testnet.url, testnet.client_key(1), timeout=TIMEOUT)
    heir = Client(testnet.url, testnet.client_key(2), timeout=TIMEOUT)
    with owner, delegate, heir:
        assert owner.chain.chain_id == testnet.chain_id

        sid = owner.create_secret(wait=False)
        st = owner.wait_ready(sid)
        assert st.ready and st.owner == owner.address and st.delegate is None and st.public_key_cid.startswith("b")
        assert sid in owner.list_secrets()[0]

        cifer, msg = owner.encrypt(sid, "owner's secret_text ☃")
        assert len(cifer) == 1104 and len(msg) == len("owner's secret_text ☃".encode())
        assert owner.decrypt(sid, cifer, msg) == "owner's secret_text ☃".encode()

        # Before delegation the delegate is refused, with the server's code.
        with pytest.raises(RefusedError) as e:
            delegate.decrypt(sid, cifer, msg)
        assert (e.value.status, e.value.code) == (403, "not_authorized")

        owner.set_delegate(sid, delegate.address)
        assert owner.secret_state(sid).delegate == delegate.address
        assert sid in delegate.list_secrets()[1]
        c2, m2 = delegate.encrypt(sid, "for the delegate")
        assert delegate.decrypt(sid, c2, m2) == b"for the delegate"

        # Only the owner may change the delegate: the revert reason comes back.
        with pytest.raises(ChainError) as ce:
            delegate.set_delegate(sid, heir.address)
        assert ce.value.reason == "Not secret owner"

        owner.revoke_delegate(sid)
        assert owner.secret_state(sid).delegate is None
        c3, m3 = owner.encrypt(sid, "after revocation")
        with pytest.raises(RefusedError) as e:
            delegate.decrypt(sid, c3, m3)
        assert (e.value.status, e.value.code) == (403, "not_authorized")

        owner.transfer(sid, heir.address)
        st = heir.secret_state(sid)
        assert st.owner == heir.address and st.delegate is None
        assert sid in heir.list_secrets()[0] and sid not in owner.list_secrets()[0]
        assert heir.decrypt(sid, c3, m3) == b"after revocation"
        with pytest.raises(RefusedError) as e:
            owner.decrypt(sid, cifer, msg)
        assert e.value.code == "not_authorized"


def test_stale_block_is_retried(testnet: Testnet) -> None:
    """The first request is signed 100 blocks ahead of the chain: the node
    refuses it (block_in_future, naming its head) and the client signs again
    at that head without the caller seeing anything."""
    statuses: list[tuple[str, int]] = []

    def record(r: httpx.Response) -> None:
        statuses.append((r.request.url.path, r.status_code))

    with Client(testnet.url, testnet.client_key(0), timeout=TIMEOUT, block_source=lambda head: head + 100) as c:
        c._http.event_hooks["response"].append(record)
        sid = c.create_secret()
        cifer, msg = c.encrypt(sid, "stale")
        statuses.clear()
        assert c.decrypt(sid, cifer, msg) == b"stale"
    assert [s for s in statuses if s[0] == "/decrypt-payload"] == [("/decrypt-payload", 400), ("/decrypt-payload", 200)]


def test_file_job_50_mib(testnet: Testnet, tmp_path: Path) -> None:
    size = 50 << 20
    src = tmp_path / "data.bin"
    digest = hashlib.sha256()
    with src.open("wb") as f:
        for _ in range(size >> 20):
            block = os.urandom(1 << 20)
            digest.update(block)
            f.write(block)
    enc_progress: list[int] = []
    job_progress: list[tuple[str, int]] = []
    zip_path = tmp_path / "data.bin.cifer"
    out = tmp_path / "data.out"
    with Client(testnet.url, testnet.client_key(0), timeout=TIMEOUT) as c:
        sid = c.create_secret()
        with src.open("rb") as s, zip_path.open("wb") as z:
            assert c.encrypt_file(sid, s, z, progress=enc_progress.append) == size
        with zip_path.open("rb") as z, out.open("wb") as o:
            assert c.decrypt_file(sid, z, o, progress=lambda stage, v: job_progress.append((stage, v))) == size
        # The decrypt job was counted at this URL's door in the file's
        # bytes, and is listed as the signer's own on its own secret.
        usage = c.data_consumption()
        assert usage["success"] is True and usage["plan_id"] == "open" and usage["user_type"] == "web3"
        assert usage["decryption"]["count"] >= 1 and usage["decryption"]["used"] >= size
        assert usage["decryption"]["limit"] is None
        jobs = c.list_jobs()
        mine = [j.raw for j in jobs if j.type == "decrypt" and j.secret_id == sid]
        assert mine and mine[0]["isSigner"] is True and mine[0]["isRecipient"] is True
        assert isinstance(mine[0]["createdAt"], int)
    assert enc_progress[-1] == size and enc_progress == sorted(enc_progress)
    stages = [s for s, _ in job_progress]
    assert "job" in stages and "download" in stages
    assert [v for s, v in job_progress if s == "job"][-1] == 100
    assert [v for s, v in job_progress if s == "download"][-1] == size
    h = hashlib.sha256()
    with out.open("rb") as o:
        while b := o.read(1 << 20):
            h.update(b)
    assert h.hexdigest() == digest.hexdigest()


def test_async_twins(testnet: Testnet) -> None:
    data = os.urandom(300_000)

    async def main() -> tuple[bytes, list[int], bytes, list[int]]:
        async with AsyncClient(testnet.url, testnet.client_key(1), timeout=TIMEOUT) as c:
            sid = await c.create_secret()
            cifer, msg = await c.encrypt(sid, "async")
            pt = await c.decrypt(sid, cifer, msg)
            owned, _ = await c.list_secrets()
            enc, out = io.BytesIO(), io.BytesIO()
            await c.encrypt_file(sid, io.BytesIO(data), enc, name="a.bin")
            enc.seek(0)
            seen: list[int] = []
            await c.decrypt_file(sid, enc, out, progress=lambda stage, v: seen.append(v) if stage == "job" else None)
            return pt, owned, out.getvalue(), seen

    pt, owned, got, seen = asyncio.run(main())
    assert pt == b"async" and owned
    assert got == data and seen[-1] == 100
