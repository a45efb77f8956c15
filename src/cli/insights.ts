import { existsSync } from 'node:fs';
import { loadEnv } from '../app/config.js';
import { computeInsights, isPeriod, periodStart, unansweredEvalLines, type Period } from '../core/insights.js';
import { isPostgresUrl, openStore } from '../store/open-store.js';
import { fail, handleHelp, optionValue } from './shared.js';

const USAGE = `
Usage:
  npm run insights                          readable report of what members asked
  npm run --silent insights -- --json       one JSON object on stdout:
      {"questions","answered","suggested","escalated","ignored","helpful","not_helpful",
       "deflection_rate","top_unanswered":[{"question","count"}], ...}
  npm run --silent insights -- --export-unanswered
      the escalated questions, one JSON line per group of variants, most frequent first, in the
      eval format {"q","expect":"escalate","cat":"oos"}: label them (a topic id when the guide does
      cover it) and add them to knowledge/examples.jsonl, where the bot learns from them

Options:
  --period P     1d, 7d, 30d or all (default all: everything still retained)
  --db FILE      the database (default STEPWISE_DB, else data/stepwise.db); a postgres:// URL works too
  --top N        how many unanswered groups the report lists (default 10)
  --json         machine-readable report
  --help         show this help

Deflection: answered questions not followed by a ticket linked to them within a day.
Questions are recorded by the bot and by \`npm run ask -- --record\`; they hold no user ids.
`;

const argv = process.argv.slice(2);
handleHelp(argv, USAGE);
loadEnv();

const known = new Set(['--json', '--export-unanswered', '--period', '--db', '--top', '--help', '-h']);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (!known.has(a)) fail(`Unknown argument ${a}. See --help.`);
  if (a === '--period' || a === '--db' || a === '--top') i++;
}

const periodArg = optionValue(argv, '--period') ?? 'all';
if (!isPeriod(periodArg)) fail(`--period must be 1d, 7d, 30d or all (got ${periodArg}).`);
const period: Period = periodArg;
const top = Number(optionValue(argv, '--top') ?? 10);
if (!(Number.isInteger(top) && top >= 0)) fail('--top needs a whole number, e.g. --top 20.');
const db = optionValue(argv, '--db') ?? (process.env.STEPWISE_DB?.trim() || 'data/stepwise.db');
if (!isPostgresUrl(db) && db !== ':memory:' && !existsSync(db)) {
  fail(`No database at ${db}: run the bot (or npm run ask -- --record) first, or point --db / STEPWISE_DB at it.`);
}

const store = await openStore(db);
const now = Date.now();
const since = periodStart(period, now);
try {
  const [questions, feedback, tickets] = await Promise.all([store.questionsSince(since), store.feedbackSince(since), store.ticketsSince(since)]);

  if (argv.includes('--export-unanswered')) {
    for (const line of unansweredEvalLines(questions)) process.stdout.write(`${JSON.stringify(line)}\n`);
  } else {
    const s = computeInsights({ questions, feedback, tickets, now, topUnanswered: top });
    if (argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify({ period, ...s, top_unanswered: s.top_unanswered.map(({ question, count }) => ({ question, count })) })}\n`);
    } else {
      const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
      const out = [
        `Stepwise insights (${period === 'all' ? 'all retained history' : `last ${period}`})`,
        '',
        `questions   ${s.questions}`,
        `  answered  ${s.answered}`,
        `  suggested ${s.suggested}`,
        `  escalated ${s.escalated}`,
        `  ignored   ${s.ignored}`,
        `deflection  ${pct(s.deflection_rate)} (${s.deflected} of ${s.answered} answers not followed by a ticket within a day)`,
        `feedback    ${s.helpful} helpful, ${s.not_helpful} not helpful (${pct(s.helpful_rate)} helpful)`,
      ];
      if (s.per_topic.length > 0) {
        out.push('', 'Per topic (answered, helpful / rated):');
        const width = Math.max(...s.per_topic.map((t) => t.topic.length));
        for (const t of s.per_topic) {
          out.push(`  ${t.topic.padEnd(width)}  ${String(t.answered).padStart(4)} answered  ${t.helpful}/${t.helpful + t.not_helpful} helpful (${pct(t.helpful_rate)})`);
        }
      }
      out.push('', 'Top unanswered (escalated, grouped):');
      if (s.top_unanswered.length === 0) out.push('  none');
      for (const g of s.top_unanswered) out.push(`  ${String(g.count).padStart(4)} × ${JSON.stringify(g.question)}`);
      process.stdout.write(`${out.join('\n')}\n`);
    }
  }
} finally {
  await store.close();
}
