// Every case of every cross-language vector file, against this package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sha256 } from '@noble/hashes/sha2.js';
import { ml_kem768_x25519 } from '@noble/post-quantum/hybrid.js';
import {
  CiferError, checkPublicKeyCid, decryptFile, deriveKeyPair, encryptFile, fromHex, hashMessage, openPayload, openSealed,
  parseRequest, publicKeyCid, recoverAddress, sealPayload, signMessage, toHex, verifyMessage, verifyPublicKey, verifyRequest,
  baseRequest, encryptPayloadRequest, decryptPayloadRequest, jobDownloadRequest, jobDeleteRequest, walletRequest,
  combine, encodeShare, parseShare, split, type Share,
} from '../src/index.js';
import { loadVectors } from './vectors.js';

function assertCode(fn: () => unknown, code: string, name: string): void {
  assert.throws(fn, (e: unknown) => e instanceof CiferError && e.code === code, `${name}: want ${code}`);
}

async function collect(gen: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const p of gen) parts.push(p);
  return new Uint8Array(Buffer.concat(parts));
}

interface KeyVector { name: string; seed: string; publicKey: string; publicKeySha256: string; cid: string }
const keys = loadVectors<KeyVector>('keys');
const seedOf = new Map<string, string>(); // public key hex -> seed hex
for (const v of keys.vectors) {
  test(`keys.json: ${v.name}`, () => {
    const kp = deriveKeyPair(fromHex(v.seed));
    assert.equal(toHex(kp.publicKey), v.publicKey);
    assert.equal(toHex(sha256(kp.publicKey)), v.publicKeySha256);
    assert.equal(publicKeyCid(kp.publicKey), v.cid);
  });
  seedOf.set(v.publicKey, v.seed);
}

interface CidVector { name: string; publicKey: string; cid: string; error?: string }
for (const v of loadVectors<CidVector>('cid').vectors) {
  test(`cid.json: ${v.name}`, () => {
    const pk = fromHex(v.publicKey);
    if (v.error) {
      assertCode(() => { verifyPublicKey(pk, v.cid); }, v.error, v.name);
      return;
    }
    verifyPublicKey(pk, v.cid);
    checkPublicKeyCid(pk, v.cid);
  });
}

interface PayloadVector {
  name: string; seed: string; chainId: number; secretId: number; encapsulationRandom?: string;
  plaintext?: string; cifer: string; encryptedMessage: string; error?: string;
}
for (const v of loadVectors<PayloadVector>('payload').vectors) {
  test(`payload.json: ${v.name}`, () => {
    const { publicKey, secretKey } = deriveKeyPair(fromHex(v.seed));
    const b = { chainId: BigInt(v.chainId), secretId: BigInt(v.secretId) };
    if (v.error) {
      assertCode(() => openPayload(secretKey, b, fromHex(v.cifer), fromHex(v.encryptedMessage)), v.error, v.name);
      return;
    }
    assert.ok(v.plaintext !== undefined && v.encapsulationRandom !== undefined);
    const env = sealPayload(publicKey, b, fromHex(v.plaintext), fromHex(v.encapsulationRandom));
    assert.equal(toHex(env.cifer), v.cifer);
    assert.equal(toHex(env.encryptedMessage), v.encryptedMessage);
    assert.equal(toHex(openPayload(secretKey, b, fromHex(v.cifer), fromHex(v.encryptedMessage))), v.plaintext);
  });
}

interface FileVector {
  name: string; seed: string; chainId: number; secretId: number; chunkSize?: number; random?: string;
  plaintext?: string; fileKey?: string; chunks?: number; file: string; error?: string;
}
for (const v of loadVectors<FileVector>('file').vectors) {
  test(`file.json: ${v.name}`, async () => {
    const { publicKey, secretKey } = deriveKeyPair(fromHex(v.seed));
    const b = { chainId: v.chainId, secretId: v.secretId };
    const file = fromHex(v.file);
    if (v.error) {
      await assert.rejects(collect(decryptFile(secretKey, b, [file])), (e: unknown) => e instanceof CiferError && e.code === v.error, v.name);
      return;
    }
    assert.ok(v.plaintext !== undefined && v.random !== undefined && v.chunkSize !== undefined && v.chunks !== undefined);
    const pt = fromHex(v.plaintext);
    // The plaintext arrives in uneven pieces: the output must not depend on them.
    const pieces = [pt.subarray(0, 7), pt.subarray(7, 8), pt.subarray(8)];
    const out = await collect(encryptFile(publicKey, b, pieces, { chunkSize: v.chunkSize, random: fromHex(v.random) }));
    assert.equal(toHex(out), v.file);
    // Read back one byte at a time and whole: both open to the plaintext.
    const bytewise = Array.from(file, (x) => new Uint8Array([x]));
    assert.equal(toHex(await collect(decryptFile(secretKey, b, bytewise))), v.plaintext);
    assert.equal(toHex(await collect(decryptFile(secretKey, b, [file]))), v.plaintext);
  });
}

interface RequestVector {
  name: string; endpoint?: string; privateKey?: string; signer?: string; chainId?: number; secretId: number;
  blockNumber?: number; tail?: string[]; data: string; utf8Length?: number; utf16Length?: number; hash?: string;
  signature: string; signatureUtf16?: string; error?: string;
}
function build(v: RequestVector): string {
  assert.ok(v.signer !== undefined && v.chainId !== undefined && v.blockNumber !== undefined);
  const r = { chainId: BigInt(v.chainId), secretId: BigInt(v.secretId), signer: v.signer, blockNumber: BigInt(v.blockNumber) };
  const tail = v.tail ?? [];
  switch (v.endpoint) {
    case 'POST /encrypt-payload': return encryptPayloadRequest(r, tail.join('_'));
    case 'POST /decrypt-payload': return decryptPayloadRequest(r, tail[0] ?? '');
    case 'POST /jobs/:id/download': return jobDownloadRequest(r, tail[0] ?? '');
    case 'POST /jobs/:id/delete': return jobDeleteRequest(r, tail[0] ?? '');
    case 'POST /jobs':
    case 'POST /jobs/dataConsumption': return walletRequest(r);
    default: return baseRequest(r);
  }
}
for (const v of loadVectors<RequestVector>('request').vectors) {
  test(`request.json: ${v.name}`, () => {
    if (v.error) {
      assertCode(() => verifyRequest(v.data, v.signature), v.error, v.name);
      return;
    }
    assert.ok(v.privateKey !== undefined && v.signer !== undefined && v.signatureUtf16 !== undefined && v.hash !== undefined);
    // The signer in the data may be spelled in lower case; the builder keeps the spelling given.
    const parsed = parseRequest(v.data);
    assert.equal(build({ ...v, signer: parsed.signer }), v.data);
    assert.equal(Buffer.byteLength(v.data), v.utf8Length);
    assert.equal(v.data.length, v.utf16Length);
    assert.equal(`0x${toHex(hashMessage(v.data))}`, v.hash);
    const key = fromHex(v.privateKey);
    assert.equal(signMessage(key, v.data), v.signature);
    assert.equal(signMessage(key, v.data, 'utf16'), v.signatureUtf16);
    assert.equal(recoverAddress(v.data, v.signature), v.signer);
    assert.equal(recoverAddress(v.data, v.signatureUtf16, 'utf16'), v.signer);
    assert.ok(verifyMessage(v.data, v.signatureUtf16, v.signer));
    assert.equal(verifyRequest(v.data, v.signature).signer.toLowerCase(), v.signer.toLowerCase());
  });
}

interface XWingVector {
  name: string; recipientSeed: string; recipientPublicKey: string; info: string; aad: string;
  encapsulationRandom?: string; plaintext?: string; sharedSecret?: string; message: string; error?: string;
}
for (const v of loadVectors<XWingVector>('xwing').vectors) {
  test(`xwing.json: ${v.name}`, () => {
    const sk = fromHex(v.recipientSeed);
    assert.equal(toHex(ml_kem768_x25519.keygen(sk).publicKey), v.recipientPublicKey);
    const msg = fromHex(v.message);
    if (v.error) {
      assertCode(() => openSealed(sk, msg, fromHex(v.info), fromHex(v.aad)), v.error, v.name);
      return;
    }
    assert.ok(v.plaintext !== undefined && v.sharedSecret !== undefined && v.encapsulationRandom !== undefined);
    assert.equal(toHex(ml_kem768_x25519.decapsulate(msg.subarray(0, 1120), sk)), v.sharedSecret);
    const enc = ml_kem768_x25519.encapsulate(fromHex(v.recipientPublicKey), fromHex(v.encapsulationRandom));
    assert.equal(toHex(enc.cipherText), toHex(msg.subarray(0, 1120)));
    assert.equal(toHex(openSealed(sk, msg, fromHex(v.info), fromHex(v.aad))), v.plaintext);
  });
}

interface ShamirVector {
  name: string; secret?: string; threshold?: number; n?: number; randomness?: string;
  shares: string[]; combine: number[]; error?: string;
}
for (const v of loadVectors<ShamirVector>('shamir').vectors) {
  test(`shamir.json: ${v.name}`, () => {
    const pick = (): Share[] => v.combine.map((i) => parseShare(fromHex(v.shares[i] ?? '')));
    if (v.error) {
      assertCode(() => combine(pick()), v.error, v.name);
      return;
    }
    assert.ok(v.secret !== undefined && v.threshold !== undefined && v.n !== undefined && v.randomness !== undefined);
    const dealt = split(fromHex(v.secret), v.threshold, v.n, fromHex(v.randomness)).map((s) => toHex(encodeShare(s)));
    assert.deepEqual(dealt, v.shares);
    assert.equal(toHex(combine(pick())), v.secret);
  });
}
