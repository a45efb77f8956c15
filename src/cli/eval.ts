import { readFileSync } from 'node:fs';
import { scoreEval, type EvalCase } from '../core/eval-score.js';
import { fail, handleHelp, loadAssistant } from './shared.js';

const USAGE = `
Usage: npm run eval -- FILE [FILE ...] [--json] [--min-accuracy N]

Scores labelled questions (JSON lines: {"q","expect":[topic ids]|"escalate"|"ignore","cat"})
against the guide: accuracy per category, every failure, and the confusion between topics.
An in-scope question counts only when answered with an expected topic.

Options:
  --json              print the report as one JSON object
  --min-accuracy N    exit 1 when overall accuracy is below N (0..1), for CI
`;

const argv = process.argv.slice(2);
handleHelp(argv, USAGE);
const minIdx = argv.indexOf('--min-accuracy');
const min = minIdx >= 0 ? Number(argv[minIdx + 1]) : 0;
if (minIdx >= 0 && !(min >= 0 && min <= 1)) fail('--min-accuracy needs a number from 0 to 1, e.g. --min-accuracy 0.8');
const files = argv.filter((a, i) => !a.startsWith('--') && (minIdx < 0 || i !== minIdx + 1));
if (files.length === 0) fail('Give a question file, e.g. npm run eval -- ../shared/eval/questions.dev.jsonl');

const cases: EvalCase[] = [];
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`Cannot read ${file}.`);
  }
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const c = JSON.parse(line) as EvalCase | null;
      if (typeof c !== 'object' || c === null || typeof c.q !== 'string' || !(Array.isArray(c.expect) || c.expect === 'escalate' || c.expect === 'ignore')) throw new Error('needs "q" and "expect"');
      cases.push({ q: c.q, expect: c.expect, cat: c.cat ?? 'uncategorised' });
    } catch (err) {
      fail(`${file}:${i + 1}: not a valid question line (${(err as Error).message})`);
    }
  });
}

const assistant = await loadAssistant();
const report = scoreEval(cases, (q) => assistant.ask(q));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
if (argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  const out: string[] = [`eval: ${report.correct}/${report.total} correct (${pct(report.correct / Math.max(1, report.total))})`];
  for (const [cat, r] of Object.entries(report.byCategory)) out.push(`  ${cat.padEnd(12)} ${String(r.correct).padStart(4)}/${String(r.total).padEnd(4)} ${pct(r.accuracy)}`);
  if (report.failures.length > 0) {
    out.push('', 'Failures (expected → got, confidence):');
    for (const f of report.failures) out.push(`  [${f.cat}] ${JSON.stringify(f.q)}: ${f.expected} → ${f.got} (${f.confidence})`);
    out.push('', 'Confusion (expected → got × count):');
    for (const [exp, row] of Object.entries(report.confusion)) {
      out.push(`  ${exp} → ${Object.entries(row).map(([got, n]) => `${got} ×${n}`).join(', ')}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
if (report.correct / Math.max(1, report.total) < min) process.exit(1);
