import markers from './chat-markers.json' with { type: 'json' };
import { englishChatWords, everydayWords, scriptLanguage } from './language.js';
import { asksAbroad } from './cross-language.js';
import { plainWords } from './normalise.js';
import { CHATTER_MARKERS, LAUGHTER_WORD } from './small-talk-words.js';

/**
 * A remark in another language that asks nothing and reports nothing wrong ("谢谢！已经好了 👍", "用这个软件三年了，一直很喜欢",
 * "valeu, deu certo!"): on a guide written in English, with no language pack to read it by, the English rules
 * cannot tell it from a question, and a ticket template in reply is spam. A line with a question mark, or a word of
 * asking or of trouble in any of the languages chat-markers.json lists, stays a question for staff. `words` are the
 * line's, as plainWords reads them.
 */
export function isForeignRemark(text: string, words: readonly string[]): boolean {
  if (/[?？؟¿]/.test(text)) return false;
  if (words.length === 0 || !isForeign(text, words)) return false;
  const m = compiled();
  const folded = text.normalize('NFKC').toLowerCase();
  if (m.pieces.some((p) => folded.includes(p))) return false;
  const line = ` ${words.join(' ')} `;
  if (m.phrases.some((p) => line.includes(p))) return false;
  const solved = m.solvedPieces.some((p) => folded.includes(p)) || m.solvedPhrases.some((p) => line.includes(p));
  // The software-help lexicon knows more ways to ask or to name trouble ("没法缩小", can't make it smaller); a line that
  // says its problem is solved ("谢谢，问题解决了") names the problem only to close it.
  if (!solved && asksAbroad(text)) return false;
  // A few words with no mark of chat ("笔记导出PDF", notes export PDF) are a search-box question, not a remark.
  return (
    words.length >= MIN_REMARK_WORDS ||
    EMOJI.test(text) ||
    words.some((w) => CHATTER_MARKERS.has(w) || LAUGHTER_WORD.test(w)) ||
    solved
  );
}

/** From this many words, a line that asks nothing and reports nothing wrong is a remark even without a mark of chat. */
const MIN_REMARK_WORDS = 6;
const EMOJI = /\p{Extended_Pictographic}/u;

/** Languages written without spaces between words: their markers are looked for as pieces of the line. */
const UNSPACED = new Set(['zh', 'ja', 'ko', 'th']);
/** Latin-script languages whose everyday words tell a line is not English. */
const LATIN_LANGUAGES = ['es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'id'];

interface Compiled {
  /** Ask and trouble markers of the unspaced languages, as written. */
  pieces: string[];
  /** The others' ask and trouble markers as folded words, " "-padded so they match whole words only. */
  phrases: string[];
  /** Markers of thanks or of a problem solved, read the same two ways. */
  solvedPieces: string[];
  solvedPhrases: string[];
  /** Everyday words of the Latin-script languages that English does not use. */
  latin: Set<string>;
  english: Set<string>;
}
let cache: Compiled | undefined;

function compiled(): Compiled {
  if (cache) return cache;
  const pieces: string[] = [];
  const phrases: string[] = [];
  const solvedPieces: string[] = [];
  const solvedPhrases: string[] = [];
  const add = (language: string, m: string, asPieces: string[], asPhrases: string[]) => {
    if (UNSPACED.has(language)) asPieces.push(m.normalize('NFKC').toLowerCase());
    else {
      const folded = plainWords(m).join(' ');
      if (folded) asPhrases.push(` ${folded} `);
    }
  };
  for (const [language, lists] of Object.entries(markers)) {
    if (typeof lists === 'string') continue; // the file's note on where it comes from
    for (const m of [...lists.ask, ...lists.trouble]) add(language, m, pieces, phrases);
    for (const m of lists.solved) add(language, m, solvedPieces, solvedPhrases);
  }
  const english = englishChatWords();
  const latin = new Set<string>();
  for (const language of LATIN_LANGUAGES) for (const w of everydayWords(language)) if (!english.has(w)) latin.add(w);
  for (const language of LATIN_LANGUAGES) {
    const lists = markers[language as keyof typeof markers];
    if (typeof lists !== 'string')
      for (const w of plainWords(lists.solved.join(' '))) if (!english.has(w)) latin.add(w);
  }
  cache = { pieces, phrases, solvedPieces, solvedPhrases, latin, english };
  return cache;
}

/** Written in another script, or in Latin letters with more of another language's everyday words than English's. */
function isForeign(text: string, words: readonly string[]): boolean {
  if (scriptLanguage(text) !== null) return true;
  const { latin, english } = compiled();
  let theirs = 0;
  let ours = 0;
  for (const w of words) {
    if (latin.has(w)) theirs++;
    else if (english.has(w)) ours++;
  }
  if (theirs >= 2 && theirs > ours) return true;
  // A greeting, a thank-you or a laugh of another language ("selamat pagi semua", "jajaja qué buena", "mdr trop bien").
  return words.some((w) => CHATTER_MARKERS.has(w) || (LAUGHTER_WORD.test(w) && !ENGLISH_LAUGHTER.test(w)));
}

/** Laughter as English chat types it (also in lines that ask something in English). */
const ENGLISH_LAUGHTER = /^(?:(?:h+a+)+h?|(?:h+e+){2,}|l+o+l+|l+m+f*a+o+|x+d+)$/;
