// Unit tests beyond the shared vectors: bounds, streams and the refusal sorting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes as nodeRandom } from 'node:crypto';
const randomBytes = (n: number): Uint8Array => new Uint8Array(nodeRandom(n));
import {
  CiferError, MAX_PAYLOAD_SIZE, classifyRefusal, decryptFile, deriveKeyPair, encryptFile, openPayload, sealPayload,
  toReadableStream, xwingKeyPair, openSealed, addressOf, signMessage, verifyMessage, parseRequest,
  combine, gfInv, gfMul, split,
} from '../src/index.js';

const seed = new Uint8Array(64).fill(7);
const { publicKey, secretKey } = deriveKeyPair(seed);
const b = { chainId: 31337n, secretId: 5n };

function isCode(code: string) {
  return (e: unknown) => e instanceof CiferError && e.code === code;
}

test('payload: size bounds are refused before any work', () => {
  assert.throws(() => sealPayload(publicKey, b, new Uint8Array(0)), isCode('empty_payload'));
  assert.throws(() => sealPayload(publicKey, b, new Uint8Array(MAX_PAYLOAD_SIZE + 1)), isCode('payload_too_large'));
  assert.throws(() => sealPayload(publicKey.subarray(1), b, new Uint8Array(1)), isCode('public_key'));
  assert.throws(() => sealPayload(publicKey, { chainId: 1n << 64n, secretId: 1n }, new Uint8Array(1)), isCode('format'));
});

test('payload: fresh randomness each time, and each opens', () => {
  const pt = randomBytes(1024);
  const a = sealPayload(publicKey, b, pt);
  const c = sealPayload(publicKey, b, pt);
  assert.notDeepEqual(a.cifer, c.cifer);
  assert.deepEqual(openPayload(secretKey, b, a.cifer, a.encryptedMessage), pt);
  assert.deepEqual(openPayload(secretKey, b, c.cifer, c.encryptedMessage), pt);
});

test('file: a Web stream round trip of several chunks', async () => {
  const pt = randomBytes(300_000);
  async function* src() {
    for (let i = 0; i < pt.length; i += 65_537) {
      await Promise.resolve();
      yield pt.subarray(i, i + 65_537);
    }
  }
  const encrypted = toReadableStream(encryptFile(publicKey, b, src(), { chunkSize: 100_000 }));
  const parts: Uint8Array[] = [];
  for await (const p of decryptFile(secretKey, b, encrypted)) parts.push(p);
  assert.deepEqual(new Uint8Array(Buffer.concat(parts)), pt);
});

test('file: chunk size outside 1..256 MiB is refused', async () => {
  const run = async (chunkSize: number) => {
    const it = encryptFile(publicKey, b, [], { chunkSize });
    await it.next();
  };
  await assert.rejects(run(0), isCode('format'));
  await assert.rejects(run((256 << 20) + 1), isCode('format'));
});

test('x-wing: a fresh key pair; a message for another key does not open', () => {
  const a = xwingKeyPair();
  const c = xwingKeyPair();
  assert.equal(a.secretKey.length, 32);
  assert.notDeepEqual(a.publicKey, c.publicKey);
  assert.throws(() => openSealed(a.secretKey, new Uint8Array(100), new Uint8Array(0), new Uint8Array(0)), isCode('message_too_short'));
});

test('eip191: a non-ASCII request signed in either form verifies; ASCII accepts only the standard form', () => {
  const key = new Uint8Array(32).fill(1);
  const addr = addressOf(key);
  const data = `1_1_${addr}_5_héllo`;
  assert.ok(verifyMessage(data, signMessage(key, data), addr));
  assert.ok(verifyMessage(data, signMessage(key, data, 'utf16'), addr));
  assert.ok(!verifyMessage(data, signMessage(new Uint8Array(32).fill(2), data), addr));
  assert.equal(parseRequest(data).tail, 'héllo');
});

test('refusals are sorted by COMPAT.md text first, then by status', () => {
  const cases: [number, string, string][] = [
    [400, 'Block number 5 is too old (current: 900, max window: 300)', 'block_too_old'],
    [400, 'Block number 990 is in the future (current: 900)', 'block_in_future'],
    [400, 'Chain 7 is not supported', 'chain_unsupported'],
    [403, 'Secret 3 is not ready (still syncing)', 'not_ready'],
    [403, 'Not authorized', 'not_authorized'],
    [404, 'Secret not found', 'not_found'],
    [503, 'not enough shares', 'unavailable'],
    [500, 'decryption failed', 'server'],
    [400, 'bad data', 'bad_request'],
  ];
  for (const [status, msg, kind] of cases) assert.equal(classifyRefusal(status, msg), kind, msg);
});

test('shamir: the field is FIPS 197 GF(2^8), and every non-zero byte has an inverse', () => {
  assert.equal(gfMul(0x57, 0x83), 0xc1);
  assert.equal(gfInv(0), 0);
  for (let a = 1; a < 256; a++) assert.equal(gfMul(a, gfInv(a)), 1, `a=${a}`);
});

test('shamir: any t of n shares rebuild a random secret; an altered extra share is caught', () => {
  const secret = randomBytes(64);
  const shares = split(secret, 3, 5);
  assert.deepEqual(combine([shares[4], shares[0], shares[2]].filter((s) => s !== undefined)), secret);
  const bad = shares.map((s) => ({ ...s, y: s.y.slice() }));
  const last = bad[3];
  assert.ok(last);
  last.y[10] = (last.y[10] ?? 0) ^ 1;
  assert.throws(() => combine(bad), isCode('shamir'));
});
