import { hash } from 'node:crypto';
import { randomBase64url } from './random-pool.ts';

/** A private result token: 256 random bits, base64url (43 characters). Only its hash is stored. */
export function createToken(): string {
  return randomBase64url(32);
}

/** A public share id: 128 random bits, base64url (22 characters). */
export function createShareId(): string {
  return randomBase64url(16);
}

/**
 * Whether a string can be a share id. Anything else is answered "not found" without asking the
 * database (PostgreSQL refuses text with a NUL byte, for one).
 */
export function isShareId(value: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(value);
}

/**
 * The SHA-256 (hex) under which a token is stored and looked up. Any string can be hashed, so a
 * malformed token takes the same path as an unknown one and answers the same 404.
 */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}
