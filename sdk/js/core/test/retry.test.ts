// The block-freshness retry of CiferClient.signed, against a local HTTP
// server on 127.0.0.1 that plays the Black Box and the chain's JSON-RPC:
// it answers with COMPAT.md's exact refusal texts and codes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CiferClient, RefusalError, parseRequest, verifyRequest } from '../src/index.js';

interface Scenario {
  heads: bigint[]; // what eth_blockNumber answers, in turn (the last repeats)
  answers: ((block: bigint) => { status: number; body: unknown })[]; // per /decrypt-payload call
}
let sc: Scenario = { heads: [1n], answers: [] };
const seenBlocks: bigint[] = [];
let server: Server;
let base = '';

function readBody(req: import('node:http').IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let s = '';
    req.on('data', (c: Buffer) => (s += c.toString()));
    req.on('end', () => { resolve(s); });
    req.on('error', reject);
  });
}

before(async () => {
  server = createServer((req, res) => {
    void (async () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'GET' && req.url === '/healthz') {
        send(200, { status: 'ok', serverTime: Date.now(), configurations: { chains: [{ chainId: 31337, rpcUrl: `${base}/rpc`, secretsControllerAddress: '0x00000000000000000000000000000000000000c1', blockTimeMs: 100 }] } });
        return;
      }
      const body = JSON.parse(await readBody(req)) as { id?: number; method?: string; data?: string; signature?: string };
      if (req.url === '/rpc' && body.method === 'eth_blockNumber') {
        const head = sc.heads.length > 1 ? sc.heads.shift() : sc.heads[0];
        send(200, { jsonrpc: '2.0', id: body.id, result: `0x${(head ?? 0n).toString(16)}` });
        return;
      }
      if (req.url === '/decrypt-payload' && body.data && body.signature) {
        verifyRequest(body.data, body.signature); // every try is a correctly signed request
        const block = parseRequest(body.data).blockNumber;
        seenBlocks.push(block);
        const a = sc.answers.shift();
        if (!a) { send(500, { error: 'unexpected request' }); return; }
        const r = a(block);
        send(r.status, r.body);
        return;
      }
      send(404, { error: 'not found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => { server.close(); });

const ok = { status: 200, body: { success: true, decryptedMessage: 'plain' } };
const env = { cifer: new Uint8Array(1104), encryptedMessage: new Uint8Array([1, 2, 3]) };
const key = new Uint8Array(32).fill(9);

const cases: { name: string; sc: Scenario; want: string; blocks: bigint[] }[] = [
  {
    name: 'too old: re-signed at the fresh head',
    sc: { heads: [100n, 900n], answers: [(b) => ({ status: 400, body: { error: `Block number ${b} is too old (current: 900, max window: 600)`, code: 'block_too_old' } }), () => ok] },
    want: 'plain', blocks: [100n, 900n],
  },
  {
    name: 'too old, text only (a server that sends no code)',
    sc: { heads: [100n, 900n], answers: [(b) => ({ status: 400, body: { error: `Block number ${b} is too old (current: 900, max window: 600)` } }), () => ok] },
    want: 'plain', blocks: [100n, 900n],
  },
  {
    name: "in the future: re-signed at the Black Box's lower head",
    sc: { heads: [950n, 960n], answers: [(b) => ({ status: 400, body: { error: `Block number ${b} is in the future (current: 940)`, code: 'block_in_future' } }), () => ok] },
    want: 'plain', blocks: [950n, 940n],
  },
  {
    name: 'replay: waits for the next block',
    sc: { heads: [500n, 500n, 501n], answers: [() => ({ status: 400, body: { error: 'request already used: sign a new one', code: 'replay' } }), () => ok] },
    want: 'plain', blocks: [500n, 501n],
  },
  {
    name: 'stale twice: the second refusal reaches the caller',
    sc: { heads: [100n, 900n], answers: [(b) => ({ status: 400, body: { error: `Block number ${b} is too old (current: 900, max window: 600)`, code: 'block_too_old' } }), (b) => ({ status: 400, body: { error: `Block number ${b} is too old (current: 2000, max window: 600)`, code: 'block_too_old' } })] },
    want: 'block_too_old', blocks: [100n, 900n],
  },
  {
    name: 'not authorized: no retry',
    sc: { heads: [100n], answers: [() => ({ status: 403, body: { error: 'signer is not the secret owner or delegate', code: 'not_authorized' } })] },
    want: 'not_authorized', blocks: [100n],
  },
];

for (const c of cases) {
  test(`retry: ${c.name}`, async () => {
    sc = { heads: [...c.sc.heads], answers: [...c.sc.answers] };
    const client = await CiferClient.connect({ blackboxUrl: base, privateKey: key });
    seenBlocks.length = 0;
    if (c.want === 'plain') {
      assert.equal(await client.decrypt(7n, env), 'plain');
    } else {
      await assert.rejects(client.decrypt(7n, env), (e: unknown) => e instanceof RefusalError && e.kind === c.want);
    }
    assert.deepEqual(seenBlocks, c.blocks);
    assert.equal(sc.answers.length, 0, 'every expected request was made');
  });
}
