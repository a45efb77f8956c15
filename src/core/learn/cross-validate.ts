import { Assistant } from '../assistant.js';
import { noLanguageFigures, scoreEval, type EvalCase, type EvalReport, type LanguageFigures } from './eval-score.js';
import type { Example } from '../knowledge/examples.js';
import type { Knowledge } from '../knowledge/topic.js';

/** An example as an eval line: a topic is "in", not covered is "oos", small talk is "smalltalk". */
export function exampleCase(e: Example): EvalCase {
  const lang = e.locale ? { lang: e.locale } : {};
  if (e.outcome === 'topic') return { q: e.question, expect: [e.topic!], cat: 'in', ...lang };
  return { q: e.question, expect: e.outcome, cat: e.outcome === 'escalate' ? 'oos' : 'smalltalk', ...lang };
}

/**
 * How the guide does on questions like its examples that it has not learned from: the examples are dealt
 * into `folds` groups, and each group is answered by a guide that learned from all the others. Scoring the
 * examples with the full guide instead would only show how well it remembers them.
 */
export function crossValidate(
  knowledge: Knowledge,
  folds: number,
  /** "packs": deal the language packs' examples instead of the guide's (the guide's are all learned from). */
  which: 'guide' | 'packs' = 'guide',
  speaks?: (lang: string) => string | null,
): EvalReport {
  const examples = which === 'guide' ? knowledge.examples : knowledge.packExamples;
  const groups = Array.from({ length: folds }, (_, f) => examples.filter((_, i) => i % folds === f));
  const perFold = groups.map((held, f) => {
    const rest = examples.filter((_, i) => i % folds !== f);
    const assistant = new Assistant(
      which === 'guide' ? { ...knowledge, examples: rest } : { ...knowledge, packExamples: rest },
    );
    return scoreEval(held.map(exampleCase), (q) => assistant.ask(q), speaks);
  });
  return mergeReports(perFold);
}

function mergeReports(reports: readonly EvalReport[]): EvalReport {
  const out: EvalReport = { total: 0, correct: 0, byCategory: {}, failures: [], confusion: {} };
  for (const r of reports) {
    out.total += r.total;
    out.correct += r.correct;
    out.failures.push(...r.failures);
    for (const [cat, c] of Object.entries(r.byCategory)) {
      const into = (out.byCategory[cat] ??= { total: 0, correct: 0, accuracy: 0 });
      into.total += c.total;
      into.correct += c.correct;
    }
    for (const [lang, figures] of Object.entries(r.byLanguage ?? {})) {
      const into = ((out.byLanguage ??= {})[lang] ??= noLanguageFigures());
      for (const key of Object.keys(figures) as Array<keyof LanguageFigures>) into[key] += figures[key];
    }
    for (const [expected, row] of Object.entries(r.confusion)) {
      const into = (out.confusion[expected] ??= {});
      for (const [got, n] of Object.entries(row)) into[got] = (into[got] ?? 0) + n;
    }
  }
  for (const c of Object.values(out.byCategory)) c.accuracy = c.total ? c.correct / c.total : 0;
  return out;
}
