import { expect, test } from 'vitest';
import { splitAfterSection } from './split-html.ts';

const html =
  '<h2 id="a">A</h2><h3 id="step-1">One</h3><p>x</p><h4 id="sub">s</h4><p>y</p><h3 id="step-2">Two</h3><h2 id="b">B</h2>';

test('splits before the next heading of the same level', () => {
  expect(splitAfterSection(html, 'step-1')).toEqual([
    '<h2 id="a">A</h2><h3 id="step-1">One</h3><p>x</p><h4 id="sub">s</h4><p>y</p>',
    '<h3 id="step-2">Two</h3><h2 id="b">B</h2>',
  ]);
});
test('a higher heading also ends the section', () => {
  expect(splitAfterSection(html, 'step-2')?.[1]).toBe('<h2 id="b">B</h2>');
});
test('the last section runs to the end', () => {
  expect(splitAfterSection(html, 'b')?.[1]).toBe('');
});
test('an unknown id gives nothing', () => {
  expect(splitAfterSection(html, 'nope')).toBeUndefined();
});
