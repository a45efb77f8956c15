import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import { FILLER_TERMS } from '../../src/core/normalise/filler-words.js';
import { terms } from '../../src/core/normalise/normalise.js';
import { TopicPassagesBuilder, type TopicPassages } from '../../src/core/search/topic-passages.js';
import type { Topic } from '../../src/core/knowledge/topic.js';

type Credit = Map<string, { weight: number; credit: number }>;

const pairsOf = (ts: string[]) => {
  const out = new Set<string>();
  for (let i = 1; i < ts.length; i++) out.add(`${ts[i - 1]} ${ts[i]}`);
  return out;
};

/** A topic as the search read it before its passages were precomputed: each part's terms as a set of strings. */
function readAsBefore(t: Topic): { passages: Array<Set<string>>; pairs: Set<string> } {
  const parts = [t.title, t.summary, ...t.intro.split(/\n\s*\n/), ...t.steps, ...t.notes.split(/\n\s*\n/)];
  const pairs = new Set<string>();
  for (const part of [t.title, ...t.aliases, t.summary, t.intro, ...t.steps, t.notes])
    for (const p of pairsOf(terms(part).filter((x) => !FILLER_TERMS.has(x)))) pairs.add(p);
  return { passages: parts.map((x) => new Set(terms(x))).filter((x) => x.size > 0), pairs };
}

/** The two signals as they were worked out before. */
function before(
  read: ReturnType<typeof readAsBefore>,
  credit: Credit,
  question: string,
  coverMass: number,
): { passage: number; pairs: number } {
  let best = 0;
  for (const set of read.passages) {
    let m = 0;
    for (const [term, k] of credit) if (set.has(term)) m += k.weight * k.credit;
    best = Math.max(best, m);
  }
  const queryPairs = pairsOf(terms(question).filter((x) => !FILLER_TERMS.has(x)));
  let n = 0;
  for (const p of queryPairs) if (read.pairs.has(p)) n++;
  return { passage: Math.min(1, best / coverMass), pairs: queryPairs.size === 0 ? 0 : n / queryPairs.size };
}

function build(topics: readonly Topic[]): TopicPassages {
  const builder = new TopicPassagesBuilder(topics.length);
  for (const t of topics)
    builder.add(t, { title: terms(t.title), summary: terms(t.summary), aliases: t.aliases.map((a) => terms(a)) });
  return builder.done();
}

/** A question's terms with uneven weights and some typo credit, so the sums are not all round numbers. */
function creditOf(question: string): { credit: Credit; coverMass: number } {
  const credit: Credit = new Map();
  let coverMass = 0.5;
  for (const [i, t] of [...new Set(terms(question))].entries()) {
    const k = { weight: 0.7 + 0.31 * ((i * 7) % 5), credit: i % 3 === 2 ? 0.83 : 1 };
    credit.set(t, k);
    coverMass += k.weight;
  }
  return { credit, coverMass };
}

function expectSame(topics: readonly Topic[], questions: readonly string[]): void {
  const passages = build(topics);
  const read = topics.map(readAsBefore);
  for (const q of questions) {
    const { credit, coverMass } = creditOf(q);
    const passageQuery = passages.passageQuery(credit);
    const pairQuery = passages.pairQuery(terms(q).filter((x) => !FILLER_TERMS.has(x)));
    topics.forEach((t, i) => {
      // The very same doubles, not ones close to them.
      expect({ q, topic: t.id, ...before(read[i]!, credit, q, coverMass) }).toEqual({
        q,
        topic: t.id,
        passage: passages.cover(i, passageQuery, coverMass),
        pairs: passages.pairShare(i, pairQuery),
      });
    });
  }
}

const topic = (id: string, fields: Partial<Topic>): Topic => ({
  id,
  title: id,
  section: 'Account',
  summary: '',
  aliases: [],
  related: [],
  intro: '',
  steps: [],
  notes: '',
  file: `${id}.md`,
  ...fields,
});

describe('TopicPassages: the passage and pairs signals, read once when the index is built', () => {
  it('give exactly what reading each topic per question gave (input: the sign-in guide and its examples)', async () => {
    const loaded = await loadKnowledge('knowledge');
    if (!loaded.ok) throw new Error('knowledge/ does not load');
    const questions = loaded.knowledge.examples.filter((_, i) => i % 5 === 0).map((e) => e.question);
    expect(questions.length).toBeGreaterThan(300);
    expectSame(loaded.knowledge.topics, questions);
  });

  it('read an intro or notes of several paragraphs as several passages, and their pairs across paragraphs', () => {
    const topics = [
      topic('notify', {
        title: 'Turn on notifications',
        aliases: ['notifcation settings', 'dark mode alerts'],
        intro: 'Open the app settings.\n\nThen pick device id alerts.',
        steps: ['Tap **Notifications**.', 'Choose sound and badge.'],
        notes: 'Settings sync.\n  \nDevice ID stays.',
      }),
    ];
    expectSame(topics, [
      'app settings then pick device id',
      'settings then',
      'notifcation settings dark mode',
      'device id stays sync device id',
      'sound badge sound badge',
      'nothing here at all',
    ]);
  });

  it('keep pair keys exact for a guide of more than 65,536 distinct terms', () => {
    // Made-up words, 300 to a step (a step is read up to 4,000 characters): some 80,000 terms.
    const words = Array.from({ length: 80_000 }, (_, i) => `zq${i.toString(36)}k`);
    const steps: string[] = [];
    for (let i = 0; i < words.length; i += 300) steps.push(words.slice(i, i + 300).join(' '));
    const topics = [topic('huge', { title: 'Huge vocabulary', steps }), topic('small', { title: 'Small topic' })];
    const late = words.slice(-4);
    expectSame(topics, [
      late.join(' '),
      [...late].reverse().join(' '),
      `${words[0]} ${late[0]}`,
      `${words[299]} ${words[300]}`,
      'small topic',
    ]);
    const passages = build(topics);
    const pairs = passages.pairQuery(late.map((w) => terms(w)[0]!));
    expect(passages.pairShare(0, pairs)).toBe(1);
    expect(passages.pairShare(1, pairs)).toBe(0);
  });
});
