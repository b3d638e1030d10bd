"""Signed request strings (COMPAT.md): ``chainId_secretId_signer_block[_...]``
signed with EIP-191 ``personal_sign``.

Signatures are deterministic (RFC 6979), so a retry in the same block is a
byte-identical request, as the Go client's and the existing SDK's are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eth_keys.datatypes import PrivateKey, Signature
from eth_keys.exceptions import BadSignature
from eth_utils.address import to_checksum_address
from eth_utils.crypto import keccak
from eth_utils.exceptions import ValidationError

from .errors import RequestFormatError

_DECIMAL = re.compile(r"(0|[1-9][0-9]*)\Z")
_ADDRESS = re.compile(r"0[xX][0-9a-fA-F]{40}\Z")
MAX_DATA_LEN = 64 << 10


def format_request(chain_id: int, secret_id: int, signer: str, block: int, *tail: str) -> str:
    """Joins the fields with ``_`` (the signer in EIP-55 form, as Go's
    ``request.Format``)."""
    return "_".join([str(chain_id), str(secret_id), to_checksum_address(signer), str(block), *tail])


@dataclass(frozen=True)
class Request:
    data: str
    chain_id: int
    secret_id: int
    signer: str  # EIP-55
    block: int
    tail: str | None  # None when there is no fifth field


def _uint(s: str, what: str) -> int:
    if not _DECIMAL.match(s) or int(s) >= 1 << 64:
        raise RequestFormatError(f"invalid data format: {what} {s!r} is not a decimal number", kind="format")
    return int(s)


def parse_request(data: str) -> Request:
    """Splits a request string into its four leading fields and the tail."""
    if len(data.encode()) > MAX_DATA_LEN:
        raise RequestFormatError(f"invalid data format: data exceeds {MAX_DATA_LEN} bytes", kind="format")
    parts = data.split("_", 4)
    if len(parts) < 4:
        raise RequestFormatError("invalid data format: expected chainId_secretId_signer_blockNumber", kind="format")
    if not _ADDRESS.match(parts[2]):
        raise RequestFormatError(
            f"invalid data format: signer {parts[2]!r} is not a 0x-prefixed address", kind="format"
        )
    return Request(
        data=data,
        chain_id=_uint(parts[0], "chainId"),
        secret_id=_uint(parts[1], "secretId"),
        signer=to_checksum_address(parts[2].lower()),
        block=_uint(parts[3], "blockNumber"),
        tail=parts[4] if len(parts) == 5 else None,
    )


def utf16_length(s: str) -> int:
    """UTF-16 code units of s, as a JavaScript string's length."""
    return len(s.encode("utf-16-le")) // 2


def eip191_hash(data: str, length: int | None = None) -> bytes:
    """keccak256 of the EIP-191 personal message; ``length`` defaults to the
    UTF-8 byte length (the standard)."""
    raw = data.encode()
    n = len(raw) if length is None else length
    return keccak(b"\x19Ethereum Signed Message:\n" + str(n).encode() + raw)


def _sign_hash(private_key: bytes, digest: bytes) -> str:
    raw = PrivateKey(private_key).sign_msg_hash(digest).to_bytes()  # r || s || v (0/1)
    return "0x" + raw[:64].hex() + bytes([raw[64] + 27]).hex()


def sign(data: str, private_key: bytes) -> str:
    """The standard EIP-191 signature of data (0x hex, v = 27/28)."""
    return _sign_hash(private_key, eip191_hash(data))


def sign_utf16_variant(data: str, private_key: bytes) -> str:
    """The signature the widely used JavaScript client produces, whose length
    prefix counts UTF-16 units; equal to :func:`sign` for ASCII data. Only
    for interoperability tests: send :func:`sign`'s."""
    return _sign_hash(private_key, eip191_hash(data, utf16_length(data)))


def _decode_signature(signature: str) -> Signature:
    s = signature[2:] if signature[:2] in ("0x", "0X") else signature
    if len(s) != 130:
        raise RequestFormatError("invalid signature: expected 65 bytes of hex", kind="signature")
    try:
        raw = bytearray(bytes.fromhex(s))
    except ValueError as e:
        raise RequestFormatError("invalid signature: not hex", kind="signature") from e
    if raw[64] in (27, 28):
        raw[64] -= 27
    elif raw[64] not in (0, 1):
        raise RequestFormatError(f"invalid signature: recovery id {raw[64]}", kind="signature")
    try:
        return Signature(bytes(raw))
    except (BadSignature, ValidationError) as e:
        raise RequestFormatError(f"invalid signature: {e}", kind="signature") from e


def recover_signer(digest: bytes, signature: str) -> str:
    """The EIP-55 address that made signature over digest."""
    sig = _decode_signature(signature)
    try:
        return to_checksum_address(sig.recover_public_key_from_msg_hash(digest).to_canonical_address())
    except (BadSignature, ValidationError) as e:
        raise RequestFormatError(f"invalid signature: {e}", kind="signature") from e


def verify_request(data: str, signature: str) -> Request:
    """Parses data and checks the signature is its signer's, accepting the
    UTF-16-length variant for non-ASCII data as the network does."""
    r = parse_request(data)
    recovered = recover_signer(eip191_hash(data), signature)
    if recovered == r.signer:
        return r
    if not data.isascii() and recover_signer(eip191_hash(data, utf16_length(data)), signature) == r.signer:
        return r
    raise RequestFormatError(
        f"signature does not match signer: recovered {recovered}, data names {r.signer}", kind="signer_mismatch"
    )
