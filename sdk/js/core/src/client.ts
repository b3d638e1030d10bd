// A light client over a Black Box's HTTP API (docs/HTTP-API.md): discovery
// from /healthz, the public key with the CID check, local encryption,
// decrypt-payload with the block-freshness retry, and secret creation and
// delegation through JSON-RPC transactions.
import { fromBase64, fromHex, toHex, utf8 } from './bytes.js';
import { SecretsController, type SecretState } from './chain.js';
import { verifyPublicKey } from './cid.js';
import { type Envelope, sealPayload } from './envelope.js';
import { addressOf, signMessage } from './eip191.js';
import { classifyRefusal, RefusalError } from './errors.js';
import { baseRequest, decryptPayloadRequest } from './request.js';

export const HTTP_TIMEOUT_MS = 60_000;

export interface ChainConfig {
  chainId: number;
  name?: string;
  rpcUrl: string;
  wsRpcUrl?: string;
  secretsControllerAddress: string;
  blockTimeMs?: number;
}

export interface Health {
  status: string;
  /** Unix ms per COMPAT.md; RFC 3339 text from some servers. */
  serverTime: number | string;
  enclaveWalletAddress?: string;
  configurations: { chains: ChainConfig[] };
  supportedChains?: number[];
  chainStatus?: Record<string, { lastKnownBlockNumber?: number }>;
}

export interface ClientOptions {
  /** The one Black Box URL an app configures. */
  blackboxUrl: string;
  /** The wallet key (32 bytes or hex) that signs requests and transactions. */
  privateKey: Uint8Array | string;
  /** Which of the Black Box's chains; the first when omitted. */
  chainId?: number;
  /** Override the RPC URL /healthz names (e.g. a private endpoint). */
  rpcUrl?: string;
  timeoutMs?: number;
}

/** POSTs JSON, and turns a refusal into a RefusalError with its code. */
async function postJson<T>(base: string, path: string, body: unknown, timeoutMs: number): Promise<T> {
  const res = await fetch(new URL(path, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return answer<T>(res, path);
}

async function answer<T>(res: Response, path: string): Promise<T> {
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const e = (json ?? {}) as { error?: string; code?: string };
    const msg = e.error ?? text.slice(0, 200);
    throw new RefusalError(res.status, msg, classifyRefusal(res.status, msg, e.code), path, e.code);
  }
  return json as T;
}

/** The Black Box's head from a freshness refusal ("... (current: <head>...)"). */
function refusalHead(e: RefusalError): bigint | undefined {
  const m = /\(current: (\d+)/.exec(e.serverMessage);
  return m?.[1] !== undefined ? BigInt(m[1]) : undefined;
}

export class CiferClient {
  readonly address: string;
  private readonly key: Uint8Array;
  private readonly timeoutMs: number;

  private constructor(
    readonly blackboxUrl: string,
    readonly chain: ChainConfig,
    readonly controller: SecretsController,
    key: Uint8Array,
    timeoutMs: number,
  ) {
    this.key = key;
    this.address = addressOf(key);
    this.timeoutMs = timeoutMs;
  }

  /** Fetches /healthz and picks the chain: the one URL is all an app configures. */
  static async connect(opts: ClientOptions): Promise<CiferClient> {
    const timeoutMs = opts.timeoutMs ?? HTTP_TIMEOUT_MS;
    const key = typeof opts.privateKey === 'string' ? fromHex(opts.privateKey) : opts.privateKey;
    const h = await CiferClient.health(opts.blackboxUrl, timeoutMs);
    const chains = h.configurations.chains;
    const chain = opts.chainId === undefined ? chains[0] : chains.find((c) => c.chainId === opts.chainId);
    if (!chain) throw new RefusalError(400, `Chain ${opts.chainId ?? '?'} is not supported`, 'chain_unsupported', '/healthz');
    const pollMs = Math.max(100, Math.min(1000, chain.blockTimeMs ?? 500));
    const ctl = new SecretsController(opts.rpcUrl ?? chain.rpcUrl, chain.secretsControllerAddress, BigInt(chain.chainId), key, pollMs);
    return new CiferClient(opts.blackboxUrl, chain, ctl, key, timeoutMs);
  }

  static async health(blackboxUrl: string, timeoutMs = HTTP_TIMEOUT_MS): Promise<Health> {
    const res = await fetch(new URL('/healthz', blackboxUrl), { signal: AbortSignal.timeout(timeoutMs) });
    return answer<Health>(res, '/healthz');
  }

  /**
   * Signs `chainId_secretId_signer_head[_tail]` at the chain's head and
   * sends it. A refusal of the block as too old or in the future (the
   * client's RPC and the Black Box's head disagree) is retried once,
   * re-signed at a fresh head, or the Black Box's when that is lower; a
   * replay refusal (signing is deterministic, so the same request in the
   * same block is byte-identical) waits for the next block.
   */
  async signed<T>(secretId: bigint, tail: string | undefined, send: (data: string, signature: string) => Promise<T>): Promise<T> {
    const make = (block: bigint): [string, string] => {
      const r = { chainId: this.chain.chainId, secretId, signer: this.address, blockNumber: block };
      const data = tail === undefined ? baseRequest(r) : decryptPayloadRequest(r, tail);
      return [data, signMessage(this.key, data)];
    };
    const head = await this.controller.blockNumber();
    try {
      return await send(...make(head));
    } catch (e) {
      if (!(e instanceof RefusalError)) throw e;
      let next: bigint;
      if (e.kind === 'block_too_old' || e.kind === 'block_in_future') {
        next = await this.controller.blockNumber();
        const theirs = refusalHead(e);
        if (e.kind === 'block_in_future' && theirs !== undefined && theirs < next) next = theirs;
        if (next === head) throw e;
      } else if (e.code === 'replay' || /request already used/.test(e.serverMessage)) {
        next = await this.nextBlock(head);
      } else {
        throw e;
      }
      return send(...make(next));
    }
  }

  private async nextBlock(head: bigint): Promise<bigint> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const n = await this.controller.blockNumber();
      if (n > head) return n;
      if (Date.now() > deadline) throw new Error(`chain did not pass block ${head} within ${this.timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, this.controller.pollMs));
    }
  }

  secretState(secretId: bigint): Promise<SecretState> {
    return this.controller.secretState(secretId);
  }

  /** The secret's public key, used only if it hashes to the CID on-chain. */
  async publicKey(secretId: bigint): Promise<Uint8Array> {
    const st = await this.controller.secretState(secretId);
    const res = await this.signed(secretId, undefined, (data, signature) =>
      postJson<{ publicKey: string }>(this.blackboxUrl, '/secret-public-key', { data, signature }, this.timeoutMs));
    const pk = fromBase64(res.publicKey);
    verifyPublicKey(pk, st.publicKeyCid);
    return pk;
  }

  /** Encrypts locally to the secret's checked public key: no plaintext leaves. */
  async encrypt(secretId: bigint, plaintext: Uint8Array | string): Promise<Envelope> {
    const pk = await this.publicKey(secretId);
    return sealPayload(pk, { chainId: this.chain.chainId, secretId }, typeof plaintext === 'string' ? utf8(plaintext) : plaintext);
  }

  /** Decrypts through /decrypt-payload as the owner or delegate; returns the UTF-8 text. */
  async decrypt(secretId: bigint, env: Envelope): Promise<string> {
    const res = await this.signed(secretId, `0x${toHex(env.encryptedMessage)}`, (data, signature) =>
      postJson<{ decryptedMessage: string }>(this.blackboxUrl, '/decrypt-payload',
        { cifer: `0x${toHex(env.cifer)}`, data, signature, inputFormat: 'hex' }, this.timeoutMs));
    return res.decryptedMessage;
  }

  /**
   * The signer's usage at this node in the current period and its plan's
   * limits (POST /jobs/dataConsumption, HTTP-API.md): the numbers a 429
   * comes from. A limit of null is unlimited.
   */
  async dataConsumption(): Promise<DataConsumption> {
    return this.signed(0n, undefined, (data, signature) =>
      postJson<DataConsumption>(this.blackboxUrl, '/jobs/dataConsumption', { data, signature }, this.timeoutMs));
  }

  /** createSecret() and, unless told not to, wait until it is ready. */
  async createSecret(opts: { wait?: boolean; timeoutMs?: number } = {}): Promise<bigint> {
    const id = await this.controller.createSecret();
    if (opts.wait !== false) await this.controller.waitReady(id, opts.timeoutMs);
    return id;
  }

  waitReady(secretId: bigint, timeoutMs?: number): Promise<SecretState> {
    return this.controller.waitReady(secretId, timeoutMs);
  }

  /** setDelegate on-chain; the zero address revokes. */
  delegate(secretId: bigint, delegate: string): Promise<void> {
    return this.controller.setDelegate(secretId, delegate);
  }

  transfer(secretId: bigint, newOwner: string): Promise<void> {
    return this.controller.transferSecret(secretId, newOwner);
  }
}

/** One kind's usage in POST /jobs/dataConsumption; sizes in bytes, null is unlimited. */
export interface UsageView {
  limit: number | null;
  used: number;
  remaining: number | null;
  count: number;
  requestLimit: number | null;
  rateLimit: number;
  limitGB: number | null;
  usedGB: number;
  remainingGB: number | null;
}

/** The answer of POST /jobs/dataConsumption; period bounds are Unix ms. */
export interface DataConsumption {
  success: boolean;
  user_id: string;
  user_type: string;
  plan_id: string;
  cycle_type: string;
  period_start: number;
  period_end: number;
  encryption: UsageView;
  decryption: UsageView;
}
