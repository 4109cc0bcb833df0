import { encodeTime, monotonicFactory } from 'ulid';

/**
 * Record ids: ULIDs (26 characters of Crockford base 32, the first 10 the creation time in ms), so
 * ids made in two browsers never collide and sort by creation. Made with `ulid` (the reference
 * implementation: no dependencies, no eval, crypto.getRandomValues, which service workers have).
 */
export { ULID_PATTERN } from './ulid-pattern';

/** Random bytes drawn 4 KB at a time: ulid asks for one per character, and a call per byte is slow at 50,000 ids. */
let pool = new Uint8Array(0);
let next = 0;
function prng(): number {
  if (next >= pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(4096));
    next = 0;
  }
  return pool[next++]! / 256;
}

const monotonic = monotonicFactory(prng);

/** A new id, later than every id this context made before it (even within one millisecond). */
export function newId(): string {
  return monotonic();
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** cyrb53: a fast 53-bit string hash (not cryptographic: it only has to spread legacy keys). */
function hash53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** 8 base-32 characters (40 bits) of a 53-bit number. */
const base32 = (n: number) => Array.from({ length: 8 }, (_, i) => ALPHABET[Math.floor(n / 2 ** (5 * i)) % 32]).join('');

/**
 * The id of a record from before ids were ULIDs (a note numbered 7, a candidate keyed by its URL):
 * the time it was made, then a hash of its old key. The same old record always gets the same id, so
 * the upgraded database and a converted old backup of it name it alike, and importing that backup
 * twice, or into the upgraded database, adds nothing.
 */
export function legacyId(time: string, oldKey: string): string {
  const ms = Date.parse(time);
  return encodeTime(Number.isFinite(ms) && ms >= 0 ? ms : 0, 10) + base32(hash53(oldKey, 1)) + base32(hash53(oldKey, 2));
}
