// Shamir secret sharing over GF(2^8) as the custody package does it
// (docs/PROTOCOL.md section 4): the AES field (0x11B), one polynomial per
// secret byte, shares encoded version 0x01 | t | x | y. Clients do not
// need it to use the network; it is here so every vector file has a
// TypeScript reader and tools can check a dealing. Field arithmetic is
// branch-free and table-free on secret bytes, as the protocol asks.
import { randomBytes } from '@noble/hashes/utils.js';
import { concat, wipe } from './bytes.js';
import { CiferError } from './errors.js';

const SHARE_VERSION = 1;

/** a·b in GF(2^8): eight shift-and-xor rounds with masks, no branches. */
export function gfMul(a: number, b: number): number {
  let p = 0;
  for (let i = 0; i < 8; i++) {
    p ^= -(b & 1) & a;
    const hi = -((a >> 7) & 1) & 0x1b;
    a = ((a << 1) & 0xff) ^ hi;
    b >>= 1;
  }
  return p & 0xff;
}

/** a^254 = a^-1 (0 maps to 0), a fixed square-and-multiply chain. */
export function gfInv(a: number): number {
  let r = 1;
  let x = a;
  for (let e = 254; e > 0; e >>= 1) {
    if (e & 1) r = gfMul(r, x); // e is public: branching on it leaks nothing
    x = gfMul(x, x);
  }
  return r;
}

export interface Share {
  threshold: number;
  x: number;
  y: Uint8Array;
}

export function encodeShare(s: Share): Uint8Array {
  return concat(new Uint8Array([SHARE_VERSION, s.threshold, s.x]), s.y);
}

export function parseShare(b: Uint8Array): Share {
  if (b.length < 4) throw new CiferError('shamir', `share of ${b.length} bytes is too short`);
  const [v = 0, t = 0, x = 0] = b;
  if (v !== SHARE_VERSION) throw new CiferError('shamir', `unknown share version ${v}`);
  if (t < 2) throw new CiferError('shamir', `threshold ${t} is below 2`);
  if (x === 0) throw new CiferError('shamir', 'share x is 0');
  return { threshold: t, x, y: b.slice(3) };
}

/**
 * Splits secret into n shares, any t of which rebuild it. randomness
 * ((t-1)·L bytes, coefficient-major) exists for test vectors.
 */
export function split(secret: Uint8Array, t: number, n: number, randomness?: Uint8Array): Share[] {
  const L = secret.length;
  if (L === 0) throw new CiferError('shamir', 'secret is empty');
  if (!(Number.isInteger(t) && Number.isInteger(n) && t >= 2 && t <= n && n <= 255)) throw new CiferError('shamir', `need 2 <= t <= n <= 255, got t=${t} n=${n}`);
  const coeffs = randomness ?? randomBytes((t - 1) * L);
  if (coeffs.length !== (t - 1) * L) throw new CiferError('shamir', `randomness must be ${(t - 1) * L} bytes`);
  const shares: Share[] = [];
  for (let x = 1; x <= n; x++) {
    const y = new Uint8Array(L);
    for (let i = 0; i < L; i++) {
      // Horner from the top coefficient down to the secret byte.
      let acc = 0;
      for (let j = t - 1; j >= 1; j--) acc = gfMul(acc, x) ^ (coeffs[(j - 1) * L + i] ?? 0);
      y[i] = gfMul(acc, x) ^ (secret[i] ?? 0);
    }
    shares.push({ threshold: t, x, y });
  }
  if (!randomness) wipe(coeffs);
  return shares;
}

/** Lagrange basis at `at` for the x coordinates xs. */
function basis(xs: number[], at: number): number[] {
  return xs.map((xj, j) => {
    let num = 1;
    let den = 1;
    xs.forEach((xm, m) => {
      if (m === j) return;
      num = gfMul(num, at ^ xm);
      den = gfMul(den, xj ^ xm);
    });
    return gfMul(num, gfInv(den));
  });
}

function interpolate(use: Share[], l: number[], L: number): Uint8Array {
  const out = new Uint8Array(L);
  for (let i = 0; i < L; i++) {
    let s = 0;
    use.forEach((sh, j) => (s ^= gfMul(l[j] ?? 0, sh.y[i] ?? 0)));
    out[i] = s;
  }
  return out;
}

/**
 * Rebuilds the secret from the first t shares; every further share must lie
 * on the same polynomials, so extra shares are a check, never a choice.
 */
export function combine(shares: Share[]): Uint8Array {
  const first = shares[0];
  if (!first) throw new CiferError('shamir', 'no shares');
  const t = first.threshold;
  const L = first.y.length;
  const seen = new Set<number>();
  for (const s of shares) {
    if (s.threshold !== t) throw new CiferError('shamir', `mixed thresholds ${t} and ${s.threshold}`);
    if (s.y.length !== L) throw new CiferError('shamir', `mixed lengths ${L} and ${s.y.length}`);
    if (s.x === 0 || seen.has(s.x)) throw new CiferError('shamir', `duplicate or zero x=${s.x}`);
    seen.add(s.x);
  }
  if (shares.length < t) throw new CiferError('shamir', `have ${shares.length} shares, need ${t}`);
  const use = shares.slice(0, t);
  const xs = use.map((s) => s.x);
  const secret = interpolate(use, basis(xs, 0), L);
  for (const extra of shares.slice(t)) {
    const y = interpolate(use, basis(xs, extra.x), L);
    let diff = 0;
    for (let i = 0; i < L; i++) diff |= (y[i] ?? 0) ^ (extra.y[i] ?? 0);
    if (diff !== 0) {
      wipe(secret);
      throw new CiferError('shamir', `share x=${extra.x} disagrees with the first ${t}`);
    }
  }
  return secret;
}
