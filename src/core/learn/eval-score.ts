import type { Decision } from '../decide/decision.js';

/** One labelled question, in the format of the shared eval files. */
export interface EvalCase {
  q: string;
  expect: string[] | 'escalate' | 'ignore';
  cat: string;
  /** The language the question is written in (BCP 47), on multilingual sets. */
  lang?: string;
}

/** Zero for every per-language figure: where counting starts, for one language or for all. */
export const noLanguageFigures = (): LanguageFigures => ({
  inScope: 0,
  right: 0,
  silent: 0,
  offTopic: 0,
  escalated: 0,
  smallTalk: 0,
  ignored: 0,
  replyInLanguage: 0,
  rightInSpokenLanguage: 0,
});

/** Per-language figures, for question sets whose lines carry "lang". */
export interface LanguageFigures {
  inScope: number;
  right: number;
  /** In-scope questions met with silence. */
  silent: number;
  offTopic: number;
  escalated: number;
  smallTalk: number;
  ignored: number;
  /** Right answers written in the member's language (for languages Stepwise speaks: see `speaks`). */
  replyInLanguage: number;
  rightInSpokenLanguage: number;
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
  /** Present when the questions carry "lang". */
  byLanguage?: Record<string, LanguageFigures>;
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

/**
 * Score labelled questions. `speaks(lang)` says whether Stepwise has a language pack for a question's language:
 * for those, a right answer must also be written in it (counted in byLanguage).
 */
export function scoreEval(
  cases: readonly EvalCase[],
  decideFn: (q: string) => Decision,
  speaks: (lang: string) => string | null = () => null,
): EvalReport {
  const report: EvalReport = { total: 0, correct: 0, byCategory: {}, failures: [], confusion: {} };
  for (const c of cases) {
    const d = decideFn(c.q);
    const ok = isCorrect(c, d);
    if (c.lang) {
      const f = ((report.byLanguage ??= {})[c.lang] ??= noLanguageFigures());
      if (Array.isArray(c.expect)) {
        f.inScope++;
        if (d.action === 'ignore') f.silent++;
        if (ok) {
          f.right++;
          const spoken = speaks(c.lang);
          if (spoken) {
            f.rightInSpokenLanguage++;
            if (d.lang === spoken) f.replyInLanguage++;
          }
        }
      } else if (c.expect === 'escalate') {
        f.offTopic++;
        if (ok) f.escalated++;
      } else {
        f.smallTalk++;
        if (ok) f.ignored++;
      }
    }
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
