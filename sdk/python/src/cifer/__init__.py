"""CIFER Python SDK: local post-quantum encryption to a secret's public key,
secrets on chain (create, delegate, revoke, transfer), and decryption through
the network's Black Box HTTP API.

Quick start::

    from cifer import Client
    with Client("http://127.0.0.1:8080", private_key="0x...") as c:
        sid = c.create_secret()              # waits until the key is ready
        cifer, msg = c.encrypt(sid, "hello")  # local: nothing leaves in clear
        assert c.decrypt(sid, cifer, msg) == b"hello"
"""

from .chain import ChainInfo, SecretState
from .client import AsyncClient, Client, Job, encrypt_file_zip, find_black_box
from .envelope import Binding
from .errors import (
    ChainError,
    CIDMismatchError,
    CiferError,
    DecryptError,
    FileFormatError,
    FormatError,
    JobFailedError,
    NotReadyError,
    RefusedError,
    RequestFormatError,
    WaitTimeoutError,
)

__version__ = "0.1.0"

__all__ = [
    "AsyncClient",
    "Binding",
    "CIDMismatchError",
    "ChainError",
    "ChainInfo",
    "CiferError",
    "Client",
    "DecryptError",
    "FileFormatError",
    "FormatError",
    "Job",
    "JobFailedError",
    "NotReadyError",
    "RefusedError",
    "RequestFormatError",
    "SecretState",
    "WaitTimeoutError",
    "__version__",
    "encrypt_file_zip",
    "find_black_box",
]
