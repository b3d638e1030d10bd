// The payload envelope (docs/PROTOCOL.md): ML-KEM-768 to the secret's public
// key, HKDF-SHA256 bound to chain and secret, AES-256-GCM. Byte-identical to
// the Go envelope package given the same encapsulation randomness.
import { gcm } from '@noble/ciphers/aes.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { ml_kem768 } from '@noble/post-quantum/ml-kem.js';
import { concat, uintBE, utf8, wipe } from './bytes.js';
import { CiferError } from './errors.js';

export const SEED_SIZE = 64;
export const PUBLIC_KEY_SIZE = 1184;
export const KEM_CIPHERTEXT_SIZE = 1088;
export const ENCAPSULATION_RANDOM_SIZE = 32;
export const GCM_TAG_SIZE = 16;
/** `cifer` is KEM ciphertext || GCM tag. */
export const CIFER_SIZE = KEM_CIPHERTEXT_SIZE + GCM_TAG_SIZE;
/** Clients store encryptedMessage on-chain and check 1..16384 bytes. */
export const MAX_PAYLOAD_SIZE = 16384;

const PAYLOAD_INFO = 'CIFER-payload-v1';

/** The secret an envelope is made for; bound into the key derivation. */
export interface Binding {
  chainId: bigint | number;
  secretId: bigint | number;
}

export interface KeyPair {
  publicKey: Uint8Array;
  /** The expanded ML-KEM-768 decapsulation key (2400 bytes). */
  secretKey: Uint8Array;
}

/** Derives the key pair of a 64-byte seed d || z (FIPS 203 KeyGen_internal). */
export function deriveKeyPair(seed: Uint8Array): KeyPair {
  if (seed.length !== SEED_SIZE) throw new CiferError('seed_size', `key seed must be ${SEED_SIZE} bytes, got ${seed.length}`);
  const { publicKey, secretKey } = ml_kem768.keygen(seed);
  return { publicKey, secretKey };
}

/** Checks a public key is 1184 bytes and well formed (FIPS 203 modulus check). */
export function checkPublicKey(pk: Uint8Array): void {
  if (pk.length !== PUBLIC_KEY_SIZE) throw new CiferError('public_key', `public key is ${pk.length} bytes, want ${PUBLIC_KEY_SIZE}`);
  // encapsulate validates the encapsulation key and throws on a bad one.
  try {
    ml_kem768.encapsulate(pk, new Uint8Array(ENCAPSULATION_RANDOM_SIZE));
  } catch {
    throw new CiferError('public_key', 'not an ML-KEM-768 public key');
  }
}

/** label || 0x00 || chainId (8 bytes BE) || secretId (32 bytes BE). */
export function bindingInfo(label: string, b: Binding): Uint8Array {
  return concat(utf8(label), new Uint8Array([0]), uintBE(BigInt(b.chainId), 8), uintBE(BigInt(b.secretId), 32));
}

function checkBinding(b: Binding): void {
  const c = BigInt(b.chainId);
  const s = BigInt(b.secretId);
  if (c < 0n || c >= 1n << 64n) throw new CiferError('format', `chain id ${c.toString()} outside 0..2^64-1`);
  if (s < 0n || s >= 1n << 64n) throw new CiferError('format', `secret id ${s.toString()} outside 0..2^64-1`);
}

export interface Envelope {
  /** KEM ciphertext || GCM tag, CIFER_SIZE bytes. */
  cifer: Uint8Array;
  /** The sealed body, as long as the plaintext. */
  encryptedMessage: Uint8Array;
}

/**
 * Encrypts 1..16384 bytes to a secret's public key. `encapsulationRandom`
 * exists for test vectors only: reusing it reuses the key.
 */
export function sealPayload(publicKey: Uint8Array, binding: Binding, plaintext: Uint8Array, encapsulationRandom?: Uint8Array): Envelope {
  if (plaintext.length === 0) throw new CiferError('empty_payload', 'payload is empty');
  if (plaintext.length > MAX_PAYLOAD_SIZE) {
    throw new CiferError('payload_too_large', `payload exceeds ${MAX_PAYLOAD_SIZE} bytes (use the file format): got ${plaintext.length}`);
  }
  checkBinding(binding);
  if (publicKey.length !== PUBLIC_KEY_SIZE) throw new CiferError('public_key', `public key is ${publicKey.length} bytes, want ${PUBLIC_KEY_SIZE}`);
  const seed = encapsulationRandom ?? randomBytes(ENCAPSULATION_RANDOM_SIZE);
  if (seed.length !== ENCAPSULATION_RANDOM_SIZE) throw new CiferError('format', `encapsulation randomness must be ${ENCAPSULATION_RANDOM_SIZE} bytes`);
  let enc: { cipherText: Uint8Array; sharedSecret: Uint8Array };
  try {
    enc = ml_kem768.encapsulate(publicKey, seed);
  } catch {
    throw new CiferError('public_key', 'not an ML-KEM-768 public key');
  } finally {
    if (!encapsulationRandom) wipe(seed);
  }
  const okm = hkdf(sha256, enc.sharedSecret, undefined, bindingInfo(PAYLOAD_INFO, binding), 44);
  wipe(enc.sharedSecret);
  const sealed = gcm(okm.subarray(0, 32), okm.subarray(32, 44)).encrypt(plaintext);
  wipe(okm);
  const n = plaintext.length;
  return { cifer: concat(enc.cipherText, sealed.subarray(n)), encryptedMessage: sealed.slice(0, n) };
}

/** Decrypts an envelope with the secret's expanded private key (tests, tools). */
export function openPayload(secretKey: Uint8Array, binding: Binding, cifer: Uint8Array, encryptedMessage: Uint8Array): Uint8Array {
  if (cifer.length !== CIFER_SIZE) throw new CiferError('cifer_size', `cifer must be exactly ${CIFER_SIZE} bytes, got ${cifer.length}`);
  if (encryptedMessage.length === 0) throw new CiferError('empty_payload', 'payload is empty');
  if (encryptedMessage.length > MAX_PAYLOAD_SIZE) throw new CiferError('payload_too_large', `payload exceeds ${MAX_PAYLOAD_SIZE} bytes`);
  checkBinding(binding);
  // ML-KEM decapsulation never fails on a wrong key (implicit rejection);
  // GCM refuses instead.
  const shared = ml_kem768.decapsulate(cifer.subarray(0, KEM_CIPHERTEXT_SIZE), secretKey);
  const okm = hkdf(sha256, shared, undefined, bindingInfo(PAYLOAD_INFO, binding), 44);
  wipe(shared);
  try {
    return gcm(okm.subarray(0, 32), okm.subarray(32, 44)).decrypt(concat(encryptedMessage, cifer.subarray(KEM_CIPHERTEXT_SIZE)));
  } catch {
    throw new CiferError('decrypt', 'envelope does not open: wrong secret, wrong chain or secret id, or tampered data');
  } finally {
    wipe(okm);
  }
}
