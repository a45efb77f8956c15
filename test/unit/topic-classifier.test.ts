import { describe, expect, it } from 'vitest';
import { NOT_COVERED, SMALL_TALK, TopicClassifier } from '../../src/core/search/topic-classifier.js';
import { DEFAULT_SEARCH_PARAMS } from '../../src/core/tuning.js';

// Two topics, some off-topic questions and some chatter, as term lists (what the index hands over).
const docs = [
  { label: 0, terms: ['forgot', 'password'] },
  { label: 0, terms: ['reset', 'password', 'link'] },
  { label: 1, terms: ['code', 'never', 'arrived'] },
  { label: 1, terms: ['verification', 'code', 'email'] },
  { label: NOT_COVERED, terms: ['refund', 'licence'] },
  { label: NOT_COVERED, terms: ['licence', 'activation', 'code'] },
  { label: SMALL_TALK, terms: ['thanks', 'lol'] },
  { label: SMALL_TALK, terms: ['morning', 'everyone'] },
];
const { smoothing: SMOOTHING, lengthDamping: DAMPING } = DEFAULT_SEARCH_PARAMS;
const classifier = TopicClassifier.fromDocuments(2, docs, SMOOTHING, DAMPING);
const best = (terms: string[]) => {
  const p = classifier.posterior(terms, [0, 1]);
  const scores: Array<[string, number]> = [
    ['topic 0', p.topics[0]!],
    ['topic 1', p.topics[1]!],
    ['not covered', p.notCovered],
    ['small talk', p.smallTalk],
  ];
  return scores.sort((a, b) => b[1] - a[1])[0]![0];
};

describe('TopicClassifier: which wording a question reads like', () => {
  it.each([
    [['forgot', 'my', 'password'], 'topic 0'],
    [['the', 'code', 'never', 'arrived'], 'topic 1'],
    [['licence', 'refund', 'please'], 'not covered'],
    [['activation', 'code'], 'not covered'],
    [['morning', 'lol'], 'small talk'],
  ])('%j reads like %s', (terms, expected) => {
    expect(best(terms)).toBe(expected);
  });

  it('probabilities over the candidates and the two extra classes add up to 1', () => {
    const p = classifier.posterior(['password', 'code'], [0, 1]);
    expect(p.topics[0]! + p.topics[1]! + p.notCovered + p.smallTalk).toBeCloseTo(1, 10);
  });

  it('words it never saw give no opinion at all', () => {
    const p = classifier.posterior(['zebra', 'quantum'], [0, 1]);
    expect([...p.topics, p.notCovered, p.smallTalk]).toEqual([0, 0, 0, 0]);
  });

  it('without off-topic or chatter examples those classes are left out, not guessed', () => {
    const topicsOnly = TopicClassifier.fromDocuments(
      2,
      docs.filter((d) => d.label >= 0),
      SMOOTHING,
      DAMPING,
    );
    const p = topicsOnly.posterior(['licence', 'password'], [0, 1]);
    expect(p.notCovered).toBe(0);
    expect(p.smallTalk).toBe(0);
    expect(p.topics[0]! + p.topics[1]!).toBeCloseTo(1, 10);
  });

  it('asking twice gives the same answer (per-query scratch is cleaned up)', () => {
    const first = classifier.posterior(['forgot', 'code'], [1]);
    classifier.posterior(['licence', 'thanks', 'password'], [0]);
    expect(classifier.posterior(['forgot', 'code'], [1])).toEqual(first);
  });
});
