import { describe, expect, test } from 'vitest';
import { dataStoreModule } from './data-store-json.ts';

async function evaluate(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return module.default;
}

describe('dataStoreModule', () => {
  test('exports the value of the data store text, strings and all', async () => {
    const value = [
      ['Map', 1, 2],
      'meta::meta',
      {
        html: "<p>“Quotes”, 'apostrophes', back\\slashes, </script> and a line\nbreak</p>",
        zh: '伴侣之间的沟通\u2028和\u2029分隔符',
        emoji: '👋🏽',
        nested: { n: -1.5e-7, t: true, f: false, z: null, empty: [] },
      },
    ];
    // A key JSON keeps as an own property, where an object literal would set the prototype.
    const json = JSON.stringify(value).replace('"html"', '"__proto__":"own","html"');
    const code = dataStoreModule(json);
    expect(code).toMatch(/^export default JSON\.parse\(/);
    const exported = await evaluate(code ?? '');
    expect(exported).toEqual(JSON.parse(json));
    const entry = (exported as Record<string, unknown>[])[2] ?? {};
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(Object.hasOwn(entry, '__proto__')).toBe(true);
  });

  test('leaves text that is not JSON to Astro', () => {
    expect(dataStoreModule('')).toBeUndefined();
    expect(dataStoreModule('[1, 2')).toBeUndefined();
    expect(dataStoreModule('export default []')).toBeUndefined();
  });
});
