import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const run = (args: string[]) =>
  spawnSync(TSX, ['src/cli/eval.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

interface Rates {
  right: number;
  helped: number;
  wrong: number;
  offTopicAnswered: number;
  offTopicEscalated: number;
  smallTalkIgnored: number;
}
interface Report {
  guides: Array<{ name: string; judgedBy: string; figures: { inScope: number; inScopeIgnored: number }; rates: Rates }>;
  pooledUntaught: { figures: { inScope: number; inScopeIgnored: number }; rates: Rates };
}

const tmp = mkdtempSync(join(tmpdir(), 'stepwise-guides-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('eval --guides: a team’s own guide, imported and asked questions written blind for it', () => {
  it('input: the thirty-two blind guides, scored with the shipped model → per-guide and pooled figures an admin can read', () => {
    const r = run(['--guides', 'test/data/blind-guides', '--served', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.guides.map((g) => g.name)).toEqual([
      'final-a',
      'final-aa',
      'final-ab',
      'final-ac',
      'final-ad',
      'final-ae',
      'final-af',
      'final-ag',
      'final-b',
      'final-d',
      'final-e',
      'final-f',
      'final-g',
      'final-h',
      'final-i',
      'final-j',
      'final-k',
      'final-l',
      'final-m',
      'final-n',
      'final-o',
      'final-p',
      'final-q',
      'final-r',
      'final-s',
      'final-t',
      'final-u',
      'final-v',
      'final-w',
      'final-x',
      'final-y',
      'final-z',
    ]);
    expect(report.guides.every((g) => g.judgedBy === 'model')).toBe(true);
    const pooled = report.pooledUntaught;
    // Floors well below what the shipped model measures there (right 30%, helped 77%, wrong 3%),
    // so a change that breaks answering on new guides fails here, not in production.
    expect(pooled.rates.right).toBeGreaterThan(0.25);
    expect(pooled.rates.helped).toBeGreaterThan(0.65);
    expect(pooled.rates.wrong).toBeLessThan(0.1);
    expect(pooled.rates.smallTalkIgnored).toBeGreaterThanOrEqual(0.9);
    // None is met with silence (one of final-g's was on arrival, until a greeting stopped making a question chatter;
    // one of final-o's, until "before the update it worked fine" stopped reading as a fix).
    expect(pooled.figures.inScopeIgnored).toBe(0);
  }, 120_000);

  it('input: three corpus guides → leave-one-guide-out prints a row per guide and the pooled line', () => {
    for (const name of ['anki-manual', 'krita-manual', 'quodlibet-user'])
      cpSync(join(ROOT, 'test/data/guides', name), join(tmp, name), { recursive: true });
    const r = run(['--guides', tmp]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/3 guides, leave-one-guide-out/);
    for (const name of ['anki-manual', 'krita-manual', 'quodlibet-user'])
      expect(r.stdout).toMatch(new RegExp(`^${name}\\s+\\d+\\s+[\\d.]+%`, 'm'));
    expect(r.stdout).toMatch(/^pooled, untaught\s+\d+/m);
  }, 120_000);

  it('input: a docs site kept as a folder of pages (guide/) → imported as kb:import reads a folder, labels resolve', () => {
    const beam = join(tmp, 'site', 'beam');
    cpSync(join(ROOT, 'test/fixtures/import/docs-folder'), join(beam, 'guide'), { recursive: true });
    const lines = [
      { q: 'how do i pair my light with an iphone', expect: ['On iPhone'], cat: 'in' },
      { q: 'make the rear light blink to save battery', expect: ['Saver mode'], cat: 'in' },
      { q: 'can I dim the front light at night', expect: ['Night mode'], cat: 'in' },
      { q: 'what does a replacement lens cost', expect: 'escalate', cat: 'oos' },
    ];
    writeFileSync(join(beam, 'questions.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
    const r = run(['--guides', join(tmp, 'site'), '--served', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.guides.map((g) => g.name)).toEqual(['beam']);
    // Every label names a heading of one of the pages (a label naming none would leave its question out).
    expect(report.guides[0]!.figures.inScope).toBe(3);
  }, 120_000);

  it('input: translated questions (GUIDE.LANG.jsonl) → the guide asked them as served, one row per language', () => {
    const site = join(tmp, 'asked-site');
    cpSync(join(ROOT, 'test/fixtures/import/docs-folder'), join(site, 'beam', 'guide'), { recursive: true });
    writeFileSync(join(site, 'beam', 'questions.jsonl'), '');
    const asked = join(tmp, 'asked');
    mkdirSync(asked);
    const lines = (qs: Array<[string, string[] | string, string]>) =>
      qs.map(([q, expect, cat]) => JSON.stringify({ q, expect, cat })).join('\n');
    writeFileSync(
      join(asked, 'beam.hi-Latn.jsonl'),
      lines([
        ['bhai rear light ko saver mode me blink kaise karu', ['Saver mode'], 'in'],
        ['thanks bhai ho gaya', 'ignore', 'smalltalk'],
      ]),
    );
    writeFileSync(join(asked, 'beam.es.jsonl'), lines([['¿cuánto cuesta una lente de repuesto?', 'escalate', 'oos']]));
    const r = run(['--guides', site, '--asked', asked, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.guides.map((g) => g.name)).toEqual(['es', 'hi-Latn']);
    const hinglish = report.guides[1]!;
    expect(hinglish.figures.inScope).toBe(1);
    expect(hinglish.rates.right).toBe(1);
    expect(hinglish.rates.smallTalkIgnored).toBe(1);
    writeFileSync(join(asked, 'nope.ja.jsonl'), lines([['ライト', ['Saver mode'], 'in']]));
    const unknown = run(['--guides', site, '--asked', asked]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/nope\.ja\.jsonl names guide nope, which is not a guide of --guides/);
  }, 120_000);

  it('input: a folder with no guides, and a question line that is not JSON → one clear line, exit 1', () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    const none = run(['--guides', empty]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/holds no guide folders/);
    const bad = join(tmp, 'bad');
    mkdirSync(join(bad, 'g'), { recursive: true });
    writeFileSync(join(bad, 'g', 'guide.md'), '# Pair the lock\n\n1. Open the app.\n');
    writeFileSync(
      join(bad, 'g', 'questions.jsonl'),
      '{"q": "pair?", "expect": ["Pair the lock"], "cat": "in"}\nnot json\n',
    );
    const r = run(['--guides', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/questions\.jsonl:2: not a valid question line/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
