// EIP-191 personal_sign over request strings, and signer recovery.
//
// The standard prefix counts the message's UTF-8 bytes. One widely used
// client counts UTF-16 code units instead (a JavaScript string's length), so
// its signatures over non-ASCII text differ; the 'utf16' form reproduces it
// for compatibility. The server accepts both (request.VerifySignature).
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { concat, fromHex, toHex, utf8 } from './bytes.js';
import { CiferError } from './errors.js';
import { type ParsedRequest, parseRequest } from './request.js';

export type PrefixForm = 'standard' | 'utf16';

/** keccak256("\x19Ethereum Signed Message:\n" + len + message). */
export function hashMessage(message: string, form: PrefixForm = 'standard'): Uint8Array {
  const body = utf8(message);
  const len = form === 'standard' ? body.length : message.length;
  return keccak_256(concat(utf8(`\x19Ethereum Signed Message:\n${len}`), body));
}

/** EIP-55 checksummed address of an uncompressed or compressed public key. */
export function publicKeyToAddress(publicKey: Uint8Array): string {
  const point = secp256k1.Point.fromBytes(publicKey);
  const raw = point.toBytes(false).subarray(1);
  return checksumAddress(toHex(keccak_256(raw).subarray(12)));
}

export function checksumAddress(address: string): string {
  const a = address.toLowerCase().replace(/^0x/, '');
  if (!/^[0-9a-f]{40}$/.test(a)) throw new CiferError('format', `${address} is not an address`);
  const h = toHex(keccak_256(utf8(a)));
  let out = '0x';
  for (let i = 0; i < 40; i++) {
    const ch = a.charAt(i);
    out += parseInt(h.charAt(i), 16) >= 8 ? ch.toUpperCase() : ch;
  }
  return out;
}

export function addressOf(privateKey: Uint8Array): string {
  return publicKeyToAddress(secp256k1.getPublicKey(privateKey, false));
}

/** Signs a 32-byte hash: r || s || v with v = 27/28 (RFC 6979, low s). */
export function signHash(privateKey: Uint8Array, hash: Uint8Array): { r: bigint; s: bigint; recovery: number; bytes: Uint8Array } {
  const rec = secp256k1.sign(hash, privateKey, { prehash: false, format: 'recovered' });
  // noble's recovered format is recovery || r || s.
  const recovery = rec[0] ?? 0;
  const rs = rec.subarray(1);
  const sig = secp256k1.Signature.fromBytes(rs, 'compact');
  return { r: sig.r, s: sig.s, recovery, bytes: concat(rs, new Uint8Array([27 + recovery])) };
}

/** The personal_sign signature of message as 0x hex (65 bytes). */
export function signMessage(privateKey: Uint8Array, message: string, form: PrefixForm = 'standard'): string {
  return `0x${toHex(signHash(privateKey, hashMessage(message, form)).bytes)}`;
}

function recoverFromHash(hash: Uint8Array, sig: Uint8Array): string {
  const v = sig[64] ?? 0;
  const recovery = v >= 27 ? v - 27 : v;
  if (recovery !== 0 && recovery !== 1) throw new CiferError('signature', `recovery id ${v}`);
  const rec = concat(new Uint8Array([recovery]), sig.subarray(0, 64));
  const pub = secp256k1.recoverPublicKey(rec, hash, { prehash: false });
  return publicKeyToAddress(pub);
}

function decodeSignature(signature: string): Uint8Array {
  let sig: Uint8Array;
  try {
    sig = fromHex(signature);
  } catch {
    throw new CiferError('signature', 'signature is not hex');
  }
  if (sig.length !== 65) throw new CiferError('signature', `signature is ${sig.length} bytes, want 65`);
  return sig;
}

/** The checksummed address that signed message in the given form. */
export function recoverAddress(message: string, signature: string, form: PrefixForm = 'standard'): string {
  const sig = decodeSignature(signature);
  try {
    return recoverFromHash(hashMessage(message, form), sig);
  } catch (e) {
    if (e instanceof CiferError) throw e;
    throw new CiferError('signature', `signature does not recover: ${String(e)}`);
  }
}

/**
 * Reports whether signature is `signer`'s personal_sign of message, in the
 * standard form or, for non-ASCII text, the UTF-16-length form — the rule
 * the server applies.
 */
export function verifyMessage(message: string, signature: string, signer: string): boolean {
  const want = signer.toLowerCase();
  // The two prefixes agree exactly when the text is ASCII.
  const forms: PrefixForm[] = utf8(message).length === message.length ? ['standard'] : ['standard', 'utf16'];
  for (const f of forms) {
    try {
      if (recoverAddress(message, signature, f).toLowerCase() === want) return true;
    } catch {
      // try the next form
    }
  }
  return false;
}

/**
 * Parses a signed request and checks its signature as the server does;
 * throws CiferError with code format, signature or signer_mismatch.
 */
export function verifyRequest(data: string, signature: string): ParsedRequest {
  const req = parseRequest(data);
  const recovered = recoverAddress(data, signature);
  if (recovered.toLowerCase() === req.signer.toLowerCase() || verifyMessage(data, signature, req.signer)) return req;
  throw new CiferError('signer_mismatch', `recovered ${recovered}, data names ${req.signer}`);
}
