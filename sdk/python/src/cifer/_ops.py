"""One implementation, two drivers.

Every network operation is written once, as a generator that yields what it
needs done (an HTTP call, a JSON-RPC call, a pause) and receives the answer.
:func:`run_sync` drives it with an ``httpx.Client``, :func:`run_async` with
an ``httpx.AsyncClient``, so the synchronous API and its async twins cannot
drift apart.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import IO, Any, TypeVar

import httpx

from .errors import ChainError, CiferError

T = TypeVar("T")


@dataclass
class Http:
    """An HTTP call. With ``sink`` the body streams into it (``progress``
    gets the running byte count) and the answer's ``body`` is empty."""

    method: str
    url: str
    json: Any = None
    data: dict[str, str] | None = None
    files: dict[str, tuple[str, IO[bytes], str]] | None = None
    sink: IO[bytes] | None = None
    progress: Callable[[int], None] | None = None
    timeout: float | None = None


@dataclass
class HttpAnswer:
    status: int
    headers: dict[str, str]
    body: bytes = b""


@dataclass
class Rpc:
    """A JSON-RPC call to the chain endpoint."""

    url: str
    method: str
    params: list[Any] = field(default_factory=list)


@dataclass
class Sleep:
    seconds: float


Call = Http | Rpc | Sleep
Op = Generator[Call, Any, T]

_rpc_id = 0


def _rpc_body(c: Rpc) -> dict[str, Any]:
    global _rpc_id
    _rpc_id += 1
    return {"jsonrpc": "2.0", "id": _rpc_id, "method": c.method, "params": c.params}


def _rpc_result(c: Rpc, r: httpx.Response) -> Any:
    try:
        doc = r.json()
    except ValueError as e:
        raise ChainError(f"{c.method}: HTTP {r.status_code}, not JSON") from e
    if not isinstance(doc, dict):
        raise ChainError(f"{c.method}: unexpected answer")
    if doc.get("error"):
        err = doc["error"]
        msg = str(err.get("message", err)) if isinstance(err, dict) else str(err)
        reason = msg.split("execution reverted:", 1)[1].strip() if "execution reverted:" in msg else ""
        raise ChainError(f"{c.method}: {msg}", reason=reason)
    return doc.get("result")


def _answer(r: httpx.Response, body: bytes) -> HttpAnswer:
    return HttpAnswer(r.status_code, {k.lower(): v for k, v in r.headers.items()}, body)


def run_sync(op: Op[T], client: httpx.Client) -> T:
    """Runs op to its end with a blocking client."""
    reply: Any = None
    try:
        while True:
            call = op.send(reply)
            try:
                if isinstance(call, Sleep):
                    time.sleep(call.seconds)
                    reply = None
                elif isinstance(call, Rpc):
                    reply = _rpc_result(call, client.post(call.url, json=_rpc_body(call)))
                elif call.sink is None:
                    r = client.request(
                        call.method, call.url, json=call.json, data=call.data, files=call.files, timeout=call.timeout
                    )
                    reply = _answer(r, r.content)
                else:
                    with client.stream(call.method, call.url, json=call.json, timeout=call.timeout) as r:
                        if r.status_code != 200:
                            reply = _answer(r, r.read())
                        else:
                            n = 0
                            for chunk in r.iter_bytes():
                                call.sink.write(chunk)
                                n += len(chunk)
                                if call.progress:
                                    call.progress(n)
                            reply = _answer(r, b"")
            except httpx.HTTPError as e:
                raise CiferError(
                    f"{getattr(call, 'method', '')} {getattr(call, 'url', '')}: {e}", kind="network"
                ) from e
    except StopIteration as stop:
        result: T = stop.value
        return result


async def run_async(op: Op[T], client: httpx.AsyncClient) -> T:
    """Runs op to its end with an async client."""
    reply: Any = None
    try:
        while True:
            call = op.send(reply)
            try:
                if isinstance(call, Sleep):
                    await asyncio.sleep(call.seconds)
                    reply = None
                elif isinstance(call, Rpc):
                    reply = _rpc_result(call, await client.post(call.url, json=_rpc_body(call)))
                elif call.sink is None:
                    r = await client.request(
                        call.method, call.url, json=call.json, data=call.data, files=call.files, timeout=call.timeout
                    )
                    reply = _answer(r, r.content)
                else:
                    async with client.stream(call.method, call.url, json=call.json, timeout=call.timeout) as r:
                        if r.status_code != 200:
                            reply = _answer(r, await r.aread())
                        else:
                            n = 0
                            async for chunk in r.aiter_bytes():
                                call.sink.write(chunk)
                                n += len(chunk)
                                if call.progress:
                                    call.progress(n)
                            reply = _answer(r, b"")
            except httpx.HTTPError as e:
                raise CiferError(
                    f"{getattr(call, 'method', '')} {getattr(call, 'url', '')}: {e}", kind="network"
                ) from e
    except StopIteration as stop:
        result: T = stop.value
        return result
