import stopwords from 'stopwords-iso' with { type: 'json' };
import { PHRASES, STOP_WORDS, SYNONYMS } from './lexicon.js';
import { withoutMarks } from './without-marks.js';

/** Zero-width, bidi-control and soft-hyphen characters: invisible, and used to dodge filters. */
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible code point is listed on purpose, to remove it
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/g;
/** Discord mention, channel, emoji and command tokens, which say nothing about the question. */
export const DISCORD_TOKENS = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|\/[\w -]+:\d+|t:\d+(?::\w)?)>|@(?:everyone|here)\b/g;
const URLS = /\b(?:https?|ftp|javascript|data):\S*|\b(?:www\.|discord\.gg\/)\S*/gi;
/** Cyrillic and Greek look-alikes of Latin letters, so "раssword" written with Cyrillic letters still matches. */
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ο: 'o',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};
const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'g');
/** A word mixing Latin letters with Cyrillic or Greek ones: "раssword", written to dodge a filter. */
const MIXED_SCRIPT_WORD =
  /[\p{L}\p{N}]*(?:\p{sc=Latin}[\p{L}\p{N}]*[\p{sc=Cyrillic}\p{sc=Greek}]|[\p{sc=Cyrillic}\p{sc=Greek}][\p{L}\p{N}]*\p{sc=Latin})[\p{L}\p{N}]*/gu;
/** Any letter beyond Latin (Greek, Cyrillic, CJK, Hangul, Thai...): the cheap test before the costly passes. */
const BEYOND_LATIN = /[\u0370-\uFFFF]/;
const CYRILLIC_OR_GREEK = /[\u0370-\u052F]/;
/** Scripts written without spaces between words: their runs are cut into words by ICU's dictionaries. */
const UNSPACED_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\u30FC\u3005]+/gu;
/** ICU's word breaker, created on the first text that needs it: its dictionaries cost memory an English-only guide never needs. */
let wordSegmenter: Intl.Segmenter | undefined;
const HAN_CHAR = /^\p{sc=Han}$/u;
/**
 * Korean particles and polite endings glued to a word ("비밀번호를", "재설정하나요"): cut so the word
 * matches the guide's. Longest first; only when two syllables or more remain.
 */
const KOREAN_ENDINGS = [
  '하려면',
  '했는데',
  '했어요',
  '하나요',
  '되나요',
  '인가요',
  '에서는',
  '에서',
  '에게',
  '으로',
  '한테',
  '까지',
  '부터',
  '처럼',
  '해요',
  '돼요',
  '어요',
  '아요',
  '나요',
  '하는',
  '하고',
  '해야',
  '이랑',
  '를',
  '을',
  '가',
  '이',
  '은',
  '는',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '의',
  '요',
  '해',
  '하',
];
const HANGUL_WORD = /\p{sc=Hangul}{3,}/gu;
const HANGUL_JAMO = /[\u1100-\u11FF\u3131-\u318E]+/gu;
/**
 * Japanese particles and auxiliaries the word breaker leaves as words of their own ("を", "ます", "した"):
 * grammar, not what a question is about, so "パスワードを忘れました" reads as "パスワード 忘れ". stopwords-iso's
 * hiragana words, plus the polite past and negative forms ICU splits ("ま" "した", "ませ" "ん").
 */
const JAPANESE_GRAMMAR = new Set([
  ...(stopwords as Record<string, string[]>).ja!.filter((w) => /^\p{sc=Hiragana}+$/u.test(w)),
  'ま',
  'まし',
  'ました',
  'ませ',
  'ません',
  'した',
  'でし',
  'でした',
  'だろ',
  'ちゃ',
  'って',
]);
const HIRAGANA_ONLY = /^\p{sc=Hiragana}+$/u;

/** Words in scripts without spaces split apart, and Korean endings cut: before any other folding. */
function segmentScripts(text: string): string {
  return (
    text
      .replace(UNSPACED_RUN, (run) => {
        const words: string[] = [];
        wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
        for (const s of wordSegmenter.segment(run)) {
          if (!s.isWordLike || (HIRAGANA_ONLY.test(s.segment) && JAPANESE_GRAMMAR.has(s.segment))) continue;
          // ICU leaves unfamiliar Chinese compounds as single characters ("重 置"); two together read as the word.
          const last = words[words.length - 1];
          if (
            last !== undefined &&
            HAN_CHAR.test(s.segment) &&
            HAN_CHAR.test(last.slice(-1)) &&
            [...last].length === 1
          ) {
            words[words.length - 1] = last + s.segment;
          } else words.push(s.segment);
        }
        return ` ${words.join(' ')} `;
      })
      // Jamo typed alone are chat marks (ㅠㅠ crying, ㅋㅋ laughing), not part of the word they follow.
      .replace(HANGUL_JAMO, (marks) => ` ${marks} `)
      .replace(HANGUL_WORD, (word) => {
        const ending = KOREAN_ENDINGS.find((e) => word.endsWith(e) && [...word].length - [...e].length >= 2);
        return ending ? word.slice(0, -ending.length) : word;
      })
  );
}
const WORD = /[\p{L}\p{N}]+/gu;
/** Longest message we read: Discord caps messages at 4,000 characters, and more never helps matching. */
export const MAX_QUESTION_CHARS = 4_000;
/** The `limit` that reads a text whole: the guide's own text, never a member's message. */
export const WHOLE = Number.POSITIVE_INFINITY;

/**
 * Plain text a person would read: NFKC-folded, invisible characters and Discord markup removed,
 * whitespace collapsed. Safe to show back or to store. A member's message is cut at `limit` characters; the
 * guide's own text is read whole (`limit` Infinity).
 */
export function cleanText(raw: string, limit = MAX_QUESTION_CHARS): string {
  return raw
    .slice(0, limit * 2)
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, ' ')
    .replace(/\uFFFD/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, limit);
}

/** Lowercase, accent-free words of a text, before any synonym or stemming: what small-talk detection reads. */
export function plainWords(text: string, limit = MAX_QUESTION_CHARS): string[] {
  const plain = cleanText(text, limit).replace(DISCORD_TOKENS, ' ').replace(URLS, ' ');
  // Most messages are Latin script: the script-aware passes (and their costly Unicode classes) run only when needed.
  const segmented = BEYOND_LATIN.test(plain) ? segmentScripts(plain) : plain;
  const lower = segmented.toLowerCase();
  const folded = withoutMarks(
    CYRILLIC_OR_GREEK.test(lower)
      ? lower.replace(MIXED_SCRIPT_WORD, (w) => w.replace(CONFUSABLE_RE, (c) => CONFUSABLES[c] ?? c))
      : lower,
  )
    // French and Italian elision: "j'ai", "l'appli", "dell'account" keep only the word that matters.
    .replace(/\b(?:[cdjlmnst]|qu|dell|all|nell|sull)['’`´](?=[a-z])/g, '')
    .replace(/['’`´]/g, '')
    // Turkish's dotless ı, which members as often type as i ("kimse var mi", "nasil").
    .replace(/ı/g, 'i');
  return folded.match(WORD) ?? [];
}

/**
 * Light English stemmer: enough to make "locked", "locking" and "locks" one word, cheap enough for every query.
 * Only for words in plain Latin letters: English suffixes mean nothing in Cyrillic, Devanagari or Hangul.
 *
 * Every form of a word must come out the same, whichever the guide wrote and whichever the member typed: "Add a
 * device" and "adding a device", "save" and "saved", "app" and "apps", "apply" and "applied" once came out as two
 * terms each, so a heading in one form never matched a question in the other.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  // Whether an -ed or -ing was taken off: only then is a doubled last letter the suffix's ("stopped", "logging"), not
  // the word's own ("app", "add", "stuff").
  let cut = false;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) [w, cut] = [w.slice(0, -3), true];
  // "settings", "headings", "recordings": the plural of a word in -ing is that word's, as "setting" is "set".
  else if (w.endsWith('ings') && w.length > 6) [w, cut] = [w.slice(0, -4), true];
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length > 4) [w, cut] = [w.slice(0, -2), true];
  else if (w.endsWith('es') && w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (cut && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz|ff)$/.test(w) && w.length > 3) return w.slice(0, -1);
  // "saved", "named", "typing": a short word that lost its silent e with the suffix gets it back, as "save", "name"
  // and "type" keep theirs (a word of four letters is too short to drop it: "note" is not "not").
  if (cut && /^[^aeiouy][aeiouy][b-df-hj-np-tv-z]$/.test(w) && !/[wxy]$/.test(w)) return `${w}e`;
  return w;
}

/**
 * Forms the suffix rules get wrong: "used" and "using" are "use" (the -ed and -ing rules leave words this short
 * alone); "embed" ends in "ed" but is no past tense ("speed", "need", "proceed" are kept by their "eed").
 */
const IRREGULAR: Readonly<Record<string, string>> = { used: 'use', using: 'use', embed: 'embed' };

/** One normalised search term: the stem of a word after synonyms are applied. */
export function term(word: string): string {
  const canonical = SYNONYMS[word] ?? word;
  return stem(SYNONYMS[stem(canonical)] ?? canonical);
}

/**
 * The terms of a text for searching: phrases rewritten ("log in" → login), synonyms applied, stemmed,
 * stop words dropped. The same function serves the index and the query, so both sides agree; the index reads a
 * topic's text whole (`limit` Infinity), where a question is cut at MAX_QUESTION_CHARS.
 */
export function terms(text: string, limit = MAX_QUESTION_CHARS): string[] {
  let joined = ` ${plainWords(text, limit).join(' ')} `;
  for (const [pattern, replacement] of PHRASES) joined = joined.replace(pattern, replacement);
  const out: string[] = [];
  for (const word of joined.match(WORD) ?? []) {
    if (STOP_WORDS.has(word) || word.length > 40) continue;
    const t = term(word);
    if (t && !STOP_WORDS.has(t)) out.push(t);
  }
  return out;
}

/**
 * One key for every wording of the same question: its terms (phrases rewritten, synonyms applied, stemmed, stop words
 * dropped; negations kept), de-duplicated and sorted. "How do I cancel my subscription?" and "how can i cancel my
 * subscriptions" share one; "sync not working" and "sync works" do not. A question with no terms at all falls back
 * to its cleaned, lowercased text. Insights group recorded questions by it, and a question labelled in
 * examples.jsonl is decided as labelled in every wording that shares its key.
 */
export function wordingKey(question: string): string {
  const t = [...new Set(terms(question))].sort();
  return t.length > 0 ? t.join(' ') : cleanText(question).toLowerCase();
}
