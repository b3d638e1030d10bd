"""Typed errors of the SDK.

Every error is a :class:`CiferError`. Local format errors carry a short
``kind`` (the same strings as the ``error`` field of the cross-language test
vectors); refusals from a Black Box carry the server's ``code`` (the
``code`` field of an HTTP error body, ``request.Code`` on the Go side) and
HTTP status, so callers branch on ``err.code`` instead of parsing messages.
"""

from __future__ import annotations

# The refusal codes a node sends (request/refusal.go, docs/HTTP-API.md);
# RefusedError.code is one of them, or "" from a server that sends none.
REFUSAL_CODES = frozenset(
    {
        "bad_request",
        "format",
        "chain_unsupported",
        "block_too_old",
        "block_in_future",
        "unauthenticated",
        "signature",
        "signer_mismatch",
        "not_authorized",
        "syncing",
        "secret_type",
        "not_found",
        "expired",
        "conflict",
        "too_large",
        "body_timeout",
        "replay",
        "used_elsewhere",
        "not_decrypt_request",
        "rate_limited",
        "not_elected",
        "wrong_custodian",
        "share_conflict",
        "other_key_registered",
        "stale_record",
        "not_enough_shares",
        "decrypt_failed",
        "unavailable",
        "timeout",
        "internal",
    }
)


class CiferError(Exception):
    """Base of every error the SDK raises."""

    kind: str = "cifer"

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        if kind is not None:
            self.kind = kind


class FormatError(CiferError):
    """Bytes that are not what they claim to be (a local check failed)."""


class DecryptError(FormatError):
    """An envelope, file or HPKE message does not open: wrong key, wrong
    chain or secret binding, or altered bytes (AES-GCM cannot tell them
    apart)."""

    kind = "decrypt"


class FileFormatError(FormatError):
    """A streaming file does not open; ``kind`` says how (``truncated``,
    ``chunk_order``, ``spliced``, ``chunk_auth``, ``trailing_data``,
    ``wrong_secret``, ``not_cifer_file``, ``header_corrupt``)."""


class CIDMismatchError(FormatError):
    """A public key does not hash to the CID registered on chain."""

    kind = "cid_mismatch"


class RequestFormatError(FormatError):
    """A request string or signature is malformed (``format``,
    ``signature``) or names another signer (``signer_mismatch``)."""


class ChainError(CiferError):
    """A JSON-RPC call failed, or a transaction reverted (``reason`` holds
    the revert string, e.g. ``Not secret owner``)."""

    kind = "chain"

    def __init__(self, message: str, *, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


class NotReadyError(CiferError):
    """The secret is still syncing: its key is being made."""

    kind = "syncing"


class WaitTimeoutError(CiferError):
    """A wait ran past its deadline."""

    kind = "timeout"


class RefusedError(CiferError):
    """A Black Box refused a request. ``code`` is the server's refusal code
    (``block_too_old``, ``not_authorized``, ``replay``, ``rate_limited``,
    ...; empty when the server sent none), ``status`` the HTTP status,
    ``server_message`` the server's own text."""

    kind = "refused"

    def __init__(self, status: int, code: str, server_message: str, *, retry_after: float | None = None) -> None:
        super().__init__(f"black box refused ({status} {code or 'no code'}): {server_message}")
        self.status = status
        self.code = code
        self.server_message = server_message
        self.retry_after = retry_after


class JobFailedError(CiferError):
    """A file job ended failed or expired instead of completed."""

    kind = "job_failed"

    def __init__(self, job_id: str, status: str, message: str) -> None:
        super().__init__(f"job {job_id} {status}: {message}")
        self.job_id = job_id
        self.status = status


__all__ = [
    "REFUSAL_CODES",
    "CIDMismatchError",
    "ChainError",
    "CiferError",
    "DecryptError",
    "FileFormatError",
    "FormatError",
    "JobFailedError",
    "NotReadyError",
    "RefusedError",
    "RequestFormatError",
    "WaitTimeoutError",
]
