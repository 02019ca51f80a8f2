// A fixed piece of JavaScript work (JSON, hashing, regular expressions), timed: the median of seven
// rounds says how fast this machine was during the run. The figures of two runs are comparable only
// when their calibrations are close; shared machines here have differed by a factor of three.
import { createHash } from 'node:crypto';

export function calibrate(): number {
  const doc = {
    items: Array.from({ length: 200 }, (_, i) => ({
      id: `item-${i}`,
      text: 'partner listen need calm '.repeat(4),
      n: i,
    })),
  };
  const times: number[] = [];
  for (let round = 0; round < 7; round++) {
    const started = performance.now();
    for (let i = 0; i < 300; i++) {
      const json = JSON.stringify(doc);
      JSON.parse(json);
      createHash('sha256').update(json).digest('hex');
      json.replace(/[aeiou]/g, (c) => c.toUpperCase());
    }
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[3] ?? 0);
}
