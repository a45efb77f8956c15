import Fuse from 'fuse.js';
import { allowedTypos, editDistance } from './edit-distance.js';
import { FILLER_TERMS } from './filler-words.js';
import { terms } from './normalise.js';
import type { Topic } from './topic.js';

/** How much a term counts for a topic, by where it appears. Title and aliases are what people ask. */
const FIELD_WEIGHT = { phrase: 1, summary: 0.8, body: 0.45 } as const;
/** Credit for a term that only matched after typo correction: likely, not certain. */
const TYPO_CREDIT = 0.8;
/** How many topics, ranked by term coverage, get the finer phrase comparison. */
const CANDIDATES = 30;

export interface SearchHit {
  topic: Topic;
  /** 0..1: how well the question is explained by this topic. */
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** The question's search terms after normalisation, typo correction applied. */
  terms: string[];
  /** Terms the guide does not know at all, even allowing for typos. */
  unknown: string[];
}

interface IndexedTopic {
  topic: Topic;
  /** Title, aliases and summary as term lists; summary weighted lower. */
  phrases: Array<{ terms: string[]; weight: number }>;
}

/**
 * An inverted index over topic terms, with fuse.js correcting typos against the guide's vocabulary.
 * A query touches only the postings of its own few terms, so cost grows with how many topics share
 * those words, not with the size of the guide: that is what keeps 10,000 topics in milliseconds,
 * where scanning every topic with Fuse costs a second.
 */
export class SearchIndex {
  readonly size: number;
  private readonly topics: IndexedTopic[];
  /** term → (topic index → best field weight of the term in that topic). */
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly vocabulary: Fuse<string>;
  private readonly vocabularyByLength = new Map<number, Fuse<string>>();

  constructor(topics: readonly Topic[], private readonly params: SearchParams = DEFAULT_SEARCH_PARAMS) {
    this.size = topics.length;
    const titles = new Set(topics.map((t) => t.title.toLowerCase()));
    this.topics = topics.map((topic, i) => {
      const phrases: IndexedTopic['phrases'] = [topic.title, ...topic.aliases].map((p) => ({ terms: terms(p), weight: FIELD_WEIGHT.phrase }));
      phrases.push({ terms: terms(topic.summary), weight: FIELD_WEIGHT.summary });
      for (const p of phrases) for (const t of p.terms) this.post(t, i, p.weight);
      // "See **Reset a forgotten password**" points elsewhere: those words describe the other topic, not this one.
      const body = `${topic.intro}\n${topic.steps.join('\n')}\n${topic.notes}`.replace(/\*\*([^*]+)\*\*/g, (whole, inner: string) =>
        titles.has(inner.trim().toLowerCase()) ? ' ' : whole,
      );
      for (const t of terms(body)) this.post(t, i, FIELD_WEIGHT.body);
      return { topic, phrases };
    });
    // Typos change a word's length by at most two, so each length gets its own small Fuse
    // over the words of nearby lengths: a correction compares against a few hundred words, not all.
    const words = [...this.postings.keys()].filter((w) => w.length >= 4);
    const lengths = new Set(words.map((w) => w.length));
    for (const len of lengths) {
      const near = words.filter((w) => Math.abs(w.length - len) <= 2);
      this.vocabularyByLength.set(len, new Fuse(near, { threshold: 0.34, ignoreLocation: true, includeScore: true }));
    }
    this.vocabulary = new Fuse(words, { threshold: 0.34, ignoreLocation: true, includeScore: true });
  }

  private post(term: string, topicIndex: number, weight: number): void {
    let list = this.postings.get(term);
    if (!list) this.postings.set(term, (list = new Map()));
    if ((list.get(topicIndex) ?? 0) < weight) list.set(topicIndex, weight);
  }

  /** Rarer terms say more about which topic is meant. */
  private idf(term: string): number {
    const df = this.postings.get(term)?.size ?? 0;
    return Math.log(1 + this.size / Math.max(df, 1));
  }

  /** Guide words a typo'd term most likely meant, best first. */
  private correct(term: string): string[] {
    if (term.length < 4 || /\d/.test(term)) return [];
    const fuse = this.vocabularyByLength.get(term.length) ?? this.vocabulary;
    // Fuse finds the pattern anywhere inside a word ("pric" in "carica"), so its hits are
    // confirmed with a true edit distance before they count as the word meant.
    const max = allowedTypos(term.length);
    return fuse
      .search(term, { limit: 5 })
      .filter((r) => editDistance(term, r.item, max) <= max)
      .slice(0, 2)
      .map((r) => r.item);
  }

  search(question: string, limit = 5): SearchResult {
    const queryTerms = [...new Set(terms(question))];
    const known: Array<{ term: string; credit: number; weight: number }> = [];
    const unknown: string[] = [];
    let mass = 0;
    for (const t of queryTerms) {
      if (this.postings.has(t)) {
        const w = this.idf(t);
        known.push({ term: t, credit: 1, weight: w });
        mass += w;
        continue;
      }
      const fixes = this.correct(t);
      if (fixes.length === 0) {
        unknown.push(t);
        mass += UNKNOWN_TERM_WEIGHT;
        continue;
      }
      // The weight of a corrected term is that of the word it became; each candidate competes.
      const w = Math.max(...fixes.map((f) => this.idf(f)));
      for (const f of fixes) known.push({ term: f, credit: TYPO_CREDIT, weight: w });
      mass += w;
    }
    if (known.length === 0 || mass === 0) return { hits: [], terms: queryTerms, unknown };

    const coverage = new Map<number, number>();
    for (const k of known) {
      for (const [topicIndex, fieldWeight] of this.postings.get(k.term) ?? []) {
        coverage.set(topicIndex, (coverage.get(topicIndex) ?? 0) + k.weight * k.credit * fieldWeight);
      }
    }
    const p = this.params;
    const knownMass = mass - unknown.length * UNKNOWN_TERM_WEIGHT;
    let coverMass = knownMass;
    for (const u of unknown) coverMass += FILLER_TERMS.has(u) ? p.fillerWeight : p.unknownWeight;
    const candidates = [...coverage.entries()].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES);
    const credit = new Map(known.map((k) => [k.term, k]));
    const hits = candidates.map(([topicIndex, covered]) => {
      const it = this.topics[topicIndex]!;
      // contain: how much of the topic's best alias the question says; cover: how much of the question the topic explains.
      let contain = 0;
      for (const ph of it.phrases) {
        let matched = 0;
        let total = 0;
        for (const t of new Set(ph.terms)) {
          const w = this.idf(t);
          total += w;
          const k = credit.get(t);
          if (k) matched += w * k.credit;
        }
        if (total > 0) contain = Math.max(contain, (ph.weight * matched) / total);
      }
      const cover = Math.min(1, covered / coverMass);
      const score = Math.min(1, p.containShare * contain + (1 - p.containShare) * cover);
      return { topic: it.topic, score };
    });
    hits.sort((a, b) => b.score - a.score || a.topic.id.localeCompare(b.topic.id));
    return { hits: hits.slice(0, limit), terms: known.map((k) => k.term), unknown };
  }
}

/** How much a word the guide never uses counts against every topic: a question about something else. */
export const UNKNOWN_TERM_WEIGHT = 1.6;

export interface SearchParams {
  /** Weight of a word the guide never uses, when measuring how much of a question a topic explains. */
  unknownWeight: number;
  /** Blend between "the question says this topic's alias" and "this topic explains the question". */
  containShare: number;
  /** Weight of an everyday word the guide does not use: people's filler, not a new subject. */
  fillerWeight: number;
}

export const DEFAULT_SEARCH_PARAMS: SearchParams = { unknownWeight: 2, containShare: 0.2, fillerWeight: 0.2 };
