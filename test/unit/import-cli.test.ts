import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_FILE, seedUnofficialLink } from '../support/shared.js';

const SEED = SEED_FILE;
const unofficial = seedUnofficialLink();
const root = mkdtempSync(join(tmpdir(), 'stepwise-import-'));
const out = join(root, 'kb');
const run = (script: string, args: string[]) =>
  spawnSync('npx', ['tsx', script, ...args], { encoding: 'utf8', timeout: 60_000 });

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('kb-import CLI (input: the seed guide into a fresh temp dir)', () => {
  it('writes the folder, prints the report and a passing check, exits 0', () => {
    const r = run('src/cli/kb-import.ts', [SEED, '--out', out, '--allow-host', 'https://help.example.org/x']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/topics written/);
    expect(r.stdout).toMatch(/\n {6}- Password Lost \[password-lost\] — 5 steps from bullet list/);
    expect(r.stdout).toMatch(/Links dropped .*: 1\n {2}- /);
    expect(r.stdout).toContain(`- ${unofficial.url}`);
    expect(r.stdout).toMatch(/kb:check: .* OK: \d+ topics/);
    const files = readdirSync(out);
    expect(files).toContain('allowed-hosts.txt');
    expect(readFileSync(join(out, 'allowed-hosts.txt'), 'utf8')).toMatch(
      /^my\.kaspersky\.com$[\s\S]*^help\.example\.org$/m,
    );
    for (const f of files) expect(readFileSync(join(out, f), 'utf8').toLowerCase()).not.toContain(unofficial.host);
  }, 60_000);

  it('refuses to write into the now non-empty folder without --force (exit 1, clear message)', () => {
    const r = run('src/cli/kb-import.ts', [SEED, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is not empty.*--force/);
  }, 60_000);

  it('with --force and --json replaces the folder and prints one JSON report', () => {
    const r = run('src/cli/kb-import.ts', [SEED, '--out', out, '--force', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as {
      valid: boolean;
      topics: Array<{ id: string; title: string; heading: string }>;
      droppedLinks: Array<{ url: string }>;
    };
    expect(report.valid).toBe(true);
    expect(report.topics.length).toBeGreaterThanOrEqual(15);
    // Each topic names the source heading it came from, as written, so labels made against the source map onto topics.
    const seedLines = new Set(
      readFileSync(SEED, 'utf8')
        .split('\n')
        .map((l) =>
          l
            .replace(/^#+\s*/, '')
            .replace(/[*_`]/g, '')
            .trim(),
        ),
    );
    for (const t of report.topics) expect(seedLines.has(t.heading), t.heading).toBe(true);
    expect(report.droppedLinks.map((d) => d.url)).toEqual([unofficial.url]);
  }, 60_000);

  it('kb-check passes on the imported folder', () => {
    const r = run('src/cli/kb-check.ts', [out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/OK/);
  }, 60_000);
});
