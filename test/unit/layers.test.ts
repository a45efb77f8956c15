import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_COMMANDS } from '../../src/core/knowledge/builtin-commands.js';
import { COMMANDS } from '../../src/discord/features/index.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every module a file reaches through static imports: relative ones by path, packages by name. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm,
    )) {
      const spec = m[1] ?? m[2]!;
      if (/^import\s+type\s/.test(m[0].trim())) continue;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(resolve(ROOT, entry));
  return { files, packages };
}

const rel = (f: string) => relative(ROOT, f);

/** Every TypeScript file of the core, as a path from the repository's root. */
const coreFiles = (): string[] =>
  readdirSync(resolve(ROOT, 'src/core'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/core/${f}`);

describe('layers (input: the static import graph of src/)', () => {
  it.each(['ask', 'chat', 'eval', 'insights', 'kb-check', 'kb-import', 'migrate-to-postgres', 'privacy'])(
    'npm run %s never loads discord.js (it never talks to Discord)',
    (cli) => {
      expect(reach(`src/cli/${cli}.ts`).packages.has('discord.js')).toBe(false);
    },
  );

  it('the core reaches only the core: no discord.js, storage, CLI, app layer or file system', () => {
    for (const file of coreFiles()) {
      const { files, packages } = reach(file);
      expect([...files].map(rel).filter((f) => !f.startsWith('src/core/'))).toEqual([]);
      expect(
        [...packages].filter(
          (p) => p === 'discord.js' || p.startsWith('node:fs') || p === 'pg' || p === 'better-sqlite3',
        ),
      ).toEqual([]);
    }
  });

  it("the core's data flow runs one way: normalise, then search, then decide, then render", () => {
    const flow = ['normalise', 'search', 'decide', 'render'];
    for (const [step, folder] of flow.entries()) {
      const later = flow.slice(step + 1).map((f) => `src/core/${f}/`);
      for (const file of coreFiles().filter((f) => f.startsWith(`src/core/${folder}/`))) {
        const reached = [...reach(file).files].map(rel);
        expect(
          reached.filter((f) => later.some((l) => f.startsWith(l))),
          file,
        ).toEqual([]);
      }
    }
  });

  it('nothing under src/ reaches test/ or bench/', () => {
    const { files } = reach('src/app/main.ts');
    for (const cli of ['ask', 'eval', 'kb-import', 'deploy-commands'])
      for (const f of reach(`src/cli/${cli}.ts`).files) files.add(f);
    expect([...files].map(rel).filter((f) => !f.startsWith('src/'))).toEqual([]);
  });

  it('the reserved command names in the core are exactly the built-in commands the bot registers', () => {
    expect(COMMANDS.map((c) => c.name).sort()).toEqual([...BUILTIN_COMMANDS].sort());
  });
});
