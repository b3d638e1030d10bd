// The streaming file format (docs/PROTOCOL.md), byte-identical to the Go
// envelope package given the same randomness:
//
//   header: "CIFERSTR" | version | reserved | chunk size | chain ID |
//           secret ID | file ID | KEM ciphertext | header tag
//   chunk:  file ID | index | flags | length | AES-256-GCM(chunk)
//
// Memory use is one chunk whatever the file size; a reader hands out a
// chunk's plaintext only after it authenticates, and fails, never ends
// quietly, when the stream stops before an authenticated last chunk.
import { gcm } from '@noble/ciphers/aes.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { ml_kem768 } from '@noble/post-quantum/ml-kem.js';
import { concat, equalBytes, readUintBE, uintBE, utf8, wipe } from './bytes.js';
import { type Binding, bindingInfo, GCM_TAG_SIZE, KEM_CIPHERTEXT_SIZE, PUBLIC_KEY_SIZE } from './envelope.js';
import { CiferError } from './errors.js';

const MAGIC = utf8('CIFERSTR');
const VERSION = 1;
export const DEFAULT_CHUNK_SIZE = 64 << 20;
export const MAX_CHUNK_SIZE = 256 << 20;
const FILE_ID_SIZE = 16;
export const FILE_HEADER_SIZE = 8 + 1 + 1 + 4 + 8 + 32 + FILE_ID_SIZE + KEM_CIPHERTEXT_SIZE + GCM_TAG_SIZE;
const FRAME_SIZE = FILE_ID_SIZE + 8 + 1 + 4;
const FLAG_LAST = 0x01;
const FILE_INFO = 'CIFER-file-v1';
const FILE_KEY_SIZE = 64;

/** Bytes from a Web stream or any (async) iterable of chunks. */
export type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array> | ReadableStream<Uint8Array>;

async function* iterate(src: ByteSource): AsyncGenerator<Uint8Array> {
  if (typeof ReadableStream !== 'undefined' && src instanceof ReadableStream) {
    const reader = (src as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  yield* src as AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

/** Turns an async generator of bytes into a Web ReadableStream. */
export function toReadableStream(gen: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const it = gen[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const r = await it.next();
      if (r.done) controller.close();
      else controller.enqueue(r.value);
    },
    async cancel() {
      await it.return?.();
    },
  });
}

function nonce(index: bigint, flags: number): Uint8Array {
  const n = new Uint8Array(12);
  n.set(uintBE(index, 8), 3);
  n[11] = flags;
  return n;
}

function frame(fileId: Uint8Array, index: bigint, flags: number, sealedLen: number): Uint8Array {
  return concat(fileId, uintBE(index, 8), new Uint8Array([flags]), uintBE(BigInt(sealedLen), 4));
}

export interface FileEncryptOptions {
  /** Plaintext bytes per chunk (1..MAX_CHUNK_SIZE); default 64 MiB. */
  chunkSize?: number;
  /** 48 bytes (file ID, then encapsulation randomness): test vectors only. */
  random?: Uint8Array;
}

/** Encrypts a stream of plaintext to a secret's public key. */
export async function* encryptFile(publicKey: Uint8Array, binding: Binding, source: ByteSource, opts: FileEncryptOptions = {}): AsyncGenerator<Uint8Array> {
  const size = opts.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_CHUNK_SIZE) throw new CiferError('format', `chunk size ${size} outside 1..${MAX_CHUNK_SIZE}`);
  if (publicKey.length !== PUBLIC_KEY_SIZE) throw new CiferError('public_key', `public key is ${publicKey.length} bytes, want ${PUBLIC_KEY_SIZE}`);
  const random = opts.random ?? randomBytes(FILE_ID_SIZE + 32);
  if (random.length !== FILE_ID_SIZE + 32) throw new CiferError('format', 'file randomness must be 48 bytes');
  const fileId = random.slice(0, FILE_ID_SIZE);
  let kem: { cipherText: Uint8Array; sharedSecret: Uint8Array };
  try {
    kem = ml_kem768.encapsulate(publicKey, random.subarray(FILE_ID_SIZE));
  } catch {
    throw new CiferError('public_key', 'not an ML-KEM-768 public key');
  }
  const okm = hkdf(sha256, kem.sharedSecret, fileId, bindingInfo(FILE_INFO, binding), FILE_KEY_SIZE);
  wipe(kem.sharedSecret);
  const chunkKey = okm.slice(0, 32);
  const body = concat(MAGIC, new Uint8Array([VERSION, 0]), uintBE(BigInt(size), 4), uintBE(BigInt(binding.chainId), 8),
    uintBE(BigInt(binding.secretId), 32), fileId, kem.cipherText);
  const tag = gcm(okm.subarray(32), new Uint8Array(12), body).encrypt(new Uint8Array(0));
  wipe(okm);
  yield concat(body, tag);

  let index = 0n;
  const seal = (pt: Uint8Array, flags: number): Uint8Array => {
    const f = frame(fileId, index, flags, pt.length + GCM_TAG_SIZE);
    const out = concat(f, gcm(chunkKey, nonce(index, flags), f).encrypt(pt));
    index++;
    return out;
  };
  try {
    const buf = new Uint8Array(size);
    let fill = 0;
    for await (const piece of iterate(source)) {
      let p = piece;
      while (p.length > 0) {
        const k = Math.min(size - fill, p.length);
        buf.set(p.subarray(0, k), fill);
        fill += k;
        p = p.subarray(k);
        // A full chunk is sealed at once as non-last, as in Go, so a file
        // whose length is a multiple of the chunk size ends in an empty
        // last chunk.
        if (fill === size) {
          yield seal(buf, 0);
          fill = 0;
        }
      }
    }
    yield seal(buf.subarray(0, fill), FLAG_LAST);
    wipe(buf);
  } finally {
    wipe(chunkKey);
  }
}

/** Reads exact byte counts from a chunked source. */
class ByteReader {
  private pending: Uint8Array[] = [];
  private have = 0;
  private ended = false;
  constructor(private readonly it: AsyncIterator<Uint8Array>) {}

  /** Up to n bytes; fewer only at the end of the source. */
  async read(n: number): Promise<Uint8Array> {
    while (this.have < n && !this.ended) {
      const r = await this.it.next();
      if (r.done) this.ended = true;
      else if (r.value.length > 0) {
        this.pending.push(r.value);
        this.have += r.value.length;
      }
    }
    const all = this.pending.length === 1 ? (this.pending[0] ?? new Uint8Array(0)) : concat(...this.pending);
    const take = Math.min(n, all.length);
    const out = all.slice(0, take);
    const rest = all.subarray(take);
    this.pending = rest.length > 0 ? [rest] : [];
    this.have = rest.length;
    return out;
  }
}

export interface FileHeader {
  chainId: bigint;
  secretId: bigint;
  chunkSize: number;
  fileId: Uint8Array;
  raw: Uint8Array;
}

/** Parses the fixed-size header (structure only; the tag is checked with a key). */
export function parseFileHeader(b: Uint8Array): FileHeader {
  if (b.length < FILE_HEADER_SIZE) {
    if (b.length >= 9 && (!equalBytes(b.subarray(0, 8), MAGIC) || b[8] !== VERSION)) throw new CiferError('not_cifer_file', 'not a CIFER encrypted file (bad magic or version)');
    throw new CiferError('truncated', `encrypted file is truncated: header is ${b.length} of ${FILE_HEADER_SIZE} bytes`);
  }
  if (!equalBytes(b.subarray(0, 8), MAGIC) || b[8] !== VERSION) throw new CiferError('not_cifer_file', 'not a CIFER encrypted file (bad magic or version)');
  if (b[9] !== 0) throw new CiferError('header_corrupt', `encrypted file header is malformed: reserved byte ${b[9] ?? 0}`);
  const cs = Number(readUintBE(b.subarray(10, 14)));
  if (cs === 0 || cs > MAX_CHUNK_SIZE) throw new CiferError('header_corrupt', `encrypted file header is malformed: chunk size ${cs} outside 1..${MAX_CHUNK_SIZE}`);
  if (b.subarray(22, 46).some((x) => x !== 0)) throw new CiferError('header_corrupt', 'encrypted file header is malformed: secret id exceeds 64 bits');
  return {
    chainId: readUintBE(b.subarray(14, 22)),
    secretId: readUintBE(b.subarray(46, 54)),
    chunkSize: cs,
    fileId: b.slice(54, 70),
    raw: b.slice(0, FILE_HEADER_SIZE),
  };
}

/** Decrypts a stream with the secret's expanded private key (tests, tools). */
export async function* decryptFile(secretKey: Uint8Array, binding: Binding, source: ByteSource): AsyncGenerator<Uint8Array> {
  const r = new ByteReader(iterate(source));
  const h = parseFileHeader(await r.read(FILE_HEADER_SIZE));
  if (h.chainId !== BigInt(binding.chainId) || h.secretId !== BigInt(binding.secretId)) {
    throw new CiferError('wrong_secret', `file is for chain ${h.chainId} secret ${h.secretId}, not chain ${BigInt(binding.chainId)} secret ${BigInt(binding.secretId)}`);
  }
  const shared = ml_kem768.decapsulate(h.raw.subarray(70, 70 + KEM_CIPHERTEXT_SIZE), secretKey);
  const okm = hkdf(sha256, shared, h.fileId, bindingInfo(FILE_INFO, binding), FILE_KEY_SIZE);
  wipe(shared);
  const bodyLen = FILE_HEADER_SIZE - GCM_TAG_SIZE;
  try {
    gcm(okm.subarray(32), new Uint8Array(12), h.raw.subarray(0, bodyLen)).decrypt(h.raw.subarray(bodyLen));
  } catch {
    wipe(okm);
    throw new CiferError('wrong_secret', 'file was not encrypted to this secret (or its header was altered)');
  }
  const chunkKey = okm.slice(0, 32);
  wipe(okm);
  try {
    for (let index = 0n; ; index++) {
      const f = await r.read(FRAME_SIZE);
      if (f.length < FRAME_SIZE) throw new CiferError('truncated', `encrypted file is truncated: it ends before its last chunk (after ${index} chunks)`);
      if (!equalBytes(f.subarray(0, FILE_ID_SIZE), h.fileId)) throw new CiferError('spliced', `encrypted file contains a chunk from another file (at chunk ${index})`);
      const idx = readUintBE(f.subarray(FILE_ID_SIZE, FILE_ID_SIZE + 8));
      if (idx !== index) throw new CiferError('chunk_order', `encrypted file chunks are out of order: expected chunk ${index}, found chunk ${idx}`);
      const flags = f[FILE_ID_SIZE + 8] ?? 0;
      if ((flags & ~FLAG_LAST) !== 0) throw new CiferError('chunk_auth', `chunk ${index} has unknown flags ${flags}`);
      const n = Number(readUintBE(f.subarray(FILE_ID_SIZE + 9)));
      const last = (flags & FLAG_LAST) !== 0;
      if (n < GCM_TAG_SIZE || n > h.chunkSize + GCM_TAG_SIZE || (!last && n !== h.chunkSize + GCM_TAG_SIZE)) {
        throw new CiferError('chunk_auth', `chunk ${index} claims ${n} bytes`);
      }
      const sealed = await r.read(n);
      if (sealed.length < n) throw new CiferError('truncated', `encrypted file is truncated (inside chunk ${index})`);
      let pt: Uint8Array;
      try {
        pt = gcm(chunkKey, nonce(index, flags), f).decrypt(sealed);
      } catch {
        throw new CiferError('chunk_auth', `encrypted file chunk does not authenticate (chunk ${index})`);
      }
      if (last) {
        if ((await r.read(1)).length !== 0) throw new CiferError('trailing_data', 'encrypted file has data after its last chunk');
        if (pt.length > 0) yield pt;
        return;
      }
      yield pt;
    }
  } finally {
    wipe(chunkKey);
  }
}
