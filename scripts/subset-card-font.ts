// `npm run fonts:cards`: remakes the share-card fonts (src/lib/share/fonts/) when card texts change.
// Needs fontTools and the Noto CJK fonts, from Debian: `apt-get install python3-fonttools fonts-noto-cjk`.
// The subset fonts are committed, so nothing here is needed to build or run the site.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardCharacters } from '../src/lib/share/card-text.ts';

const SOURCES: [weight: string, ttc: string][] = [
  ['Regular', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'],
  ['Bold', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'],
];
/** In the Noto Sans CJK collections, face 2 is Simplified Chinese (SC). */
const SC_FACE = 2;
const out = fileURLToPath(new URL('../src/lib/share/fonts/', import.meta.url));
const textFile = join(tmpdir(), 'rcw-card-chars.txt');
writeFileSync(textFile, cardCharacters());

for (const [weight, source] of SOURCES) {
  const target = join(out, `NotoSansSC-${weight}.subset.otf`);
  const run = spawnSync(
    '/usr/bin/python3',
    [
      '-m',
      'fontTools.subset',
      source,
      `--font-number=${SC_FACE}`,
      `--text-file=${textFile}`,
      `--output-file=${target}`,
      '--layout-features=*',
      '--name-IDs=*',
      '--notdef-outline',
    ],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  console.log(`wrote ${target}`);
}
