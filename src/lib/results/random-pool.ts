import { randomFillSync } from 'node:crypto';

// Random bytes are drawn from the system's generator a page at a time, handed out once, and wiped.
const pool = Buffer.alloc(8192);
let offset = pool.length;

/** Copies `length` fresh random bytes into `target` at `at`. Never hands out the same bytes twice. */
export function fillRandom(target: Buffer, at: number, length: number): void {
  if (offset + length > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  pool.copy(target, at, offset, offset + length);
  pool.fill(0, offset, offset + length);
  offset += length;
}

/** `length` fresh random bytes as base64url. */
export function randomBase64url(length: number): string {
  const bytes = Buffer.allocUnsafe(length);
  fillRandom(bytes, 0, length);
  return bytes.toString('base64url');
}
