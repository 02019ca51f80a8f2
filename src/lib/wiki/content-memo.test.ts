import { afterEach, expect, test, vi } from 'vitest';
import { contentMemo } from './content-memo.ts';

afterEach(() => vi.unstubAllEnvs());

test('in production, content is loaded once and shared', async () => {
  vi.stubEnv('DEV', false);
  const load = vi.fn(() => Promise.resolve({ items: [1, 2] }));
  const get = contentMemo(load);
  const [a, b] = await Promise.all([get(), get()]);
  expect(await get()).toBe(a);
  expect(b).toBe(a);
  expect(load).toHaveBeenCalledTimes(1);
});

test('a failed load is not kept: the next call tries again', async () => {
  vi.stubEnv('DEV', false);
  const load = vi.fn().mockRejectedValueOnce(new Error('not yet')).mockResolvedValue('loaded');
  const get = contentMemo(load);
  await expect(get()).rejects.toThrow('not yet');
  expect(await get()).toBe('loaded');
  expect(load).toHaveBeenCalledTimes(2);
});

test('in dev, every call loads afresh (the content changes under the dev server)', async () => {
  vi.stubEnv('DEV', true);
  const load = vi.fn(() => Promise.resolve('fresh'));
  const get = contentMemo(load);
  await get();
  await get();
  expect(load).toHaveBeenCalledTimes(2);
});
