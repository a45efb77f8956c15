import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Fuse from 'fuse.js';
import { Assistant } from '../src/core/assistant.js';
import { modelPolicy, taughtPolicy } from '../src/core/decide/policy.js';
import { decide, type Decision, type Policy } from '../src/core/decide/decision.js';
import { importGuide } from '../src/core/import/import-guide.js';
import { buildKnowledge } from '../src/core/knowledge/knowledge.js';
import { renderDecisionText } from '../src/core/render/render.js';
import { SearchIndex } from '../src/core/search/search-index.js';
import { DEFAULT_SEARCH_PARAMS } from '../src/core/tuning.js';
import type { Knowledge, Topic } from '../src/core/knowledge/topic.js';
import { DEFAULT_SEED, mulberry32, syntheticGuide } from './synthetic-guide.js';
import { NODE_FLAGS } from '../src/app/node-flags.js';

/** Project root: the benchmark builds and spawns the bot and reads question files relative to it. */
export const ROOT = resolve(import.meta.dirname, '..');
export const DEV_QUESTIONS = resolve(ROOT, '../shared/eval/questions.dev.jsonl');
export const HELD_OUT_QUESTIONS = resolve(ROOT, 'test/data/eval/questions.holdout3.jsonl');

// --- figures ---------------------------------------------------------------------------------

/** Value at quantile q (0..1) of sorted samples, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

export interface Summary {
  median: number;
  p99: number;
  n: number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), n: sorted.length };
}

export const round = (x: number, digits = 3) => Number(x.toFixed(digits));

/** Nanoseconds of one call, by process.hrtime.bigint(). */
function timeNs(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0);
}

// --- questions -------------------------------------------------------------------------------

/** Questions of a JSON-lines eval file (`{"q": ...}` per line). */
export function readQuestions(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
}

/** The multilingual dev lines (15 languages) written for the sign-in guide's packs. */
export const MULTILINGUAL_DEV = resolve(ROOT, 'test/data/eval/multilingual/dev');

/** Every question of every file in a folder of JSON-lines eval files, in file-name order. */
export function readQuestionFolder(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readQuestions(resolve(dir, f)));
}

/** The dev question set, or the project's own set when the shared one is missing. */
export function devQuestions(): { file: string; questions: string[] } {
  const file = existsSync(DEV_QUESTIONS) ? DEV_QUESTIONS : HELD_OUT_QUESTIONS;
  return { file, questions: readQuestions(file) };
}

/** One seeded typo per question, in its longest word: a swap, a dropped, doubled or replaced letter. */
export function typoVariants(questions: readonly string[], seed = DEFAULT_SEED): string[] {
  const rand = mulberry32(seed ^ 0x5eed);
  return questions.map((q) => {
    const words = q.split(' ');
    let at = -1;
    words.forEach((w, i) => {
      if (/^[a-z]{4,}$/i.test(w) && (at < 0 || w.length > words[at]!.length)) at = i;
    });
    if (at < 0) return q;
    const w = words[at]!;
    const p = 1 + Math.floor(rand() * (w.length - 2));
    const kind = Math.floor(rand() * 4);
    const letter = String.fromCharCode(97 + Math.floor(rand() * 26));
    words[at] =
      kind === 0
        ? w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2)
        : kind === 1
          ? w.slice(0, p) + w.slice(p + 1)
          : kind === 2
            ? w.slice(0, p) + w[p] + w.slice(p)
            : w.slice(0, p) + letter + w.slice(p + 1);
    return words.join(' ');
  });
}

// --- guide: the full core path ---------------------------------------------------------------

export interface GuideFigures {
  median_us: number;
  p99_us: number;
  questions: number;
  rounds: number;
  calls: number;
  file: string;
}

/** ask → render for every question, warm-up rounds first, then `rounds` timed rounds. */
export function benchGuide(
  assistant: Assistant,
  questions: readonly string[],
  file: string,
  rounds = 200,
  warmup = 5,
): GuideFigures {
  return benchGuides([assistant], questions, file, rounds, warmup)[0]!;
}

/**
 * ask → render for every question on each assistant, warmed up alike and timed in alternating rounds, so none
 * gains from running later (a warmer JIT, a calmer machine): the fair way to compare ways of serving a guide.
 */
export function benchGuides(
  assistants: readonly Assistant[],
  questions: readonly string[],
  file: string,
  rounds = 200,
  warmup = 5,
): GuideFigures[] {
  const once = (x: Assistant, q: string) => renderDecisionText(x.ask(q), x.knowledge);
  for (let r = 0; r < warmup; r++) for (const x of assistants) for (const q of questions) once(x, q);
  const samples = assistants.map((): number[] => []);
  for (let r = 0; r < rounds; r++)
    assistants.forEach((x, i) => {
      for (const q of questions) samples[i]!.push(timeNs(() => once(x, q)) / 1e3);
    });
  return samples.map((one) => {
    const s = summarise(one);
    return {
      median_us: round(s.median, 1),
      p99_us: round(s.p99, 1),
      questions: questions.length,
      rounds,
      calls: s.n,
      file,
    };
  });
}

// --- scale: synthetic guides against a plain Fuse scan -----------------------------------------

export interface AnswerChanges {
  /** Questions whose decision (action and topic) is the same as on the real guide alone. */
  same: number;
  total: number;
  changed: number;
  /** Changed because a synthetic topic is now among the two best hits (it says the question's words too). */
  synthetic_competitor: number;
  /** Changed with only real topics in the top two: the term weights (IDF) moved. */
  idf_only: number;
  examples: Array<{ q: string; small: string; large: string }>;
}

export interface ScaleRow {
  topics: number;
  /** How the guide is judged: by the sign-in guide's examples (taught) or by the answer model (a guide with none). */
  judged_by: 'taught' | 'model';
  build_ms: number;
  median_ms: number;
  p99_ms: number;
  baseline_median_ms: number;
  baseline_p99_ms: number;
  speedup: number;
  queries: number;
  rounds: number;
  baseline_rounds: number;
  answers_unchanged: boolean;
  answers_changed: AnswerChanges;
}

export interface ScaleOptions {
  topics: number;
  seed?: number;
  /** Timed rounds over the query set for Stepwise and for the Fuse baseline. */
  rounds?: number;
  baselineRounds?: number;
  /** Questions whose decisions are compared between the real guide and the large one. */
  checkQuestions?: readonly string[];
  /** 'model': leave the examples out, as a team's imported guide has none, so the answer model judges. */
  judgedBy?: 'taught' | 'model';
}

const label = (d: Decision) => (d.topic ? `${d.action}:${d.topic.id}` : d.action);

/** Decisions on the real guide alone against decisions on the real topics among many synthetic ones. */
export function compareAnswers(
  small: SearchIndex,
  large: SearchIndex,
  questions: readonly string[],
  realIds: ReadonlySet<string>,
  policy?: Policy,
): AnswerChanges {
  const out: AnswerChanges = {
    same: 0,
    total: questions.length,
    changed: 0,
    synthetic_competitor: 0,
    idf_only: 0,
    examples: [],
  };
  for (const q of questions) {
    const a = label(decide(small, q, policy));
    const b = label(decide(large, q, policy));
    if (a === b) {
      out.same++;
      continue;
    }
    out.changed++;
    const top = large.search(q).hits.slice(0, 2);
    if (top.some((h) => !realIds.has(h.topic.id))) out.synthetic_competitor++;
    else out.idf_only++;
    if (out.examples.length < 8) out.examples.push({ q, small: a, large: b });
  }
  return out;
}

export function benchScale(knowledge: Knowledge, queries: readonly string[], opts: ScaleOptions): ScaleRow {
  const guide = syntheticGuide(knowledge.topics, { topics: opts.topics, seed: opts.seed ?? DEFAULT_SEED });
  const judgedBy = opts.judgedBy ?? 'taught';
  const examples = judgedBy === 'taught' ? knowledge.examples : [];
  // The synthetic guide's topics have no examples of their own: the sign-in guide's cut-offs are taken as they are.
  const policy = judgedBy === 'taught' ? taughtPolicy() : modelPolicy();
  const t0 = process.hrtime.bigint();
  const index = new SearchIndex(guide, DEFAULT_SEARCH_PARAMS, examples);
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const rounds = opts.rounds ?? 10;
  for (const q of queries) decide(index, q, policy);
  const ours: number[] = [];
  for (let r = 0; r < rounds; r++) for (const q of queries) ours.push(timeNs(() => decide(index, q, policy)) / 1e6);

  // What a naive bot does: one Fuse over every topic's title and steps, default options.
  const fuse = new Fuse(
    guide.map((t) => ({ id: t.id, title: t.title, body: t.steps.join('\n') })),
    { keys: ['title', 'body'] },
  );
  const baselineRounds = opts.baselineRounds ?? 1;
  fuse.search(queries[0] ?? 'warm up');
  const theirs: number[] = [];
  for (let r = 0; r < baselineRounds; r++) for (const q of queries) theirs.push(timeNs(() => fuse.search(q)) / 1e6);

  const a = summarise(ours);
  const b = summarise(theirs);
  const changes = compareAnswers(
    new SearchIndex(knowledge.topics, DEFAULT_SEARCH_PARAMS, examples),
    index,
    opts.checkQuestions ?? queries,
    new Set(knowledge.topics.map((t) => t.id)),
    policy,
  );
  return {
    topics: guide.length,
    judged_by: judgedBy,
    build_ms: round(buildMs, 1),
    median_ms: round(a.median),
    p99_ms: round(a.p99),
    baseline_median_ms: round(b.median, 2),
    baseline_p99_ms: round(b.p99, 2),
    speedup: round(b.median / Math.max(a.median, 1e-9), 1),
    queries: queries.length,
    rounds,
    baseline_rounds: baselineRounds,
    answers_unchanged: changes.changed === 0,
    answers_changed: changes,
  };
}

// --- import: a team's own guide, from file to answering ---------------------------------------

export interface ImportRow {
  guide: string;
  topics: number;
  /** Markdown / reStructuredText → topic files (kb:import's work). */
  import_ms: number;
  /** Topic files → validated guide → index and answer model ready (what start-up and reload do). */
  index_ms: number;
}

/** Import a guide and build everything that answers from it, timed; the median of `runs`. */
export function benchImport(name: string, fileName: string, text: string, runs = 5): ImportRow {
  const imports: number[] = [];
  const indexes: number[] = [];
  let topics = 0;
  for (let r = 0; r < runs; r++) {
    let files: Array<{ name: string; text: string }> = [];
    imports.push(
      timeNs(
        () =>
          (files = importGuide({ fileName, text, allowedHosts: [] }).topics.map((t) => ({
            name: t.file,
            text: t.text,
          }))),
      ) / 1e6,
    );
    indexes.push(
      timeNs(() => {
        const built = buildKnowledge({ files, allowedHostsText: '' });
        if (!built.ok) throw new Error(`${name}: the imported guide does not load`);
        topics = new Assistant(built.knowledge).knowledge.topics.length;
      }) / 1e6,
    );
  }
  return {
    guide: name,
    topics,
    import_ms: round(summarise(imports).median, 1),
    index_ms: round(summarise(indexes).median, 1),
  };
}

// --- child processes ---------------------------------------------------------------------------

export const TSX = join(ROOT, 'node_modules/.bin/tsx');

function collect(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => out.push(b));
  child.stderr?.on('data', (b: Buffer) => err.push(b));
  return new Promise((done, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

export interface RssFigures {
  rss_mb: number;
  /** Before the guide is generated and indexed: the runtime, tsx and the modules. */
  rss_before_mb: number;
  heap_used_mb: number;
  topics: number;
}

/** NODE_OPTIONS for a spawned process: the caller's, the bot's NODE_FLAGS, and any extra flags. */
const nodeOptions = (...extra: string[]) =>
  [process.env.NODE_OPTIONS ?? '', ...NODE_FLAGS, ...extra].filter(Boolean).join(' ');

/**
 * src/ and bench/ built as `npm start` builds src/ (scripts/build.mjs), once per benchmark run: the processes whose
 * memory and start-up are measured run plain JavaScript, as the bot does, not the sources through tsx's loader.
 */
const BENCH_BUILD = join(ROOT, 'node_modules/.cache/stepwise-bench');
let benchBuilt = false;
function buildForBench(): string {
  if (!benchBuilt) {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--out', BENCH_BUILD, '--with-bench'], {
      cwd: ROOT,
    });
    benchBuilt = true;
  }
  return BENCH_BUILD;
}

/** `npm start`'s build step, as it runs it (into dist/); milliseconds. */
export function buildAsNpmStartDoes(): number {
  const t0 = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT });
  return round(performance.now() - t0, 1);
}

/** RSS of a fresh process that only loads the real guide, generates `topics` topics and indexes them. */
export async function measureRss(topics: number, questions: readonly string[] = []): Promise<RssFigures> {
  const env = { ...process.env, NODE_OPTIONS: nodeOptions('--expose-gc') };
  const child = spawn(process.execPath, [join(buildForBench(), 'bench/rss-child.js'), String(topics), ...questions], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const r = await collect(child);
  if (r.code !== 0) throw new Error(`rss child failed (${r.code}): ${r.stderr.trim()}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as RssFigures;
}

// --- the real bot against the Discord emulator -------------------------------------------------

export interface StartupRun {
  /** spawn → the "Stepwise is ready" log line. */
  ready_ms: number;
  /** spawn → the gateway IDENTIFY reached the emulator. */
  identify_ms: number;
  /** spawn → PUT of the guild's slash commands. */
  commands_ms: number;
  /**
   * Resident memory of the bot process once its commands are registered (MB), read from /proc; null where there is
   * no /proc, and for a start through the tsx CLI, whose process is only the launcher in front of the bot.
   */
  rss_mb: number | null;
}

export interface RoundtripFigures {
  concurrency: number;
  answered: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  failed: number;
}

/** A Stepwise process (`npm start`'s dist/app/main.js, or the sources through tsx) serving a fresh emulator. */
export interface LiveBot {
  emu: import('../test/emulator/index.js').DiscordEmulator;
  child: ChildProcess;
  startup: StartupRun;
  stop(): Promise<void>;
}

/** A process's resident memory in MB, from /proc (Linux); null where it cannot be read. */
function residentMb(pid: number | undefined): number | null {
  try {
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb ? round(Number(kb[1]) / 1024, 1) : null;
  } catch {
    return null;
  }
}

/**
 * Spawn the real bot against a fresh emulator and time its start-up: as `npm start` runs it (`node dist/app/main.js`,
 * built beforehand by buildAsNpmStartDoes), or through the tsx CLI (`tsx src/app/main.ts`, which runs a second node
 * process with its loader, as the tests do); both with the bot's NODE_FLAGS.
 */
export async function startLiveBot(how: 'tsx' | 'built' = 'tsx'): Promise<LiveBot> {
  const { DiscordEmulator } = await import('../test/emulator/index.js');
  const { botEnv } = await import('../test/e2e/harness.js');
  const emu = await DiscordEmulator.start();
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-bench-'));
  const env = { ...process.env, ...botEnv(emu, join(dir, 'stepwise.db'), { LOG_LEVEL: 'info' }) };
  const spawnedAt = Date.now();
  const t0 = performance.now();
  const child =
    how === 'tsx'
      ? spawn(TSX, [join(ROOT, 'src/app/main.ts')], {
          cwd: ROOT,
          env: { ...env, NODE_OPTIONS: nodeOptions() },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(process.execPath, [...NODE_FLAGS, join(ROOT, 'dist/app/main.js')], {
          cwd: ROOT,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
  const log: string[] = [];
  const ready = new Promise<number>((resolveReady, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`bot not ready after 30 s; log:\n${log.join('\n')}`)), 30_000);
    child.stderr!.on('data', (b: Buffer) => {
      buffer += b.toString('utf8');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        log.push(line);
        if (line.includes('Stepwise is ready')) {
          clearTimeout(timer);
          resolveReady(performance.now() - t0);
        }
      }
    });
    child.on('exit', (code) => reject(new Error(`bot exited (${code}) before ready; log:\n${log.join('\n')}`)));
  });
  child.stdout!.resume();
  const commands = emu.waitForRequest((r) => r.method === 'PUT' && /\/guilds\/\d+\/commands$/.test(r.path), 30_000);
  const readyMs = await ready;
  const put = await commands;
  const identify = emu.identifies[0];
  const startup: StartupRun = {
    ready_ms: round(readyMs, 1),
    identify_ms: identify ? identify.at - spawnedAt : -1,
    commands_ms: put.at - spawnedAt,
    rss_mb: how === 'built' ? residentMb(child.pid) : null,
  };
  return {
    emu,
    child,
    startup,
    async stop() {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await emu.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** spawn → "baseline ready" of bench/startup-baseline.ts, built and run as the bot is (node and its flags). */
export async function measureStartupBaseline(): Promise<number> {
  const baseline = join(buildForBench(), 'bench/startup-baseline.js');
  const t0 = performance.now();
  const child = spawn(process.execPath, [...NODE_FLAGS, baseline], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise<number>((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (b: Buffer) => {
      seen += b.toString('utf8');
      if (seen.includes('baseline ready')) resolve(round(performance.now() - t0, 1));
    });
    child.on('exit', (code) => reject(new Error(`baseline exited (${code}) before its line: ${seen}`)));
  });
}

/**
 * One /ask sent as soon as the bot has registered its commands, in a language pack's language: its reply includes building
 * the multilingual index, which the first such question does. Milliseconds to the accepted callback; Discord gives 3,000.
 */
export async function measureFirstAsk(bot: LiveBot, question: string): Promise<{ ms: number; accepted: boolean }> {
  const at = Date.now();
  const handle = bot.emu.slashCommand({
    name: 'ask',
    options: [{ name: 'question', type: 3, value: question }],
    userId: bot.emu.guild.users.member,
    channelId: bot.emu.guild.channels.general,
  });
  const r = await handle.callback(10_000);
  // Refused (10062, unknown interaction) when the reply came after the 3 s the emulator allows, as Discord does.
  return { ms: r.at - at, accepted: r.status < 300 };
}

/** `concurrency` /ask interactions dispatched at once; answered = a type 4 callback the emulator accepted. */
export async function measureRoundtrip(
  bot: LiveBot,
  questions: readonly string[],
  concurrency = 200,
): Promise<RoundtripFigures> {
  const { emu } = bot;
  const users = [emu.guild.users.member, emu.guild.users.other, emu.guild.users.staff];
  const channel = emu.guild.channels.general;
  const sent = Array.from({ length: concurrency }, (_, i) => {
    const at = Date.now();
    const handle = emu.slashCommand({
      name: 'ask',
      options: [{ name: 'question', type: 3, value: questions[i % questions.length]! }],
      userId: users[i % users.length]!,
      channelId: channel,
    });
    return { at, handle };
  });
  const results = await Promise.all(
    sent.map(async ({ at, handle }) => {
      try {
        const r = await handle.callback(10_000);
        const ok = r.status < 300 && (r.body as { type?: number }).type === 4;
        return { ok, ms: r.at - at };
      } catch {
        return { ok: false, ms: Infinity };
      }
    }),
  );
  const answered = results.filter((r) => r.ok);
  const s = summarise(answered.map((r) => r.ms));
  return {
    concurrency,
    answered: answered.length,
    p50_ms: s.median,
    p99_ms: s.p99,
    max_ms: answered.length ? Math.max(...answered.map((r) => r.ms)) : 0,
    failed: concurrency - answered.length,
  };
}

export { DEFAULT_SEED };
export type { Topic };
