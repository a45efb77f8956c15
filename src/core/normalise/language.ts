import stopwords from 'stopwords-iso' with { type: 'json' };
import { CHAT_FILLER, SMALL_TALK, STOP_WORDS } from './lexicon.js';
import { plainWords } from './normalise.js';

/**
 * The language a member wrote in, from the message alone (Discord gives a locale only on interactions).
 * Scripts that belong to one language here settle it at once; Latin-script text goes to franc-min, told
 * which languages the guide is offered in. franc-min was measured against tinyld and eld on blind chat
 * lines in 15 languages: within 5 points of the best, at a fifth of tinyld's memory and a twentieth of
 * eld's (see the commit that added it).
 */

/**
 * franc-min, loaded when a guide with language packs is served (`loadLanguageDetector`), not when this module is:
 * a process that never detects a language (an English-only guide, a benchmark) does not carry its tables. Until it
 * has loaded, a Latin line's language is taken as unknown (English replies).
 */
let francAll: ((text: string, options: { only: string[]; minLength: number }) => Array<[string, number]>) | undefined;
let loading: Promise<void> | undefined;
export function loadLanguageDetector(): Promise<void> {
  loading ??= import('franc-min').then((m) => {
    francAll = m.francAll;
  });
  return loading;
}

/** ISO 639-3 (what franc names) → ISO 639-1 (what locales start with). */
const ISO1: Readonly<Record<string, string>> = {
  eng: 'en',
  spa: 'es',
  por: 'pt',
  deu: 'de',
  fra: 'fr',
  ita: 'it',
  pol: 'pl',
  tur: 'tr',
  ind: 'id',
  vie: 'vi',
  nld: 'nl',
  ron: 'ro',
  ces: 'cs',
  hun: 'hu',
  swe: 'sv',
  dan: 'da',
  fin: 'fi',
  hrv: 'hr',
  lit: 'lt',
  nob: 'no',
};
const ISO3 = Object.fromEntries(Object.entries(ISO1).map(([three, one]) => [one, three]));

/** Scripts used here by a single language, checked in this order (kana before Han: Japanese mixes both). */
const SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/\p{sc=Hangul}/u, 'ko'],
  [/[\p{sc=Hiragana}\p{sc=Katakana}]/u, 'ja'],
  [/\p{sc=Han}/u, 'zh'],
  [/\p{sc=Devanagari}/u, 'hi'],
  [/\p{sc=Arabic}/u, 'ar'],
  [/\p{sc=Thai}/u, 'th'],
  [/\p{sc=Greek}/u, 'el'],
];
/** Letters only Vietnamese uses among the languages here: one settles it, even without a detector. */
const VIETNAMESE = /[ăâđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
/** Below this many letters a Latin-script line says too little to tell its language. */
const MIN_LATIN_LETTERS = 8;

/**
 * Words that show a Latin-script line is in a language: its everyday words (stopwords-iso) and the words of
 * the guide's pack in it; and English's, which a line must not be made of only. franc alone calls many short
 * English chat lines Portuguese or Italian ("ah ok makes sense"); one word of the language besides settles it.
 */
export interface LanguageEvidence {
  words: ReadonlyMap<string, ReadonlySet<string>>;
  english: ReadonlySet<string>;
  /** Words many of the languages share (wifi, app, login, ok): they tell none of them apart. */
  shared?: ReadonlySet<string>;
}

/** Everyday words of a language, folded as messages are (stopwords-iso; empty for one it does not list). */
export function everydayWords(language: string): Set<string> {
  const list = (stopwords as Record<string, string[]>)[language] ?? [];
  return new Set(plainWords(list.join(' ')));
}

/** English as members write it: stopwords-iso's list lacks some ("was"), the chat lexicon has slang. */
export function englishChatWords(): Set<string> {
  return new Set([...everydayWords('en'), ...STOP_WORDS, ...CHAT_FILLER, ...SMALL_TALK]);
}

/**
 * The language a line's script or letters settle on their own, with no detector and no guess: Hangul, kana,
 * Han, Devanagari, Arabic, Thai, Greek, Cyrillic (Ukrainian when offered and its letters are there) and
 * Vietnamese's own letters. Null for other Latin-script lines.
 */
export function scriptLanguage(text: string, offered: ReadonlySet<string> = new Set()): string | null {
  // Mostly Latin letters with a word of another script ("login 안돼요") still reads as that script's language.
  for (const [script, language] of SCRIPTS) if (script.test(text)) return language;
  // Cyrillic when most of the line's letters are: "где найти логи syncthing?" names the product in Latin letters.
  const cyrillic = text.match(/\p{sc=Cyrillic}/gu)?.length ?? 0;
  if (cyrillic > 0 && cyrillic >= (text.match(/\p{sc=Latin}/gu)?.length ?? 0)) {
    return offered.has('uk') && /[іїєґ]/iu.test(text) ? 'uk' : 'ru';
  }
  return VIETNAMESE.test(text) ? 'vi' : null;
}

/**
 * The ISO 639-1 language of `text`, among `languages` (plus English), or null when it cannot be told:
 * too short, only emoji and digits, or (with `evidence`) no word of that language in it.
 */
export function detectLanguage(text: string, languages: Iterable<string>, evidence?: LanguageEvidence): string | null {
  const offered = new Set([...languages].map((l) => l.split('-')[0]!.toLowerCase()));
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  const settled = scriptLanguage(text, offered);
  if (settled) return settled;
  if (letters < MIN_LATIN_LETTERS) return null;
  const only = ['eng', ...[...offered].flatMap((l) => ISO3[l] ?? [])];
  if (!francAll) return null;
  /** franc's guess among the offered languages (null: it cannot tell), asked only when the words leave it open. */
  const franc = (among: string[]): string | null => {
    const [best] = francAll!(text, { only: among, minLength: 1 });
    return best && best[0] !== 'und' ? (ISO1[best[0]] ?? null) : null;
  };
  if (!evidence) return franc(only);
  const words = plainWords(text);
  /**
   * Each language's lead: the line's words of that language that English does not have, less its English words that
   * language does not have. Counted in one pass over the words (each word's languages looked up once), not once per
   * language.
   */
  const owners = ownersOf(evidence);
  const ownWords = new Map<string, number>();
  const sharedWithEnglish = new Map<string, number>();
  let englishWords = 0;
  for (const w of words) {
    if (evidence.shared?.has(w)) continue;
    const english = evidence.english.has(w);
    if (english) englishWords++;
    const tally = english ? sharedWithEnglish : ownWords;
    for (const language of owners.get(w) ?? []) tally.set(language, (tally.get(language) ?? 0) + 1);
  }
  const lead = (language: string): number =>
    evidence.words.has(language)
      ? (ownWords.get(language) ?? 0) - (englishWords - (sharedWithEnglish.get(language) ?? 0))
      : -1;
  // franc hears English, nothing, or a language the words do not bear out, in a line made of another language's
  // words: Vietnamese or Turkish typed without their marks ("quen mat khau roi lam sao"), chat Polish without
  // diacritics, Portuguese chat abbreviations. The words settle it; failing them, the line is English.
  let bestLanguage: string | null = null;
  let bestLead = 0;
  for (const other of evidence.words.keys()) {
    const n = lead(other);
    if (n > bestLead) [bestLanguage, bestLead] = [other, n];
  }
  // No language's own words outnumber English's: whatever franc guesses, the line is English unless franc cannot
  // read it at all (a script none of the languages is written in), which English alone tells as well as all of them,
  // at a sixteenth of the cost: most lines members write take this way.
  if (bestLead <= 0) return franc(['eng']) === null ? null : 'en';
  const language = franc(only);
  // franc's guess stands when the line has more of that language's own words than of English's, and no other
  // language has clearly more.
  const francLead = language && language !== 'en' ? lead(language) : 0;
  if (francLead >= 1 && bestLead < francLead + MIN_WORDS_OVER_FRANC) return language;
  if (bestLanguage && bestLead >= MIN_WORDS_OVER_FRANC) return bestLanguage;
  return language === null ? null : 'en';
}

/** word → the languages whose words include it, per evidence (built on its first line). */
const owning = new WeakMap<LanguageEvidence, Map<string, string[]>>();
function ownersOf(evidence: LanguageEvidence): Map<string, string[]> {
  let owners = owning.get(evidence);
  if (!owners) {
    owners = new Map();
    for (const [language, words] of evidence.words)
      for (const w of words) {
        const list = owners.get(w);
        if (list) list.push(language);
        else owners.set(w, [language]);
      }
    owning.set(evidence, owners);
  }
  return owners;
}

/** How many more words of another language than of English overrule franc hearing English. */
const MIN_WORDS_OVER_FRANC = 3;
