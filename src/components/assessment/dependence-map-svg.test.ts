import { describe, expect, test } from 'vitest';
import { dependenceMapSvg, regionLabelLines } from './dependence-map-svg.ts';

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
