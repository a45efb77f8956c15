import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { NODE_FLAGS } from '../src/app/node-flags.js';
import {
  benchGuide,
  benchGuides,
  benchImport,
  benchScale,
  ROOT,
  devQuestions,
  measureFirstAsk,
  measureRoundtrip,
  measureRss,
  HELD_OUT_QUESTIONS,
  readQuestions,
  readQuestionFolder,
  MULTILINGUAL_DEV,
  startLiveBot,
  typoVariants,
  type GuideFigures,
  type ImportRow,
  type LiveBot,
  type ScaleRow,
  type StartupRun,
  measureStartupBaseline,
  buildAsNpmStartDoes,
  round,
} from './bench.js';
import { fail, parseCli, runIfMain, type CliIo } from '../src/cli/cli.js';
import { loadAssistant } from '../src/cli/shared.js';
import { Assistant } from '../src/core/assistant.js';

/** Japanese for "I forgot my password": knowledge/ has a Japanese pack. */
const FIRST_ASK = 'パスワードを忘れました';

const USAGE = `
Usage: npm run bench -- [--json] [--quick] [--only guide,scale,import,rss,startup,roundtrip]

Measures Stepwise and prints a table:
  guide      ask → decide → render per question of the dev set (../shared/eval/questions.dev.jsonl,
             or test/data/eval/questions.holdout3.jsonl), warm-up then many rounds, median and p99 in µs;
             then the same guide without its language packs, on the dev set and on the multilingual
             dev lines (15 languages): how much the packs add
  scale      synthetic guides of 1,000 and 10,000 topics (seeded, the real topics embedded): index build
             time, per-query latency over the dev questions plus typo'd variants, and the same queries
             through a plain Fuse scan over every topic; whether the real questions' answers change.
             Twice: judged by the sign-in guide's examples, and without them by the answer model
  import     each guide of test/data/guides imported as kb:import does, then validated and indexed
             (what start-up and reload do), median of 5
  rss        resident memory of a fresh process holding the 10,000-topic index, after answering the
             dev questions both ways (built and run as npm start runs the bot)
  startup    spawn of what \`npm start\` runs (node, its flags, dist/app/main.js built by scripts/build.mjs) →
             "Stepwise is ready" against the Discord emulator, median of 5, beside the baseline
             (node + discord.js import, built the same way), interleaved; each run's RSS once the
             bot has registered its commands
  roundtrip  200 /ask interactions dispatched at once to that running bot: answered, p50/p99 latency;
             before them, one /ask in Japanese sent once the bot has registered its commands (ms to reply)

Options:
  --json     also print every figure as one JSON object on the last line
  --quick    smaller sizes and fewer rounds (a smoke run, not figures to quote)
  --only L   run only the listed parts (comma-separated)
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCli(
    argv,
    { json: { type: 'boolean' }, quick: { type: 'boolean' }, only: { type: 'string' } },
    USAGE,
  );
  const json = values.json === true;
  const quick = values.quick === true;
  const ALL_PARTS = ['guide', 'scale', 'import', 'rss', 'startup', 'roundtrip'];
  const parts = new Set(values.only !== undefined ? values.only.split(',') : ALL_PARTS);
  for (const p of parts) if (!ALL_PARTS.includes(p)) fail(`Unknown part "${p}": use ${ALL_PARTS.join(', ')}.`);

  const say = (line: string) => io.err(`${line}\n`);
  const out: Record<string, unknown> = {};
  const table: string[] = [];
  const assistant = await loadAssistant(io.env, 'knowledge');
  const dev = devQuestions();

  if (parts.has('guide')) {
    say(`guide: ${dev.questions.length} questions from ${dev.file}`);
    const g = benchGuide(assistant, dev.questions, dev.file, quick ? 20 : 300);
    out.guide = g;
    table.push(
      'Core path on the real guide (ask → decide → render)',
      `  ${g.questions} questions × ${g.rounds} rounds = ${g.calls} calls   median ${g.median_us} µs   p99 ${g.p99_us} µs   (target median < 500 µs)`,
      '',
    );
    // The packs are measured two ways, each timed in alternating rounds with the same guide without them: on the
    // dev set (the guide-size median), and on lines in their languages, where they add a second index and
    // language detection.
    const k = assistant.knowledge;
    const englishOnly = new Assistant({ ...k, packs: new Map(), packExamples: [] });
    say(`guide: the dev set and the multilingual dev lines, without and with the ${k.packs.size} packs`);
    const [devWithout, devWith] = benchGuides([englishOnly, assistant], dev.questions, dev.file, quick ? 20 : 300) as [
      GuideFigures,
      GuideFigures,
    ];
    const foreign = readQuestionFolder(MULTILINGUAL_DEV);
    const [foreignWithout, foreignWith] = benchGuides(
      [englishOnly, assistant],
      foreign,
      MULTILINGUAL_DEV,
      quick ? 5 : 60,
    ) as [GuideFigures, GuideFigures];
    const growth = (a: GuideFigures, b: GuideFigures) => round((b.median_us / a.median_us - 1) * 100, 1);
    out.packs = {
      packs: k.packs.size,
      dev: { without: devWithout, with: devWith, growth_percent: growth(devWithout, devWith) },
      foreign: { without: foreignWithout, with: foreignWith, growth_percent: growth(foreignWithout, foreignWith) },
    };
    table.push(
      `Language packs: the guide without them, and with its ${k.packs.size} (median µs)`,
      `  questions                               without   with   growth`,
      `  the dev set (${dev.questions.length})                        ${devWithout.median_us}   ${devWith.median_us}   +${growth(devWithout, devWith)}%   (target ≤ +50%)`,
      `  multilingual dev lines (${foreign.length}, 15 languages)   ${foreignWithout.median_us}   ${foreignWith.median_us}   +${growth(foreignWithout, foreignWith)}%`,
      '',
    );
  }

  if (parts.has('scale')) {
    const queries = [...dev.questions, ...typoVariants(dev.questions)];
    const check = [...dev.questions, ...readQuestions(HELD_OUT_QUESTIONS)];
    const sizes = quick ? [200, 1_000] : [1_000, 10_000];
    const rows: ScaleRow[] = [];
    for (const judgedBy of ['taught', 'model'] as const) {
      for (const topics of sizes) {
        say(`scale: ${topics} topics, judged by ${judgedBy === 'taught' ? 'the examples' : 'the answer model'}…`);
        rows.push(
          benchScale(assistant.knowledge, queries, {
            topics,
            rounds: topics >= 10_000 ? (quick ? 2 : 20) : quick ? 5 : 50,
            baselineRounds: topics >= 10_000 ? 1 : quick ? 1 : 3,
            checkQuestions: check,
            judgedBy,
          }),
        );
      }
    }
    out.scale = rows;
    const last = rows.filter((r) => r.judged_by === 'taught').pop()!;
    out.answers_unchanged = last.answers_unchanged;
    out.answers_changed = last.answers_changed;
    table.push(
      `Synthetic guides (${queries.length} queries: dev questions + one typo'd variant each; Fuse = one default Fuse over title+steps)`,
      '  judged by  topics   build ms   median ms   p99 ms   Fuse median ms   Fuse p99 ms   speedup   answers changed',
      ...rows.map(
        (r) =>
          `  ${r.judged_by.padEnd(9)}  ${String(r.topics).padStart(6)}   ${String(r.build_ms).padStart(8)}   ${String(r.median_ms).padStart(9)}   ${String(r.p99_ms).padStart(6)}   ${String(r.baseline_median_ms).padStart(14)}   ${String(r.baseline_p99_ms).padStart(11)}   ${`${r.speedup}×`.padStart(7)}   ${r.answers_changed.changed}/${r.answers_changed.total} (${r.answers_changed.synthetic_competitor} synthetic competitor, ${r.answers_changed.idf_only} IDF only)`,
      ),
      `  targets at 10,000 topics: median ≤ 10 ms, ≥ 50× faster than the Fuse scan`,
      '',
    );
  }

  if (parts.has('import')) {
    const dir = resolve(ROOT, 'test/data/guides');
    const rows: ImportRow[] = [];
    for (const name of readdirSync(dir).sort()) {
      const file = ['guide.md', 'guide.rst'].find((f) => existsSync(join(dir, name, f)));
      if (!file) continue;
      say(`import: ${name}…`);
      rows.push(benchImport(name, file, readFileSync(join(dir, name, file), 'utf8'), quick ? 2 : 5));
    }
    out.import = rows;
    table.push(
      'Imported guides (test/data/guides): kb:import, then validate + index + answer model, median ms',
      '  guide              topics   import ms   index ms',
      ...rows.map(
        (r) =>
          `  ${r.guide.padEnd(18)} ${String(r.topics).padStart(6)}   ${String(r.import_ms).padStart(9)}   ${String(r.index_ms).padStart(8)}`,
      ),
      '  target: a 20-topic guide indexed in under 300 ms',
      '',
    );
  }

  if (parts.has('rss')) {
    const topics = quick ? 1_000 : 10_000;
    say(`rss: fresh process indexing ${topics} topics…`);
    const r = await measureRss(topics, [...dev.questions, ...typoVariants(dev.questions)]);
    out.rss_mb = r.rss_mb;
    out.rss = r;
    table.push(
      `Memory: RSS ${r.rss_mb} MB with the ${r.topics}-topic index (${r.rss_before_mb} MB before building it; heap used ${r.heap_used_mb} MB)   (target < 200 MB)`,
      '',
    );
  }

  if (parts.has('startup') || parts.has('roundtrip')) {
    const runs: StartupRun[] = [];
    const baselines: number[] = [];
    let live: LiveBot | undefined;
    let firstAsk: { ms: number; accepted: boolean } | undefined;
    const startups = parts.has('startup') ? 5 : 1;
    say('startup: building dist/ as npm start does…');
    const buildMs = buildAsNpmStartDoes();
    out.startup_build_ms = buildMs;
    try {
      for (let i = 0; i < startups; i++) {
        say(`startup: run ${i + 1}/${startups}…`);
        // Interleaved with the bot's runs, so both see the same machine.
        if (parts.has('startup')) baselines.push(await measureStartupBaseline());
        live = await startLiveBot('built');
        runs.push(live.startup);
        // The last bot is the one the round trip is measured on: its first question comes the moment it is ready.
        if (i === startups - 1 && parts.has('roundtrip')) firstAsk = await measureFirstAsk(live, FIRST_ASK);
        if (i < startups - 1) {
          await live.stop();
          live = undefined;
        }
      }
      const sorted = [...runs].sort((a, b) => a.ready_ms - b.ready_ms);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      if (parts.has('startup')) {
        out.startup_ms = median.ready_ms;
        out.startup_runs = runs;
        const baseline = [...baselines].sort((a, b) => a - b)[Math.floor(baselines.length / 2)]!;
        out.startup_baseline_ms = baseline;
        out.startup_baseline_runs = baselines;
        out.startup_own_ms = round(median.ready_ms - baseline, 1);
        table.push(
          `Start-up: spawn of node ${NODE_FLAGS.join(' ')} dist/app/main.js (what npm start runs, after its ${buildMs} ms build step) → "Stepwise is ready" against the emulator, median of ${runs.length}: ${median.ready_ms} ms   (target < 1500 ms)`,
          ...runs.map(
            (r, i) =>
              `  run ${i + 1}: ready ${r.ready_ms} ms, IDENTIFY at ${r.identify_ms} ms, commands PUT at ${r.commands_ms} ms${r.rss_mb === null ? '' : `, RSS then ${r.rss_mb} MB`}`,
          ),
          `  baseline (node + import discord.js, nothing of ours), median of ${baselines.length}: ${baseline} ms (${baselines.join(', ')})`,
          `  Stepwise's own start-up cost: ${out.startup_own_ms} ms   (target < 500 ms)`,
        );
        // For comparison, the sources through the tsx CLI (as the tests run them), which puts a second process in front.
        const direct: StartupRun[] = [];
        for (let i = 0; i < 3; i++) {
          say(`startup (tsx CLI): run ${i + 1}/3…`);
          const b = await startLiveBot('tsx');
          direct.push(b.startup);
          await b.stop();
        }
        const d = [...direct].sort((a, b) => a.ready_ms - b.ready_ms)[1]!;
        out.startup_tsx_cli_ms = d.ready_ms;
        out.startup_tsx_cli_runs = direct;
        table.push(
          `  the sources through the tsx CLI instead: median ${d.ready_ms} ms (${direct.map((r) => r.ready_ms).join(', ')})`,
          '',
        );
      }
      if (parts.has('roundtrip') && live) {
        say('roundtrip: 200 /ask at once…');
        const rt = await measureRoundtrip(live, dev.questions, quick ? 50 : 200);
        out.roundtrip = rt;
        out.first_pack_ask_ms = firstAsk;
        table.push(
          `Round trip: ${rt.concurrency} /ask dispatched at once to the running bot → ${rt.answered} answered (type 4)   p50 ${rt.p50_ms} ms   p99 ${rt.p99_ms} ms   max ${rt.max_ms} ms`,
          `  first /ask in a language pack's language ("${FIRST_ASK}"), sent once the bot had registered its commands: ${firstAsk ? `${firstAsk.ms} ms to its reply${firstAsk.accepted ? '' : ', refused: too late'}` : 'not measured'}   (Discord allows 3000 ms)`,
          '',
        );
      }
    } finally {
      await live?.stop();
    }
  }

  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  out.machine = {
    nproc: availableParallelism(),
    node: process.version,
    cpu,
    load: loadavg().map((x) => Number(x.toFixed(2))),
  };
  table.push(
    `Machine: ${availableParallelism()} CPUs (${cpu}), Node ${process.version}, load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  io.out(`${table.join('\n')}\n`);
  if (json) io.out(`${JSON.stringify(out)}\n`);
  return 0;
}

await runIfMain(import.meta, main);
