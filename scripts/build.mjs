#!/usr/bin/env node
/**
 * The sources under src/ as plain JavaScript, for `npm start` to run with node alone.
 *
 * Why: the bot is a long-lived process, and tsx's loader costs it ~31 MB of resident memory for the whole of
 * its life (node alone 39 MB, node with the loader 71 MB) and part of its start-up. The tests and the terminal
 * tools keep running the sources through tsx, where a rebuild step would only get in the way.
 *
 * esbuild transpiles file by file into the same layout, so each module finds what it reads relative to its own
 * file (locales, lexicons, the guide cache) just as it does in src/; JSON files are copied beside. Types are
 * `npm run typecheck`'s job, not this one's. A source map beside each file lets a stack in the log name the line
 * of src/ (`npm start` runs node with --enable-source-maps). The new tree is written beside the old and swapped
 * in, so a bot already running from it never finds a half-written folder.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HELP = `Usage: node scripts/build.mjs [--out DIR] [--with-bench]

Transpiles src/ to plain JavaScript (what \`npm start\` runs). Prints nothing on success.

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
    writeCoreFingerprint(join(ROOT, 'src/core'), join(next, withBench ? 'src/core' : 'core'));
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

/**
 * The guide cache (src/app/guide-cache.ts) is keyed by a hash of the core's code. Hashing some seventy files at every
 * start took 13 ms of it; the build knows the files it transpiled, so it writes their hash once, beside them.
 */
function writeCoreFingerprint(sourceDir, outDir) {
  const hash = createHash('sha256');
  const names = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((n) => /\.(ts|json)$/.test(n))
    .sort();
  for (const name of names) hash.update(name).update(readFileSync(join(sourceDir, name)));
  writeFileSync(join(outDir, 'fingerprint.txt'), `${hash.digest('hex')}\n`);
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
