import { describe, expect, it } from 'vitest';
import { readCases } from '../../src/cli/guide-corpus.js';
import { Assistant } from '../../src/core/assistant.js';
import type { Example } from '../../src/core/knowledge/examples.js';
import { prepareGuide, rates, tally } from '../../src/core/learn/guide-eval.js';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * A team that imports its guide and then labels some of the questions members asked (README: "After importing, a
 * team goes further by labelling…") must not be worse off for it. The guide stays judged by the answer model; the
 * labels teach the examples' classifier, whose off-topic and small-talk classes are then a few lines each.
 */
describe('an imported guide taught with a few dozen labelled questions', () => {
  const dir = 'test/data/guides/syncthing';
  const g = prepareGuide({
    name: 'syncthing',
    guide: { fileName: 'guide.rst', text: readFileSync(`${dir}/guide.rst`, 'utf8') },
    cases: readCases(`${dir}/questions.jsonl`),
  });
  // Every other question is labelled by the team; the rest are what members ask next.
  const labelled = g.cases.filter((_, i) => i % 2 === 0);
  const next = g.cases.filter((_, i) => i % 2 === 1);
  const examples: Example[] = labelled.map((c) =>
    Array.isArray(c.expect)
      ? { question: c.q, outcome: 'topic', topic: c.expect[0]! }
      : { question: c.q, outcome: c.expect as 'escalate' | 'ignore', topic: null },
  );
  const taught = new Assistant({ ...g.assistant.knowledge, examples });
  const asked = (bot: Assistant) =>
    rates(
      tally(
        next,
        next.map((c) => bot.ask(c.q)),
      ),
    );

  it('is still judged by the answer model (input: the labelled half of its question set)', () => {
    expect(examples.length).toBeGreaterThan(30);
    expect(taught.policy.kind).toBe('model');
  });

  it('hands the next off-topic questions to staff as often as before, not silence (input: the other half)', () => {
    // Helped is not asserted: on 33 questions one line is three points, and teaching does not aim to move it.
    const before = asked(g.assistant);
    const after = asked(taught);
    expect(after.offTopicEscalated).toBeGreaterThanOrEqual(before.offTopicEscalated - 0.05);
    expect(after.smallTalkIgnored).toBeGreaterThanOrEqual(before.smallTalkIgnored);
  });
});

describe('an imported guide taught with some 300 labelled questions, a question or two a topic', () => {
  // Syncthing's English questions and their translations into thirteen languages (the dev set): the translations
  // and every other English line are labelled, which passes the totals of a taught guide (100 on topics, 30 off).
  const dir = 'test/data/guides/syncthing';
  const dev = 'test/data/eval/imported-multilingual-dev';
  const english = readCases(`${dir}/questions.jsonl`);
  const translated = readdirSync(dev)
    .filter((f) => f.startsWith('syncthing.'))
    .flatMap((f) => readCases(`${dev}/${f}`));
  const g = prepareGuide({
    name: 'syncthing',
    guide: { fileName: 'guide.rst', text: readFileSync(`${dir}/guide.rst`, 'utf8') },
    cases: [...english, ...translated],
  });
  const mapped = g.cases.slice(0, g.cases.length - translated.length);
  const labelled = [...g.cases.slice(mapped.length), ...mapped.filter((_, i) => i % 2 === 0)];
  const next = mapped.filter((_, i) => i % 2 === 1);
  const examples: Example[] = labelled.map((c) =>
    Array.isArray(c.expect)
      ? { question: c.q, outcome: 'topic', topic: c.expect[0]! }
      : { question: c.q, outcome: c.expect as 'escalate' | 'ignore', topic: null },
  );
  const taught = new Assistant({ ...g.assistant.knowledge, examples });

  it('stays with the answer model: most topics have no examples of their own (input: 290 on topics, 88 off)', () => {
    expect(examples.filter((e) => e.outcome === 'topic').length).toBeGreaterThanOrEqual(100);
    expect(examples.filter((e) => e.outcome === 'escalate').length).toBeGreaterThanOrEqual(30);
    expect(taught.policy.kind).toBe('model');
  });

  it('keeps helping the next members: "did you mean" is not lost (input: the English questions not labelled)', () => {
    const helped = (bot: Assistant) =>
      rates(
        tally(
          next,
          next.map((c) => bot.ask(c.q)),
        ),
      ).helped;
    // Judged by the classifier it fell by half (0.21 against 0.56); a line or two either way is noise on 33 questions.
    expect(helped(taught)).toBeGreaterThanOrEqual(helped(g.assistant) - 0.15);
  });
});
