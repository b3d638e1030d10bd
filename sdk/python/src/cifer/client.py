"""The HTTP API client: discovery from ``/healthz``, secrets on chain, public
keys with the CID check, local encryption, decryption through the Black
Box with the block-freshness retry, and file jobs.

:class:`Client` is synchronous; :class:`AsyncClient` has the same methods as
coroutines. Both run the same operations (see _ops).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import socket
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

import httpx
from eth_account import Account

from . import chain as chainops
from . import envelope
from ._ops import Http, HttpAnswer, Op, Sleep, run_async, run_sync
from .chain import ChainInfo, SecretState
from .envelope import Binding
from .errors import ChainError, CiferError, JobFailedError, NotReadyError, RefusedError, WaitTimeoutError
from .request import format_request, sign

# The plaintext bytes per piece of a file result and the chunk size of each
# piece's stream (HTTP-API.md, "Result ZIP").
ZIP_PIECE_SIZE = 16 << 20
ZIP_STREAM_CHUNK = 1 << 20
_CURRENT = re.compile(r"current: (\d+)")
_FRESHNESS = ("block_too_old", "block_in_future")
# How many times a request refused for its block is signed again.
FRESHNESS_RETRIES = 3


@dataclass(frozen=True)
class Job:
    id: str
    type: str
    status: str
    progress: int
    secret_id: int
    chain_id: int
    error: str | None
    result_file_name: str | None
    raw: dict[str, Any]

    @staticmethod
    def from_json(d: dict[str, Any]) -> Job:
        return Job(
            str(d.get("id", "")),
            str(d.get("type", "")),
            str(d.get("status", "")),
            int(d.get("progress") or 0),
            int(d.get("secretId") or 0),
            int(d.get("chainId") or 0),
            d.get("error"),
            d.get("resultFileName"),
            d,
        )


def refusal(ans: HttpAnswer) -> RefusedError:
    """The typed error of a non-2xx answer."""
    code, msg = "", ans.body.decode("utf-8", "replace")
    try:
        doc = json.loads(ans.body)
        if isinstance(doc, dict):
            code, msg = str(doc.get("code", "")), str(doc.get("error", msg))
    except ValueError:
        pass
    ra = ans.headers.get("retry-after")
    return RefusedError(ans.status, code, msg, retry_after=float(ra) if ra and ra.isdigit() else None)


def _json(ans: HttpAnswer) -> dict[str, Any]:
    if ans.status // 100 != 2:
        raise refusal(ans)
    doc = json.loads(ans.body)
    if not isinstance(doc, dict):
        raise CiferError("unexpected answer from the Black Box", kind="format")
    return doc


# httpx writes a request's headers and body separately; without TCP_NODELAY
# the second write waits for the peer's delayed ACK, which costs a small
# request milliseconds.
_SOCKET_OPTIONS = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]


class _Core:
    """State and operations shared by both clients."""

    def __init__(
        self,
        url: str,
        private_key: str | bytes,
        *,
        chain_id: int | None = None,
        rpc_url: str | None = None,
        timeout: float = 60.0,
        block_source: Callable[[int], int] | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self._key = (
            bytes.fromhex(private_key.removeprefix("0x")) if isinstance(private_key, str) else bytes(private_key)
        )
        self.address: str = Account.from_key(self._key).address
        self._want_chain = chain_id
        self._rpc_override = rpc_url
        self.timeout = timeout
        # block_source maps the chain head to the block a request is signed
        # at (default: the head). Tests use it to send a stale block first.
        self._block_source = block_source
        self._chain: ChainInfo | None = None
        self._keys: dict[int, bytes] = {}
        self._wallet = ""
        self._head: tuple[int, float] | None = None

    # --- discovery ---------------------------------------------------------

    def _op_discover(self) -> Op[ChainInfo]:
        if self._chain is not None:
            return self._chain
        ans: HttpAnswer = yield Http("GET", self.url + "/healthz")
        doc = _json(ans)
        chains = doc.get("configurations", {}).get("chains", [])
        for c in chains:
            if self._want_chain is None or int(c["chainId"]) == self._want_chain:
                self._chain = ChainInfo(
                    int(c["chainId"]),
                    self._rpc_override or str(c["rpcUrl"]),
                    str(c["secretsControllerAddress"]),
                    int(c.get("blockTimeMs") or 1000),
                    str(c.get("clusterRegistryAddress") or ""),
                )
                self._wallet = str(doc.get("enclaveWalletAddress") or "")
                return self._chain
        raise CiferError(f"the Black Box at {self.url} serves no chain {self._want_chain}", kind="discovery")

    def _op_is_elected(self) -> Op[bool]:
        c = yield from self._op_discover()
        if not c.registry or not self._wallet:
            return False
        return (yield from chainops.is_elected(c, self._wallet))

    # --- signing with the freshness retry ----------------------------------

    def _op_signed(self, secret_id: int, tail: list[str], send: Callable[[str, str], Op[HttpAnswer]]) -> Op[HttpAnswer]:
        """Signs data for the current block and sends it; a refusal for the
        block (too old, or ahead of the node's head) is signed again at the
        block the node reports, transparently."""
        c = yield from self._op_discover()
        head = yield from self._op_head(c)
        block = self._block_source(head) if self._block_source else head
        for attempt in range(FRESHNESS_RETRIES + 1):
            data = format_request(c.chain_id, secret_id, self.address, block, *tail)
            ans = yield from send(data, sign(data, self._key))
            if ans.status != 400 or attempt == FRESHNESS_RETRIES:
                return ans
            err = refusal(ans)
            m = _CURRENT.search(err.server_message)
            if err.code not in _FRESHNESS and not (
                "is too old" in err.server_message or "in the future" in err.server_message
            ):
                return ans
            current = int(m.group(1)) if m else (yield from chainops.block_number(c))
            if err.code == "block_too_old" or "is too old" in err.server_message:
                head = yield from chainops.block_number(c)
                block = max(current, head)
            else:
                block = current
        return ans

    def _op_head(self, c: ChainInfo) -> Op[int]:
        """The chain head, read at most once per block time: a request may
        name a block a little behind the head (the window is minutes), and
        one RPC round trip fewer is most of a local decrypt's client side."""
        now = time.monotonic()
        if self._head is not None and now - self._head[1] < min(c.block_time_ms, 1000) / 1000:
            return self._head[0]
        head = yield from chainops.block_number(c)
        self._head = (head, now)
        return head

    def _post_json(self, path: str, body: dict[str, Any]) -> Callable[[str, str], Op[HttpAnswer]]:
        def send(data: str, signature: str) -> Op[HttpAnswer]:
            ans: HttpAnswer = yield Http("POST", self.url + path, json={**body, "data": data, "signature": signature})
            return ans

        return send

    # --- chain -------------------------------------------------------------

    def _op_state(self, secret_id: int) -> Op[SecretState]:
        c = yield from self._op_discover()
        return (yield from chainops.secret_state(c, secret_id))

    def _op_create(self, wait: bool) -> Op[int]:
        c = yield from self._op_discover()
        sid = yield from chainops.create_secret(c, self._key, self.timeout)
        if wait:
            yield from chainops.wait_ready(c, sid, self.timeout)
        return sid

    def _op_wait_ready(self, secret_id: int, timeout: float | None) -> Op[SecretState]:
        c = yield from self._op_discover()
        return (yield from chainops.wait_ready(c, secret_id, timeout or self.timeout))

    def _op_tx(self, sig: str, types: list[str], args: list[Any]) -> Op[None]:
        c = yield from self._op_discover()
        yield from chainops.transact(c, self._key, sig, types, args, 0, self.timeout)

    def _op_list(self, wallet: str | None) -> Op[tuple[list[int], list[int]]]:
        c = yield from self._op_discover()
        return (yield from chainops.secrets_of(c, wallet or self.address))

    # --- keys and payloads -------------------------------------------------

    def _op_public_key(self, secret_id: int) -> Op[bytes]:
        if secret_id in self._keys:
            return self._keys[secret_id]
        st = yield from self._op_state(secret_id)
        if not st.ready:
            raise NotReadyError(f"secret {secret_id} is not ready (still syncing)")
        ans = yield from self._op_signed(secret_id, [], self._post_json("/secret-public-key", {}))
        pk = base64.b64decode(str(_json(ans)["publicKey"]))
        envelope.parse_public_key(pk)
        envelope.check_public_key_cid(pk, st.public_key_cid)
        self._keys[secret_id] = pk
        return pk

    def _op_encrypt(self, secret_id: int, plaintext: bytes) -> Op[tuple[bytes, bytes]]:
        c = yield from self._op_discover()
        pk = yield from self._op_public_key(secret_id)
        return envelope.seal(pk, Binding(c.chain_id, secret_id), plaintext)

    def _op_decrypt(self, secret_id: int, cifer: bytes, encrypted_message: bytes) -> Op[bytes]:
        body = {"cifer": "0x" + cifer.hex(), "inputFormat": "hex"}
        ans = yield from self._op_signed(
            secret_id, ["0x" + encrypted_message.hex()], self._post_json("/decrypt-payload", body)
        )
        return str(_json(ans)["decryptedMessage"]).encode()

    # --- file jobs ---------------------------------------------------------

    def _op_job(self, job_id: str) -> Op[Job]:
        ans: HttpAnswer = yield Http("GET", f"{self.url}/jobs/{job_id}/status")
        return Job.from_json(_json(ans)["job"])

    def _op_wait_job(self, job_id: str, progress: Callable[[int], None] | None, timeout: float | None) -> Op[Job]:
        deadline = time.monotonic() + (timeout or self.timeout)
        last = -1
        while True:
            job = yield from self._op_job(job_id)
            if progress and job.progress != last:
                progress(job.progress)
                last = job.progress
            if job.status == "completed":
                return job
            if job.status in ("failed", "expired"):
                raise JobFailedError(job_id, job.status, job.error or "")
            if time.monotonic() > deadline:
                raise WaitTimeoutError(f"job {job_id} still {job.status} at its deadline")
            yield Sleep(0.2)

    def _upload(
        self, path: str, src: IO[bytes], name: str, fields: dict[str, str]
    ) -> Callable[[str, str], Op[HttpAnswer]]:
        start = src.tell()

        def send(data: str, signature: str) -> Op[HttpAnswer]:
            src.seek(start)
            ans: HttpAnswer = yield Http(
                "POST",
                self.url + path,
                data={**fields, "data": data, "signature": signature},
                files={"file": (name, src, "application/octet-stream")},
                timeout=self.timeout,
            )
            return ans

        return send

    def _op_decrypt_file(
        self,
        secret_id: int,
        src: IO[bytes],
        dst: IO[bytes],
        progress: Callable[[str, int], None] | None,
        name: str,
    ) -> Op[int]:
        ans = yield from self._op_signed(secret_id, [], self._upload("/decrypt-file", src, name, {}))
        job_id = str(_json(ans)["jobId"])
        yield from self._op_wait_job(job_id, (lambda p: progress("job", p)) if progress else None, None)
        return (yield from self._op_download_decrypted(secret_id, job_id, dst, progress))

    def _op_download_decrypted(
        self, secret_id: int, job_id: str, dst: IO[bytes], progress: Callable[[str, int], None] | None
    ) -> Op[int]:
        got = [0]

        def on_bytes(n: int) -> None:
            got[0] = n
            if progress:
                progress("download", n)

        def send(data: str, signature: str) -> Op[HttpAnswer]:
            ans: HttpAnswer = yield Http(
                "POST",
                f"{self.url}/jobs/{job_id}/download",
                json={"data": data, "signature": signature},
                sink=dst,
                progress=on_bytes,
                timeout=self.timeout,
            )
            return ans

        ans = yield from self._op_signed(secret_id, [job_id, "download"], send)
        if ans.status != 200:
            raise refusal(ans)
        return got[0]

    def _op_encrypt_file_job(self, secret_id: int, src: IO[bytes], name: str) -> Op[str]:
        ans = yield from self._op_signed(
            secret_id, [], self._upload("/encrypt-file", src, name, {"secretId": str(secret_id)})
        )
        return str(_json(ans)["jobId"])

    def _op_download_encrypted(self, job_id: str, dst: IO[bytes]) -> Op[None]:
        ans: HttpAnswer = yield Http("POST", f"{self.url}/jobs/{job_id}/download", sink=dst, timeout=self.timeout)
        if ans.status != 200:
            raise refusal(ans)

    def _op_decrypt_existing(self, secret_id: int, encrypt_job_id: str) -> Op[str]:
        ans = yield from self._op_signed(
            secret_id, [], self._post_json("/decrypt-existing-file", {"encryptJobId": encrypt_job_id})
        )
        return str(_json(ans)["jobId"])

    def _op_list_jobs(self, include_expired: bool) -> Op[list[Job]]:
        q = "true" if include_expired else "false"
        ans = yield from self._op_signed(0, [], self._post_json(f"/jobs?includeExpired={q}", {}))
        return [Job.from_json(j) for j in _json(ans).get("jobs", [])]

    def _op_data_consumption(self) -> Op[dict[str, Any]]:
        ans = yield from self._op_signed(0, [], self._post_json("/jobs/dataConsumption", {}))
        return _json(ans)

    def _op_delete_job(self, secret_id: int, job_id: str) -> Op[None]:
        ans = yield from self._op_signed(secret_id, [job_id, "delete"], self._post_json(f"/jobs/{job_id}/delete", {}))
        _json(ans)

    def _op_encrypt_file_local(
        self, secret_id: int, src: IO[bytes], dst: IO[bytes], name: str, progress: Callable[[int], None] | None
    ) -> Op[int]:
        c = yield from self._op_discover()
        pk = yield from self._op_public_key(secret_id)
        return encrypt_file_zip(src, dst, pk, Binding(c.chain_id, secret_id), name=name, progress=progress)


def encrypt_file_zip(
    src: IO[bytes],
    dst: IO[bytes],
    public_key: bytes,
    b: Binding,
    *,
    name: str = "file",
    progress: Callable[[int], None] | None = None,
    piece_size: int = ZIP_PIECE_SIZE,
) -> int:
    """Encrypts src locally into the result ZIP that ``/decrypt-file`` takes
    (HTTP-API.md, "Result ZIP"): pieces of ``piece_size`` plaintext bytes,
    each a complete stream with its own encapsulation, their cifers and the
    plaintext's SHA-256 in metadata.json. Returns the plaintext size."""
    digest = hashlib.sha256()
    cifers: list[str] = []
    total = 0
    with zipfile.ZipFile(dst, "w", compression=zipfile.ZIP_STORED) as zf:
        i = 0
        while True:
            piece = src.read(piece_size)
            if not piece and i > 0:
                break
            digest.update(piece)
            with zf.open(f"chunk_{i}.enc", "w") as entry:
                w = envelope.FileWriter(entry, public_key, b, chunk_size=ZIP_STREAM_CHUNK)
                for off in range(0, len(piece), ZIP_STREAM_CHUNK):
                    w.write(piece[off : off + ZIP_STREAM_CHUNK])
                w.close()
            cifers.append("0x" + w.header[envelope.FILE_HEADER_SIZE - envelope.CIFER_SIZE :].hex())
            total += len(piece)
            if progress:
                progress(total)
            i += 1
            if len(piece) < piece_size:
                break
        meta = {
            "version": 1,
            "format": "cifer-stream-v1",
            "cifers": cifers,
            "secretId": b.secret_id,
            "chainId": b.chain_id,
            "originalHash": "0x" + digest.hexdigest(),
            "chunkCount": len(cifers),
            "chunkSize": piece_size,
            "originalName": name,
            "originalSize": total,
        }
        zf.writestr("metadata.json", json.dumps(meta))
    return total


def find_black_box(urls: list[str], *, timeout: float = 10.0) -> str:
    """The first of urls whose node is an elected Black Box of the current
    epoch, by its /healthz wallet and the registry on chain."""
    for url in urls:
        with Client(url, b"\x01" * 32, timeout=timeout) as c:
            try:
                if c.is_elected():
                    return url
            except CiferError:
                continue
    raise CiferError("none of the given nodes is an elected Black Box", kind="discovery")


def _file_name(src: IO[bytes], name: str | None) -> str:
    return name or os.path.basename(str(getattr(src, "name", "file"))) or "file"


class Client(_Core):
    """Synchronous client. ``url`` is any node's HTTP API; the chain and
    contract come from its ``/healthz``. ``private_key`` is the wallet that
    signs requests and transactions."""

    def __init__(self, url: str, private_key: str | bytes, **kw: Any) -> None:
        super().__init__(url, private_key, **kw)
        self._http = httpx.Client(timeout=self.timeout, transport=httpx.HTTPTransport(socket_options=_SOCKET_OPTIONS))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self, op: Op[Any]) -> Any:
        return run_sync(op, self._http)

    @property
    def chain(self) -> ChainInfo:
        c: ChainInfo = self._run(self._op_discover())
        return c

    def is_elected(self) -> bool:
        """Whether this node is an elected Black Box now (only those decrypt;
        the others answer 503 not_enough_shares to decrypt-type calls)."""
        ok: bool = self._run(self._op_is_elected())
        return ok

    def head(self) -> int:
        c = self.chain
        n: int = self._run(chainops.block_number(c))
        return n

    def create_secret(self, *, wait: bool = True) -> int:
        """Pays the fee, creates a secret and (by default) waits until its
        key is ready. Returns the secret ID."""
        sid: int = self._run(self._op_create(wait))
        return sid

    def wait_ready(self, secret_id: int, timeout: float | None = None) -> SecretState:
        st: SecretState = self._run(self._op_wait_ready(secret_id, timeout))
        return st

    def secret_state(self, secret_id: int) -> SecretState:
        st: SecretState = self._run(self._op_state(secret_id))
        return st

    def list_secrets(self, wallet: str | None = None) -> tuple[list[int], list[int]]:
        """(owned, delegated) secret IDs of wallet (default: this one)."""
        r: tuple[list[int], list[int]] = self._run(self._op_list(wallet))
        return r

    def set_delegate(self, secret_id: int, delegate: str) -> None:
        self._run(self._op_tx("setDelegate(uint256,address)", ["uint256", "address"], [secret_id, delegate]))

    def revoke_delegate(self, secret_id: int) -> None:
        self.set_delegate(secret_id, chainops._ZERO)

    def transfer(self, secret_id: int, new_owner: str) -> None:
        self._run(self._op_tx("transferSecret(uint256,address)", ["uint256", "address"], [secret_id, new_owner]))

    def public_key(self, secret_id: int) -> bytes:
        """The secret's public key, checked against its CID on chain."""
        pk: bytes = self._run(self._op_public_key(secret_id))
        return pk

    def encrypt(self, secret_id: int, plaintext: bytes | str) -> tuple[bytes, bytes]:
        """Encrypts locally: returns (cifer, encryptedMessage)."""
        pt = plaintext.encode() if isinstance(plaintext, str) else plaintext
        r: tuple[bytes, bytes] = self._run(self._op_encrypt(secret_id, pt))
        return r

    def decrypt(self, secret_id: int, cifer: bytes, encrypted_message: bytes) -> bytes:
        """Decrypts through the Black Box (the network answers UTF-8 text)."""
        r: bytes = self._run(self._op_decrypt(secret_id, cifer, encrypted_message))
        return r

    def encrypt_file(
        self,
        secret_id: int,
        src: IO[bytes],
        dst: IO[bytes],
        *,
        name: str | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Encrypts a file locally into the result ZIP ``decrypt_file`` takes."""
        n: int = self._run(self._op_encrypt_file_local(secret_id, src, dst, _file_name(src, name), progress))
        return n

    def decrypt_file(
        self,
        secret_id: int,
        src: IO[bytes],
        dst: IO[bytes],
        *,
        name: str | None = None,
        progress: Callable[[str, int], None] | None = None,
    ) -> int:
        """Uploads an encrypted file, follows its job and streams the
        plaintext into dst. ``progress(stage, value)`` gets ("job", percent)
        and ("download", bytes)."""
        n: int = self._run(self._op_decrypt_file(secret_id, src, dst, progress, _file_name(src, name)))
        return n

    def encrypt_file_job(self, secret_id: int, src: IO[bytes], *, name: str | None = None) -> str:
        """Uploads plaintext for the node to encrypt (``/encrypt-file``)."""
        j: str = self._run(self._op_encrypt_file_job(secret_id, src, _file_name(src, name)))
        return j

    def download_encrypted(self, job_id: str, dst: IO[bytes]) -> None:
        self._run(self._op_download_encrypted(job_id, dst))

    def decrypt_existing_file(self, secret_id: int, encrypt_job_id: str) -> str:
        j: str = self._run(self._op_decrypt_existing(secret_id, encrypt_job_id))
        return j

    def download_decrypted(self, secret_id: int, job_id: str, dst: IO[bytes]) -> int:
        n: int = self._run(self._op_download_decrypted(secret_id, job_id, dst, None))
        return n

    def job(self, job_id: str) -> Job:
        j: Job = self._run(self._op_job(job_id))
        return j

    def wait_job(
        self, job_id: str, *, progress: Callable[[int], None] | None = None, timeout: float | None = None
    ) -> Job:
        j: Job = self._run(self._op_wait_job(job_id, progress, timeout))
        return j

    def list_jobs(self, *, include_expired: bool = False) -> list[Job]:
        j: list[Job] = self._run(self._op_list_jobs(include_expired))
        return j

    def delete_job(self, secret_id: int, job_id: str) -> None:
        self._run(self._op_delete_job(secret_id, job_id))

    def data_consumption(self) -> dict[str, Any]:
        """The signer's usage at this node in the current period and its
        plan's limits (``POST /jobs/dataConsumption``, HTTP-API.md): the
        numbers a 429 comes from. A limit of ``None`` is unlimited."""
        d: dict[str, Any] = self._run(self._op_data_consumption())
        return d


class AsyncClient(_Core):
    """The async twin of :class:`Client`: the same methods, awaited."""

    def __init__(self, url: str, private_key: str | bytes, **kw: Any) -> None:
        super().__init__(url, private_key, **kw)
        self._http = httpx.AsyncClient(
            timeout=self.timeout, transport=httpx.AsyncHTTPTransport(socket_options=_SOCKET_OPTIONS)
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _run(self, op: Op[Any]) -> Any:
        return await run_async(op, self._http)

    async def chain(self) -> ChainInfo:
        c: ChainInfo = await self._run(self._op_discover())
        return c

    async def is_elected(self) -> bool:
        ok: bool = await self._run(self._op_is_elected())
        return ok

    async def create_secret(self, *, wait: bool = True) -> int:
        sid: int = await self._run(self._op_create(wait))
        return sid

    async def wait_ready(self, secret_id: int, timeout: float | None = None) -> SecretState:
        st: SecretState = await self._run(self._op_wait_ready(secret_id, timeout))
        return st

    async def secret_state(self, secret_id: int) -> SecretState:
        st: SecretState = await self._run(self._op_state(secret_id))
        return st

    async def list_secrets(self, wallet: str | None = None) -> tuple[list[int], list[int]]:
        r: tuple[list[int], list[int]] = await self._run(self._op_list(wallet))
        return r

    async def set_delegate(self, secret_id: int, delegate: str) -> None:
        await self._run(self._op_tx("setDelegate(uint256,address)", ["uint256", "address"], [secret_id, delegate]))

    async def revoke_delegate(self, secret_id: int) -> None:
        await self.set_delegate(secret_id, chainops._ZERO)

    async def transfer(self, secret_id: int, new_owner: str) -> None:
        await self._run(self._op_tx("transferSecret(uint256,address)", ["uint256", "address"], [secret_id, new_owner]))

    async def public_key(self, secret_id: int) -> bytes:
        pk: bytes = await self._run(self._op_public_key(secret_id))
        return pk

    async def encrypt(self, secret_id: int, plaintext: bytes | str) -> tuple[bytes, bytes]:
        pt = plaintext.encode() if isinstance(plaintext, str) else plaintext
        r: tuple[bytes, bytes] = await self._run(self._op_encrypt(secret_id, pt))
        return r

    async def decrypt(self, secret_id: int, cifer: bytes, encrypted_message: bytes) -> bytes:
        r: bytes = await self._run(self._op_decrypt(secret_id, cifer, encrypted_message))
        return r

    async def encrypt_file(
        self,
        secret_id: int,
        src: IO[bytes],
        dst: IO[bytes],
        *,
        name: str | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> int:
        n: int = await self._run(self._op_encrypt_file_local(secret_id, src, dst, _file_name(src, name), progress))
        return n

    async def decrypt_file(
        self,
        secret_id: int,
        src: IO[bytes],
        dst: IO[bytes],
        *,
        name: str | None = None,
        progress: Callable[[str, int], None] | None = None,
    ) -> int:
        n: int = await self._run(self._op_decrypt_file(secret_id, src, dst, progress, _file_name(src, name)))
        return n

    async def encrypt_file_job(self, secret_id: int, src: IO[bytes], *, name: str | None = None) -> str:
        j: str = await self._run(self._op_encrypt_file_job(secret_id, src, _file_name(src, name)))
        return j

    async def download_encrypted(self, job_id: str, dst: IO[bytes]) -> None:
        await self._run(self._op_download_encrypted(job_id, dst))

    async def decrypt_existing_file(self, secret_id: int, encrypt_job_id: str) -> str:
        j: str = await self._run(self._op_decrypt_existing(secret_id, encrypt_job_id))
        return j

    async def download_decrypted(self, secret_id: int, job_id: str, dst: IO[bytes]) -> int:
        n: int = await self._run(self._op_download_decrypted(secret_id, job_id, dst, None))
        return n

    async def job(self, job_id: str) -> Job:
        j: Job = await self._run(self._op_job(job_id))
        return j

    async def wait_job(
        self, job_id: str, *, progress: Callable[[int], None] | None = None, timeout: float | None = None
    ) -> Job:
        j: Job = await self._run(self._op_wait_job(job_id, progress, timeout))
        return j

    async def list_jobs(self, *, include_expired: bool = False) -> list[Job]:
        j: list[Job] = await self._run(self._op_list_jobs(include_expired))
        return j

    async def delete_job(self, secret_id: int, job_id: str) -> None:
        await self._run(self._op_delete_job(secret_id, job_id))

    async def data_consumption(self) -> dict[str, Any]:
        """See :meth:`Client.data_consumption`."""
        d: dict[str, Any] = await self._run(self._op_data_consumption())
        return d


__all__ = ["AsyncClient", "ChainError", "Client", "Job", "encrypt_file_zip", "find_black_box"]
