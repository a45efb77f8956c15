import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Assistant } from '../../src/core/assistant.js';
import { scoreEval, type EvalCase } from '../../src/core/learn/eval-score.js';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';

/**
 * The regression corpus: questions members really asked that the bot escalated or ignored, exported with
 * `npm run insights -- --export-unanswered` and labelled by hand (a topic id where the guide does cover it).
 * A floor, not 100%: honest labels include questions the bot still gets wrong.
 */
const FILE = 'test/data/eval/regression.jsonl';
const FLOOR = 0.9;

const cases: EvalCase[] = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as EvalCase);

describe('regression corpus', () => {
  it('is well-formed eval lines', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      expect(typeof c.q).toBe('string');
      expect(Array.isArray(c.expect) || c.expect === 'escalate' || c.expect === 'ignore').toBe(true);
    }
  });

  it(`scores at least ${FLOOR * 100}% against the guide`, async () => {
    const loaded = await loadKnowledge('knowledge');
    if (!loaded.ok) throw new Error('knowledge/ does not load');
    const assistant = new Assistant(loaded.knowledge);
    const known = new Set(loaded.knowledge.topics.map((t) => t.id));
    for (const c of cases)
      if (Array.isArray(c.expect)) for (const id of c.expect) expect(known.has(id), `unknown topic ${id}`).toBe(true);
    const report = scoreEval(cases, (q) => assistant.ask(q));
    const failures = report.failures.map((f) => `${f.q}: ${f.expected} → ${f.got}`).join('\n');
    expect(report.correct / report.total, failures).toBeGreaterThanOrEqual(FLOOR);
  });
});
