import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchGuide, benchScale, typoVariants } from '../../bench/bench.js';
import { Assistant } from '../../src/core/assistant.js';
import { guideWords, mulberry32, syntheticGuide, topicMarkdown } from '../../bench/synthetic-guide.js';
import { buildKnowledge } from '../../src/core/knowledge/knowledge.js';
import { loadKnowledge, readKnowledgeSource } from '../../src/app/knowledge-folder.js';
import { plainWords } from '../../src/core/normalise/normalise.js';
import type { Knowledge } from '../../src/core/knowledge/topic.js';

const KNOWLEDGE = join(resolve(import.meta.dirname, '../..'), 'knowledge');
let real: Knowledge;
let allowedHostsText: string | null;

beforeAll(async () => {
  const loaded = await loadKnowledge(KNOWLEDGE);
  if (!loaded.ok) throw new Error('the real guide must load');
  real = loaded.knowledge;
  allowedHostsText = (await readKnowledgeSource(KNOWLEDGE)).allowedHostsText;
});

describe('synthetic guide', () => {
  it('mulberry32 is a seeded sequence in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('is deterministic: the same seed gives the same guide, another seed another guide', () => {
    const one = syntheticGuide(real.topics, { topics: 200, seed: 7 });
    expect(syntheticGuide(real.topics, { topics: 200, seed: 7 })).toEqual(one);
    expect(syntheticGuide(real.topics, { topics: 200, seed: 8 })).not.toEqual(one);
  });

  it('embeds every real topic, unchanged and in order, among synthetic ones of realistic length', () => {
    const guide = syntheticGuide(real.topics, { topics: 200 });
    expect(guide).toHaveLength(200);
    expect(guide.filter((t) => real.byId.get(t.id) === t)).toEqual(real.topics);
    const vocabulary = new Set(guideWords(real.topics));
    for (const t of guide.filter((x) => !real.byId.has(x.id))) {
      const titleWords = plainWords(t.title).filter((w) => !/^\d+$/.test(w));
      expect(titleWords.length).toBeGreaterThanOrEqual(1);
      expect(titleWords.length).toBeLessThanOrEqual(8);
      expect(t.aliases.length).toBeGreaterThanOrEqual(10);
      expect(t.aliases.length).toBeLessThanOrEqual(20);
      expect(t.steps.length).toBeGreaterThanOrEqual(4);
      expect(t.steps.length).toBeLessThanOrEqual(6);
      for (const s of t.steps) {
        const n = plainWords(s).length;
        expect(n).toBeGreaterThanOrEqual(8);
        expect(n).toBeLessThanOrEqual(20);
      }
      // Drawn from the real guide's own words.
      for (const w of plainWords([t.title, ...t.aliases, ...t.steps].join(' ')))
        if (!/^\d+$/.test(w)) expect(vocabulary.has(w)).toBe(true);
    }
  });

  it('passes the checks the loader applies (ids unique, steps non-empty, front matter valid)', () => {
    const guide = syntheticGuide(real.topics, { topics: 300, seed: 3 });
    expect(new Set(guide.map((t) => t.id)).size).toBe(guide.length);
    expect(guide.every((t) => t.steps.length > 0 && t.steps.every((s) => s.trim().length > 0))).toBe(true);
    const result = buildKnowledge({
      files: guide.map((t) => ({ name: t.file, text: topicMarkdown(t) })),
      allowedHostsText,
    });
    if (!result.ok)
      throw new Error(
        result.errors
          .slice(0, 5)
          .map((e) => `${e.file}: ${e.message}`)
          .join('\n'),
      );
    expect(new Set(result.knowledge.topics.map((t) => t.id))).toEqual(new Set(guide.map((t) => t.id)));
  });

  it('typo variants change one word of each question, deterministically', () => {
    const qs = ['how do I reset my password', 'locked out of my account'];
    const v = typoVariants(qs);
    expect(typoVariants(qs)).toEqual(v);
    v.forEach((q, i) => {
      expect(q).not.toBe(qs[i]);
      expect(q.split(' ')).toHaveLength(qs[i]!.split(' ').length);
    });
  });
});

describe('benchmark figures (small sizes, no timing assertions)', () => {
  it('guide: median and p99 per question over the full core path', () => {
    const g = benchGuide(new Assistant(real), ['how do I reset my password', 'hello'], 'inline', 2, 1);
    for (const key of ['median_us', 'p99_us', 'questions'] as const) expect(Number.isFinite(g[key]), key).toBe(true);
    expect(g.questions).toBe(2);
    expect(g.calls).toBe(4);
  });

  it('reports every required key with numeric values', () => {
    const queries = ['how do I reset my password', 'my account is locked', 'verification code never arrived'];
    const row = benchScale(real, [...queries, ...typoVariants(queries)], {
      topics: 200,
      rounds: 1,
      baselineRounds: 1,
      checkQuestions: queries,
    });
    const line = JSON.parse(JSON.stringify({ scale: [row] })) as { scale: Array<Record<string, unknown>> };
    for (const key of ['topics', 'build_ms', 'median_ms', 'p99_ms', 'baseline_median_ms', 'speedup']) {
      expect(typeof line.scale[0]![key], key).toBe('number');
      expect(Number.isFinite(line.scale[0]![key]), key).toBe(true);
    }
    expect(row.topics).toBe(200);
    expect(typeof row.answers_unchanged).toBe('boolean');
    expect(row.answers_changed.total).toBe(queries.length);
    expect(row.answers_changed.same + row.answers_changed.changed).toBe(queries.length);
    expect(row.answers_changed.synthetic_competitor + row.answers_changed.idf_only).toBe(row.answers_changed.changed);
  });
});
