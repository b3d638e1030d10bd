// Opening messages sealed by the enclave's SealTo: HPKE (RFC 9180) base
// mode, single shot, with KEM X-Wing (0x647a), HKDF-SHA256 (0x0001) and
// AES-256-GCM (0x0002). A message is enc (the X-Wing ciphertext) || AEAD
// ciphertext. X-Wing's shared secret is used as HPKE's shared_secret
// directly, as the X-Wing draft specifies for HPKE.
import { gcm } from '@noble/ciphers/aes.js';
import { expand, extract } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { ml_kem768_x25519 } from '@noble/post-quantum/hybrid.js';
import { concat, uintBE, utf8, wipe } from './bytes.js';
import { CiferError } from './errors.js';

/** X-Wing ciphertext: ML-KEM-768 ciphertext (1088) || X25519 ephemeral (32). */
export const XWING_ENC_SIZE = 1120;
export const XWING_SEED_SIZE = 32;

const SUITE_ID = concat(utf8('HPKE'), uintBE(0x647an, 2), uintBE(0x0001n, 2), uintBE(0x0002n, 2));
const V1 = utf8('HPKE-v1');

function labeledExtract(salt: Uint8Array, label: string, ikm: Uint8Array): Uint8Array {
  return extract(sha256, concat(V1, SUITE_ID, utf8(label), ikm), salt);
}

function labeledExpand(prk: Uint8Array, label: string, info: Uint8Array, length: number): Uint8Array {
  return expand(sha256, prk, concat(uintBE(BigInt(length), 2), V1, SUITE_ID, utf8(label), info), length);
}

/** An ephemeral X-Wing key pair from a 32-byte seed (random when omitted). */
export function xwingKeyPair(seed?: Uint8Array): { publicKey: Uint8Array; secretKey: Uint8Array } {
  if (seed && seed.length !== XWING_SEED_SIZE) throw new CiferError('seed_size', `X-Wing seed must be ${XWING_SEED_SIZE} bytes`);
  return ml_kem768_x25519.keygen(seed);
}

/**
 * Opens an HPKE message sealed to the X-Wing key of secretKey (its 32-byte
 * seed) with the same info and aad the sender used.
 */
export function openSealed(secretKey: Uint8Array, message: Uint8Array, info: Uint8Array, aad: Uint8Array): Uint8Array {
  if (message.length < XWING_ENC_SIZE + 16) throw new CiferError('message_too_short', `message of ${message.length} bytes is shorter than the encapsulation and tag`);
  if (secretKey.length !== XWING_SEED_SIZE) throw new CiferError('seed_size', `X-Wing secret key must be its ${XWING_SEED_SIZE}-byte seed`);
  const shared = ml_kem768_x25519.decapsulate(message.subarray(0, XWING_ENC_SIZE), secretKey);
  const empty = new Uint8Array(0);
  const context = concat(new Uint8Array([0]), labeledExtract(empty, 'psk_id_hash', empty), labeledExtract(empty, 'info_hash', info));
  const secret = labeledExtract(shared, 'secret', empty);
  const key = labeledExpand(secret, 'key', context, 32);
  const baseNonce = labeledExpand(secret, 'base_nonce', context, 12);
  wipe(shared, secret);
  try {
    // Single shot: sequence number 0, so the nonce is the base nonce.
    return gcm(key, baseNonce, aad).decrypt(message.subarray(XWING_ENC_SIZE));
  } catch {
    throw new CiferError('decrypt', 'cannot open transport message: not addressed to this key, wrong info or aad, or altered');
  } finally {
    wipe(key);
  }
}
