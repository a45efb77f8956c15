import Fuse from 'fuse.js';
import { allowedTypos, editDistance } from './edit-distance.js';
import { FILLER_TERMS, OTHER_SUBJECT_TERMS } from './filler-words.js';
import { terms } from './normalise.js';
import type { Topic } from './topic.js';

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

/** Typo correction against a word list: each word length gets its own small Fuse over the words of nearby lengths. */
class Speller {
  private readonly byLength = new Map<number, Fuse<string>>();
  private readonly all: Fuse<string>;

  constructor(vocabulary: Iterable<string>) {
    // Typos change a word's length by at most two, so a correction compares against a few hundred words, not all.
    const words = [...new Set(vocabulary)].filter((w) => w.length >= 4);
    const options = { threshold: 0.34, ignoreLocation: true, includeScore: true };
    for (const len of new Set(words.map((w) => w.length))) {
      this.byLength.set(len, new Fuse(words.filter((w) => Math.abs(w.length - len) <= 2), options));
    }
    this.all = new Fuse(words, options);
  }

  /** Words a typo'd term most likely meant, best first. */
  correct(term: string): string[] {
    if (term.length < 4 || /\d/.test(term)) return [];
    const fuse = this.byLength.get(term.length) ?? this.all;
    // Fuse finds the pattern anywhere inside a word ("pric" in "carica"), so its hits are
    // confirmed with a true edit distance before they count as the word meant. People rarely
    // get the first letter wrong, so "walk" is not "talk" and "steam" is not "team".
    const max = allowedTypos(term.length);
    return fuse
      .search(term, { limit: 5 })
      .filter((r) => sameStart(term, r.item) && editDistance(term, r.item, max) <= max)
      .slice(0, 2)
      .map((r) => r.item);
  }
}

/** Same first letter, or the first two letters swapped ("lgoin"/"login" yes, "walk"/"talk" no). */
function sameStart(a: string, b: string): boolean {
  return a[0] === b[0] || (a[0] === b[1] && a[1] === b[0]);
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
  private readonly speller: Speller;

  constructor(topics: readonly Topic[], private readonly params: SearchParams = DEFAULT_SEARCH_PARAMS) {
    this.size = topics.length;
    const titles = new Set(topics.map((t) => t.title.toLowerCase()));
    const parsed = topics.map((topic) => {
      // "See **Reset a forgotten password**" points elsewhere: those words describe the other topic, not this one.
      const body = `${topic.intro}\n${topic.steps.join('\n')}\n${topic.notes}`.replace(/\*\*([^*]+)\*\*/g, (whole, inner: string) =>
        titles.has(inner.trim().toLowerCase()) ? ' ' : whole,
      );
      return { topic, title: terms(topic.title), aliases: topic.aliases.map(terms), summary: terms(topic.summary), body: terms(body) };
    });
    // Aliases teach typos on purpose ("acount locked", "lgoin"). Spelled that way in the index they would be
    // words of their own, and "make an acount" would miss "make an account". The edited text (titles,
    // summaries, bodies) is spelled right, so alias words it lacks are corrected against it, once, here.
    const edited = new Set(parsed.flatMap((p) => [...p.title, ...p.summary, ...p.body]));
    const editedSpeller = new Speller(edited);
    const spelled = new Map<string, string>();
    const spell = (t: string): string => {
      if (edited.has(t)) return t;
      let fixed = spelled.get(t);
      if (fixed === undefined) spelled.set(t, (fixed = editedSpeller.correct(t)[0] ?? t));
      return fixed;
    };
    this.topics = parsed.map((p, i) => {
      const phrases: IndexedTopic['phrases'] = [p.title, ...p.aliases.map((a) => a.map(spell))].map((ts) => ({ terms: ts, weight: 1 }));
      phrases.push({ terms: p.summary, weight: params.summaryWeight });
      for (const ph of phrases) for (const t of ph.terms) this.post(t, i, ph.weight);
      for (const t of p.body) this.post(t, i, params.bodyWeight);
      return { topic: p.topic, phrases };
    });
    this.speller = new Speller(this.postings.keys());
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

  search(question: string, limit = 5): SearchResult {
    const p = this.params;
    const queryTerms = [...new Set(terms(question))];
    const known: Array<{ term: string; credit: number; weight: number }> = [];
    const unknown: string[] = [];
    /** The question's total weight: what a topic must explain to score 1. */
    let coverMass = 0;
    for (const t of queryTerms) {
      if (this.postings.has(t)) {
        const w = this.idf(t);
        known.push({ term: t, credit: 1, weight: w });
        coverMass += w;
        continue;
      }
      const fixes = this.speller.correct(t);
      if (fixes.length === 0) {
        // A word the guide never uses says the question is about something else, unless it is everyday filler.
        unknown.push(t);
        coverMass += OTHER_SUBJECT_TERMS.has(t) ? p.subjectWeight : FILLER_TERMS.has(t) ? p.fillerWeight : p.unknownWeight;
        continue;
      }
      // The weight of a corrected term is that of the word it became; each candidate competes.
      // The doubt that it was meant at all counts like a little unknown word.
      const w = Math.max(...fixes.map((f) => this.idf(f)));
      for (const f of fixes) known.push({ term: f, credit: p.typoCredit, weight: w });
      coverMass += w + (1 - p.typoCredit) * p.typoDoubt;
    }
    if (known.length === 0 || coverMass === 0) return { hits: [], terms: queryTerms, unknown };

    const coverage = new Map<number, number>();
    for (const k of known) {
      for (const [topicIndex, fieldWeight] of this.postings.get(k.term) ?? []) {
        coverage.set(topicIndex, (coverage.get(topicIndex) ?? 0) + k.weight * k.credit * fieldWeight);
      }
    }
    const candidates = [...coverage.entries()].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES);
    const credit = new Map(known.map((k) => [k.term, k]));
    const hits = candidates.map(([topicIndex, covered]) => {
      const it = this.topics[topicIndex]!;
      // phrase: how much of the topic's best alias the question says, and how much of the question that alias says;
      // cover: how much of the question the topic explains anywhere.
      let phrase = 0;
      for (const ph of it.phrases) {
        let matched = 0;
        let total = 0;
        let said = 0;
        for (const t of new Set(ph.terms)) {
          const w = this.idf(t);
          total += w;
          const k = credit.get(t);
          if (k) {
            matched += w * k.credit;
            said += k.weight * k.credit;
          }
        }
        if (total === 0) continue;
        const recall = matched / total;
        const precision = Math.min(1, said / coverMass);
        phrase = Math.max(phrase, ph.weight * recall * (1 - p.aliasPrecision + p.aliasPrecision * precision));
      }
      const cover = Math.min(1, covered / coverMass);
      const score = Math.min(1, p.containShare * phrase + (1 - p.containShare) * cover);
      return { topic: it.topic, score };
    });
    hits.sort((a, b) => b.score - a.score || a.topic.id.localeCompare(b.topic.id));
    return { hits: hits.slice(0, limit), terms: known.map((k) => k.term), unknown };
  }
}

export interface SearchParams {
  /** Weight of a word the guide never uses, when measuring how much of a question a topic explains. */
  unknownWeight: number;
  /** Weight of an everyday word the guide does not use: people's filler, not a new subject. */
  fillerWeight: number;
  /** Weight of an unknown word naming another support subject (billing, installation, …). */
  subjectWeight: number;
  /** Blend between "the question says one of this topic's phrases" and "this topic explains the question". */
  containShare: number;
  /** 0: a phrase counts by how much of it the question says; 1: also by how much of the question it says. */
  aliasPrecision: number;
  /** How much a term counts for a topic when it appears only in the summary / only in the body. */
  summaryWeight: number;
  bodyWeight: number;
  /** Credit for a term that only matched after typo correction: likely, not certain. */
  typoCredit: number;
  /** Weight of the chance a corrected word was not a typo but a word the guide does not know. */
  typoDoubt: number;
}

export const DEFAULT_SEARCH_PARAMS: SearchParams = {
  unknownWeight: 2,
  fillerWeight: 0.1,
  subjectWeight: 7,
  containShare: 0.8,
  aliasPrecision: 0.75,
  summaryWeight: 0.8,
  bodyWeight: 0.4,
  typoCredit: 0.8,
  typoDoubt: 0,
};
