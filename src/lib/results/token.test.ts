import { expect, test } from 'vitest';
import { createShareId, createToken, hashToken } from './token.ts';

test('tokens carry 256 random bits as base64url', () => {
  const token = createToken();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  expect(createToken()).not.toBe(token);
});
test('share ids carry 128 random bits as base64url', () => {
  expect(createShareId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
});
test('the stored hash is the SHA-256 of the token, in hex', () => {
  expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('never hands out the same token twice, across pool refills', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 2000; i++) seen.add(createToken());
  expect(seen.size).toBe(2000);
});
