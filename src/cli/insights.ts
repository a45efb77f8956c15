import { existsSync } from 'node:fs';
import { loadEnv, toolSettings } from '../app/config.js';
import {
  computeInsights,
  confirmedEvalLines,
  isPeriod,
  periodStart,
  unansweredEvalLines,
  type Period,
} from '../core/learn/insights.js';
import { insightRows } from '../store/load-insights.js';
import { isPostgresUrl, openStore } from '../store/open-store.js';
import { fail, parseCli, runIfMain } from './cli.js';
import type { CliIo } from '../app/terminal-io.js';

const USAGE = `
Usage:
  npm run insights                          readable report of what members asked
  npm run --silent insights -- --json       one JSON object on stdout:
      {"questions","answered","suggested","escalated","clarified","ignored","helpful","not_helpful",
       "confirmed","deflection_rate","top_unanswered":[{"question","count"}], ...}
  npm run --silent insights -- --export-unanswered
      the escalated questions, one JSON line per group of variants, most frequent first, in the
      eval format {"q","expect":"escalate","cat":"oos"}: label them (a topic id when the guide does
      cover it) and add them to knowledge/examples.jsonl, where the bot learns from them
  npm run --silent insights -- --export-confirmed
      the questions members confirmed a topic for ("This solved it", also under a topic they picked
      from "did you mean"), one JSON line per group of variants and topic, most confirmed first:
      {"q","expect":["topic-id"],"cat":"in"}, labelled by the members; check them and add them to
      knowledge/examples.jsonl too

Options:
  --period P     1d, 7d, 30d or all (default all: everything still retained)
  --db FILE      the database (default STEPWISE_DB, else data/stepwise.db); a postgres:// URL works too
  --top N        how many unanswered groups the report lists (default 10)
  --json         machine-readable report
  --help         show this help

Deflection: answered questions not followed by a ticket linked to them within a day.
Questions are recorded by the bot and by \`npm run ask -- --record\`; they hold no user ids.
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const options = {
    json: { type: 'boolean' },
    'export-unanswered': { type: 'boolean' },
    'export-confirmed': { type: 'boolean' },
    period: { type: 'string', default: 'all' },
    db: { type: 'string' },
    top: { type: 'string', default: '10' },
  } as const;
  const { values, positionals } = parseCli(argv, options, USAGE);
  if (positionals.length > 0) fail(`Unknown argument ${positionals[0]}. See --help.`);
  loadEnv();
  if (values['export-unanswered'] && values['export-confirmed'])
    fail('Give --export-unanswered or --export-confirmed, not both: each prints its own lines.');
  if (!isPeriod(values.period)) fail(`--period must be 1d, 7d, 30d or all (got ${values.period}).`);
  const period: Period = values.period;
  const top = Number(values.top);
  if (!(Number.isInteger(top) && top >= 0)) fail('--top needs a whole number, e.g. --top 20.');
  const db = values.db ?? toolSettings(io.env).STEPWISE_DB;
  if (!isPostgresUrl(db) && db !== ':memory:' && !existsSync(db)) {
    fail(`No database at ${db}: run the bot (or npm run ask -- --record) first, or point --db / STEPWISE_DB at it.`);
  }

  const store = await openStore(db);
  const now = Date.now();
  try {
    const rows = await insightRows(store, periodStart(period, now));
    if (values['export-unanswered']) {
      for (const line of unansweredEvalLines(rows.questions)) io.out(`${JSON.stringify(line)}\n`);
      return 0;
    }
    if (values['export-confirmed']) {
      for (const line of confirmedEvalLines(rows.questions, rows.feedback)) io.out(`${JSON.stringify(line)}\n`);
      return 0;
    }
    const s = computeInsights({ ...rows, now, topUnanswered: top });
    if (values.json) {
      const topUnanswered = s.top_unanswered.map(({ question, count }) => ({ question, count }));
      io.out(`${JSON.stringify({ period, ...s, top_unanswered: topUnanswered })}\n`);
      return 0;
    }
    io.out(`${reportText(s, period).join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

const minutes = (ms: number | null) => (ms === null ? '—' : `${Math.round(ms / 60_000)} min`);

function reportText(s: ReturnType<typeof computeInsights>, period: Period): string[] {
  const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
  const out = [
    `Stepwise insights (${period === 'all' ? 'all retained history' : `last ${period}`})`,
    '',
    `questions   ${s.questions}`,
    `  answered  ${s.answered}`,
    `  suggested ${s.suggested}`,
    `  escalated ${s.escalated}`,
    `  clarified ${s.clarified} (bare requests for help, asked what is wrong)`,
    `  ignored   ${s.ignored}`,
    `deflection  ${pct(s.deflection_rate)} (${s.deflected} of ${s.answered} answers not followed by a ticket within a day)`,
    `feedback    ${s.helpful} helpful, ${s.not_helpful} not helpful (${pct(s.helpful_rate)} helpful)`,
    `labelled    ${s.confirmed} question(s) members confirmed a topic for (--export-confirmed prints them for examples.jsonl)`,
    `tickets     ${s.tickets.tickets}, average rating ${s.tickets.average_rating ?? '—'} (${s.tickets.rated} rated), median first staff reply ${minutes(s.tickets.median_first_reply_ms)}, median resolution ${minutes(s.tickets.median_resolution_ms)}`,
  ];
  for (const p of s.per_staff) {
    out.push(
      `  staff ${p.staff}: ${p.tickets} tickets, rating ${p.average_rating ?? '—'}, first reply ${minutes(p.median_first_reply_ms)}, resolution ${minutes(p.median_resolution_ms)}`,
    );
  }
  if (s.per_topic.length > 0) {
    out.push('', 'Per topic (answered, helpful / rated):');
    const width = Math.max(...s.per_topic.map((t) => t.topic.length));
    for (const t of s.per_topic) {
      const rated = `${t.helpful}/${t.helpful + t.not_helpful} helpful (${pct(t.helpful_rate)})`;
      out.push(`  ${t.topic.padEnd(width)}  ${String(t.answered).padStart(4)} answered  ${rated}`);
    }
  }
  out.push('', 'Top unanswered (escalated, grouped):');
  if (s.top_unanswered.length === 0) out.push('  none');
  for (const g of s.top_unanswered) out.push(`  ${String(g.count).padStart(4)} × ${JSON.stringify(g.question)}`);
  return out;
}

await runIfMain(import.meta, main);
