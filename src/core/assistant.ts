import { bareRequestLanguage } from './decide/bare-request.js';
import {
  clarification,
  decide,
  decideReading,
  read,
  silenced,
  type Decision,
  type Policy,
  type Reading,
} from './decide/decision.js';
import type { Example } from './knowledge/examples.js';
import { plainWords, term, wordingKey } from './normalise/normalise.js';
import { askingLanguage, englishLength, readInEnglish } from './normalise/cross-language.js';
import { SearchIndex, type SearchResult, type SpellingMemory, type Translation } from './search/search-index.js';
import { policyFor } from './decide/policy.js';
import {
  AUTOCOMPLETE_MIN_SCORE,
  DEFAULT_SEARCH_PARAMS,
  FOREIGN_CHATTER,
  PACK_CUTOFFS,
  PACK_NOT_COVERED_VETO,
} from './tuning.js';
import type { Knowledge, LocalizedTopic, Topic } from './knowledge/topic.js';
import { OTHER_SUBJECTS } from './normalise/lexicon.js';
import { FILLER_TERMS } from './normalise/filler-words.js';
import { UI_LOCALES } from './i18n/messages.js';
import {
  detectLanguage,
  englishChatWords,
  everydayWords,
  scriptLanguage,
  type LanguageEvidence,
} from './normalise/language.js';
import { closestLocale, languageOf } from './normalise/locales.js';
import { isForeignChatter, isSmallTalk } from './decide/small-talk.js';
import { asksInItsLanguage, isForeignRemark } from './decide/foreign-remark.js';

/** A line in another language this short, asking nothing and matching nothing, is taken as chatter. */
const MAX_UNMATCHED_CHATTER_WORDS = 6;
/** Topics a "did you mean" offers for a question read in English through the lexicon. */
const MAX_BRIDGED_OFFERS = 3;
/**
 * A question read in English through the lexicon is answered only when the answer model is this sure of its best
 * topic (the fitted answer bar, 0.72 now, for a question asked in English): a word list loses nuance, so the bar is
 * higher. Chosen on the translated dev questions (imported-multilingual-dev): answered right 4.2% -> 11.1%, wrong
 * 0% -> 0.6%, off-topic answered 0.9% -> 2.8%; at 0.80, 12.5 / 1.1 / 3.7.
 */
const BRIDGED_ANSWER_AT = 0.85;
/**
 * Share of the words the lexicon did not read in a line that count as words the guide never uses when deciding between
 * "did you mean" and a ticket (the rest: its language's little words), rounded down: a short line read whole is never
 * judged on a word it did not say. On the dev questions (imported-multilingual-dev), helped / off-topic escalated at
 * 0.1, 0.15, 0.2, 0.3, 0.4: 72.6 / 44.4, 72.6 / 50.0, 70.0 / 53.2, 67.4 / 57.9, 62.6 / 64.3. 0.3 is the most helped
 * that escalates off-topic questions at least as often as the answer model's fitting asks of English ones (55%, TARGETS
 * in fit-guide-model.ts). Not counting them, at the English in-scope bar: 72.1 / 43.7; raising that bar instead to 0.75
 * and 0.85: 68.3 / 50.0, 63.3 / 59.5.
 */
const UNREAD_SHARE = 0.3;
/** A word as English or a product name writes it: plain letters and digits. */
const ASCII_WORD = /^[a-z0-9][a-z0-9.+#-]*$/i;
/** A word this many packs' languages use (wifi, app, ok) is a loanword that tells none of them apart. */
const SHARED_BY_LANGUAGES = 4;

/** The guide made searchable: what the Discord adapter and the CLIs hold and swap on reload. */
export class Assistant {
  readonly index: SearchIndex;
  readonly policy: Policy;
  /**
   * The team's labelled questions by wordingKey: one asked again, in any wording that shares its key, is decided as
   * the team labelled it; null where labels of one key disagree ("login" labelled with three topics). Built on first ask.
   */
  private labelledByWording: Map<string, Example | null> | undefined;
  /** The language packs (locale → topic id → translation), and the index that reads them once asked. */
  private readonly packs: ReadonlyMap<string, ReadonlyMap<string, LocalizedTopic>>;
  private multilingual: SearchIndex | undefined;

  /**
   * @param spelling typo corrections kept from an earlier start on this same guide (see SpellingMemory).
   * @param packSpelling the same for the multilingual index (most of its build time is spelling the packs' examples).
   */
  constructor(
    readonly knowledge: Knowledge,
    readonly spelling: SpellingMemory = { edited: new Map(), guide: new Map() },
    readonly packSpelling: SpellingMemory = { edited: new Map(), guide: new Map() },
  ) {
    this.index = new SearchIndex(knowledge.topics, DEFAULT_SEARCH_PARAMS, knowledge.examples, spelling);
    this.policy = policyFor(knowledge.examples, knowledge.topics.length);
    this.packs = knowledge.packs;
  }

  /**
   * The decision for one message, with `lang`, the language to reply in. A message in a language the guide
   * has a pack for is searched in that pack as well as in the guide; `locale` (an interaction's) says which
   * language to reply in when the message itself does not tell.
   */
  ask(question: string, locale?: string): Decision {
    // "can someone help me?", "帮帮我": a request for help that names nothing to search for is asked what is wrong, in
    // the words' language (English words: the interaction's, when it says).
    const bare = bareRequestLanguage(question);
    if (bare !== null) {
      const tags = [...this.packs.keys(), ...UI_LOCALES];
      const lang = (bare === 'en' && locale && closestLocale(locale, tags)) || closestLocale(bare, tags) || 'en';
      return clarification(question, lang);
    }
    const english = this.askGuide(question);
    // A guide without language packs answers in its own words; what Stepwise itself says (buttons, the ticket
    // template, "not translated yet") is still in the member's language when the script settles it ("ログイン
    // できない") or the interaction says so. A Latin-script line stays English: without a pack's words to check
    // a detector against, short English chat lines too often read as Portuguese or Italian.
    if (this.packs.size === 0) {
      const script = scriptLanguage(question);
      const lang =
        (script && closestLocale(script, UI_LOCALES)) || (locale && closestLocale(locale, UI_LOCALES)) || 'en';
      const bridged = english.action === 'escalate' ? this.askInEnglish(english) : null;
      // A remark that names things of software help ("finished backing up ten years of photos, feels great haha"), to
      // which neither the guide nor its English reading offers a topic: silence, not a ticket template.
      if (
        english.action === 'escalate' &&
        !bridged &&
        this.policy.kind === 'model' &&
        isForeignRemark(english.question, plainWords(english.question), true)
      )
        return { ...silenced(english), lang };
      // A Latin-script line the lexicon and the detector agree is Spanish ("como compartir una carpeta") is answered
      // around its steps in Spanish.
      const abroad = bridged && !script ? closestLocale(bridged.lang ?? '', UI_LOCALES) : null;
      return { ...(bridged ?? english), lang: abroad || lang };
    }
    // A Latin-script line counts as another language only with a word of it besides franc's guess (see
    // LanguageEvidence): many short English chat lines read as Portuguese or Italian to franc alone.
    const told = detectLanguage(question, this.packs.keys(), this.languageEvidence());
    const packLocale = told && told !== 'en' ? closestLocale(told, this.packs.keys()) : null;
    const foreign = told !== null && told !== 'en';
    // The guide's own answer stands (many of its examples are written in other languages); so does its
    // silence on a line that reads as English chatter.
    const settled = english.action === 'answer' || (english.action === 'ignore' && !packLocale);
    // A short Latin-script line franc calls English, or nothing ("cara login", "como logar"), is silenced by the
    // English chatter rules unless the packs are asked too; it is, when its words are more a pack's than English.
    // Cross-validated on the packs: in-scope silence 23 -> 8 of 2,128; the guide's own (English) examples and
    // holdouts unchanged.
    const unsure = english.action === 'ignore' && !foreign && this.packWord(question);
    const decision =
      (foreign && !settled) || unsure
        ? this.combine(...this.askMultilingual(question), english)
        : packLocale && english.action === 'answer'
          ? this.packFirst(question, english)
          : english;
    // The message's language when it can be told; the interaction's (or server's) locale only when it cannot.
    const hinted = told === null && locale ? closestLocale(locale, [...this.packs.keys(), ...UI_LOCALES]) : null;
    const lang = packLocale ?? hinted ?? 'en';
    return { ...decision, lang };
  }

  /**
   * A question in a pack's language, decided both ways: by the multilingual index first (it reads the member's
   * own words), then by the guide's (code-mixed lines: "bhai login nahi ho raha"). Silence only for small talk
   * in that language: an in-scope question is never ignored because its words were foreign; at worst it is
   * escalated, with the ticket template in the member's language.
   */
  private combine(pack: Decision, packReading: Reading, guide: Decision): Decision {
    if (isSmallTalk(pack.question)) return silenced(pack);
    if (pack.action === 'answer') return pack;
    if (guide.action === 'answer') return guide;
    if (pack.action === 'suggest') return pack;
    if (guide.action === 'suggest') return guide;
    // The guide's chatter rules were learned on its own language; in another one, the small-talk words of that
    // language (greetings, thanks, laughter) make a line chatter, and so does a short line that asks nothing
    // when neither index found anything in it to answer. A line naming something the guide covers ("로그인
    // 안돼요ㅠㅠ", login won't work) is not silenced by those rules, only by the classifier: a ticket template
    // beats silence for a question (cross-validated on the packs: in-scope silence 37 -> 23 of 2,128, small talk
    // ignored 86% -> 84%).
    const short = plainWords(pack.question).length <= MAX_UNMATCHED_CHATTER_WORDS && !/[?？؟]/.test(pack.question);
    // The multilingual search the pack's decision was made from, read again here rather than searched again.
    const found = packReading.result;
    const names = found.hits.length > 0 && found.terms.some((t) => !FILLER_TERMS.has(t));
    const chatterMarks = isForeignChatter(pack.question) || (guide.action === 'ignore' && short);
    if (readsAsChatter(found) || (!names && chatterMarks)) {
      return silenced(pack);
    }
    return { ...pack, action: 'escalate', topic: null };
  }

  /**
   * A line in a pack's language that the guide's own index answered: the pack's answer when it has one (it reads
   * the member's own words; the guide's English examples mistake some such lines for another topic: "cách đổi mật
   * khẩu", how to change my password, read as browser-app-issues); else the guide's, unless that language's labelled
   * off-topic questions say the guide does not cover it (see PACK_NOT_COVERED_VETO): then it goes to staff, the
   * guide's topic as their hint.
   */
  private packFirst(question: string, english: Decision & { action: 'answer' }): Decision {
    const [pack, reading] = this.askMultilingual(question);
    if (pack.action === 'answer') return pack;
    if (reading.result.notCovered < PACK_NOT_COVERED_VETO) return english;
    return { ...english, action: 'escalate', topic: null, alternatives: [english.topic, ...english.alternatives] };
  }

  /**
   * Build now what the first question in a pack's language would otherwise build: the multilingual index and what
   * tells languages apart. Most of that index's build is spelling the packs' examples; the start-up cache keeps that
   * spelling (packSpelling) once this has run, so on a cached start the first such question builds it in about a
   * second rather than four (Discord gives a slash command 3 s to reply). Built lazily otherwise: done after the bot
   * is online, it held up every interaction of its first seconds.
   */
  warm(): void {
    if (this.packs.size === 0) return;
    this.languageEvidence();
    this.multilingualIndex();
  }

  /** The guide with every pack's words added to its topics, taught by the same examples (built on first use). */
  private multilingualIndex(): SearchIndex {
    this.multilingual ??= new SearchIndex(
      this.knowledge.topics,
      DEFAULT_SEARCH_PARAMS,
      // The packs' labelled questions teach it those languages as members type them: topics, off-topic
      // questions and chatter, in about the proportions of the guide's own examples.
      [...this.knowledge.examples, ...this.knowledge.packExamples],
      this.packSpelling,
      translationsOf(this.knowledge),
    );
    return this.multilingual;
  }

  private askMultilingual(question: string): [Decision, Reading] {
    // The packs' wording reaches topics through fewer phrases than English does, so a right topic scores lower;
    // a taught guide's cut-offs are lowered for it (see PACK_CUTOFFS).
    const policy: Policy =
      this.policy.kind === 'taught'
        ? { kind: 'taught', thresholds: { ...this.policy.thresholds, ...PACK_CUTOFFS } }
        : this.policy;
    const reading = read(this.multilingualIndex(), question, policy);
    return [decideReading(reading, policy), reading];
  }

  /** A line with a word only a pack's language has, not English nor many languages ("cara login", "como logar"). */
  private packWord(question: string): boolean {
    const { english, shared } = this.languageEvidence();
    let lead = 0;
    for (const w of plainWords(question)) {
      if (shared?.has(w)) continue;
      const owned = this.written!.has(w);
      if (owned && !english.has(w)) lead++;
      else if (english.has(w) && !owned) lead--;
    }
    return lead >= 1;
  }

  /** What tells the languages apart in this guide (built on first use). */
  private languageEvidence(): LanguageEvidence {
    if (!this.evidence) {
      const words = new Map<string, Set<string>>();
      for (const [locale, pack] of this.packs) {
        const language = languageOf(locale);
        const set = words.get(language) ?? everydayWords(language);
        for (const t of pack.values())
          for (const w of plainWords([t.title, t.summary ?? '', ...t.aliases, t.intro, ...t.steps, t.notes].join(' ')))
            set.add(w);
        words.set(language, set);
      }
      // Before the examples join: the words the packs and the languages' everyday lists vouch for (see packWord).
      this.written = new Set([...words.values()].flatMap((set) => [...set]));
      // The pack's labelled questions are that language as members type it: chat abbreviations, no accents.
      for (const e of this.knowledge.packExamples) {
        const set = e.locale ? words.get(languageOf(e.locale)) : undefined;
        if (set) for (const w of plainWords(e.question)) set.add(w);
      }
      // English as members write it, and the support subjects they name.
      const english = new Set([...englishChatWords(), ...OTHER_SUBJECTS]);
      for (const t of this.knowledge.topics)
        for (const w of plainWords([t.title, t.summary, t.intro, ...t.steps, t.notes].join(' '))) english.add(w);
      const seen = new Map<string, number>();
      for (const set of words.values()) for (const w of set) seen.set(w, (seen.get(w) ?? 0) + 1);
      const shared = new Set([...seen].filter(([, n]) => n >= SHARED_BY_LANGUAGES).map(([w]) => w));
      this.evidence = { words, english, shared };
    }
    return this.evidence;
  }
  private evidence: LanguageEvidence | undefined;
  /** Words of the packs' own text and of their languages' everyday lists (not of their examples, which borrow English). */
  private written: Set<string> | undefined;

  private askGuide(question: string): Decision {
    const decision = decide(this.index, question, this.policy);
    // A guide with few examples is judged by the answer model, which cannot learn from a handful of lines;
    // the team still expects a question it labelled to be answered the way it labelled it.
    this.labelledByWording ??= labelsByWording([...this.knowledge.examples, ...this.knowledge.packExamples]);
    // Most imported guides have no labels: no key to work out for them.
    if (this.labelledByWording.size === 0) return decision;
    const e = this.labelledByWording.get(wordingKey(decision.question));
    const topic = e?.topic ? this.knowledge.byId.get(e.topic) : undefined;
    if (
      !e ||
      (decision.action === (e.outcome === 'topic' ? 'answer' : e.outcome) && (!topic || decision.topic === topic))
    )
      return decision;
    if (topic) return { ...decision, action: 'answer', topic, confidence: 1, alternatives: [] };
    return {
      ...decision,
      action: e.outcome === 'ignore' ? 'ignore' : 'escalate',
      topic: null,
      confidence: 1,
      alternatives: [],
    };
  }

  /**
   * A question in a language the guide has no pack for, asked again in the guide's English (see cross-language.ts):
   * the concepts it names, with its product names and the words the guide itself uses. Taken only when that finds a
   * topic to answer or offer; the member's own words stay the question (tickets and insights keep them).
   */
  private askInEnglish(original: Decision): Decision | null {
    const inEnglish = readInEnglish(original.question);
    const language = askingLanguage(original.question, inEnglish) ?? askingInItsScript(original.question);
    if (language === null) return null;
    // What the lexicon did not read: product names and English screen labels ("Kdenlive", "Show in Finder") count when
    // the guide knows them; the line's own language does not (its words would read as words the guide never uses).
    const latin = [...inEnglish.rest, ...inEnglish.stemmed].filter(
      (w) => ASCII_WORD.test(w) && !FILLER_TERMS.has(term(w)),
    );
    const unknown = new Set(this.index.search(latin.join(' '), 1).unknown);
    const kept = latin.filter((w) => !unknown.has(term(w)));
    // Searched as a bag of English words, yet as long as the member wrote it: the answer model reads a long message
    // as one that needs the guide, and the bag is a handful of words whatever was said.
    const said = [...inEnglish.english, ...kept].join(' ');
    const words = englishLength(original.question);
    const own = { question: original.question, secret: original.secret, lang: language };
    // Read through a word list, the question has lost its nuance: its best topic is answered only when the answer model
    // is sure of it even so…
    const sure = decideReading({ ...read(this.index, said, this.policy), words, ownWording: false }, this.policy);
    if (sure.action === 'answer' && this.policy.kind === 'model' && sure.confidence >= BRIDGED_ANSWER_AT)
      return { ...sure, ...own };
    // …and offered when the question reads as in scope even counting what the lexicon did not read: those words may
    // say what the guide does not cover ("…can I get a refund", in words no list holds). Without them, a question
    // built from a few software words read as in scope whatever else it said.
    const unseen = new Set(kept);
    const unread = Math.floor(UNREAD_SHARE * englishLength(inEnglish.rest.filter((w) => !unseen.has(w)).join(' ')));
    // A line the lexicon read whole is not searched again: its decision is the one just made.
    const decision =
      unread === 0
        ? sure
        : decideReading({ ...read(this.index, said, this.policy, unread), words, ownWording: false }, this.policy);
    if (decision.action === 'answer')
      return {
        ...decision,
        ...own,
        action: 'suggest',
        alternatives: [decision.topic, ...decision.alternatives].slice(0, MAX_BRIDGED_OFFERS),
      };
    return decision.action === 'suggest' ? { ...decision, ...own } : null;
  }

  /** Topics for an autocomplete list as the member types: search hits first, then title prefix matches. */
  complete(partial: string, limit = 25): Topic[] {
    const words = plainWords(partial);
    if (words.length === 0) return this.knowledge.topics.slice(0, limit);
    const seen = new Set<string>();
    const out: Topic[] = [];
    const add = (t: Topic) => {
      if (!seen.has(t.id) && out.length < limit) {
        seen.add(t.id);
        out.push(t);
      }
    };
    for (const hit of this.index.search(partial, limit).hits) if (hit.score > AUTOCOMPLETE_MIN_SCORE) add(hit.topic);
    const prefix = words.join(' ');
    for (const t of this.knowledge.topics) {
      const title = plainWords(t.title).join(' ');
      if (title.includes(prefix) || t.aliases.some((a) => plainWords(a).join(' ').includes(prefix))) add(t);
    }
    return out;
  }
}

/** Each topic's words in every language pack, for the multilingual index. */
function translationsOf(knowledge: Knowledge): Array<Translation | undefined> {
  return knowledge.topics.map((topic) => {
    const versions = [...knowledge.packs.values()].flatMap((pack) => pack.get(topic.id) ?? []);
    if (versions.length === 0) return undefined;
    return {
      phrases: versions.flatMap((v) => [v.title, ...(v.summary ? [v.summary] : []), ...v.aliases]),
      body: versions.map((v) => [v.intro, ...v.steps, v.notes].join('\n')).join('\n'),
    };
  });
}

/**
 * Whether a line the packs could not answer reads like their small-talk examples rather than their off-topic
 * ones: "jemand da?", "오늘 날씨 미쳤다", "kedim klavyeye basti jsjsjs". Off-topic questions carry the words of
 * a subject (refund, licence, VPN); chatter carries the words of chat, which the classifier learned from the
 * packs' small-talk lines. Cut-offs chosen by five-fold cross-validation on the packs' examples (see tuning).
 */
function readsAsChatter(read: SearchResult): boolean {
  return (
    read.otherSubjects.length === 0 &&
    read.smallTalk >= FOREIGN_CHATTER.minSmallTalk &&
    read.smallTalk > FOREIGN_CHATTER.notCoveredShare * read.notCovered
  );
}

/**
 * A line in a script that tells its language and asks or reports trouble in that language's own words ("कैसे", "नहीं",
 * "怎么"), though it names fewer of the lexicon's concepts than askingLanguage needs: its product names and the
 * concepts it does name are still worth a search ("Immich में tags का option कहाँ है?").
 */
function askingInItsScript(question: string): string | null {
  const script = scriptLanguage(question);
  return script !== null && asksInItsLanguage(question, plainWords(question)) ? script : null;
}

/** Each wordingKey of the examples with its label; null for a key whose examples are labelled differently. */
function labelsByWording(examples: readonly Example[]): Map<string, Example | null> {
  const out = new Map<string, Example | null>();
  for (const x of examples) {
    const key = wordingKey(x.question);
    const seen = out.get(key);
    if (seen === undefined) out.set(key, x);
    else if (seen !== null && (seen.outcome !== x.outcome || seen.topic !== x.topic)) out.set(key, null);
  }
  return out;
}
