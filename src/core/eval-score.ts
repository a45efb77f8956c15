import type { Decision } from './decision.js';

/** One labelled question, in the format of the shared eval files. */
export interface EvalCase {
  q: string;
  expect: string[] | 'escalate' | 'ignore';
  cat: string;
}

export interface EvalFailure {
  q: string;
  cat: string;
  expected: string;
  got: string;
  confidence: number;
}

export interface EvalReport {
  total: number;
  correct: number;
  byCategory: Record<string, { total: number; correct: number; accuracy: number }>;
  failures: EvalFailure[];
  /** expected → got → count, for the mistakes only. */
  confusion: Record<string, Record<string, number>>;
}

/** What a decision is, as the eval labels it: a topic id for an answer, else the action. */
export function outcome(d: Decision): string {
  return d.action === 'answer' ? (d.topic?.id ?? 'answer') : d.action;
}

/** An in-scope question counts as right only when answered with an expected topic; a suggestion is not an answer. */
export function isCorrect(c: EvalCase, d: Decision): boolean {
  if (Array.isArray(c.expect)) return d.action === 'answer' && d.topic !== null && c.expect.includes(d.topic.id);
  return d.action === c.expect;
}

export function scoreEval(cases: readonly EvalCase[], decideFn: (q: string) => Decision): EvalReport {
  const report: EvalReport = { total: 0, correct: 0, byCategory: {}, failures: [], confusion: {} };
  for (const c of cases) {
    const d = decideFn(c.q);
    const ok = isCorrect(c, d);
    const cat = (report.byCategory[c.cat] ??= { total: 0, correct: 0, accuracy: 0 });
    cat.total++;
    report.total++;
    if (ok) {
      cat.correct++;
      report.correct++;
      continue;
    }
    const expected = Array.isArray(c.expect) ? c.expect.join('|') : c.expect;
    const got = outcome(d) + (d.action === 'suggest' ? `(${d.alternatives.map((t) => t.id).join(',')})` : '');
    report.failures.push({ q: c.q, cat: c.cat, expected, got, confidence: Math.round(d.confidence * 100) / 100 });
    const row = (report.confusion[expected] ??= {});
    row[outcome(d)] = (row[outcome(d)] ?? 0) + 1;
  }
  for (const cat of Object.values(report.byCategory)) cat.accuracy = cat.total ? cat.correct / cat.total : 0;
  return report;
}
