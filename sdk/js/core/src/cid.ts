// The CID of a secret's public key: CIDv1, codec raw (0x55), multihash
// sha2-256, multibase base32 lower-case ("b..."), as markSecretSynced
// publishes it. A fetched public key is used only if it hashes to the CID
// on-chain: the Black Box serving it is not trusted for it.
import { sha256 } from '@noble/hashes/sha2.js';
import { concat } from './bytes.js';
import { checkPublicKey } from './envelope.js';
import { CiferError } from './errors.js';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(b: Uint8Array): string {
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const x of b) {
    acc = (acc << 8) | x;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((acc >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET.charAt((acc << (5 - bits)) & 31);
  return out;
}

export function publicKeyCid(publicKey: Uint8Array): string {
  return `b${base32(concat(new Uint8Array([0x01, 0x55, 0x12, 0x20]), sha256(publicKey)))}`;
}

/** Throws CiferError('cid_mismatch') unless publicKey hashes to cid. */
export function checkPublicKeyCid(publicKey: Uint8Array, cid: string): void {
  const got = publicKeyCid(publicKey);
  if (got !== cid) throw new CiferError('cid_mismatch', `public key does not match its CID: key hashes to ${got}, registered ${cid}`);
}

/**
 * The check a client runs on a fetched key before encrypting to it: the
 * bytes are an ML-KEM-768 public key, and they hash to the registered CID.
 */
export function verifyPublicKey(publicKey: Uint8Array, cid: string): void {
  checkPublicKey(publicKey);
  checkPublicKeyCid(publicKey, cid);
}
