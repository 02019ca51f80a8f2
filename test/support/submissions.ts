import { fileURLToPath } from 'node:url';
import { loadInstrument } from '../../src/lib/instruments/load-instrument.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The relationship test, read from its file (not from the server under test). */
export const relationshipTest = loadInstrument(root, 'relationship-test');

/** Answers for every item, `value` for all unless overridden. */
export function answersFor(value = 3, over: Record<string, number> = {}): Record<string, number> {
  return { ...Object.fromEntries(relationshipTest.items.map((i) => [i.id, value])), ...over };
}

/** A complete, valid `POST /api/v1/results` body. */
export function validSubmission(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    instrument: 'relationship-test',
    lang: 'en',
    safety: { afraid: 'no', hurt: 'no', controlled: 'skip' },
    answers: answersFor(3, {
      'dep-1': 5,
      'dep-2': 5,
      'dep-3': 4,
      'dep-4': 5,
      'dep-5': 4,
      'ind-1': 1,
      'ind-2': 2,
      'ind-3': 2,
      'ind-4': 1,
      'ind-5': 2,
      'pu-1': 5,
      'pu-2': 4,
      'pu-3': 4,
      'pu-4': 1,
    }),
    research: false,
    ...over,
  };
}

/** POSTs JSON and returns status, headers and parsed body. */
export async function postJson(origin: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status: res.status,
    headers: res.headers,
    json: json as Record<string, unknown> & { error?: { code: string; details: unknown[] } },
    text,
  };
}
