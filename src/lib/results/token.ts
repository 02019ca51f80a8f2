import { createHash, randomBytes } from 'node:crypto';

/** A private result token: 256 random bits, base64url (43 characters). Only its hash is stored. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A public share id: 128 random bits, base64url (22 characters). */
export function createShareId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * The SHA-256 (hex) under which a token is stored and looked up. Any string can be hashed, so a
 * malformed token takes the same path as an unknown one and answers the same 404.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
