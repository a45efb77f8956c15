import { crossValidate } from '../core/learn/cross-validate.js';
import { noLanguageFigures, scoreEval, type EvalCase, type EvalReport } from '../core/learn/eval-score.js';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitGuideModel, leaveOneGuideOut, type GuideRow } from '../core/learn/fit-guide-model.js';
import {
  addFigures,
  EMPTY_FIGURES,
  type GuideSource,
  prepareGuide,
  rates,
  scoreServed,
  type GuideFigures,
} from '../core/learn/guide-eval.js';
import { readCases, readGuideCorpus } from './guide-corpus.js';
import { fail, parseCli, runIfMain } from './cli.js';
import type { CliIo } from '../app/terminal-io.js';
import { loadAssistant } from './shared.js';
import { loadLanguageReaders } from '../app/language-readers.js';
import { closestLocale } from '../core/normalise/locales.js';

const USAGE = `
Usage: npm run eval -- FILE [FILE ...] [--json] [--min-accuracy N]
       npm run eval -- --folds N [--packs] [--json] [--min-accuracy N]
       npm run eval -- --guides DIR [--served] [--write-model] [--json]
       npm run eval -- --guides DIR --asked DIR [--json]

Scores labelled questions (JSON lines: {"q","expect":[topic ids]|"escalate"|"ignore","cat"})
against the guide: accuracy per category, every failure, and the confusion between topics. Lines
that carry "lang" (multilingual sets) add figures per language: right, in-scope met with silence,
off-topic escalated, small talk ignored, and right answers written in the member's language.
An in-scope question counts only when answered with an expected topic.

With --folds N there is no FILE: the guide's own knowledge/examples.jsonl is dealt into N groups
and each group is answered by a guide that learned from the other groups only, which shows how
it does on questions like the examples that it has not seen (scoring the examples with the full
guide only shows how well it remembers them).

With --guides DIR, every sub-folder of DIR is a guide with questions written for it (guide.md,
guide.rst or a docs folder guide/, plus questions.jsonl labelled by heading, or a guide.json manifest; see
test/data/guides/README.md). Each guide is imported as kb:import would and scored leave-one-guide-out:
the answer model is fitted on the other guides and judged on this one; a taught guide (guide.json with
examples) is asked as the bot serves it, language packs included. Per guide and pooled: right
(answered with a right topic), helped (right, or a "did you mean" offering it), wrong (answered with
another topic), off-topic answered / escalated, small talk ignored, in-scope met with silence.

With --asked DIR2, each file GUIDE.LANG.jsonl of DIR2 (translated questions, labelled by heading like
questions.jsonl, e.g. test/data/eval/imported-multilingual) is asked of that guide of DIR as served,
instead of the guide's own questions: the same figures, one row per language.

Options:
  --guides DIR        score a corpus of guides leave-one-guide-out
  --served            with --guides: ask every guide as the bot serves it (the model Stepwise ships) instead of refitting
  --asked DIR         with --guides: ask the guides DIR's GUIDE.LANG.jsonl files instead, as served; rows per language
  --write-model       with --guides: fit on every guide in DIR and write src/core/decide/guide-model.json
  --folds N           cross-validate the guide's examples in N groups (2..20)
  --packs             with --folds: cross-validate the language packs' examples instead (per language)
  --json              print the report as one JSON object
  --min-accuracy N    exit 1 when overall accuracy is below N (0..1), for CI
`;

const OPTIONS = {
  guides: { type: 'string' },
  asked: { type: 'string' },
  served: { type: 'boolean' },
  'write-model': { type: 'boolean' },
  folds: { type: 'string' },
  packs: { type: 'boolean' },
  json: { type: 'boolean' },
  'min-accuracy': { type: 'string' },
} as const;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals: files } = parseCli(argv, OPTIONS, USAGE);
  if (values.guides !== undefined) {
    await evalGuides(values.guides, values, io);
    return 0;
  }
  const min = values['min-accuracy'] === undefined ? 0 : Number(values['min-accuracy']);
  if (!(min >= 0 && min <= 1)) fail('--min-accuracy needs a number from 0 to 1, e.g. --min-accuracy 0.8');
  const folds = values.folds === undefined ? 0 : Number(values.folds);
  if (values.folds !== undefined && !(Number.isInteger(folds) && folds >= 2 && folds <= 20)) {
    fail('--folds needs a whole number from 2 to 20, e.g. --folds 5');
  }
  if (files.length === 0 && folds === 0) {
    fail(
      "Give a question file, e.g. npm run eval -- ../shared/eval/questions.dev.jsonl (or --folds 5 for the guide's examples)",
    );
  }
  if (files.length > 0 && folds > 0) fail('Give either question files or --folds, not both.');

  const cases = readAllCases(files);
  const assistant = await loadAssistant(io.env);
  const examples = assistant.knowledge.examples.length;
  if (folds > 0 && examples < folds)
    fail(`--folds ${folds} needs at least ${folds} examples in examples.jsonl; the guide has ${examples}.`);
  // A question's language is spoken when the guide has a pack for it (a UI locale alone is not an answer).
  const packs = [...assistant.knowledge.packs.keys()];
  // A tag naming another script ("hi-Latn", Hinglish) is not the pack's language: no reply language is expected.
  const speaks = (lang: string) => (/-[A-Z][a-z]{3}\b/.test(lang) ? null : closestLocale(lang, packs));
  const report: EvalReport =
    folds > 0
      ? crossValidate(assistant.knowledge, folds, values.packs ? 'packs' : 'guide', speaks)
      : scoreEval(cases, (q) => assistant.ask(q), speaks);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  if (values.json) {
    io.out(`${JSON.stringify(report)}\n`);
  } else {
    const what =
      folds > 0
        ? ` (${folds}-fold cross-validation of the ${values.packs ? "language packs'" : "guide's"} examples)`
        : '';
    const out: string[] = [
      `eval: ${report.correct}/${report.total} correct (${pct(report.correct / Math.max(1, report.total))})${what}`,
    ];
    for (const [cat, r] of Object.entries(report.byCategory)) {
      out.push(`  ${cat.padEnd(12)} ${String(r.correct).padStart(4)}/${String(r.total).padEnd(4)} ${pct(r.accuracy)}`);
    }
    if (report.byLanguage) out.push('', ...languageTable(report.byLanguage));
    if (report.failures.length > 0) {
      out.push('', 'Failures (expected → got, confidence):');
      for (const f of report.failures)
        out.push(`  [${f.cat}] ${JSON.stringify(f.q)}: ${f.expected} → ${f.got} (${f.confidence})`);
      out.push('', 'Confusion (expected → got × count):');
      for (const [exp, row] of Object.entries(report.confusion)) {
        out.push(
          `  ${exp} → ${Object.entries(row)
            .map(([got, n]) => `${got} ×${n}`)
            .join(', ')}`,
        );
      }
    }
    io.out(`${out.join('\n')}\n`);
  }
  return report.correct / Math.max(1, report.total) < min ? 1 : 0;
}

function languageTable(byLanguage: NonNullable<EvalReport['byLanguage']>): string[] {
  const pc = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}%`).padStart(5);
  const rows = Object.entries(byLanguage).sort(([a], [b]) => a.localeCompare(b));
  const sum = noLanguageFigures();
  for (const [, f] of rows) for (const k of Object.keys(sum) as Array<keyof typeof sum>) sum[k] += f[k];
  const line = (name: string, f: typeof sum) =>
    `  ${name.padEnd(8)} right ${pc(f.right, f.inScope)} (${f.right}/${f.inScope})  silent ${String(f.silent).padStart(2)}  ` +
    `off-topic escalated ${pc(f.escalated, f.offTopic)}  small talk ignored ${pc(f.ignored, f.smallTalk)}  ` +
    `reply in their language ${pc(f.replyInLanguage, f.rightInSpokenLanguage)}`;
  return ['Per language:', ...rows.map(([lang, f]) => line(lang, f)), line('all', sum)];
}

function readAllCases(files: readonly string[]): EvalCase[] {
  try {
    return files.flatMap((file) => readCases(file));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return fail(
      e.code === 'ENOENT' || e.code === 'EISDIR' ? `Cannot read ${e.path ?? 'the question file'}.` : e.message,
    );
  }
}

async function evalGuides(
  dir: string,
  flags: { served?: boolean; asked?: string; 'write-model'?: boolean; json?: boolean },
  io: CliIo,
): Promise<void> {
  if (!existsSync(dir)) fail(`eval: ${dir}: no such folder (give a folder of guide folders, e.g. test/data/guides).`);
  let sources: Awaited<ReturnType<typeof readGuideCorpus>>;
  try {
    sources = await readGuideCorpus(dir);
  } catch (err) {
    fail(`eval: ${(err as Error).message}`);
  }
  if (sources.length === 0)
    fail(`eval: ${dir} holds no guide folders (guide.md, guide.rst or guide/ with questions.jsonl, or guide.json).`);
  if (flags.asked !== undefined) sources = askedInstead(sources, flags.asked);
  // A guide with language packs is served with them: free text in their languages is told apart by the detector.
  await loadLanguageReaders();
  const guides = sources.map(prepareGuide);
  for (const g of guides)
    if (g.unresolved.length > 0)
      io.err(
        `eval: ${g.name}: ${g.unresolved.length} label(s) name no imported heading: ${g.unresolved.slice(0, 3).join(' | ')}\n`,
      );
  if (flags['write-model']) {
    const model = fitGuideModel(guides.filter((g) => g.assistant.policy.kind === 'model'));
    writeFileSync(new URL('../core/decide/guide-model.json', import.meta.url), `${JSON.stringify(model, null, 2)}\n`);
    io.err('eval: wrote src/core/decide/guide-model.json (fitted on every untaught guide given)\n');
  }
  const rows: GuideRow[] = flags.asked
    ? byLanguage(guides.map((g) => ({ name: g.name, figures: scoreServed(g), judgedBy: g.assistant.policy.kind })))
    : flags.served
      ? guides.map((g) => ({
          name: g.name,
          figures: scoreServed(g),
          judgedBy: g.assistant.policy.kind,
        }))
      : leaveOneGuideOut(guides).rows;
  const untaught = rows.filter((r) => r.judgedBy === 'model').reduce((s, r) => addFigures(s, r.figures), EMPTY_FIGURES);
  const pooled = rows.reduce((s, r) => addFigures(s, r.figures), EMPTY_FIGURES);
  if (flags.json) {
    io.out(
      `${JSON.stringify({ guides: rows.map((r) => ({ ...r, rates: rates(r.figures) })), pooledUntaught: { figures: untaught, rates: rates(untaught) }, pooled: { figures: pooled, rates: rates(pooled) } })}\n`,
    );
    return;
  }
  const pc = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const line = (name: string, f: GuideFigures) => {
    const r = rates(f);
    return `${name.padEnd(22)} ${String(f.inScope).padStart(4)} ${pc(r.right)} ${pc(r.helped)} ${pc(r.wrong)} ${String(f.offTopic).padStart(4)} ${pc(r.offTopicAnswered)} ${pc(r.offTopicEscalated)} ${String(f.smallTalk).padStart(4)} ${pc(r.smallTalkIgnored)} ${String(f.inScopeIgnored).padStart(6)}`;
  };
  const how = flags.asked
    ? `asked ${flags.asked} as served, per language`
    : flags.served
      ? 'as served (the shipped model)'
      : 'leave-one-guide-out';
  const out = [
    `eval --guides ${dir}: ${guides.length} ${flags.asked ? 'question files' : 'guides'}, ${how}`,
    `${'guide'.padEnd(22)}   in   right  helped   wrong  oos  answrd  escltd   st  ignord silent`,
    ...rows.map((r) => line(`${r.name}${r.judgedBy === 'taught' ? ' (taught)' : ''}`, r.figures)),
    line('pooled, untaught', untaught),
    line('pooled, all', pooled),
  ];
  io.out(`${out.join('\n')}\n`);
}

/** A translated set's file names its guide and language: `final-k.zh-CN.jsonl`. */
const ASKED_FILE = /^(.+?)\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\.jsonl$/;

/** The guides again, each asked the translated questions written for it, one source per file (named GUIDE.LANG). */
function askedInstead(sources: GuideSource[], dir: string): GuideSource[] {
  if (!existsSync(dir)) fail(`eval: ${dir}: no such folder (give a folder of GUIDE.LANG.jsonl files).`);
  const out: GuideSource[] = [];
  for (const file of readdirSync(dir).sort()) {
    const m = ASKED_FILE.exec(file);
    if (!m) continue;
    const source = sources.find((s) => s.name === m[1]);
    if (!source) fail(`eval: ${join(dir, file)} names guide ${m[1]}, which is not a guide of --guides.`);
    let cases: GuideSource['cases'];
    try {
      cases = readCases(join(dir, file));
    } catch (err) {
      fail(`eval: ${(err as Error).message}`);
    }
    out.push({ ...source, name: `${m[1]}.${m[2]}`, cases });
  }
  if (out.length === 0) fail(`eval: ${dir} holds no GUIDE.LANG.jsonl files (e.g. final-k.zh-CN.jsonl).`);
  return out;
}

/** Rows named GUIDE.LANG, summed per language. */
function byLanguage(rows: GuideRow[]): GuideRow[] {
  const sums = new Map<string, GuideRow>();
  for (const r of rows) {
    const lang = r.name.slice(r.name.indexOf('.') + 1);
    const had = sums.get(lang);
    sums.set(lang, { name: lang, judgedBy: r.judgedBy, figures: addFigures(had?.figures ?? EMPTY_FIGURES, r.figures) });
  }
  return [...sums.values()].sort((a, b) => a.name.localeCompare(b.name));
}

await runIfMain(import.meta, main);
