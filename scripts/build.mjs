#!/usr/bin/env node
/**
 * The sources under src/ as plain JavaScript, for `npm start` to run with node alone.
 *
 * Why: the bot is a long-lived process, and tsx's loader costs it ~31 MB of resident memory for the whole of
 * its life (node alone 39 MB, node with the loader 71 MB) and part of its start-up. The tests and the terminal
 * tools keep running the sources through tsx, where a rebuild step would only get in the way.
 *
 * esbuild transpiles file by file into the same layout, so each module finds what it reads relative to its own
 * file (locales, lexicons, the guide cache) just as it does in src/; JSON files are copied beside. The bot's entry,
 * app/main.js, is then written again as one bundle (see bundleEntry). Types are `npm run typecheck`'s job, not this
 * one's. Source maps let a stack in the log name the line of src/ (`npm start` runs node with --enable-source-maps).
 * The new tree is written beside the old and swapped in, so a bot already running from it never finds a half-written
 * folder; an unchanged tree is not rebuilt (see hashInputs).
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HELP = `Usage: node scripts/build.mjs [--out DIR] [--with-bench]

Transpiles src/ to plain JavaScript, and bundles the bot's entry (dist/app/main.js) with the packages it uses:
what \`npm start\` runs. Prints nothing on success.

  --out DIR       where to write it (default: dist)
  --with-bench    also transpile bench/, keeping src/ and bench/ as sibling folders under DIR
                  (what \`npm run bench\` measures memory and start-up with)
  --help          this text
`;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function parse(argv) {
  const options = { out: 'dist', withBench: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return { help: true };
    if (a === '--with-bench') options.withBench = true;
    else if (a === '--out' && argv[i + 1] && !argv[i + 1].startsWith('--')) options.out = argv[++i];
    else return { error: a === '--out' ? '--out needs a folder.' : `Unknown option: ${a}` };
  }
  return options;
}

async function transpile({ out, withBench }) {
  // With the bench, src/ and bench/ stay siblings (bench/rss-child.js imports ../src/…); alone, src/ is the root.
  const roots = withBench ? ['src', 'bench'] : ['src'];
  const outbase = withBench ? ROOT : join(ROOT, 'src');
  const target = resolve(ROOT, out);
  // Nothing the build reads has changed since the build already there: it stands (and a read-only install that
  // was built with its image starts without a word).
  const { stamp, core } = hashInputs(roots, withBench);
  if (readStamp(target) === stamp) return;
  const { build } = await import('esbuild');
  const next = `${target}.next-${process.pid}`;
  try {
    mkdirSync(next, { recursive: true });
  } catch (err) {
    // A read-only install (a hardened container) cannot build at start: it runs the build made with the image.
    if (existsSync(join(target, withBench ? 'src/app/main.js' : 'app/main.js'))) {
      process.stderr.write(`Cannot write ${out} (${err.code}); running the build already there.\n`);
      return;
    }
    throw new Error(`cannot write ${out} (${err.code}): run \`npm run build\` where it can be written`);
  }
  try {
    const entryPoints = [];
    for (const root of roots) {
      for (const name of readdirSync(join(ROOT, root), { recursive: true, encoding: 'utf8' })) {
        const file = join(ROOT, root, name);
        if (name.endsWith('.ts')) entryPoints.push(file);
        else if (name.endsWith('.json')) {
          const to = join(next, file.slice(outbase.length));
          mkdirSync(dirname(to), { recursive: true });
          cpSync(file, to);
        }
      }
    }
    const result = await build({
      entryPoints,
      absWorkingDir: ROOT,
      outdir: next,
      outbase,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // JSON imports keep their `with { type: 'json' }`, which node requires (esbuild drops it for node20 otherwise).
      supported: { 'import-attributes': true },
      // Problems are reported one line each, naming the file and line (see `where`), not as esbuild's boxes.
      logLevel: 'silent',
      sourcemap: true,
    });
    for (const w of result.warnings) process.stderr.write(`Build warning: ${where(w)}\n`);
    const app = join(next, withBench ? 'src/app' : 'app');
    await bundleEntry(build, app);
    // The guide cache (src/app/guide-cache.ts) is keyed by a hash of the core's code; hashing its ~70 files at every
    // start took 13 ms, so the build writes the hash it already made, beside them.
    writeFileSync(join(next, withBench ? 'src/core' : 'core', 'fingerprint.txt'), `${core}\n`);
    writeFileSync(join(next, STAMP), `${stamp}\n`);
  } catch (err) {
    // A source esbuild cannot read: nothing half-built is left behind, and the last good build stays.
    rmSync(next, { recursive: true, force: true });
    if (Array.isArray(err.errors) && err.errors.length > 0) throw new Error(err.errors.map(where).join('\n  '));
    throw err;
  }
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(next, target);
  } catch (err) {
    // Another build of the same sources (a second `npm start`) swapped its tree in first: keep that one.
    if (!existsSync(target)) throw err;
    rmSync(next, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

/** Names what a build was made from (see hashInputs), inside the build. */
const STAMP = 'build-inputs.txt';

/**
 * A hash of everything a build is made from: the sources, the locked package versions (the bundle carries the
 * packages' code), tsconfig.json (esbuild reads some of its options) and this script. Bundling takes about a second
 * here, so `npm start` rebuilds only when one of them has changed: some twenty milliseconds to hash them.
 */
function hashInputs(roots, withBench) {
  const hash = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(String(withBench));
  // The core's sources alone, read in the same walk: the guide cache's key (see above).
  const core = createHash('sha256');
  for (const file of ['package-lock.json', 'tsconfig.json'])
    if (existsSync(join(ROOT, file))) hash.update(`${file}\n`).update(readFileSync(join(ROOT, file)));
  for (const root of roots) {
    for (const name of readdirSync(join(ROOT, root), { recursive: true, encoding: 'utf8' }).sort()) {
      const file = join(ROOT, root, name);
      if (!statSync(file).isFile()) continue;
      const text = readFileSync(file);
      hash.update(`${root}/${name}\n`).update(text);
      if (root === 'src' && /^core\/.*\.(ts|json)$/.test(name)) core.update(name.slice('core/'.length)).update(text);
    }
  }
  return { stamp: hash.digest('hex'), core: core.digest('hex') };
}

function readStamp(target) {
  try {
    return readFileSync(join(target, STAMP), 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * Packages the bundle leaves to node to load: native addons (better-sqlite3; pg's optional pg-native) and the
 * optional speed-ups ws and discord.js try to require and do without. pg itself is bundled: a package left outside is
 * imported when the bundle loads, and pg is only wanted when STEPWISE_DB is a PostgreSQL URL.
 */
const UNBUNDLED = [
  'better-sqlite3',
  'pg-native',
  'bufferutil',
  'utf-8-validate',
  'zlib-sync',
  'erlpack',
  '@discordjs/opus',
];

/**
 * The bot's entry (app/main.js) as one file, with discord.js and the other pure-JavaScript packages inside: node then
 * reads, resolves and compiles one module instead of about nine hundred (BENCHMARKS.md, session 26: a quarter of
 * the bot's start-up). Everything else in the tree stays file by file (the bench and the data files
 * read beside them). What the bundle reads at run time lies where it looks: the lexicon at ../core/ as from any
 * app/ module, and the locale files, which messages.ts requires from beside itself, copied beside it.
 */
async function bundleEntry(build, app) {
  await build({
    entryPoints: [join(ROOT, 'src/app/main.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    outfile: join(app, 'main.js'),
    allowOverwrite: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    supported: { 'import-attributes': true },
    external: [...UNBUNDLED, '../core/normalise/cross-language.json'],
    // Bundled CommonJS (discord.js and its dependencies) calls require() for node's built-in modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'silent',
    // Without its whitespace the bundle is 3.7 MB instead of 5.4: V8 holds a module's source for its whole life, and
    // the bot measured 9 MB less at ready and started ~100 ms sooner. Names are kept, and Stepwise's own lines map back
    // to src/ through the source map; a package's frames read as a column of a long line.
    minifyWhitespace: true,
    sourcemap: true,
    sourcesContent: false,
  });
  ownLinesOnly(join(app, 'main.js.map'));
  cpSync(join(ROOT, 'src/core/i18n/locales'), join(app, 'locales'), { recursive: true });
}

/**
 * Keeps a source map's mappings into Stepwise's own files only. With discord.js and the other packages mapped too, the
 * bundle's map was 2.7 MB, and node (--enable-source-maps) parses it as it loads the bundle: ~130 ms of every start.
 * A stack then names `src/` lines for Stepwise's code, and lines of the bundle for a package's.
 */
function ownLinesOnly(mapFile) {
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const keep = map.sources.map((s) => !s.includes('node_modules/'));
  const sources = map.sources.filter((_, i) => keep[i]);
  const newIndex = [];
  for (let i = 0, n = 0; i < keep.length; i++) newIndex.push(keep[i] ? n++ : -1);
  // Mappings are base-64 VLQ fields, each relative to the same field of the previous segment (the column only
  // within its line); decoded to absolute values, filtered, encoded again.
  const state = [0, 0, 0, 0, 0];
  const out = [0, 0, 0, 0];
  const lines = map.mappings.split(';').map((line) => {
    state[0] = 0;
    out[0] = 0;
    const kept = [];
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      for (let f = 0; f < fields.length; f++) state[f] += fields[f];
      if (fields.length < 4 || newIndex[state[1]] < 0) continue;
      const abs = [state[0], newIndex[state[1]], state[2], state[3]];
      kept.push(encodeVlq(abs.map((v, f) => v - out[f])));
      abs.forEach((v, f) => (out[f] = v));
    }
    return kept.join(',');
  });
  writeFileSync(mapFile, JSON.stringify({ version: 3, sources, names: [], mappings: lines.join(';') }));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
function encodeVlq(values) {
  let text = '';
  for (const v of values) {
    let rest = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = rest & 31;
      rest >>>= 5;
      if (rest > 0) digit |= 32;
      text += B64[digit];
    } while (rest > 0);
  }
  return text;
}

/** An esbuild message as `src/app/x.ts:3:7: what is wrong` (its path is relative to absWorkingDir, the root). */
function where(message) {
  const at = message.location;
  return at ? `${at.file}:${at.line}:${at.column + 1}: ${message.text}` : message.text;
}

const options = parse(process.argv.slice(2));
if (options.help) process.stdout.write(HELP);
else if (options.error) {
  process.stderr.write(`${options.error} See --help.\n`);
  process.exitCode = 1;
} else {
  try {
    await transpile(options);
  } catch (err) {
    process.stderr.write(`Build failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
