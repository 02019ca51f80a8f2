#!/usr/bin/env node
// `npm run build`: the Astro build, then what the production server needs beside it:
//   dist/server/main.mjs         the server (src/server/main.ts bundled with Astro's entry.mjs)
//   dist/server/submission-worker.mjs  the submission thread (src/server/submission-worker.ts)
//   dist/server/build-info.json  hashes of the inline scripts of prerendered pages, for the CSP
//   dist/server/content/         instruments, practices and report content, read by the API at start
//   dist/server/fonts/           the share-card font
//   dist/client/**/*.{br,gz}     pre-compressed copies of text files
//   dist/.build-stamp            written last: its presence means the build is complete
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const clientDir = join(dist, 'client');
const serverDir = join(dist, 'server');

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest', '.map']);
const MIN_COMPRESS_BYTES = 256;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

function astroBuild() {
  rmSync(join(dist, '.build-stamp'), { force: true });
  const result = spawnSync(process.execPath, [join(root, 'scripts/astro.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** How the server's files are bundled: ESM for Node 20, packages left to node_modules. */
const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};

async function bundleServer() {
  await build({
    ...NODE_BUNDLE,
    stdin: {
      contents: [
        "import { handler } from './entry.mjs';",
        `import { run } from ${JSON.stringify(join(root, 'src/server/main.ts'))};`,
        'await run(handler, import.meta.url);',
      ].join('\n'),
      resolveDir: serverDir,
      sourcefile: 'server-stub.mjs',
      loader: 'js',
    },
    outfile: join(serverDir, 'main.mjs'),
    external: ['./entry.mjs'],
  });
  // The submission thread's code: a file of its own, which the server starts as a worker thread.
  await build({
    ...NODE_BUNDLE,
    entryPoints: [join(root, 'src/server/submission-worker.ts')],
    outfile: join(serverDir, 'submission-worker.mjs'),
  });
}

function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    hashes.push(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return hashes;
}

/** Pre-compresses the text files that `include` accepts, and collects the inline script hashes of HTML. */
function postProcessClient(include) {
  const hashes = new Set();
  let compressed = 0;
  for (const file of walk(clientDir).filter(include)) {
    const ext = extname(file);
    if (!COMPRESSIBLE.has(ext)) continue;
    const data = readFileSync(file);
    if (ext === '.html') for (const h of inlineScriptHashes(data.toString('utf8'))) hashes.add(h);
    if (data.length < MIN_COMPRESS_BYTES) continue;
    // Hashed assets are few and cached for a year: as small as brotli can make them. Pages are many:
    // quality 6 compresses nearly as well in a fraction of the time.
    const quality = file.startsWith(join(clientDir, '_astro')) ? 11 : 6;
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }),
    );
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 6 }));
    compressed++;
  }
  return { compressed, hashes };
}

/** The API reads instruments and practices at start; the build ships them beside the server. */
function copyContentData() {
  for (const dir of ['instruments', 'practices', 'report']) {
    cpSync(join(root, 'src/content', dir), join(serverDir, 'content', dir), { recursive: true });
  }
  cpSync(join(root, 'src/lib/share/fonts'), join(serverDir, 'fonts'), { recursive: true });
}

/**
 * The search index: Pagefind's extended build (it segments Chinese) indexes the article bodies
 * (`data-pagefind-body`) of the built pages, one bundle per language in dist/client/pagefind/<lang>/.
 * The two languages are indexed side by side, in their own processes.
 */
function buildSearchIndex() {
  const one = (lang) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(root, 'scripts/search-index.mjs'), clientDir, lang], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('exit', (code) =>
        code === 0
          ? resolve(JSON.parse(out.trim().split('\n').at(-1)).pages)
          : reject(new Error(`search index (${lang}) failed`)),
      );
    });
  return Promise.all([one('en'), one('zh')]).then(([en, zh]) => en + zh);
}

const started = Date.now();
const phases = [];
const phase = async (name, fn) => {
  const t = Date.now();
  const value = await fn();
  phases.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return value;
};
await phase('astro', astroBuild);
// The search index builds in its own processes while this one bundles the server and compresses.
const searchIndex = phase('search index', buildSearchIndex);
await phase('server bundle', bundleServer);
copyContentData();
const { compressed, hashes } = await phase('compress', () =>
  postProcessClient((file) => !file.startsWith(join(clientDir, 'pagefind'))),
);
const indexed = await searchIndex;
const pagefindFiles = await phase('compress search', () =>
  postProcessClient((file) => file.startsWith(join(clientDir, 'pagefind'))),
);
writeFileSync(
  join(serverDir, 'build-info.json'),
  `${JSON.stringify({ staticScriptHashes: [...hashes].sort() }, null, 2)}\n`,
);
writeFileSync(join(dist, '.build-stamp'), `${new Date().toISOString()}\n`);
const pages = walk(clientDir).filter((f) => f.endsWith('.html')).length;
console.log(
  `build complete: ${pages} pages (${indexed} in the search index), ${compressed + pagefindFiles.compressed} files pre-compressed, ${hashes.size} inline script hash(es), ${((Date.now() - started) / 1000).toFixed(1)} s (${phases.join(', ')})`,
);
