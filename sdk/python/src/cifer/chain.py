"""The SecretsController over JSON-RPC (COMPAT.md): reads, and transactions
signed locally with eth-account. Operations are generators (see _ops)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from eth_abi.abi import decode, encode
from eth_account import Account
from eth_utils.address import to_checksum_address
from eth_utils.crypto import keccak

from ._ops import Op, Rpc, Sleep
from .errors import ChainError, WaitTimeoutError

_ZERO = "0x0000000000000000000000000000000000000000"


def selector(signature: str) -> bytes:
    return keccak(text=signature)[:4]


def topic(signature: str) -> str:
    return "0x" + keccak(text=signature).hex()


SECRET_CREATED = topic("SecretCreated(uint256,address,uint8)")


@dataclass(frozen=True)
class SecretState:
    owner: str
    delegate: str | None  # None when no delegate is set
    is_syncing: bool
    cluster_id: int
    secret_type: int
    public_key_cid: str

    @property
    def ready(self) -> bool:
        """Ready as clients judge it: not syncing and a CID published."""
        return not self.is_syncing and self.public_key_cid != ""


@dataclass(frozen=True)
class ChainInfo:
    chain_id: int
    rpc_url: str
    controller: str
    block_time_ms: int
    registry: str = ""


def _hex(n: int) -> str:
    return hex(n)


def call(chain: ChainInfo, sig: str, types: list[str], args: list[Any], out: list[str]) -> Op[tuple[Any, ...]]:
    data = "0x" + (selector(sig) + encode(types, args)).hex()
    raw = yield Rpc(chain.rpc_url, "eth_call", [{"to": chain.controller, "data": data}, "latest"])
    return tuple(decode(out, bytes.fromhex(str(raw)[2:])))


def is_elected(chain: ChainInfo, enclave_wallet: str) -> Op[bool]:
    """Whether the registry names enclave_wallet an elected Black Box of the
    current epoch (only an elected one can gather shares to decrypt)."""
    data = "0x" + (selector("isElectedBlackBox(address)") + encode(["address"], [enclave_wallet])).hex()
    raw = yield Rpc(chain.rpc_url, "eth_call", [{"to": chain.registry, "data": data}, "latest"])
    (ok,) = decode(["bool"], bytes.fromhex(str(raw)[2:]))
    return bool(ok)


def block_number(chain: ChainInfo) -> Op[int]:
    raw = yield Rpc(chain.rpc_url, "eth_blockNumber")
    return int(str(raw), 16)


def secret_state(chain: ChainInfo, secret_id: int) -> Op[SecretState]:
    try:
        owner, delegate, syncing, cluster, stype, cid = yield from call(
            chain,
            "getSecretState(uint256)",
            ["uint256"],
            [secret_id],
            ["address", "address", "bool", "uint8", "uint8", "string"],
        )
    except ChainError as e:
        if "Secret not found" in str(e):
            raise ChainError(f"secret {secret_id} not found", reason="Secret not found") from e
        raise
    d = to_checksum_address(delegate)
    return SecretState(
        to_checksum_address(owner), None if d == _ZERO else d, bool(syncing), int(cluster), int(stype), str(cid)
    )


def secrets_of(chain: ChainInfo, wallet: str) -> Op[tuple[list[int], list[int]]]:
    owned, delegated = yield from call(
        chain, "getSecretsByWallet(address)", ["address"], [wallet], ["uint256[]", "uint256[]"]
    )
    return sorted(int(x) for x in owned), sorted(int(x) for x in delegated)


def transact(
    chain: ChainInfo, key: bytes, sig: str, types: list[str], args: list[Any], value: int, timeout: float
) -> Op[dict[str, Any]]:
    """Sends a transaction to the controller and waits for its receipt;
    a revert raises :class:`ChainError` with the reason."""
    sender = Account.from_key(key).address
    data = "0x" + (selector(sig) + encode(types, args)).hex()
    tx: dict[str, Any] = {"from": sender, "to": chain.controller, "data": data, "value": _hex(value)}
    # estimateGas runs the call first, so a revert comes back with its reason
    # before anything is spent.
    gas = int(str((yield Rpc(chain.rpc_url, "eth_estimateGas", [tx]))), 16)
    price = int(str((yield Rpc(chain.rpc_url, "eth_gasPrice"))), 16)
    nonce = int(str((yield Rpc(chain.rpc_url, "eth_getTransactionCount", [sender, "pending"]))), 16)
    signed = Account.sign_transaction(
        {
            "to": to_checksum_address(chain.controller),
            "data": data,
            "value": value,
            "gas": gas + gas // 5,
            "gasPrice": price,
            "nonce": nonce,
            "chainId": chain.chain_id,
        },
        key,
    )
    txh = yield Rpc(chain.rpc_url, "eth_sendRawTransaction", ["0x" + signed.raw_transaction.hex().removeprefix("0x")])
    deadline = time.monotonic() + timeout
    while True:
        receipt = yield Rpc(chain.rpc_url, "eth_getTransactionReceipt", [txh])
        if receipt:
            if int(str(receipt["status"]), 16) != 1:
                raise ChainError(f"transaction {txh} reverted")
            r: dict[str, Any] = receipt
            return r
        if time.monotonic() > deadline:
            raise WaitTimeoutError(f"transaction {txh} not mined within {timeout:.0f}s")
        yield Sleep(min(0.1, chain.block_time_ms / 4000))


def create_secret(chain: ChainInfo, key: bytes, timeout: float) -> Op[int]:
    (fee,) = yield from call(chain, "secretCreationFee()", [], [], ["uint256"])
    receipt = yield from transact(chain, key, "createSecret()", [], [], int(fee), timeout)
    for log in receipt.get("logs", []):
        if (
            log["topics"]
            and log["topics"][0].lower() == SECRET_CREATED
            and log["address"].lower() == chain.controller.lower()
        ):
            return int(log["topics"][1], 16)
    raise ChainError("createSecret mined without a SecretCreated event")


def wait_ready(chain: ChainInfo, secret_id: int, timeout: float) -> Op[SecretState]:
    deadline = time.monotonic() + timeout
    while True:
        st = yield from secret_state(chain, secret_id)
        if st.ready:
            return st
        if time.monotonic() > deadline:
            raise WaitTimeoutError(f"secret {secret_id} not ready within {timeout:.0f}s")
        yield Sleep(chain.block_time_ms / 1000)
