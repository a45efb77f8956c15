import { readFileSync } from 'node:fs';
import { crossValidate } from '../core/cross-validate.js';
import { scoreEval, type EvalCase, type EvalReport } from '../core/eval-score.js';
import { fail, handleHelp, loadAssistant, optionValue } from './shared.js';

const USAGE = `
Usage: npm run eval -- FILE [FILE ...] [--json] [--min-accuracy N]
       npm run eval -- --folds N [--json] [--min-accuracy N]

Scores labelled questions (JSON lines: {"q","expect":[topic ids]|"escalate"|"ignore","cat"})
against the guide: accuracy per category, every failure, and the confusion between topics.
An in-scope question counts only when answered with an expected topic.

With --folds N there is no FILE: the guide's own knowledge/examples.jsonl is dealt into N groups
and each group is answered by a guide that learned from the other groups only, which shows how
it does on questions like the examples that it has not seen (scoring the examples with the full
guide only shows how well it remembers them).

Options:
  --folds N           cross-validate the guide's examples in N groups (2..20)
  --json              print the report as one JSON object
  --min-accuracy N    exit 1 when overall accuracy is below N (0..1), for CI
`;

const argv = process.argv.slice(2);
handleHelp(argv, USAGE);
const minText = optionValue(argv, '--min-accuracy');
const min = minText === undefined ? 0 : Number(minText);
if (!(min >= 0 && min <= 1)) fail('--min-accuracy needs a number from 0 to 1, e.g. --min-accuracy 0.8');
const foldsText = optionValue(argv, '--folds');
const folds = foldsText === undefined ? 0 : Number(foldsText);
if (foldsText !== undefined && !(Number.isInteger(folds) && folds >= 2 && folds <= 20)) fail('--folds needs a whole number from 2 to 20, e.g. --folds 5');
const values = new Set([argv.indexOf('--min-accuracy'), argv.indexOf('--folds')].filter((i) => i >= 0).map((i) => i + 1));
const files = argv.filter((a, i) => !a.startsWith('--') && !values.has(i));
if (files.length === 0 && folds === 0) fail('Give a question file, e.g. npm run eval -- ../shared/eval/questions.dev.jsonl (or --folds 5 for the guide\'s examples)');
if (files.length > 0 && folds > 0) fail('Give either question files or --folds, not both.');

function readCases(): EvalCase[] {
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
  return cases;
}

const cases = readCases();
const assistant = await loadAssistant();
if (folds > 0 && assistant.knowledge.examples.length < folds) fail(`--folds ${folds} needs at least ${folds} examples in examples.jsonl; the guide has ${assistant.knowledge.examples.length}.`);
const report: EvalReport = folds > 0 ? crossValidate(assistant.knowledge, folds) : scoreEval(cases, (q) => assistant.ask(q));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
if (argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  const what = folds > 0 ? ` (${folds}-fold cross-validation of the guide's examples)` : '';
  const out: string[] = [`eval: ${report.correct}/${report.total} correct (${pct(report.correct / Math.max(1, report.total))})${what}`];
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
