import { detectLanguage, englishChatWords, scriptLanguage } from './language.js';
import { withoutMarks } from './without-marks.js';
import { CHAT_FILLER } from './lexicon.js';
import { plainWords, term } from './normalise.js';

/**
 * A question in another language, read in the guide's English: "我的文件夹不同步了" becomes "folder sync". A guide
 * imported on day one has no language pack, so a member writing in Chinese, Korean or Spanish found none of its
 * words and always got the ticket template. cross-language.json holds the words of software help (files, folders,
 * sync, share, sign in, not working, …) in thirteen languages beside their English, as members type them: 470
 * concepts written for this project from general knowledge by a session that saw no guide, code or question set,
 * and 505 more written the same way in session 14 (the everyday words around a question: order, top, every time,
 * husband; and the words of the app-store categories: timeline, podcast, budget, repository, thermostat, …).
 */

/** One concept: its English words (the first is the one searched) and each language's words for it. */
export type Concept = { en: string[] } & Partial<Record<string, string[]>>;

/** Scripts written without spaces between words: their words are found inside the line. */
const UNSPACED_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]/u;
const fold = (s: string) => s.normalize('NFKC').toLowerCase().trim();
/** Accents dropped, for members who type "sincronizacion" or "thu muc"; Turkish's dotless ı typed as i ("nasil"). */
const bare = (s: string) => (PLAIN_ASCII.test(s) ? s : withoutMarks(s).replace(/ı/g, 'i').normalize('NFC'));
/** Text with nothing to drop: most of the lexicon's Latin forms, and most English lines. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
/**
 * Hindi spelt as members spell it: with or without the nukta ("फ़ोल्डर", "फोल्डर"), either nasal sign, a short vowel for
 * a long one. Its other marks are vowels and stay: without them "लिंक" (link) and "लेके" (having taken) are one word.
 */
const looseHindi = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\u093C/g, '')
    .replace(/\u0901/g, '\u0902')
    .replace(/\u0940/g, '\u093F')
    .replace(/\u0942/g, '\u0941')
    .normalize('NFC');
const DEVANAGARI = /\p{sc=Deva}/u;
/** The form a phrase is looked up by when not found as written. */
const loose = (phrase: string) =>
  PLAIN_ASCII.test(phrase) ? phrase : DEVANAGARI.test(phrase) ? looseHindi(phrase) : bare(phrase);
/**
 * Words with their marks: Devanagari's vowel signs are marks, not letters ("मेरा" is one word). An apostrophe parts
 * words: Turkish writes an English name's ending after one ("syncthing'i", "timeline'ımda"), French and Italian an
 * article before one ("l'application", "dell'account").
 */
const tokensOf = (s: string) => s.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
/**
 * A run of Latin letters (with its digits) written against an unspaced script is its own word: "我把老公加成partner了"
 * names "partner", "k9ってgmailなら" names "k9" and "gmail": the member's product names and English screen labels.
 * Digits alone stay with their counter ("30일", "3个"): a number is no word to search.
 */
const apartFromUnspaced = (s: string) =>
  UNSPACED_SCRIPT.test(s) ? s.replace(/[\p{sc=Latin}\p{N}]*\p{sc=Latin}[\p{sc=Latin}\p{N}]*/gu, ' $& ') : s;
/** Shorter than this, a word typed without any accent is too often another word ("the" is not "thẻ"). */
const MIN_BARE_CHARS = 5;

interface Tables {
  /** Forms of the unspaced scripts, longest first, each with its English and its place in that order. */
  unspaced: Array<[string, string]>;
  /** The same forms' places by their first letter: a line is searched only for forms it could hold. */
  unspacedByFirst: Map<string, number[]>;
  spaced: Map<string, string>;
  bareSpaced: Map<string, string>;
  languagesOf: Map<string, string[]>;
  longest: number;
  englishForms: Set<string>;
  /**
   * One-word forms of inflecting languages by their stem (see stemOf), per language: "папк" for Russian папка,
   * "klasor" for Turkish klasör.
   */
  stems: Map<string, Map<string, string>>;
}
let lexicon: readonly Concept[] | undefined;
/**
 * The lexicon to read questions by: cross-language.json, read by the app and the CLIs alongside the guide (importing
 * it with this module cost start-up 35 ms). Without one, no line reads as another language's question.
 */
export function useCrossLanguageLexicon(concepts: readonly Concept[]): void {
  lexicon = concepts;
  built = undefined;
  lastRead = undefined;
}

let built: Tables | undefined;
const NO_TABLES: Tables = {
  unspaced: [],
  unspacedByFirst: new Map(),
  spaced: new Map(),
  bareSpaced: new Map(),
  languagesOf: new Map(),
  longest: 1,
  englishForms: new Set(),
  stems: new Map(),
};
/** Appends to a map's list in place. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The lexicon's lookup tables, built on first use once it is loaded. */
const tables = (): Tables => (lexicon ? (built ??= build(lexicon)) : NO_TABLES);
function build(lexicon: readonly Concept[]): Tables {
  const unspaced: Array<[string, string]> = [];
  const spaced = new Map<string, string>();
  const bareSpaced = new Map<string, string>();
  /** Which languages write a Latin-script (or Cyrillic, Devanagari) form: "carpeta" is Spanish, "pasta" Portuguese. */
  const languagesOf = new Map<string, string[]>();
  const englishForms = new Set<string>();
  const stems = new Map<string, Map<string, string>>();
  let longest = 1;
  for (const concept of lexicon) {
    const en = concept.en[0];
    if (!en) continue;
    for (const e of concept.en) englishForms.add(fold(e));
    for (const [lang, forms] of Object.entries(concept)) {
      if (lang === 'en' || !forms) continue;
      for (const form of forms) {
        const key = fold(form);
        if (key === '') continue;
        if (UNSPACED_SCRIPT.test(key)) unspaced.push([key, en]);
        else {
          const words = tokensOf(key);
          longest = Math.max(longest, words.length);
          const phrase = words.join(' ');
          spaced.set(phrase, en);
          addTo(languagesOf, phrase, lang);
          const plain = loose(phrase);
          if (!bareSpaced.has(plain)) bareSpaced.set(plain, en);
          for (const stem of INFLECTING.has(lang) && words.length === 1 ? stemsOf(plain, lang) : []) {
            const byLanguage = stems.get(stem) ?? new Map<string, string>();
            if (!byLanguage.has(lang)) byLanguage.set(lang, en);
            stems.set(stem, byLanguage);
          }
          if (plain !== phrase) addTo(languagesOf, plain, lang);
        }
      }
    }
  }
  // Longest first, so "文件夹" is read before "文件".
  unspaced.sort((a, b) => b[0].length - a[0].length);
  const unspacedByFirst = new Map<string, number[]>();
  unspaced.forEach(([form], i) => {
    const first = String.fromCodePoint(form.codePointAt(0)!);
    addTo(unspacedByFirst, first, i);
  });
  return { unspaced, unspacedByFirst, spaced, bareSpaced, languagesOf, longest, englishForms, stems };
}

/**
 * Languages that put endings on their words: a member writes "папку", "klasörümdeki", "Ordnern", "синхронизировал" where
 * the lexicon lists папка, klasör, Ordner, синхронизировать. Their one-word forms are also found by stem.
 */
const INFLECTING = new Set(['ru', 'tr', 'de', 'es', 'pt', 'fr', 'it', 'id']);
const ASCII_LETTERS = /^[a-z0-9]+$/;
/** A stem this short matches too many words. */
const MIN_STEM = 4;
/** The longest ending read off a word (Turkish stacks them: klasör-ler-im-de-ki). */
const MAX_ENDING = 8;
const MAX_ENGLISH_STEM_ENDING = 3;
/**
 * A form without its final vowels and soft signs (at most two), accents already dropped: папка → папк, archivo →
 * archiv, sincronizar → sincronizar. Null when too short to tell words apart.
 */
function stemOf(form: string): string | null {
  const stem = form.replace(/[aeiouyаеёиоуыэюяйьъı]{1,2}$/u, '');
  return [...stem].length >= MIN_STEM ? stem : null;
}

/**
 * A verb's infinitive ending, which its other forms drop: sincroniz-ar → sincroniz-ando, sincroniz-ó; lösch-en →
 * lösch-t; удал-ить → удал-ил; gizle-mek → gizle-dim.
 */
const INFINITIVE: Record<string, RegExp> = {
  es: /(?:ar|er|ir)$/,
  pt: /(?:ar|er|ir)$/,
  it: /(?:are|ere|ire)$/,
  fr: /(?:er|ir|re)$/,
  de: /(?:en|ern|eln)$/,
  ru: /(?:ться|тись|ть|ти)$/,
  tr: /(?:mek|mak)$/,
};

/** A one-word form's stems: see stemOf, and the verb's stem without its infinitive ending. */
function stemsOf(form: string, lang: string): string[] {
  const stems = [stemOf(form)];
  const infinitive = INFINITIVE[lang];
  if (infinitive?.test(form)) stems.push(stemOf(form.replace(infinitive, '')));
  return [...new Set(stems.filter((s): s is string => s !== null))];
}

/**
 * The concept a word of an inflecting language names, read by its stem: the longest stem the word starts with, with
 * an ending no longer than MAX_ENDING, in one of `languages` when the line's listed words said which (a German
 * "microsoft" is no Spanish "micrófono", a Turkish "hangisi" no German "hängen"). A word so read says the line is in
 * another language only when it has letters English does not write (see readLine): an English "archives" must not
 * make a line Spanish.
 */
function conceptByStem(word: string, languages: ReadonlySet<string> | null): string | undefined {
  const { stems, englishForms } = tables();
  const letters = [...loose(word)];
  for (let k = letters.length; k >= MIN_STEM && letters.length - k <= MAX_ENDING; k--) {
    const stem = letters.slice(0, k).join('');
    const byLanguage = stems.get(stem);
    if (!byLanguage) continue;
    // A stem English writes too ("sync", "folder") takes only a short ending ("foldernya"): a longer one makes
    // another word, most often a product's name ("syncthing", "folderly").
    if (englishForms.has(stem) && letters.length - k > MAX_ENGLISH_STEM_ENDING) continue;
    for (const [lang, en] of byLanguage) if (!languages || languages.has(lang)) return en;
  }
  return undefined;
}

/**
 * The concept a phrase names, as written or with its accents read loosely ("sincronizacion", "thu muc" for "thư
 * mục"): a phrase typed with no accent at all, or a Vietnamese one with its tones, must be long enough not to be
 * another word ("the" is not "thẻ").
 */
function conceptOf(phrase: string, tonal: boolean): string | undefined {
  const { spaced, bareSpaced } = tables();
  const exact = spaced.get(phrase);
  if (exact) return exact;
  const plain = loose(phrase);
  // Vietnamese marks its tones, and a tone makes another word ("ghê", very, is no "ghế", chair): a short phrase typed
  // with them is taken as written.
  const marksKept = plain !== phrase && !tonal;
  return marksKept || plain.length >= MIN_BARE_CHARS ? bareSpaced.get(plain) : undefined;
}

let everyday: Set<string> | undefined;

/**
 * The concepts that make a line ask or report trouble in any language ("不同步了", "no funciona", "어떻게"): what the
 * chatter rules look for, beyond the asking and trouble words chat-markers.json lists.
 */
const ASKS_OR_TROUBLE = new Set([
  ...[
    'how to',
    'where',
    'why',
    'is it possible',
    'help',
    'forgot',
    'forgot password',
    'problem',
    'error',
    'error message',
  ],
  ...['crash', 'bug', 'warning', 'not working', 'broken', 'corrupted', 'slow', 'lag', 'stuck', 'frozen', 'missing'],
  ...['disappeared', 'lost', 'deleted by mistake', 'wrong', 'blank', 'black screen', 'failed', "can't"],
  ...['no longer', 'not enough space', 'expired', 'locked out', 'hacked', 'duplicate', 'out of sync', 'conflict'],
  ...['no sound', 'blurry', 'not loading', 'not showing', 'not receiving', 'timeout', 'grayed out', 'too large'],
  ...['permission denied', 'not found', 'invalid', 'already exists', 'not supported', 'network error', "can't log in"],
  ...['overheating', 'battery drain'],
]);

/** Shared by every rule that reads the same line (see lastRead), so never changed once made. */
export interface EnglishReading {
  /** The English words of the concepts found, in the order found. */
  readonly english: readonly string[];
  /** How many of the words found are not English themselves ("carpeta", "同步"; not "app" or "wifi"). */
  readonly foreign: number;
  /** How many of those ask or report trouble ("怎么", "no funciona", "안 돼요"). */
  readonly asks: number;
  /** The language whose words the line uses most among those found (Latin-script lines), or null. */
  readonly language: string | null;
  /** The line's words no concept took: product names, English screen labels, words of the guide. */
  readonly rest: readonly string[];
  /** Words read by their stem (see conceptByStem): the guide may know them as written ("configuration" in German). */
  readonly stemmed: readonly string[];
}

/**
 * The last line read: one message is read by the chatter rules, the foreign-remark rule and the Assistant's second
 * asking in turn, and each needs the same reading.
 */
let lastRead: { text: string; reading: EnglishReading } | undefined;

/** The software-help concepts a line names, in English, with what is left of it. */
export function readInEnglish(text: string): EnglishReading {
  if (lastRead?.text !== text) lastRead = { text, reading: readLine(text) };
  return lastRead.reading;
}

/** The places (in longest-first order) of the unspaced forms that start with a letter of the line. */
function candidateForms(line: string, byFirst: ReadonlyMap<string, readonly number[]>): number[] {
  const places: number[] = [];
  for (const letter of new Set(line)) for (const i of byFirst.get(letter) ?? []) places.push(i);
  return places.sort((a, b) => a - b);
}

function readLine(text: string): EnglishReading {
  const { unspaced, unspacedByFirst, languagesOf, longest, englishForms } = tables();
  let line = fold(text);
  const english: string[] = [];
  let foreign = 0;
  let asks = 0;
  const votes = new Map<string, number>();
  // Only a line with such letters is searched for the unspaced words (an English line costs a few lookups).
  for (const i of UNSPACED_SCRIPT.test(line) ? candidateForms(line, unspacedByFirst) : []) {
    const [form, en] = unspaced[i]!;
    if (!line.includes(form)) continue;
    english.push(en);
    foreign++;
    if (ASKS_OR_TROUBLE.has(en)) asks++;
    line = line.split(form).join(' ');
  }
  const words = tokensOf(apartFromUnspaced(line));
  // Only in a line whose script leaves it to an inflecting language: the Latin words of a Chinese, Hindi or Vietnamese
  // line are English and product names, never Spanish or Turkish with an ending.
  const script = scriptLanguage(text);
  const stemming = script === null || script === 'ru';
  everyday ??= englishChatWords();
  // First the forms as listed, longest phrase first; the words they leave are read by stem afterwards, in the
  // language those forms voted for.
  const listed = new Map<number, { en: string; n: number }>();
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(longest, words.length - i); n >= 1 && taken === 0; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const en = conceptOf(phrase, script === 'vi');
      if (!en) continue;
      listed.set(i, { en, n });
      // A form English shares ("app", "email", "folder", "photos") says nothing about the line's language.
      if (!englishForms.has(phrase) && !englishForms.has(phrase.replace(/s$/, '')) && !everyday.has(phrase)) {
        foreign++;
        for (const l of languagesOf.get(phrase) ?? languagesOf.get(loose(phrase)) ?? [])
          votes.set(l, (votes.get(l) ?? 0) + 1);
        if (ASKS_OR_TROUBLE.has(en)) asks++;
      }
      taken = n;
    }
    i += Math.max(1, taken);
  }
  const rest: string[] = [];
  const byStem: string[] = [];
  const languages = script === 'ru' ? new Set(['ru']) : mostVoted(votes);
  for (let i = 0; i < words.length; ) {
    const found = listed.get(i);
    if (found) {
      english.push(found.en);
      i += found.n;
      continue;
    }
    const word = words[i++]!;
    // Not as written: a single word of an inflecting language may be a listed word with an ending.
    const stemmed = stemming ? conceptByStem(word, languages) : undefined;
    if (!stemmed) {
      rest.push(word);
      continue;
    }
    english.push(stemmed);
    byStem.push(word);
    // A word with letters English never writes ("güncellerim", "папку") is another language's, ending or not.
    if (!ASCII_LETTERS.test(word)) {
      foreign++;
      if (ASKS_OR_TROUBLE.has(stemmed)) asks++;
    }
  }
  const [first, second] = [...votes].sort((a, b) => b[1] - a[1]);
  const language = first && (!second || first[1] > second[1]) ? first[0] : null;
  return { english, foreign, asks, language, rest, stemmed: byStem };
}

/** Votes a language needs to be taken as the line's: one form ("web", "area") is shared by too many. */
const MIN_VOTES = 2;
/** The languages with the most votes, or null when none has MIN_VOTES. */
function mostVoted(votes: ReadonlyMap<string, number>): Set<string> | null {
  const most = Math.max(0, ...votes.values());
  return most < MIN_VOTES ? null : new Set([...votes].filter(([, v]) => v === most).map(([l]) => l));
}

/** The Latin-script languages of cross-language.json, for telling a line in one of them from English. */
const LATIN_LANGUAGES = ['es', 'pt', 'fr', 'de', 'it', 'id', 'tr', 'vi'];
/** Words of another language a Latin-script line needs ("como compartir una carpeta"): one ("red", "come") is chance. */
const MIN_FOREIGN_WORDS = 2;
/** Concepts of software help that make a line in another language a question even with no word of asking in it. */
const MIN_CONCEPTS_ASKED = 2;

/**
 * The language of a line written in another language that asks something or reports trouble in words the lexicon
 * knows ("没法缩小", can't make it smaller), or names enough of what software help is about to be a question however
 * it is put ("パートナーの写真 自分のタイムラインに表示", partner's photos shown in my timeline); null for any other line.
 * Another script settles the language; a Latin-script line needs two of the lexicon's words and the language
 * detector's agreement that it is not English, so an English question ("pin the red note") is never read as Spanish
 * or Vietnamese; the lexicon's words then say which language (franc reads short Spanish lines as Italian).
 */
export function askingLanguage(text: string, reading: EnglishReading = readInEnglish(text)): string | null {
  if (reading.foreign === 0) return null;
  if (reading.asks === 0 && specificConcepts(reading) < MIN_CONCEPTS_ASKED) return null;
  const script = scriptLanguage(text);
  if (script !== null) return script;
  if (reading.foreign < MIN_FOREIGN_WORDS) return null;
  const told = detectLanguage(text, LATIN_LANGUAGES);
  return told !== null && told !== 'en' ? (reading.language ?? told) : null;
}

/** See askingLanguage: a question in another language, which the chatter rules must not silence. */
export const asksAbroad = (text: string): boolean => askingLanguage(text) !== null;

/**
 * Concepts so common in any chat about an app that they say nothing of what is asked: "用这个软件三年了，一直很喜欢"
 * (been using this app for three years, always loved it) names an app, using it and "always".
 */
const GENERIC = new Set([
  'all',
  'new',
  'old',
  'app',
  'software',
  'use',
  'keeps',
  'again',
  'light',
  'suddenly',
  'recent',
  // In a help channel with a bot in it, "the bot" is who members chat with ("haha bot dễ thương ghê", cute bot).
  'bot',
]);
/** The English of chat (today, week, husband, boss, still, again), as search terms. */
const CHAT_FILLER_TERMS = new Set([...CHAT_FILLER].map(term));
/**
 * A concept whose English is everyday filler ("today", "day", "husband", "some") is chat, not software help, however
 * it is said: "今天终于拿到新电脑了，开心" (finally got my new computer today, happy) names a computer and a day.
 */
const everydayConcept = (english: string) => {
  const words = plainWords(english);
  return words.length > 0 && words.every((w) => CHAT_FILLER_TERMS.has(term(w)));
};
const specificConcepts = (reading: EnglishReading) =>
  new Set(reading.english.filter((e) => !GENERIC.has(e) && !everydayConcept(e))).size;

/**
 * About how many words a line would take in English: its spaced words, and for the scripts written without spaces a
 * share of their letters. The shares are those of the translated dev questions (imported-multilingual-dev, each line
 * beside its English source): 0.68 of an English word for each Chinese character, 0.55 for
 * each Hangul syllable, 0.42 for each character of Japanese (kana with kanji); Thai's 0.25 is a guess (no Thai set).
 */
export function englishLength(text: string): number {
  const chars = (re: RegExp) => text.match(re)?.length ?? 0;
  const kana = chars(/[\p{sc=Hiragana}\p{sc=Katakana}]/gu);
  const han = chars(/\p{sc=Han}/gu);
  const unspaced =
    chars(/\p{sc=Hangul}/gu) * 0.55 + (kana > 0 ? (kana + han) * 0.42 : han * 0.68) + chars(/\p{sc=Thai}/gu) * 0.25;
  return Math.round(unspaced) + plainWords(text.replace(new RegExp(UNSPACED_SCRIPT.source, 'gu'), ' ')).length;
}
