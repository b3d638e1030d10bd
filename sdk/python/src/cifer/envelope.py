"""Local encryption: the payload envelope, the streaming file format and the
public-key CID (docs/PROTOCOL.md sections 1 to 3), byte-compatible with the
Go ``envelope`` package.

ML-KEM-768, AES-256-GCM and HKDF-SHA256 come from pyca/cryptography.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey, MLKEM768PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import CIDMismatchError, DecryptError, FileFormatError, FormatError

SEED_SIZE = 64
PUBLIC_KEY_SIZE = 1184
KEM_CIPHERTEXT_SIZE = 1088
GCM_TAG_SIZE = 16
CIFER_SIZE = KEM_CIPHERTEXT_SIZE + GCM_TAG_SIZE  # 1104
MAX_PAYLOAD_SIZE = 16384

_PAYLOAD_LABEL = b"CIFER-payload-v1"
_FILE_LABEL = b"CIFER-file-v1"
_FILE_MAGIC = b"CIFERSTR"
_FILE_VERSION = 1
FILE_ID_SIZE = 16
FILE_HEADER_SIZE = 8 + 1 + 1 + 4 + 8 + 32 + FILE_ID_SIZE + KEM_CIPHERTEXT_SIZE + GCM_TAG_SIZE  # 1174
FILE_KEY_SIZE = 64
_FRAME_SIZE = FILE_ID_SIZE + 8 + 1 + 4
_FLAG_LAST = 0x01
DEFAULT_CHUNK_SIZE = 64 << 20
MAX_CHUNK_SIZE = 256 << 20
_MAX_UINT64 = (1 << 64) - 1

# An encapsulation: (public key bytes) -> (KEM ciphertext, shared secret).
# Production uses ML-KEM's own randomness; tests pass a deterministic one to
# reproduce the vectors byte for byte.
Encapsulate = Callable[[bytes], tuple[bytes, bytes]]


@dataclass(frozen=True)
class Binding:
    """The secret an envelope is made for; bound into the key derivation, so
    an envelope for one chain or secret does not open for another."""

    chain_id: int
    secret_id: int

    def __post_init__(self) -> None:
        if not (0 <= self.chain_id <= _MAX_UINT64 and 0 <= self.secret_id <= _MAX_UINT64):
            raise FormatError("chain id and secret id must fit in 64 bits", kind="format")


def _binding_info(label: bytes, b: Binding) -> bytes:
    return label + b"\x00" + struct.pack(">Q", b.chain_id) + bytes(24) + struct.pack(">Q", b.secret_id)


def _hkdf(ikm: bytes, salt: bytes | None, info: bytes, length: int) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


# --- keys -------------------------------------------------------------------


def derive_key_pair(seed: bytes) -> tuple[bytes, MLKEM768PrivateKey]:
    """The ML-KEM-768 key pair of a 64-byte seed (d || z): the encoded public
    key and the private key."""
    if len(seed) != SEED_SIZE:
        raise FormatError(f"key seed must be {SEED_SIZE} bytes, got {len(seed)}", kind="seed_size")
    sk = MLKEM768PrivateKey.from_seed_bytes(seed)
    return sk.public_key().public_bytes_raw(), sk


def parse_public_key(b: bytes) -> MLKEM768PublicKey:
    """Decodes a 1184-byte public key (with the FIPS 203 modulus check).
    Decoding costs about as much as an encapsulation, so the last few keys
    are kept decoded."""
    return _parse_public_key(bytes(b))


@functools.lru_cache(maxsize=64)
def _parse_public_key(b: bytes) -> MLKEM768PublicKey:
    if len(b) != PUBLIC_KEY_SIZE:
        raise FormatError(f"not an ML-KEM-768 public key: {len(b)} bytes", kind="public_key")
    try:
        return MLKEM768PublicKey.from_public_bytes(b)
    except ValueError as e:
        raise FormatError(f"not an ML-KEM-768 public key: {e}", kind="public_key") from e


def public_key_cid(public_key: bytes) -> str:
    """CIDv1 (raw codec, sha2-256 multihash, base32 lower case): what
    markSecretSynced publishes and what a fetched key is checked against."""
    digest = hashlib.sha256(public_key).digest()
    raw = bytes([0x01, 0x55, 0x12, 0x20]) + digest
    return "b" + base64.b32encode(raw).decode("ascii").lower().rstrip("=")


def check_public_key_cid(public_key: bytes, cid: str) -> None:
    """Raises :class:`CIDMismatchError` unless the key hashes to ``cid``."""
    want = public_key_cid(public_key)
    if not hmac.compare_digest(want, cid):
        raise CIDMismatchError(f"public key does not match its CID: key hashes to {want}, registered {cid!r}")


def _default_encapsulate(public_key: bytes) -> tuple[bytes, bytes]:
    shared, ct = parse_public_key(public_key).encapsulate()
    return ct, shared


def _check_public_key(public_key: bytes) -> None:
    parse_public_key(public_key)


# --- payload envelope -------------------------------------------------------


def _payload_aead(shared: bytes, b: Binding) -> tuple[AESGCM, bytes]:
    okm = _hkdf(shared, None, _binding_info(_PAYLOAD_LABEL, b), 44)
    return AESGCM(okm[:32]), okm[32:]


def seal_with_shared(kem_ciphertext: bytes, shared: bytes, b: Binding, plaintext: bytes) -> tuple[bytes, bytes]:
    """The symmetric half of :func:`seal`, given an encapsulation already
    made: returns (cifer, encryptedMessage)."""
    if not plaintext:
        raise FormatError("payload is empty", kind="empty_payload")
    if len(plaintext) > MAX_PAYLOAD_SIZE:
        raise FormatError(f"payload exceeds {MAX_PAYLOAD_SIZE} bytes (use the file format)", kind="too_large")
    aead, nonce = _payload_aead(shared, b)
    sealed = aead.encrypt(nonce, plaintext, None)
    return kem_ciphertext + sealed[len(plaintext) :], sealed[: len(plaintext)]


def seal(
    public_key: bytes, b: Binding, plaintext: bytes, *, encapsulate: Encapsulate | None = None
) -> tuple[bytes, bytes]:
    """Encrypts 1..16384 bytes to a secret's public key. Returns ``cifer``
    (1104 bytes) and ``encryptedMessage`` (as long as the plaintext)."""
    _check_public_key(public_key)
    if not plaintext or len(plaintext) > MAX_PAYLOAD_SIZE:
        return seal_with_shared(b"", b"", b, plaintext)  # raises the size error
    ct, shared = (encapsulate or _default_encapsulate)(public_key)
    return seal_with_shared(ct, shared, b, plaintext)


def open_envelope(sk: MLKEM768PrivateKey, b: Binding, cifer: bytes, encrypted_message: bytes) -> bytes:
    """Decrypts an envelope with the secret's private key (tests and tools:
    a user's key lives only in the network's enclaves)."""
    if len(cifer) != CIFER_SIZE:
        raise FormatError(f"cifer must be exactly {CIFER_SIZE} bytes, got {len(cifer)}", kind="cifer_size")
    if not encrypted_message:
        raise FormatError("payload is empty", kind="empty_payload")
    if len(encrypted_message) > MAX_PAYLOAD_SIZE:
        raise FormatError(f"payload exceeds {MAX_PAYLOAD_SIZE} bytes", kind="too_large")
    shared = sk.decapsulate(cifer[:KEM_CIPHERTEXT_SIZE])
    aead, nonce = _payload_aead(shared, b)
    try:
        return aead.decrypt(nonce, encrypted_message + cifer[KEM_CIPHERTEXT_SIZE:], None)
    except InvalidTag as e:
        raise DecryptError("envelope does not open: wrong secret, wrong chain or secret id, or tampered data") from e


# --- streaming file format --------------------------------------------------


def _chunk_nonce(index: int, flags: int) -> bytes:
    return bytes(3) + struct.pack(">QB", index, flags)


def _frame(file_id: bytes, index: int, flags: int, sealed_len: int) -> bytes:
    return file_id + struct.pack(">QBI", index, flags, sealed_len)


def _file_keys(shared: bytes, b: Binding, file_id: bytes) -> bytes:
    return _hkdf(shared, file_id, _binding_info(_FILE_LABEL, b), FILE_KEY_SIZE)


@dataclass(frozen=True)
class FileHeader:
    """The parsed header of an encrypted file."""

    binding: Binding
    chunk_size: int
    file_id: bytes
    kem_ciphertext: bytes
    raw: bytes

    @staticmethod
    def parse(b: bytes) -> FileHeader:
        """Checks structure only; the tag is checked when a key opens it."""
        if len(b) >= 9 and (b[:8] != _FILE_MAGIC or b[8] != _FILE_VERSION):
            raise FileFormatError("not a CIFER encrypted file (bad magic or version)", kind="not_cifer_file")
        if len(b) < FILE_HEADER_SIZE:
            raise FileFormatError(f"encrypted file is truncated: header is {len(b)} bytes", kind="truncated")
        if b[9] != 0:
            raise FileFormatError(f"encrypted file header is malformed: reserved byte {b[9]}", kind="header_corrupt")
        (cs,) = struct.unpack(">I", b[10:14])
        if cs == 0 or cs > MAX_CHUNK_SIZE:
            raise FileFormatError(f"encrypted file header is malformed: chunk size {cs}", kind="header_corrupt")
        if b[22:46] != bytes(24):
            raise FileFormatError(
                "encrypted file header is malformed: secret id exceeds 64 bits", kind="header_corrupt"
            )
        (chain_id,) = struct.unpack(">Q", b[14:22])
        (secret_id,) = struct.unpack(">Q", b[46:54])
        return FileHeader(
            Binding(chain_id, secret_id), cs, b[54:70], b[70 : 70 + KEM_CIPHERTEXT_SIZE], b[:FILE_HEADER_SIZE]
        )

    def _check_binding(self, b: Binding) -> None:
        if self.binding != b:
            raise FileFormatError(
                f"file was made for chain {self.binding.chain_id} secret {self.binding.secret_id}, "
                f"not chain {b.chain_id} secret {b.secret_id}",
                kind="wrong_secret",
            )

    def _check_tag(self, key: bytes) -> None:
        body = FILE_HEADER_SIZE - GCM_TAG_SIZE
        try:
            AESGCM(key[32:]).decrypt(bytes(12), self.raw[body:], self.raw[:body])
        except InvalidTag as e:
            raise FileFormatError(
                "file was not encrypted to this secret (or its header was altered)", kind="wrong_secret"
            ) from e

    def file_key(self, sk: MLKEM768PrivateKey, b: Binding) -> bytes:
        """Decapsulates the header and returns this file's 64-byte key
        material after checking the header's tag."""
        self._check_binding(b)
        key = _file_keys(sk.decapsulate(self.kem_ciphertext), self.binding, self.file_id)
        self._check_tag(key)
        return key


class FileWriter:
    """Encrypts a stream to a public key, one chunk in memory at a time.
    ``close()`` must be called: it writes the last chunk, without which the
    file does not open."""

    def __init__(
        self,
        dst: IO[bytes],
        public_key: bytes,
        b: Binding,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        file_id: bytes | None = None,
        encapsulate: Encapsulate | None = None,
    ) -> None:
        if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
            raise FormatError(f"chunk size {chunk_size} outside 1..{MAX_CHUNK_SIZE}", kind="format")
        _check_public_key(public_key)
        self._dst = dst
        self._size = chunk_size
        self._file_id = file_id if file_id is not None else os.urandom(FILE_ID_SIZE)
        if len(self._file_id) != FILE_ID_SIZE:
            raise FormatError("file id must be 16 bytes", kind="format")
        ct, shared = (encapsulate or _default_encapsulate)(public_key)
        key = _file_keys(shared, b, self._file_id)
        self._chunks = AESGCM(key[:32])
        header = (
            _FILE_MAGIC
            + bytes([_FILE_VERSION, 0])
            + struct.pack(">IQ", chunk_size, b.chain_id)
            + bytes(24)
            + struct.pack(">Q", b.secret_id)
            + self._file_id
            + ct
        )
        header += AESGCM(key[32:]).encrypt(bytes(12), b"", header)
        dst.write(header)
        self.header = header
        self._buf = bytearray()
        self._index = 0
        self._closed = False
        self.written = len(header)

    def _seal(self, pt: bytes, flags: int) -> None:
        frame = _frame(self._file_id, self._index, flags, len(pt) + GCM_TAG_SIZE)
        sealed = self._chunks.encrypt(_chunk_nonce(self._index, flags), pt, frame)
        self._dst.write(frame)
        self._dst.write(sealed)
        self.written += len(frame) + len(sealed)
        self._index += 1

    def write(self, data: bytes) -> int:
        if self._closed:
            raise ValueError("write to closed file writer")
        view = memoryview(data)
        while view:
            if not self._buf and len(view) >= self._size:
                self._seal(bytes(view[: self._size]), 0)
                view = view[self._size :]
                continue
            take = min(self._size - len(self._buf), len(view))
            self._buf += view[:take]
            view = view[take:]
            if len(self._buf) == self._size:
                self._seal(bytes(self._buf), 0)
                self._buf.clear()
        return len(data)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._seal(bytes(self._buf), _FLAG_LAST)
        self._buf.clear()

    def __enter__(self) -> FileWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()


def encrypt_file(
    src: IO[bytes],
    dst: IO[bytes],
    public_key: bytes,
    b: Binding,
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Encrypts ``src`` to ``dst`` in the streaming format; returns the
    plaintext bytes read. ``progress`` gets the running plaintext count."""
    total = 0
    w = FileWriter(dst, public_key, b, chunk_size=chunk_size)
    step = min(chunk_size, 4 << 20)
    while block := src.read(step):
        w.write(block)
        total += len(block)
        if progress:
            progress(total)
    w.close()
    return total


def _read_exact(src: IO[bytes], n: int) -> bytes:
    out = bytearray()
    while len(out) < n:
        b = src.read(n - len(out))
        if not b:
            break
        out += b
    return bytes(out)


def iter_decrypt_file(
    src: IO[bytes], b: Binding, *, sk: MLKEM768PrivateKey | None = None, file_key: bytes | None = None
) -> Iterator[bytes]:
    """Yields authenticated plaintext chunk by chunk, with the secret's
    private key or the file's own key; raises :class:`FileFormatError` if the
    stream is altered or ends before its last chunk."""
    h = FileHeader.parse(_read_exact(src, FILE_HEADER_SIZE))
    if file_key is None:
        if sk is None:
            raise ValueError("give sk or file_key")
        key = h.file_key(sk, b)
    else:
        h._check_binding(b)
        if len(file_key) != FILE_KEY_SIZE:
            raise FileFormatError("file key must be 64 bytes", kind="wrong_secret")
        h._check_tag(file_key)
        key = file_key
    aead = AESGCM(key[:32])
    index = 0
    while True:
        frame = _read_exact(src, _FRAME_SIZE)
        if len(frame) < _FRAME_SIZE:
            raise FileFormatError(f"encrypted file is truncated (after {index} chunks)", kind="truncated")
        if frame[:FILE_ID_SIZE] != h.file_id:
            raise FileFormatError(
                f"encrypted file contains a chunk from another file (at chunk {index})", kind="spliced"
            )
        got, flags, n = struct.unpack(">QBI", frame[FILE_ID_SIZE:])
        if got != index:
            raise FileFormatError(
                f"encrypted file chunks are out of order: expected {index}, found {got}", kind="chunk_order"
            )
        if flags & ~_FLAG_LAST:
            raise FileFormatError(f"chunk {index} has unknown flags {flags:#x}", kind="chunk_auth")
        if (
            n < GCM_TAG_SIZE
            or n > h.chunk_size + GCM_TAG_SIZE
            or (not flags & _FLAG_LAST and n != h.chunk_size + GCM_TAG_SIZE)
        ):
            raise FileFormatError(f"chunk {index} claims {n} bytes", kind="chunk_auth")
        sealed = _read_exact(src, n)
        if len(sealed) < n:
            raise FileFormatError(f"encrypted file is truncated (inside chunk {index})", kind="truncated")
        try:
            pt = aead.decrypt(_chunk_nonce(index, flags), sealed, frame)
        except InvalidTag as e:
            raise FileFormatError(
                f"encrypted file chunk {index} does not authenticate (altered data)", kind="chunk_auth"
            ) from e
        index += 1
        if flags & _FLAG_LAST:
            if src.read(1):
                raise FileFormatError("encrypted file has data after its last chunk", kind="trailing_data")
            if pt:
                yield pt
            return
        yield pt


def decrypt_file(
    src: IO[bytes], dst: IO[bytes], b: Binding, *, sk: MLKEM768PrivateKey | None = None, file_key: bytes | None = None
) -> int:
    """Decrypts a whole stream into ``dst``; returns the plaintext size."""
    n = 0
    for chunk in iter_decrypt_file(src, b, sk=sk, file_key=file_key):
        dst.write(chunk)
        n += len(chunk)
    return n
