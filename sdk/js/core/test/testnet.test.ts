// Integration: a real testnet (dev chain, contracts, five nodes as
// processes), started and stopped by this test, driven through the HTTP API
// (HTTPS, under the testnet's dev CA) and JSON-RPC: create → ready →
// encrypt locally → decrypt as owner → delegate → the delegate decrypts →
// revoke → the delegate is refused. The flow itself (testnet-flow.ts) runs
// in a child process started with NODE_EXTRA_CA_CERTS=<dir>/ca.pem, since
// Node reads that variable only when it starts and the CA is made by
// `testnet up`, after this process started.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { repoRoot } from './vectors.js';

const run = promisify(execFile);
const NODES = 5;
const dir = mkdtempSync(join(tmpdir(), 'cifer-ts-'));
const bin = join(dir, 'cifer');
let up = false;

before(async () => {
  await run('go', ['build', '-o', bin, './cmd/cifer'], { cwd: repoRoot(), signal: AbortSignal.timeout(240_000) });
  up = true; // from here on, `testnet down` has something to stop
  // `testnet up` returns once the mesh is complete and the first epoch elected its Black Boxes.
  await run(bin, ['testnet', 'up', '--dir', dir, '--nodes', String(NODES), '--demo=false'], { signal: AbortSignal.timeout(240_000) });
}, { timeout: 500_000 });

after(async () => {
  if (up) await run(bin, ['testnet', 'down', '--dir', dir, '--wipe'], { signal: AbortSignal.timeout(60_000) }).catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

test('testnet over HTTPS: create, encrypt locally, decrypt as owner, delegate, delegate decrypts, revoke', { timeout: 300_000 }, async (ctx) => {
  const ca = join(dir, 'ca.pem');
  assert.ok(existsSync(ca), `testnet up wrote no CA at ${ca}`);
  const flow = join(dirname(fileURLToPath(import.meta.url)), 'testnet-flow.js');
  // NODE_TEST_CONTEXT would make the child report in the runner's own
  // protocol instead of text.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_EXTRA_CA_CERTS: ca, CIFER_TS_TESTNET_DIR: dir };
  delete env['NODE_TEST_CONTEXT'];
  let out = '';
  try {
    const r = await run(process.execPath, ['--test', '--test-reporter=spec', flow], { env, signal: AbortSignal.timeout(280_000), maxBuffer: 16 << 20 });
    out = r.stdout;
  } catch (e) {
    const x = e as { stdout?: string; stderr?: string; message: string };
    assert.fail(`the testnet flow failed:\n${x.stdout ?? ''}\n${x.stderr ?? x.message}`);
  }
  for (const line of out.split('\n')) if (line.trim() !== '') ctx.diagnostic(line);
});
