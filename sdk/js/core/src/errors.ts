// Typed errors: callers branch on `code`, never on message text.

export type ErrorCode =
  | 'empty_payload'
  | 'payload_too_large'
  | 'cifer_size'
  | 'decrypt'
  | 'public_key'
  | 'seed_size'
  | 'not_cifer_file'
  | 'header_corrupt'
  | 'wrong_secret'
  | 'truncated'
  | 'chunk_order'
  | 'spliced'
  | 'chunk_auth'
  | 'trailing_data'
  | 'signature'
  | 'signer_mismatch'
  | 'message_too_short'
  | 'cid_mismatch'
  | 'format'
  | 'shamir';

/** A local failure of a wire-format operation (no network involved). */
export class CiferError extends Error {
  override readonly name: string = 'CiferError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The kinds of refusal a server's answer is sorted into. */
export type RefusalKind =
  | 'block_too_old'
  | 'block_in_future'
  | 'chain_unsupported'
  | 'not_ready'
  | 'not_authorized'
  | 'not_found'
  | 'unavailable'
  | 'bad_request'
  | 'server';

/**
 * A refusal by a Black Box: the HTTP status, the server's exact `error`
 * text, and the kind it was sorted into (COMPAT.md's texts and statuses).
 */
export class RefusalError extends Error {
  override readonly name: string = 'RefusalError';
  constructor(
    readonly status: number,
    readonly serverMessage: string,
    readonly kind: RefusalKind,
    readonly endpoint: string,
    /** The server's refusal code (`code` in the answer) when it sends one. */
    readonly code?: string,
  ) {
    super(`${endpoint}: ${status} ${serverMessage}`);
  }
}

/** Sorts a Black Box refusal by COMPAT.md's texts, then by status. */
export function classifyRefusal(status: number, message: string, code?: string): RefusalKind {
  switch (code) {
    case 'block_too_old':
    case 'block_in_future':
    case 'chain_unsupported':
      return code;
    default:
  }
  if (/Block number \d+ is too old/.test(message)) return 'block_too_old';
  if (/Block number \d+ is in the future/.test(message)) return 'block_in_future';
  if (/Chain -?\d+ is not supported/.test(message)) return 'chain_unsupported';
  if (/is syncing|not ready/i.test(message)) return 'not_ready';
  switch (status) {
    case 401:
    case 403:
      return 'not_authorized';
    case 404:
      return 'not_found';
    case 503:
      return 'unavailable';
    default:
      return status >= 500 ? 'server' : 'bad_request';
  }
}

/** A JSON-RPC failure or a reverted transaction. */
export class ChainError extends Error {
  override readonly name: string = 'ChainError';
  constructor(
    message: string,
    readonly rpcCode?: number,
  ) {
    super(message);
  }
}
