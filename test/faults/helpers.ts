import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DiscordEmulator, StoredMessage } from '../emulator/index.js';
import { botEnv } from '../e2e/harness.js';
import { NODE_FLAGS } from '../../src/app/node-flags.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** Stepwise as a real process, its stderr captured. */
export interface Spawned {
  child: ChildProcess;
  stderr(): string;
  stdout(): string;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
  /** Resolves once stderr matches `re`. */
  waitForStderr(re: RegExp, timeoutMs?: number): Promise<void>;
}

/**
 * `entry`: the sources through tsx, the build as `npm start` runs it (`node NODE_FLAGS dist/app/main.js`; the caller
 * builds it first with scripts/build.mjs), or another build's app/main.js the same way.
 */
export function spawnBot(
  emu: DiscordEmulator,
  dbFile: string,
  extra: Record<string, string> = {},
  entry: 'sources' | 'built' | { main: string } = 'sources',
): Spawned {
  const env: NodeJS.ProcessEnv = { ...process.env, ...botEnv(emu, dbFile), LOG_LEVEL: 'info', ...extra };
  const [command, args] =
    entry === 'sources'
      ? [TSX, ['src/app/main.ts']]
      : [process.execPath, [...NODE_FLAGS, entry === 'built' ? 'dist/app/main.js' : entry.main]];
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  let out = '';
  const waiters = new Set<() => void>();
  child.stderr!.on('data', (b: Buffer) => {
    err += b.toString('utf8');
    for (const w of [...waiters]) w();
  });
  child.stdout!.on('data', (b: Buffer) => (out += b.toString('utf8')));
  const exited = new Promise<number | string>((done) => child.on('exit', (code, signal) => done(code ?? signal ?? -1)));
  return {
    child,
    stderr: () => err,
    stdout: () => out,
    exited,
    waitForStderr(re, timeoutMs = 15_000) {
      return new Promise((ok, fail) => {
        const check = () => {
          if (re.test(err)) {
            waiters.delete(check);
            clearTimeout(timer);
            ok();
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          fail(new Error(`stderr did not match ${re} in ${timeoutMs} ms:\n${err.slice(-2000)}`));
        }, timeoutMs);
        waiters.add(check);
        void exited.then(() =>
          setTimeout(() => {
            if (waiters.has(check)) {
              waiters.delete(check);
              clearTimeout(timer);
              fail(new Error(`process exited before stderr matched ${re}:\n${err.slice(-2000)}`));
            }
          }, 50),
        );
        check();
      });
    },
  };
}

/**
 * Extra members in the emulator's first guild, for tests that need many distinct people (the per-member
 * rate limits would otherwise hide replies). Reaches into the emulator's state: it has no public API for it.
 */
export function addMembers(emu: DiscordEmulator, n: number, prefix = 'm'): string[] {
  const state = (
    emu as unknown as { state: { users: Map<string, unknown>; guilds: Array<{ members: Map<string, unknown> }> } }
  ).state;
  const guild = state.guilds[0]!;
  const ids: string[] = [];
  const base = BigInt(emu.guild.id) + 10_000_000n;
  for (let i = 0; i < n; i++) {
    let id = (base + BigInt(Math.floor(Math.random() * 1e9)) * 100n + BigInt(i)).toString();
    while (state.users.has(id)) id = (BigInt(id) + 1n).toString();
    state.users.set(id, { id, username: `${prefix}${i}`, global_name: `${prefix}${i}`, bot: false });
    guild.members.set(id, {
      userId: id,
      roles: [],
      nick: null,
      joinedAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    ids.push(id);
  }
  return ids;
}

export interface HostileEntry {
  name: string;
  kind: string;
  secret?: boolean;
  text?: string;
  base64?: string;
  repeat?: { unit: string; times: number };
}

export function hostileCorpus(): HostileEntry[] {
  return JSON.parse(readFileSync(join(ROOT, 'test/data/hostile-inputs.json'), 'utf8')) as HostileEntry[];
}

/** The entry as a JS string (invalid UTF-8 decoded with U+FFFD, as Discord would never deliver raw bytes). */
export function entryText(e: HostileEntry): string {
  if (e.base64 !== undefined) return Buffer.from(e.base64, 'base64').toString('utf8');
  if (e.repeat) return e.repeat.unit.repeat(e.repeat.times);
  return e.text ?? '';
}

/** The entry as raw bytes (invalid UTF-8 kept as it is). */
export function entryBytes(e: HostileEntry): Buffer {
  if (e.base64 !== undefined) return Buffer.from(e.base64, 'base64');
  return Buffer.from(entryText(e), 'utf8');
}

/** Would Discord notify anyone for this stored bot message? */
export function pinged(m: StoredMessage): boolean {
  return m.mention_everyone || m.mention_roles.length > 0 || m.mentions.length > 0;
}

/** Print a figure line where vitest's default reporter shows it. */
export function figure(line: string): void {
  process.stdout.write(`\n${line}\n`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Figures from the fault suites, gathered across vitest workers (one JSON file per suite, keyed by the
 * vitest run), so the last suite to finish can print the combined line.
 */
const FIGURES_DIR = join(
  ROOT,
  'node_modules/.cache/stepwise-faults',
  `figures-${process.env.VITEST_POOL_ID ? process.ppid : process.pid}`,
);
export const SUITES = ['network', 'kill9', 'outage'] as const;

export function recordFigures(suite: (typeof SUITES)[number], figures: Record<string, number>): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(join(FIGURES_DIR, `${suite}.json`), JSON.stringify(figures));
  const all: Record<string, Record<string, number>> = {};
  for (const s of SUITES) {
    const file = join(FIGURES_DIR, `${s}.json`);
    if (!existsSync(file)) return;
    all[s] = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
  }
  rmSync(FIGURES_DIR, { recursive: true, force: true });
  const k = all.kill9!;
  const n = all.network!;
  const o = all.outage!;
  figure(
    `tickets: ${k.trials} kill -9 trials, ${k.lost} lost, ${k.duplicated} duplicated; ${k.transcriptTrials} killed closes, ${k.transcriptMissing} without a transcript, ${k.transcriptDuplicated} doubled; ` +
      `resumes ${n.resumesAnswered}/${n.resumesTried}; 429/5xx replies duplicated: ${n.duplicated}; ` +
      `PostgreSQL outage: ${o.answeredDuringOutage}/${o.askedDuringOutage} answered, ${o.refusedTickets} tickets refused clearly, ${o.halfWritten} half-written, ${o.errorLogLines} error line`,
  );
}

/** The corpus entry's secret words, as the bot sees them (after cleanText): what redaction removes. */
export function secretWords(text: string, clean: (s: string) => string, redact: (s: string) => string): string[] {
  const cleaned = clean(text);
  const redacted = redact(cleaned);
  return cleaned
    .split(/\s+/)
    .filter((w) => w.length >= 4 && !redacted.includes(w))
    .map((w) => w.replace(/^[|`]+|[|`]+$/g, ''));
}
