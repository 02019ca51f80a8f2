import { describe, expect, test } from 'vitest';
import { dependenceMapSvg, regionLabelLines, textBox } from './dependence-map-svg.ts';

const labels = {
  title: 'Map',
  desc: 'Scores <b>',
  xAxis: 'Dependence',
  yAxis: 'Independence',
  you: 'You',
  regions: {
    'healthy-interdependence': 'Healthy interdependence',
    'over-dependence': 'Over-dependence',
    'hyper-independence': 'Hyper-independence',
    'uneasy-both-ways': 'Uneasy both ways',
  },
};

describe('dependenceMapSvg', () => {
  test('is an image named by its title and description', () => {
    const svg = dependenceMapSvg({ dependence: 3, independence: 3, labels, id: 'm' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="m-title m-desc"/);
    expect(svg).toContain('<title id="m-title">Map</title><desc id="m-desc">Scores &lt;b&gt;</desc>');
  });
  test('places the dot by the scores: dependence on x, independence on y (up)', () => {
    const dot = (dep: number, ind: number) => {
      const m = /class="dmap-dot" cx="([\d.]+)" cy="([\d.]+)"/.exec(
        dependenceMapSvg({ dependence: dep, independence: ind, labels, id: 'm' }),
      );
      return [Number(m?.[1]), Number(m?.[2])];
    };
    const [x1, y1] = dot(1, 1);
    const [x5, y5] = dot(5, 5);
    expect(x5).toBeGreaterThan(x1 ?? 0);
    expect(y5).toBeLessThan(y1 ?? 0);
    expect(dot(3, 3)).toEqual([190, 150]);
    // Out-of-range scores stay on the map.
    expect(dot(9, -2)).toEqual(dot(5, 1));
  });
  test('draws and names all four regions', () => {
    const svg = dependenceMapSvg({ dependence: 2, independence: 4, labels, id: 'm' });
    for (const id of Object.keys(labels.regions)) expect(svg).toContain(`dmap-${id}`);
    expect(svg).toContain('>Uneasy both</tspan>');
  });
});

test('region labels wrap at spaces and hyphens, Chinese stays on one line', () => {
  expect(regionLabelLines('Hyper-independence')).toEqual(['Hyper-', 'independence']);
  expect(regionLabelLines('Healthy interdependence')).toEqual(['Healthy', 'interdependence']);
  expect(regionLabelLines('健康的相互依赖')).toEqual(['健康的相互依赖']);
});

const zhLabels = {
  ...labels,
  you: '你',
  regions: {
    'healthy-interdependence': '健康的相互依赖',
    'over-dependence': '过度依赖',
    'hyper-independence': '过度独立',
    'uneasy-both-ways': '两头不安',
  },
};

type Box = ReturnType<typeof textBox>;

/** The boxes of the drawn texts, read back from the markup (the same size estimate as the map's). */
function drawn(svg: string): { regions: Box[]; you: Box; dot: { x: number; y: number } } {
  const box = (x: number, y: number, anchor: string, lines: string[]): Box =>
    textBox(lines, x, y, anchor as 'start' | 'middle' | 'end');
  const regions = [
    ...svg.matchAll(/<text class="dmap-label" x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)">(.*?)<\/text>/g),
  ].map((m) =>
    box(
      Number(m[1]),
      Number(m[2]),
      m[3] ?? '',
      [...(m[4] ?? '').matchAll(/>([^<]*)<\/tspan>/g)].map((t) => t[1] ?? ''),
    ),
  );
  const you = /<text class="dmap-you" x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)">([^<]*)<\/text>/.exec(svg);
  const dot = /class="dmap-dot" cx="([\d.]+)" cy="([\d.]+)"/.exec(svg);
  return {
    regions,
    you: box(Number(you?.[1]), Number(you?.[2]), you?.[3] ?? '', [you?.[4] ?? '']),
    dot: { x: Number(dot?.[1]), y: Number(dot?.[2]) },
  };
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('wherever the dot is, "You" covers no region name, and no region name lies under the dot', () => {
  let covered = 0;
  for (const set of [labels, zhLabels]) {
    for (let dep = 1; dep <= 5.001; dep += 0.1) {
      for (let ind = 1; ind <= 5.001; ind += 0.1) {
        const { regions, you, dot } = drawn(
          dependenceMapSvg({ dependence: dep, independence: ind, labels: set, id: 'm' }),
        );
        expect(regions).toHaveLength(4);
        for (const region of regions) expect(overlap(you, region), `You at ${dep}, ${ind}`).toBe(false);
        // Inside the map's plot.
        expect(you.left, `You at ${dep}, ${ind}`).toBeGreaterThanOrEqual(52);
        expect(you.right, `You at ${dep}, ${ind}`).toBeLessThanOrEqual(328);
        const halo = { left: dot.x - 14, top: dot.y - 14, right: dot.x + 14, bottom: dot.y + 14 };
        if (regions.some((r) => overlap(r, halo))) covered++;
      }
    }
  }
  // Where a name cannot move out of the way within its region (the dot deep in it), the dot may cover it.
  expect(covered).toBe(0);
});
