// Signed-request strings of the CIFER wire format (COMPAT.md):
// `chainId_secretId_signer_blockNumber[_...]`, every field decimal except
// the 0x signer address.
import { CiferError } from './errors.js';

export interface RequestBase {
  chainId: bigint | number;
  secretId: bigint | number;
  signer: string;
  blockNumber: bigint | number;
}

function decimal(name: string, v: bigint | number): string {
  const b = BigInt(v);
  if (b < 0n || b >= 1n << 64n) throw new CiferError('format', `${name} ${b.toString()} outside 0..2^64-1`);
  return b.toString(10);
}

/** `chainId_secretId_signer_block`: secret-public-key, encrypt-file, decrypt-file, decrypt-existing-file. */
export function baseRequest(r: RequestBase): string {
  if (!/^0x[0-9a-fA-F]{40}$/.test(r.signer)) throw new CiferError('format', `signer ${r.signer} is not a 0x-prefixed address`);
  return [decimal('chainId', r.chainId), decimal('secretId', r.secretId), r.signer, decimal('blockNumber', r.blockNumber)].join('_');
}

/** encrypt-payload: the plaintext follows the fourth `_` and may contain `_` itself. */
export function encryptPayloadRequest(r: RequestBase, plainText: string): string {
  return `${baseRequest(r)}_${plainText}`;
}

/** decrypt-payload: exactly five fields; the message is hex or base64 and has no `_`. */
export function decryptPayloadRequest(r: RequestBase, encryptedMessage: string): string {
  if (encryptedMessage.includes('_')) throw new CiferError('format', 'encryptedMessage must not contain _');
  return `${baseRequest(r)}_${encryptedMessage}`;
}

function jobId(id: string): string {
  if (id === '' || id.includes('_')) throw new CiferError('format', `job id ${JSON.stringify(id)} is empty or contains _`);
  return id;
}

/** `..._<jobId>_download`: downloading a decrypt job's result. */
export function jobDownloadRequest(r: RequestBase, id: string): string {
  return `${baseRequest(r)}_${jobId(id)}_download`;
}

/** `..._<jobId>_delete`: deleting a job. */
export function jobDeleteRequest(r: RequestBase, id: string): string {
  return `${baseRequest(r)}_${jobId(id)}_delete`;
}

/** `chainId_0_signer_block`: listing jobs and data consumption (secret id 0). */
export function walletRequest(r: Omit<RequestBase, 'secretId'>): string {
  return baseRequest({ ...r, secretId: 0 });
}

export interface ParsedRequest {
  chainId: bigint;
  secretId: bigint;
  signer: string;
  blockNumber: bigint;
  /** Everything after the fourth `_`, or undefined when there is none. */
  tail?: string;
}

const canonical = /^(0|[1-9][0-9]*)$/;

/** Splits a request string as the server does (canonical decimals only). */
export function parseRequest(data: string): ParsedRequest {
  const parts = data.split('_');
  if (parts.length < 4) throw new CiferError('format', 'expected chainId_secretId_signer_blockNumber');
  const [c = '', s = '', signer = '', b = ''] = parts;
  for (const [name, v] of [['chainId', c], ['secretId', s], ['blockNumber', b]] as const) {
    if (!canonical.test(v) || BigInt(v) >= 1n << 64n) throw new CiferError('format', `${name} ${JSON.stringify(v)} is not a decimal number`);
  }
  if (!/^0x[0-9a-fA-F]{40}$/i.test(signer)) throw new CiferError('format', `signer ${JSON.stringify(signer)} is not a 0x-prefixed address`);
  const out: ParsedRequest = { chainId: BigInt(c), secretId: BigInt(s), signer, blockNumber: BigInt(b) };
  if (parts.length > 4) out.tail = parts.slice(4).join('_');
  return out;
}
