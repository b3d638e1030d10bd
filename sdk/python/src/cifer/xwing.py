"""Opening answers wrapped to a client's ephemeral key: HPKE (RFC 9180) base
mode, single shot, with KEM X-Wing (X25519 + ML-KEM-768, id 0x647a),
HKDF-SHA256 and AES-256-GCM, as the Go ``enclave.SealTo``.

pyca/cryptography's own HPKE takes no associated data, which the network's
messages may carry, so the key schedule is written out here (RFC 9180
section 5.1) over cryptography's ML-KEM, X25519, HMAC and AES-GCM.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import DecryptError

SEED_SIZE = 32
PUBLIC_KEY_SIZE = 1216
ENC_SIZE = 1120  # ML-KEM-768 ciphertext (1088) || X25519 ephemeral key (32)
_KEM_ID = 0x647A
_KDF_ID = 0x0001
_AEAD_ID = 0x0002
_LABEL = b"\\.//^\\"
_SUITE = b"HPKE" + struct.pack(">HHH", _KEM_ID, _KDF_ID, _AEAD_ID)


class XWingPrivateKey:
    """An X-Wing private key from its 32-byte seed (SHAKE256-expanded into
    the ML-KEM-768 seed and the X25519 secret)."""

    def __init__(self, seed: bytes) -> None:
        if len(seed) != SEED_SIZE:
            raise ValueError(f"X-Wing seed must be {SEED_SIZE} bytes")
        expanded = hashlib.shake_256(seed).digest(96)
        self._m = MLKEM768PrivateKey.from_seed_bytes(expanded[:64])
        self._x = X25519PrivateKey.from_private_bytes(expanded[64:])
        self._xpk = self._x.public_key().public_bytes_raw()
        self.public_key = self._m.public_key().public_bytes_raw() + self._xpk

    @staticmethod
    def generate() -> XWingPrivateKey:
        """A fresh ephemeral key (its public half goes to the Black Box)."""
        return XWingPrivateKey(os.urandom(SEED_SIZE))

    def decapsulate(self, enc: bytes) -> bytes:
        """The X-Wing shared secret of an encapsulation."""
        if len(enc) != ENC_SIZE:
            raise DecryptError(f"X-Wing encapsulation must be {ENC_SIZE} bytes")
        ss_m = self._m.decapsulate(enc[:1088])
        ct_x = enc[1088:]
        try:
            ss_x = self._x.exchange(X25519PublicKey.from_public_bytes(ct_x))
        except ValueError as e:  # an all-zero shared secret
            raise DecryptError("cannot open transport message") from e
        return hashlib.sha3_256(ss_m + ss_x + ct_x + self._xpk + _LABEL).digest()


def _extract(salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return hmac.new(salt or bytes(32), b"HPKE-v1" + _SUITE + label + ikm, hashlib.sha256).digest()


def _expand(prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    labeled = struct.pack(">H", length) + b"HPKE-v1" + _SUITE + label + info
    out, t, i = b"", b"", 1
    while len(out) < length:
        t = hmac.new(prk, t + labeled + bytes([i]), hashlib.sha256).digest()
        out += t
        i += 1
    return out[:length]


def open_message(key: XWingPrivateKey, message: bytes, info: bytes = b"", aad: bytes = b"") -> bytes:
    """Opens ``enc || ciphertext`` sealed to key's public key with info and
    aad; raises :class:`DecryptError` when it does not open."""
    if len(message) < ENC_SIZE:
        raise DecryptError(
            f"cannot open transport message: {len(message)} bytes is shorter than the encapsulation",
            kind="message_too_short",
        )
    shared = key.decapsulate(message[:ENC_SIZE])
    # Base mode: psk and psk_id empty.
    psk_id_hash = _extract(b"", b"psk_id_hash", b"")
    info_hash = _extract(b"", b"info_hash", info)
    context = b"\x00" + psk_id_hash + info_hash
    secret = _extract(shared, b"secret", b"")
    aead_key = _expand(secret, b"key", context, 32)
    base_nonce = _expand(secret, b"base_nonce", context, 12)
    try:
        return AESGCM(aead_key).decrypt(base_nonce, message[ENC_SIZE:], aad)
    except InvalidTag as e:
        raise DecryptError("cannot open transport message") from e
