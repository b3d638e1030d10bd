// The testnet flow that testnet.test.ts runs in a child process, once the
// testnet is up: the child starts with NODE_EXTRA_CA_CERTS naming the
// testnet's dev CA (Node reads it only at start), so fetch trusts the
// nodes' HTTPS APIs and nothing in the SDK changes for it. It needs
// CIFER_TS_TESTNET_DIR and is not run on its own (its name is not *.test.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { CiferClient, RefusalError, ZERO_ADDRESS, addressOf, checkPublicKeyCid, sealPayload, utf8 } from '../src/index.js';

const NODES = 5;
const dir = process.env['CIFER_TS_TESTNET_DIR'] ?? '';

interface State { chainId: number; rpcUrl: string; nodes: { apiUrl?: string; metricsUrl?: string }[] }

/**
 * The API URL of a node the current epoch elected, as its metrics endpoint's
 * /healthz says: only an elected Black Box's custodians answer it.
 */
async function electedApi(st: State): Promise<string | undefined> {
  for (const n of st.nodes) {
    if (!n.apiUrl || !n.metricsUrl) continue;
    const res = await fetch(`${n.metricsUrl}/healthz`, { signal: AbortSignal.timeout(10_000) });
    const h = (await res.json()) as { electedBlackBox?: boolean };
    if (h.electedBlackBox === true) return n.apiUrl;
  }
  return undefined;
}

/** Dev account i's key, as chain/devchain.DevKey derives it (public knowledge). */
const devKey = (i: number): Uint8Array => keccak_256(utf8(`cifer-devchain/${i}`));
/** The j-th client account after the deployer and the operators (testnet.ClientAccount). */
const clientKey = (j: number): Uint8Array => devKey(NODES + 1 + j);

test('testnet: create, encrypt locally, decrypt as owner, delegate, delegate decrypts, revoke', { timeout: 240_000 }, async (ctx) => {
  assert.ok(dir, 'CIFER_TS_TESTNET_DIR is not set: run testnet.test.js, which starts the testnet');
  const st = JSON.parse(readFileSync(join(dir, 'testnet.json'), 'utf8')) as State;
  // Only an elected node's custodians answer it: decrypt through one of those.
  const url = await electedApi(st);
  assert.ok(url, 'no node serves the HTTP API as an elected Black Box');
  assert.ok(url.startsWith('https://'), `the API is not HTTPS: ${url}`);

  const health = await CiferClient.health(url);
  assert.equal(health.status, 'ok');
  // COMPAT.md wants Unix ms; this network's nodes send RFC 3339 text today:
  // the client accepts both (Health.serverTime), the test checks it is a time.
  const t = typeof health.serverTime === 'number' ? health.serverTime : Date.parse(health.serverTime);
  assert.ok(Number.isFinite(t) && t > 0, `serverTime ${String(health.serverTime)}`);

  const owner = await CiferClient.connect({ blackboxUrl: url, privateKey: clientKey(0), chainId: st.chainId });
  const delegateKey = clientKey(1);
  const delegate = await CiferClient.connect({ blackboxUrl: url, privateKey: delegateKey, chainId: st.chainId });
  assert.equal(owner.chain.chainId, st.chainId);

  const id = await owner.createSecret({ timeoutMs: 120_000 });
  const state = await owner.secretState(id);
  assert.equal(state.owner, owner.address);
  assert.equal(state.isSyncing, false);

  const pk = await owner.publicKey(id);
  checkPublicKeyCid(pk, state.publicKeyCid);

  const text = 'hello from TypeScript_with_underscores ✓';
  const env = await owner.encrypt(id, text);
  assert.equal(env.cifer.length, 1104);
  assert.equal(await owner.decrypt(id, env), text);

  // Figures for the report (printed, never asserted): local encryption of
  // 1 KiB, and a decrypt round trip through the testnet.
  const kib = new Uint8Array(1024).fill(0x61);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const enc: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    sealPayload(pk, { chainId: st.chainId, secretId: id }, kib);
    enc.push(performance.now() - t0);
  }
  // A fresh envelope each time: the same one again in the same block is a
  // byte-identical request, refused as a replay and retried a block later.
  const dec: number[] = [];
  for (let i = 0; i < 5; i++) {
    const one = sealPayload(pk, { chainId: st.chainId, secretId: id }, kib);
    const t0 = performance.now();
    assert.equal((await owner.decrypt(id, one)).length, 1024);
    dec.push(performance.now() - t0);
  }
  ctx.diagnostic(`local encrypt 1 KiB: median ${median(enc).toFixed(2)} ms of 50; decrypt round trip 1 KiB: median ${median(dec).toFixed(1)} ms of 5`);

  // The six decrypts were counted at this URL's door, in bytes, under the
  // testnet's one unlimited plan.
  const usage = await owner.dataConsumption();
  assert.equal(usage.success, true);
  assert.equal(usage.user_type, 'web3');
  assert.equal(usage.plan_id, 'open');
  assert.equal(usage.user_id.toLowerCase(), owner.address.toLowerCase());
  assert.ok(usage.decryption.count >= 6, `decryption count ${usage.decryption.count}`);
  assert.ok(usage.decryption.used >= 5 * 1024, `decryption bytes ${usage.decryption.used}`);
  assert.equal(usage.decryption.limit, null);
  assert.ok(usage.period_start < Date.now() && Date.now() < usage.period_end);

  // Before delegation the other wallet is refused.
  await assert.rejects(delegate.decrypt(id, env), (e: unknown) => e instanceof RefusalError && e.kind === 'not_authorized');

  await owner.delegate(id, addressOf(delegateKey));
  assert.equal((await owner.secretState(id)).delegate, delegate.address);
  assert.equal(await delegate.decrypt(id, env), text);

  await owner.delegate(id, ZERO_ADDRESS);
  await assert.rejects(delegate.decrypt(id, env), (e: unknown) => e instanceof RefusalError && e.status === 403);
});
