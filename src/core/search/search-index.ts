import { overviewChildren } from './topic-overview.js';
import { DEFAULT_SEARCH_PARAMS, type SearchParams } from '../tuning.js';
import { Speller } from './speller.js';
import { Bm25Fields, bmIdf } from './bm25-fields.js';
import { FILLER_TERMS, isOtherSubject } from '../normalise/filler-words.js';
import type { Example } from '../knowledge/examples.js';
import { terms, WHOLE } from '../normalise/normalise.js';
import { SMALL_TALK_WORDS } from '../normalise/small-talk-words.js';
import { paraphrasesOf } from '../normalise/paraphrases.js';
import { firstAtLeast } from './sorted-search.js';
import { NOT_COVERED, SMALL_TALK, TopicClassifier } from './topic-classifier.js';
import { TopicPassagesBuilder, type TopicPassages } from './topic-passages.js';
import type { Topic } from '../knowledge/topic.js';

/** How many topics, ranked by term coverage, get the finer phrase comparison. */
const CANDIDATES = 30;
/**
 * Words that share this many first letters are taken for one family ("notifs", "notify", "notification";
 * "config", "configure"), a little less sure than the word itself. The light stemmer cannot join them.
 */
const FAMILY_PREFIX = 5;
/** How many more topics may join them because the examples taught a word the guide's own text lacks. */
const LEARNED_CANDIDATES = 5;

export interface SearchHit {
  topic: Topic;
  /** 0..1: how well the question is explained by this topic: its match and fit blended. */
  score: number;
  /** 0..1: how well the question's words match this topic's phrases and text. */
  match: number;
  /** 0..1: how much the question reads like this topic's wording, by the classifier. */
  fit: number;
  /** 0..1: how much of the question's weight the topic explains anywhere (fields weighted). */
  cover: number;
  /** 0..1: how much of the question's weight the topic's title and aliases explain. */
  headCover: number;
  /** 0..1: how much of the topic's title (by weight) the question says. */
  titleRecall: number;
  /** 0..1: the topic's BM25F score as a share of the most any topic could score on this question. */
  bm25: number;
  /** 0..1: how much of the question's weight the topic's best single paragraph or step explains. */
  passage: number;
  /** 0..1: the share of the question's adjacent word pairs ("device id", "dark mode") the topic also says. */
  pairs: number;
  /** 1 when the topic is an overview: its steps point to sub-topics (see topic-overview.ts). */
  overview: number;
  /** 0..1: for an overview, the most of the question any of its sub-topics found here explains in its own heading. */
  childHead: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Unknown terms that name another support subject (billing, installation, …): evidence the guide is not the place. */
  otherSubjects: string[];
  /** The question's search terms after normalisation, typo correction applied. */
  terms: string[];
  /** Terms the guide does not know at all, even allowing for typos. */
  unknown: string[];
  /** 0..1: how much the question reads like the questions the guide does not cover (0 with no such examples). */
  notCovered: number;
  /** 0..1: how much the message reads like the small talk examples (0 with none). */
  smallTalk: number;
  /** 0..1: the share of the question's weight carried by words the guide does not know (filler aside). */
  unknownShare: number;
}

/**
 * Every topic's title, aliases and summary as term lists (each term once, in first occurrence order; the
 * summary weighted lower), packed flat: topic i owns phrases start[i] .. start[i + 1] - 1, and phrase j is
 * terms[termStart[j]] .. terms[termStart[j + 1] - 1], with weight weight[j]. A 10,000-topic guide has
 * some 170,000 phrases; as objects of their own they would cost several times the memory.
 */
interface Phrases {
  start: Int32Array;
  termStart: Int32Array;
  weight: Float64Array;
  terms: string[];
  /** Each phrase's terms' idf summed: what a question must say to match it whole (fixed once postings are built). */
  mass: Float64Array;
}

interface QueryTerm {
  term: string;
  /** 1 for a word the guide uses; less for a typo correction, which is likely but not certain. */
  credit: number;
  weight: number;
}

/** The topics a term occurs in, ascending, with the term's best field weight in each; packed once built. */
interface Posting {
  topics: Int32Array;
  weights: Float64Array;
  /** BM25F's saturated, length-normalised term weight in each topic (all fields, repeats counted). */
  bm: Float32Array;
  /** Rarer terms say more about which topic is meant: log(1 + topics / df), fixed once the index is built. */
  idf: number;
  /**
   * The phrases (titles, aliases, summaries) that say the term, ascending: a topic's phrases are compared with a
   * question through its terms' lists, not by reading each of the topic's phrases (a topic with 15 language packs
   * has some 1,500).
   */
  phrases: Int32Array;
}

/**
 * The CANDIDATES best-covered topics, best first; ties keep first-touch order (what a stable sort of the
 * touched topics by coverage would give), found without sorting every touched topic.
 */
function bestCandidates(coverage: Float64Array, touched: readonly number[]): Array<[number, number]> {
  const best: Array<[number, number]> = [];
  for (const topicIndex of touched) {
    const c = coverage[topicIndex]!;
    if (best.length === CANDIDATES && !(c > best[CANDIDATES - 1]![1])) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]![1] < c) at--;
    best.splice(at, 0, [topicIndex, c]);
    if (best.length > CANDIDATES) best.pop();
  }
  return best;
}

/** A topic's words in the guide's language packs: titles, summaries and aliases as phrases, and the steps' text. */
export interface Translation {
  phrases: string[];
  body: string;
}

/**
 * Typo corrections worked out while indexing a guide (its aliases against its own text, and examples and
 * questions against its vocabulary). Valid only for the guide they were made on: building the index again
 * with them gives the same index, without the fuzzy searches. Start-up keeps them between runs.
 */
export interface SpellingMemory {
  edited: Map<string, string[]>;
  guide: Map<string, string[]>;
  /** Each labelled example's terms as the index read it, in order (filled by the build). */
  examples?: string[][];
}

/** An unknown term that no text can spell (terms are letters and digits): a word of the message left unread. */
const UNREAD_WORD = '\u0000unread';

/**
 * An inverted index over topic terms, with fuse.js correcting typos against the guide's vocabulary.
 * A query touches only the postings of its own few terms, so cost grows with how many topics share
 * those words, not with the size of the guide: that is what keeps 10,000 topics in milliseconds,
 * where scanning every topic with Fuse costs a second.
 */
export class SearchIndex {
  readonly size: number;
  private readonly topics: readonly Topic[];
  private readonly phrases: Phrases;
  /** Each topic's passages and word pairs, for the answer model's passage and pairs signals. */
  private readonly passages: TopicPassages;
  /** term → the topics holding it and the term's best field weight in each. */
  private readonly postings = new Map<string, Posting>();
  private readonly speller: Speller;
  /** Per-query scratch: coverage and BM25F by topic index, and which topics were touched, in first-touch order. */
  private readonly coverage: Float64Array;
  private readonly bm: Float64Array;
  private readonly seen: Uint8Array;
  private readonly touched: number[] = [];

  private readonly classifier: TopicClassifier;
  /** For each topic, the sub-topics it is an overview of (empty for most). */
  private readonly children: ReadonlyArray<readonly number[]>;
  /** Guide terms by their first FAMILY_PREFIX letters: "notif" → notification, notify. */
  private readonly families = new Map<string, string[]>();

  constructor(
    topics: readonly Topic[],
    private readonly params: SearchParams = DEFAULT_SEARCH_PARAMS,
    examples: readonly Example[] = [],
    memory?: SpellingMemory,
    translations: ReadonlyArray<Translation | undefined> = [],
  ) {
    this.size = topics.length;
    this.coverage = new Float64Array(topics.length);
    this.bm = new Float64Array(topics.length);
    this.seen = new Uint8Array(topics.length);
    // One string per distinct term: a 10,000-topic guide repeats the same few thousand words a million times.
    const interned = new Map<string, string>();
    const intern = (ts: string[]): string[] =>
      ts.map((t) => {
        const same = interned.get(t);
        if (same !== undefined) return same;
        interned.set(t, t);
        return t;
      });
    const titles = new Set(topics.map((t) => t.title.toLowerCase()));
    const positions = new Map(topics.map((t, i) => [t, i]));
    const parsed = topics.map((topic) => {
      // "See **Reset a forgotten password**" points elsewhere: those words describe the other topic, not this one.
      const body = `${topic.intro}\n${topic.steps.join('\n')}\n${topic.notes}`.replace(
        /\*\*([^*]+)\*\*/g,
        (whole, inner: string) => (titles.has(inner.trim().toLowerCase()) ? ' ' : whole),
      );
      // Aliases are read later, one topic at a time, once the edited vocabulary is complete.
      const translated = translations[positions.get(topic)!];
      return {
        topic,
        title: intern(terms(topic.title)),
        summary: intern(terms(topic.summary)),
        body: intern(terms(body, WHOLE)),
        foreignBody: translated ? intern(terms(translated.body, WHOLE)) : [],
        foreignPhrases: translated?.phrases ?? [],
      };
    });
    // Aliases teach typos on purpose ("acount locked", "lgoin"). Spelled that way in the index they would be
    // words of their own, and "make an acount" would miss "make an account". The edited text (titles,
    // summaries, bodies) is spelled right, so alias words it lacks are corrected against it, once, here.
    const edited = new Set<string>();
    for (const p of parsed)
      for (const list of [p.title, p.summary, p.body, p.foreignBody]) for (const t of list) edited.add(t);
    const editedSpeller = new Speller(edited, memory?.edited, translations.length > 0);
    const spelled = new Map<string, string>();
    const spell = (t: string): string => {
      if (edited.has(t)) return t;
      let fixed = spelled.get(t);
      if (fixed === undefined) spelled.set(t, (fixed = editedSpeller.correct(t)[0] ?? t));
      return fixed;
    };
    this.topics = [...topics];
    this.children = overviewChildren(topics);
    const start = [0];
    const termStart = [0];
    const weight: number[] = [];
    const phraseTerms: string[] = [];
    /** Every topic's alias terms, spelled, in order: the phrases read them, and BM25F's aliases field too. */
    const aliasTerms: string[][] = [];
    const passages = new TopicPassagesBuilder(parsed.length);
    for (const p of parsed) {
      const add = (ts: string[], w: number) => {
        for (const t of new Set(ts)) phraseTerms.push(t);
        termStart.push(phraseTerms.length);
        weight.push(w);
      };
      add(p.title, 1);
      const aliases: string[] = [];
      /** The aliases as written, typos and all: a word pair is compared as the alias says it. */
      const aliasesRead: string[][] = [];
      for (const a of p.topic.aliases) {
        const read = intern(terms(a));
        aliasesRead.push(read);
        const ts = read.map(spell);
        add(ts, 1);
        aliases.push(...ts);
      }
      aliasTerms.push(aliases);
      passages.add(p.topic, { title: p.title, summary: p.summary, aliases: aliasesRead });
      // A language pack's titles, summaries and aliases are phrases of the topic too, so a question in Japanese
      // finds the topic through its Japanese words; BM25F reads them as aliases (a guide judged by the answer
      // model ranks by BM25F, and a pack's words would otherwise score nothing there).
      for (const phrase of p.foreignPhrases) {
        const ts = intern(terms(phrase)).map(spell);
        add(ts, 1);
        aliases.push(...ts);
      }
      add(p.summary, params.summaryWeight);
      start.push(weight.length);
    }
    this.passages = passages.done();
    this.phrases = {
      start: Int32Array.from(start),
      termStart: Int32Array.from(termStart),
      weight: Float64Array.from(weight),
      terms: phraseTerms,
      mass: new Float64Array(weight.length),
    };
    const ph = this.phrases;
    // Two passes, so each term's postings are allocated once at their final size: count, then fill.
    // Every term posted gets a key (in first-posted order, which the speller's vocabulary follows); a topic
    // joins a term's list only for a positive weight, and keeps the best of its field weights.
    const df = new Map<string, number>();
    const topicWeights = (i: number, counting: boolean): Map<string, number> => {
      const best = new Map<string, number>();
      const post = (t: string, weight: number) => {
        if (counting && !df.has(t)) df.set(t, 0);
        if ((best.get(t) ?? 0) < weight) best.set(t, weight);
      };
      for (let j = ph.start[i]!; j < ph.start[i + 1]!; j++)
        for (let k = ph.termStart[j]!; k < ph.termStart[j + 1]!; k++) post(ph.terms[k]!, ph.weight[j]!);
      for (const t of parsed[i]!.body) post(t, params.bodyWeight);
      for (const t of parsed[i]!.foreignBody) post(t, params.bodyWeight);
      return best;
    };
    for (let i = 0; i < parsed.length; i++) for (const t of topicWeights(i, true).keys()) df.set(t, df.get(t)! + 1);
    const fill = new Map<string, number>();
    for (const [t, n] of df) {
      this.postings.set(t, {
        topics: new Int32Array(n),
        weights: new Float64Array(n),
        bm: new Float32Array(n),
        idf: Math.log(1 + this.size / Math.max(n, 1)),
        phrases: NO_PHRASES,
      });
      fill.set(t, 0);
    }
    const bm25f = new Bm25Fields(
      parsed.map((q, i) => [q.title, aliasTerms[i]!, q.summary, [...q.body, ...q.foreignBody]]),
      params,
    );
    for (let i = 0; i < parsed.length; i++) {
      const bm = bm25f.weights(i);
      for (const [t, w] of topicWeights(i, false)) {
        const list = this.postings.get(t)!;
        const at = fill.get(t)!;
        list.topics[at] = i;
        list.weights[at] = w;
        list.bm[at] = bm.get(t) ?? 0;
        fill.set(t, at + 1);
      }
    }
    const saying = new Map<string, number>();
    for (const t of ph.terms) saying.set(t, (saying.get(t) ?? 0) + 1);
    for (const [t, n] of saying) this.postings.get(t)!.phrases = new Int32Array(n);
    saying.clear();
    for (let j = 0; j < ph.weight.length; j++)
      for (let k = ph.termStart[j]!; k < ph.termStart[j + 1]!; k++) {
        const t = ph.terms[k]!;
        const posting = this.postings.get(t)!;
        ph.mass[j]! += posting.idf;
        const at = saying.get(t) ?? 0;
        posting.phrases[at] = j;
        saying.set(t, at + 1);
      }
    this.speller = new Speller(this.postings.keys(), memory?.guide, translations.length > 0);
    for (const t of this.postings.keys()) {
      if (t.length < FAMILY_PREFIX || /\d/.test(t)) continue;
      const key = t.slice(0, FAMILY_PREFIX);
      const family = this.families.get(key);
      if (family) family.push(t);
      else this.families.set(key, [t]);
    }
    // The classifier learns from the same phrases the search matches, plus labelled member questions read
    // exactly as a question is read (typos corrected), so both sides of the comparison speak alike.
    const indexOf = new Map(topics.map((t, i) => [t.id, i]));
    const taught = new Map<number, Array<Set<string>>>();
    // Each example read as a question: kept in `memory` too, so a start-up on the same guide skips the reading.
    const read = memory?.examples?.length === examples.length ? memory.examples : undefined;
    const readNow: string[][] = [];
    examples.forEach((e, n) => {
      const label =
        e.outcome === 'escalate' ? NOT_COVERED : e.outcome === 'ignore' ? SMALL_TALK : indexOf.get(e.topic ?? '');
      let words = read?.[n];
      if (!words) {
        const { known, unknown } = this.analyse(e.question);
        words = [...new Set([...known.map((k) => k.term), ...unknown])];
      }
      readNow.push(words);
      if (label === undefined) return;
      let docs = taught.get(label);
      if (!docs) taught.set(label, (docs = []));
      docs.push(new Set(words));
    });
    if (memory) memory.examples = readNow;
    // A phrase's terms are already distinct, so they are counted in place.
    const documentsOf = (label: number, count: (term: string) => void) => {
      if (label >= 0)
        for (let k = ph.termStart[ph.start[label]!]!; k < ph.termStart[ph.start[label + 1]!]!; k++) count(ph.terms[k]!);
      taught.get(label)?.forEach((doc) => doc.forEach(count));
    };
    this.classifier = new TopicClassifier(this.size, documentsOf, params.smoothing, params.lengthDamping);
  }

  /** Rarer terms say more about which topic is meant. */
  private idf(term: string): number {
    return this.postings.get(term)?.idf ?? Math.log(1 + this.size);
  }

  /**
   * The question's terms as the index reads them: known ones (typos corrected, with their weights) and unknown ones;
   * `unread` more unknown ones stand for words of the message the search was not given (see search).
   */
  private analyse(
    question: string,
    unread = 0,
  ): {
    /** Every term as the question says them, in order, repeats kept (its word pairs are read from these). */
    said: string[];
    queryTerms: string[];
    known: QueryTerm[];
    unknown: string[];
    coverMass: number;
  } {
    const p = this.params;
    const said = terms(question);
    const queryTerms = [...new Set(said)];
    const known: QueryTerm[] = [];
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
      // A word the guide does not use may be the member's word for one it does ("vote" for "poll"): that
      // reading comes before a typo's, which would make "vote" a "note".
      const meant = paraphrasesOf(t).filter((r) => this.postings.has(r));
      // A real word naming another subject, everyday filler or a greeting is not a typo: "slow" must not become
      // "show", nor "halo" (Indonesian hello) "halt".
      const notATypo = isOtherSubject(t) || FILLER_TERMS.has(t) || SMALL_TALK_WORDS.has(t);
      const [fixes, credit] =
        meant.length > 0 ? [meant, p.paraphraseCredit] : [notATypo ? [] : this.speller.correct(t), p.typoCredit];
      if (fixes.length === 0) {
        // A word the guide never uses says the question is about something else, unless it is everyday filler.
        unknown.push(t);
        coverMass += isOtherSubject(t) ? p.subjectWeight : FILLER_TERMS.has(t) ? p.fillerWeight : p.unknownWeight;
        continue;
      }
      // The weight of a corrected term is that of the word it became; each candidate competes.
      // The doubt that it was meant at all counts like a little unknown word.
      const w = Math.max(...fixes.map((f) => this.idf(f)));
      for (const f of fixes) known.push({ term: f, credit, weight: w });
      coverMass += w + (1 - credit) * p.typoDoubt;
    }
    for (let i = 0; i < unread; i++) {
      unknown.push(UNREAD_WORD);
      coverMass += p.unknownWeight;
    }
    return { said, queryTerms, known, unknown, coverMass };
  }

  /** Guide words of the same family as the question's words, that the question does not already use (for ranking only). */
  private relatives(queryTerms: readonly string[], known: readonly QueryTerm[]): QueryTerm[] {
    const have = new Set(known.map((k) => k.term));
    const out: QueryTerm[] = [];
    for (const t of queryTerms) {
      if (t.length < FAMILY_PREFIX || FILLER_TERMS.has(t)) continue;
      for (const r of this.families.get(t.slice(0, FAMILY_PREFIX)) ?? []) {
        if (have.has(r) || FILLER_TERMS.has(r)) continue;
        have.add(r);
        out.push({ term: r, credit: this.params.familyCredit, weight: this.idf(r) });
      }
    }
    return out;
  }

  /** The share of a question's weight in words the guide never uses, everyday filler left out of both sides. */
  private unknownShare(unknown: readonly string[], known: readonly QueryTerm[]): number {
    const p = this.params;
    let strange = 0;
    for (const u of unknown) if (!FILLER_TERMS.has(u)) strange += isOtherSubject(u) ? p.subjectWeight : p.unknownWeight;
    let familiar = 0;
    for (const k of known) familiar += k.weight * k.credit;
    return strange + familiar === 0 ? 0 : strange / (strange + familiar);
  }

  /**
   * `rankBy` picks the topics that get the finer comparison: by field-weighted coverage (what the taught
   * cut-offs were calibrated on) or by BM25F (better on a guide nobody has written aliases for).
   */
  /**
   * @param unread how many words of the member's message `question` leaves out: a line in another language is searched
   *   as the English words the cross-language lexicon read in it, and what it did not read still says something the
   *   guide may not cover. Each counts as a word the guide never uses.
   */
  search(question: string, limit = 5, rankBy: 'coverage' | 'bm25' = 'coverage', unread = 0): SearchResult {
    const p = this.params;
    const { said, queryTerms, known, unknown, coverMass } = this.analyse(question, unread);
    const otherSubjects = unknown.filter((u) => isOtherSubject(u));
    // Words the index does not know may still be words the examples taught; their topics join the candidates.
    const learned = this.classifier.topicsUsing(unknown, LEARNED_CANDIDATES);
    if ((known.length === 0 && learned.length === 0) || coverMass === 0) {
      // No topic to weigh, but the words may still read like chatter or like an off-topic question.
      const { notCovered, smallTalk } = this.classifier.posterior(unknown, []);
      return {
        hits: [],
        otherSubjects,
        terms: queryTerms,
        unknown,
        notCovered,
        smallTalk,
        unknownShare: this.unknownShare(unknown, known),
      };
    }

    // Cost follows the query's postings: coverage lives in a reused array, and only touched topics are read back.
    const { coverage, bm, seen, touched } = this;
    /** The most BM25F any topic could score: every known term at full weight. */
    let bmMax = 0;
    for (const k of rankBy === 'bm25' ? [...known, ...this.relatives(queryTerms, known)] : known) {
      const list = this.postings.get(k.term);
      if (!list) continue;
      const scale = k.weight * k.credit;
      // Everyday words ("time", "make", "where") say little about which topic is meant, even when the guide uses them.
      // (BM25F only ranks for the answer model: a taught guide's search skips it.)
      const bmScale =
        rankBy === 'bm25'
          ? bmIdf(this.size, list.topics.length) * k.credit * (FILLER_TERMS.has(k.term) ? p.bmFiller : 1)
          : 0;
      bmMax += bmScale * (p.bmK1 + 1);
      const { topics, weights } = list;
      for (let j = 0; j < topics.length; j++) {
        const topicIndex = topics[j]!;
        if (seen[topicIndex] === 0) {
          seen[topicIndex] = 1;
          touched.push(topicIndex);
        }
        coverage[topicIndex] = coverage[topicIndex]! + scale * weights[j]!;
        if (bmScale !== 0) bm[topicIndex] = bm[topicIndex]! + bmScale * list.bm[j]!;
      }
    }
    const candidates = bestCandidates(rankBy === 'bm25' ? bm : coverage, touched);
    for (const topicIndex of learned)
      if (!candidates.some(([c]) => c === topicIndex)) candidates.push([topicIndex, coverage[topicIndex]!]);
    const coverOf = new Map(candidates.map(([topicIndex]) => [topicIndex, coverage[topicIndex]!]));
    const bmOf = new Map(candidates.map(([topicIndex]) => [topicIndex, bmMax === 0 ? 0 : bm[topicIndex]! / bmMax]));
    for (const topicIndex of touched) {
      coverage[topicIndex] = 0;
      bm[topicIndex] = 0;
      seen[topicIndex] = 0;
    }
    touched.length = 0;
    const credit = new Map(known.map((k) => [k.term, k]));
    // The answer model's passage and pairs signals (BM25F ranking is its search): the question's side, read once.
    const passageQuery = rankBy === 'bm25' ? this.passages.passageQuery(credit) : undefined;
    const pairQuery = rankBy === 'bm25' ? this.passages.pairQuery(said.filter((t) => !FILLER_TERMS.has(t))) : undefined;
    const ph = this.phrases;
    const hits = candidates.map(([topicIndex]) => {
      const covered = coverOf.get(topicIndex)!;
      // phrase: how much of the topic's best alias the question says, and how much of the question that alias says;
      // cover: how much of the question the topic explains anywhere.
      let phrase = 0;
      let titleRecall = 0;
      /** Query terms the title or an alias says (the summary, the topic's last phrase, aside). */
      const head = new Set<string>();
      const first = ph.start[topicIndex]!;
      const last = ph.start[topicIndex + 1]! - 1;
      // Only the phrases that say a query term can match: each term's phrase list, within this topic's range.
      const matches = new Map<number, { matched: number; said: number }>();
      for (const [t, k] of credit) {
        const list = this.postings.get(t)?.phrases ?? NO_PHRASES;
        const matched = this.idf(t) * k.credit;
        const said = k.weight * k.credit;
        for (let i = firstAtLeast(list, first); i < list.length && list[i]! <= last; i++) {
          const j = list[i]!;
          const m = matches.get(j) ?? { matched: 0, said: 0 };
          m.matched += matched;
          m.said += said;
          matches.set(j, m);
          if (j < last) head.add(t);
        }
      }
      for (const [j, m] of matches) {
        const total = ph.mass[j]!;
        if (total === 0) continue;
        const recall = m.matched / total;
        if (j === first) titleRecall = recall;
        const precision = Math.min(1, m.said / coverMass);
        phrase = Math.max(phrase, ph.weight[j]! * recall * (1 - p.aliasPrecision + p.aliasPrecision * precision));
      }
      let headMass = 0;
      for (const t of head) headMass += credit.get(t)!.weight * credit.get(t)!.credit;
      const cover = Math.min(1, covered / coverMass);
      return {
        topic: this.topics[topicIndex]!,
        score: 0,
        match: Math.min(1, p.containShare * phrase + (1 - p.containShare) * cover),
        fit: 0,
        cover,
        headCover: Math.min(1, headMass / coverMass),
        titleRecall,
        bm25: bmOf.get(topicIndex)!,
        passage: passageQuery ? this.passages.cover(topicIndex, passageQuery, coverMass) : 0,
        pairs: pairQuery ? this.passages.pairShare(topicIndex, pairQuery) : 0,
        overview: this.children[topicIndex]!.length > 0 ? 1 : 0,
        childHead: 0,
      };
    });
    // An overview that found the question only because a sub-topic it names says the words in its heading.
    if (hits.some((h) => h.overview === 1)) {
      const headOf = new Map(candidates.map(([topicIndex], i) => [topicIndex, hits[i]!.headCover]));
      candidates.forEach(([topicIndex], i) => {
        for (const child of this.children[topicIndex]!)
          hits[i]!.childHead = Math.max(hits[i]!.childHead, headOf.get(child) ?? 0);
      });
    }
    const posterior = this.classifier.posterior(
      [...known.map((k) => k.term), ...unknown],
      candidates.map(([topicIndex]) => topicIndex),
    );
    hits.forEach((hit, i) => {
      hit.fit = posterior.topics[i]!;
      hit.score = (1 - p.classifierShare) * hit.match + p.classifierShare * hit.fit;
    });
    hits.sort((a, b) => b.score - a.score || a.topic.id.localeCompare(b.topic.id));
    return {
      hits: hits.slice(0, limit),
      otherSubjects,
      terms: known.map((k) => k.term),
      unknown,
      notCovered: posterior.notCovered,
      smallTalk: posterior.smallTalk,
      unknownShare: this.unknownShare(unknown, known),
    };
  }
}

const NO_PHRASES = new Int32Array(0);
