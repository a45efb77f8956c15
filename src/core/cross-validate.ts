import { Assistant } from './assistant.js';
import { scoreEval, type EvalCase, type EvalReport } from './eval-score.js';
import type { Example } from './examples.js';
import type { Knowledge } from './topic.js';

/** An example as an eval line: a topic is "in", not covered is "oos", small talk is "smalltalk". */
export function exampleCase(e: Example): EvalCase {
  if (e.outcome === 'topic') return { q: e.question, expect: [e.topic!], cat: 'in' };
  return { q: e.question, expect: e.outcome, cat: e.outcome === 'escalate' ? 'oos' : 'smalltalk' };
}

/**
 * How the guide does on questions like its examples that it has not learned from: the examples are dealt
 * into `folds` groups, and each group is answered by a guide that learned from all the others. Scoring the
 * examples with the full guide instead would only show how well it remembers them.
 */
export function crossValidate(knowledge: Knowledge, folds: number): EvalReport {
  const groups = Array.from({ length: folds }, (_, f) => knowledge.examples.filter((_, i) => i % folds === f));
  const perFold = groups.map((held, f) => {
    const assistant = new Assistant({ ...knowledge, examples: knowledge.examples.filter((_, i) => i % folds !== f) });
    return scoreEval(held.map(exampleCase), (q) => assistant.ask(q));
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
    for (const [expected, row] of Object.entries(r.confusion)) {
      const into = (out.confusion[expected] ??= {});
      for (const [got, n] of Object.entries(row)) into[got] = (into[got] ?? 0) + n;
    }
  }
  for (const c of Object.values(out.byCategory)) c.accuracy = c.total ? c.correct / c.total : 0;
  return out;
}
