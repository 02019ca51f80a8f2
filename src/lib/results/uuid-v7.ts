import { fillRandom } from './random-pool.ts';

const bytes = Buffer.alloc(16);

/**
 * A UUID version 7 (RFC 9562): 48 bits of milliseconds since 1970, then random bits. Made by the app,
 * like every id, and time-ordered, so new rows go to the end of the primary-key index instead of a
 * random place in it (SQLite inserts about a third faster).
 */
export function uuidV7(now: number = Date.now()): string {
  fillRandom(bytes, 6, 10);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
