// A minimal JSON-RPC chain client: the SecretsController reads and writes
// COMPAT.md lists, signed locally as EIP-1559 transactions (legacy EIP-155
// on a chain without a base fee). Written on @noble rather than viem or
// ethers: it needs five calls, RLP and one signature, and keeps the package
// to audited primitives.
import { keccak_256 } from '@noble/hashes/sha3.js';
import { concat, fromHex, readUintBE, toHex, uintBE, utf8 } from './bytes.js';
import { addressOf, checksumAddress, signHash } from './eip191.js';
import { ChainError } from './errors.js';

export const RPC_TIMEOUT_MS = 15_000;

let rpcId = 0;

/** One JSON-RPC call with a deadline. */
export async function rpc<T>(url: string, method: string, params: unknown[], timeoutMs = RPC_TIMEOUT_MS): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: ++rpcId, method, params }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!res.ok) throw new ChainError(`${method}: HTTP ${res.status}`);
  const body = (await res.json()) as { result?: T; error?: { code: number; message: string } };
  if (body.error) throw new ChainError(`${method}: ${body.error.message}`, body.error.code);
  return body.result as T;
}

// --- RLP (only what transactions need: byte strings and lists) ---
type RlpItem = Uint8Array | RlpItem[];

function rlpLength(len: number, offset: number): Uint8Array {
  if (len < 56) return new Uint8Array([offset + len]);
  let hex = len.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const lb = fromHex(hex);
  return concat(new Uint8Array([offset + 55 + lb.length]), lb);
}

export function rlp(item: RlpItem): Uint8Array {
  if (item instanceof Uint8Array) {
    if (item.length === 1 && (item[0] ?? 0) < 0x80) return item;
    return concat(rlpLength(item.length, 0x80), item);
  }
  const body = concat(...item.map(rlp));
  return concat(rlpLength(body.length, 0xc0), body);
}

/** A quantity as RLP wants it: big-endian, no leading zeros (0 is empty). */
function q(v: bigint): Uint8Array {
  if (v === 0n) return new Uint8Array(0);
  let hex = v.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return fromHex(hex);
}

const hexQ = (v: bigint): string => `0x${v.toString(16)}`;

// --- ABI (static words and one dynamic string) ---
export function selector(signature: string): Uint8Array {
  return keccak_256(utf8(signature)).subarray(0, 4);
}
export const topic = (signature: string): string => `0x${toHex(keccak_256(utf8(signature)))}`;
const word = (v: bigint): Uint8Array => uintBE(v, 32);
const addrWord = (a: string): Uint8Array => concat(new Uint8Array(12), fromHex(a));

export interface SecretState {
  owner: string;
  delegate: string;
  isSyncing: boolean;
  clusterId: number;
  secretType: number;
  publicKeyCid: string;
}

function decodeSecretState(b: Uint8Array): SecretState {
  const w = (i: number) => b.subarray(32 * i, 32 * i + 32);
  const addr = (i: number) => checksumAddress(toHex(w(i).subarray(12)));
  const off = Number(readUintBE(w(5)));
  const len = Number(readUintBE(b.subarray(off, off + 32)));
  return {
    owner: addr(0),
    delegate: addr(1),
    isSyncing: readUintBE(w(2)) !== 0n,
    clusterId: Number(readUintBE(w(3))),
    secretType: Number(readUintBE(w(4))),
    publicKeyCid: new TextDecoder().decode(b.subarray(off + 32, off + 32 + len)),
  };
}

export const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000';

interface Receipt { status: string; logs: { address: string; topics: string[]; data: string }[]; transactionHash: string }

/** Waits with a deadline; polls at pollMs (a block time is a good choice). */
export async function waitFor<T>(what: string, timeoutMs: number, pollMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new ChainError(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** The SecretsController over JSON-RPC, writing as one local key. */
export class SecretsController {
  readonly from: string;
  constructor(
    readonly rpcUrl: string,
    readonly address: string,
    readonly chainId: bigint,
    private readonly key: Uint8Array,
    readonly pollMs = 250,
  ) {
    this.from = addressOf(key);
  }

  async blockNumber(): Promise<bigint> {
    return BigInt(await rpc<string>(this.rpcUrl, 'eth_blockNumber', []));
  }

  private async call(data: Uint8Array): Promise<Uint8Array> {
    return fromHex(await rpc<string>(this.rpcUrl, 'eth_call', [{ to: this.address, data: `0x${toHex(data)}` }, 'latest']));
  }

  async creationFee(): Promise<bigint> {
    return readUintBE(await this.call(selector('secretCreationFee()')));
  }

  async secretState(secretId: bigint): Promise<SecretState> {
    return decodeSecretState(await this.call(concat(selector('getSecretState(uint256)'), word(secretId))));
  }

  /** Sends a transaction and waits for its receipt; a revert is a ChainError. */
  async transact(data: Uint8Array, value: bigint, timeoutMs = 60_000): Promise<Receipt> {
    const [nonceHex, block, tipHex] = await Promise.all([
      rpc<string>(this.rpcUrl, 'eth_getTransactionCount', [this.from, 'pending']),
      rpc<{ baseFeePerGas?: string }>(this.rpcUrl, 'eth_getBlockByNumber', ['latest', false]),
      rpc<string>(this.rpcUrl, 'eth_maxPriorityFeePerGas', []).catch(() => '0x3b9aca00'),
    ]);
    const tx = { from: this.from, to: this.address, value: hexQ(value), data: `0x${toHex(data)}` };
    // estimateGas runs the call: a revert surfaces here, with its reason.
    const gas = (BigInt(await rpc<string>(this.rpcUrl, 'eth_estimateGas', [tx])) * 12n) / 10n;
    const nonce = BigInt(nonceHex);
    const to = fromHex(this.address);
    let raw: Uint8Array;
    if (block.baseFeePerGas !== undefined) {
      const tip = BigInt(tipHex);
      const maxFee = 2n * BigInt(block.baseFeePerGas) + tip;
      const fields: RlpItem[] = [q(this.chainId), q(nonce), q(tip), q(maxFee), q(gas), to, q(value), data, []];
      const sig = signHash(this.key, keccak_256(concat(new Uint8Array([2]), rlp(fields))));
      raw = concat(new Uint8Array([2]), rlp([...fields, q(BigInt(sig.recovery)), q(sig.r), q(sig.s)]));
    } else {
      const gasPrice = BigInt(await rpc<string>(this.rpcUrl, 'eth_gasPrice', []));
      const fields: RlpItem[] = [q(nonce), q(gasPrice), q(gas), to, q(value), data];
      const sig = signHash(this.key, keccak_256(rlp([...fields, q(this.chainId), q(0n), q(0n)])));
      raw = rlp([...fields, q(this.chainId * 2n + 35n + BigInt(sig.recovery)), q(sig.r), q(sig.s)]);
    }
    const hash = await rpc<string>(this.rpcUrl, 'eth_sendRawTransaction', [`0x${toHex(raw)}`]);
    const receipt = await waitFor(`transaction ${hash}`, timeoutMs, this.pollMs, async () =>
      (await rpc<Receipt | null>(this.rpcUrl, 'eth_getTransactionReceipt', [hash])) ?? undefined);
    if (receipt.status !== '0x1') throw new ChainError(`transaction ${hash} reverted`);
    return receipt;
  }

  /** createSecret() with the fee; returns the new secret's id from SecretCreated. */
  async createSecret(): Promise<bigint> {
    const fee = await this.creationFee();
    const receipt = await this.transact(selector('createSecret()'), fee);
    const t = topic('SecretCreated(uint256,address,uint8)');
    const log = receipt.logs.find((l) => l.address.toLowerCase() === this.address.toLowerCase() && l.topics[0] === t);
    if (!log?.topics[1]) throw new ChainError(`transaction ${receipt.transactionHash} emitted no SecretCreated`);
    return BigInt(log.topics[1]);
  }

  /** Waits until the secret is synced and has its public-key CID (ready). */
  async waitReady(secretId: bigint, timeoutMs = 120_000): Promise<SecretState> {
    return waitFor(`secret ${secretId} to be ready`, timeoutMs, this.pollMs, async () => {
      const st = await this.secretState(secretId);
      return !st.isSyncing && st.publicKeyCid !== '' ? st : undefined;
    });
  }

  /** setDelegate(secretId, delegate); the zero address clears it. */
  async setDelegate(secretId: bigint, delegate: string): Promise<void> {
    await this.transact(concat(selector('setDelegate(uint256,address)'), word(secretId), addrWord(delegate)), 0n);
  }

  async transferSecret(secretId: bigint, newOwner: string): Promise<void> {
    await this.transact(concat(selector('transferSecret(uint256,address)'), word(secretId), addrWord(newOwner)), 0n);
  }
}
