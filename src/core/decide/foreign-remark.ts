import markers from './chat-markers.json' with { type: 'json' };
import { englishChatWords, everydayWords, scriptLanguage } from '../normalise/language.js';
import { asksAbroad, readInEnglish } from '../normalise/cross-language.js';
import { plainWords } from '../normalise/normalise.js';
import { unicodeWords } from '../normalise/word-boundary.js';
import { asksSomething } from './small-talk.js';
import { CHATTER_MARKERS, LAUGHTER_WORD } from '../normalise/small-talk-words.js';

/**
 * A remark in another language that asks nothing and reports nothing wrong ("谢谢！已经好了 👍", "用这个软件三年了，一直很喜欢",
 * "valeu, deu certo!"): on a guide written in English, with no language pack to read it by, the English rules
 * cannot tell it from a question, and a ticket template in reply is spam. A line with a question mark, or a word of
 * asking or of trouble in its language (chat-markers.json; see READ_BY), stays a question for staff; so does one
 * with no mark of a remark (a feeling, life news, a greeting to everyone, laughter, an emoji, thanks): a question put
 * as a statement is better met with a ticket template than with silence. `words` are the line's, as plainWords
 * reads them. `namingHelp`: a line that names things of software help ("今天把十年的老照片全备份完了，感觉人生都清爽了",
 * finished backing up ten years of photos, life feels fresh) counts too when it remarks in its own words (a feeling,
 * life news, a greeting, thanks) and the lexicon reads no asking or trouble in it; asked only once the guide found the
 * line no topic.
 */
export function isForeignRemark(text: string, words: readonly string[], namingHelp = false): boolean {
  // Politeness put as a question or a request greets: read without it, and counted as a remark's mark. Its words are
  // another language's own, so the line is that language's.
  const polite = withoutCourtesy(text);
  if (polite !== null) {
    const rest = plainWords(polite);
    return rest.length === 0 ? !/[?？؟¿]/.test(polite) : remarks(polite, rest, namingHelp, true);
  }
  return remarks(text, words, namingHelp, false);
}

/** isForeignRemark, for a line already read without its courtesy (`greeted`: it had some). */
function remarks(text: string, words: readonly string[], namingHelp: boolean, greeted: boolean): boolean {
  if (/[?？؟¿]/.test(text) || words.length === 0) return false;
  // A line that says in another language's own words that it is solved ("arreglé", not "ok") is that language's even
  // when its other words are ones English shares ("nada, ya lo arreglé": "ya" and "lo" are English chat too). Most
  // lines are English and have no such word: they are not read against the marker lists at all.
  const { solvedAbroad } = compiled();
  let line = words.some((w) => solvedAbroad.has(w)) ? readLine(text, words) : undefined;
  if (!greeted && !isForeign(text, words, line !== undefined && says(line, line.markers.solved))) return false;
  line ??= readLine(text, words);
  if (says(line, line.markers.ask) || says(line, line.markers.trouble)) return false;
  const solved = says(line, line.markers.solved);
  // The software-help lexicon knows more ways to ask or to name trouble ("没法缩小", can't make it smaller); a line that
  // says its problem is solved ("谢谢，问题解决了") names the problem only to close it. A line that names two things of
  // software help reads as a question put as a statement, unless `namingHelp` and the line tells a feeling or life
  // news in its own words: a laugh or a greeting is not enough there, trouble is told with either ("desde ontem minhas
  // fotos pararam de sincronizar kkk", "se rompió todo con la actualización jajaja").
  if (!solved && asksAbroad(text) && !(namingHelp && readInEnglish(text).asks === 0 && feels(text, line))) return false;
  // A line with no mark of a remark, of chat or of a feeling ("笔记导出PDF", notes export PDF; "partner fotoğrafları
  // timeline'ımda görünsün"), however long, is a question put as a statement: at worst it gets a ticket template.
  return (
    greeted ||
    says(line, line.markers.remark) ||
    EMOJI.test(text) ||
    LAUGHING_EMOTICON.test(text) ||
    words.some((w) => CHATTER_MARKERS.has(w) || LAUGHTER_WORD.test(w)) ||
    solved
  );
}

/** The line tells a feeling or life news (a `remark` marker) in words other than its laughter ("哈哈" is one). */
function feels(text: string, line: Line): boolean {
  const told = text.replace(LAUGHTER_RUN, ' ');
  const words = plainWords(told).filter((w) => !LAUGHTER_WORD.test(w));
  return says(readLine(told, words, line.markers), line.markers.remark);
}
/**
 * The line without its politeness put as a question or a request (chat-markers.json `courtesy`: "tudo bem?", "ça va ?",
 * "よろしくお願いします", "잘 부탁드려요"), and without the question mark of a clause such words were in; null when it has none.
 * Read as asking, "eae galera, tudo tranquilo? 👋" and "おはようございます、今日もよろしくお願いします" went to staff as
 * questions. What else a clause asks stays: "oi, tudo bem? como exporto as fotos?" keeps its second question, and "oi
 * tudo bem como exporto as fotos" its "como".
 */
function withoutCourtesy(text: string): string | null {
  const { courtesy } = compiled();
  let found = false;
  const clauses = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/(?<=[?？!！。.,，、~〜\n])/u)
    .map((clause) => {
      const rest = clause.replace(courtesy, ' ');
      if (rest === clause) return clause;
      found = true;
      return rest.replace(/[?？¿]/gu, ' ');
    });
  return found ? clauses.join('') : null;
}

/** Laughter in the scripts written without spaces, and the remark lists' laughing words ("好笑", "搞笑"). */
const LAUGHTER_RUN = /[哈呵嘿]{2,}|[ㅋㅎᄏᄒ]{2,}|笑死|好笑|搞笑|[wｗ]{2,}|草/gu;

/**
 * A riddle told in another language: a question, then its punchline with a laugh ("por qué la foto fue a terapia?
 * demasiados recuerdos negativos 😂", "照片为什么去看心理医生？因为负面回忆太多了 😂"). The English joke rules read English
 * frames; told in another language, the riddle reads as a question built from the guide's words. A line that names
 * trouble in its language's words, or whose punchline asks again, stays a question ("¿por qué no sincroniza? ya probé
 * todo 😂" names trouble). The embarrassed smile (😅) is no punchline's laugh.
 */
export function isForeignRiddle(text: string, words: readonly string[]): boolean {
  const asked = /[?？]/.exec(text);
  if (!asked) return false;
  const punchline = text.slice(asked.index + 1);
  const punchWords = plainWords(punchline);
  if (punchWords.length === 0 || /[?？]/.test(punchline)) return false;
  if (!(PUNCHLINE_LAUGH.test(punchline) || punchWords.some((w) => LAUGHTER_WORD.test(w)))) return false;
  // A riddle's setup asks why. Only that: a member adds a laugh to a how-question too, and Korean "ㅋㅋ" to nearly anything.
  const setupText = text.slice(0, asked.index);
  if (!ASKS_WHY.test(setupText)) return false;
  // Latin letters: another language's everyday words, or a setup that asks in a Latin-script language's own words
  // ("por qué…", "warum…", "kyu…") and in no English one.
  const setup = plainWords(setupText);
  if (!isForeign(text, words) && !(asksInLatinLanguage(setup) && !asksSomething(setup))) return false;
  const line = readLine(text, words);
  return !says(line, line.markers.trouble) && !says(readLine(punchline, punchWords, line.markers), line.markers.ask);
}
const PUNCHLINE_LAUGH = /[\u{1F602}\u{1F923}\u{1F606}\u{1F639}]/u;
/**
 * "Why" as members of the languages here ask it (general knowledge): Spanish, Portuguese, French, German, Italian,
 * Dutch, Polish, Turkish, Russian, Ukrainian, Indonesian, Vietnamese, Hindi in both scripts, Arabic; then Chinese,
 * Japanese, Korean and Thai, whose words are pieces of the line.
 */
const ASKS_WHY = new RegExp(
  `${
    unicodeWords(
      /\b(?:por\s+qu[eé]|pra\s+que|pourquoi|warum|wieso|weshalb|perch[eé]|waarom|dlaczego|czemu|neden|niye|niçin|почему|зачем|чому|kenapa|mengapa|t[aạ]i\s+sao|v[iì]\s+sao|kyu|kyun|kyon|क्यों|لماذا)\b/,
    ).source
  }|为什么|為什麼|为啥|なんで|なぜ|どうして|왜|ทำไม`,
  'iu',
);
const asksInLatinLanguage = (words: readonly string[]): boolean => {
  const { latinLanguages } = compiled();
  return says(readLine(words.join(' '), words, latinLanguages), latinLanguages.ask);
};

/**
 * Chat in another language that asks nothing of support, question mark or not: a short ping to the channel
 * ("有人吗？", "hay alguien?") or word that the member steps away ("等会儿，我去倒杯咖啡", "ya vuelvo"). Neither a ticket
 * template nor a "did you mean" fits it. A line that names trouble ("有人吗？同步一直失败") stays a question.
 */
export function isForeignChat(text: string, words: readonly string[]): boolean {
  if (words.length === 0 || words.length > MAX_CHAT_WORDS) return false;
  const line = readLine(text, words);
  // A ping or a "brb" of another language says the line is not English even when its words alone do not.
  if (!says(line, line.markers.chat)) return false;
  // Languages written without spaces count as few words: their letters say how long the line is.
  if (UNSPACED.has(line.script ?? '') && [...text.replace(/[\s\p{P}\p{S}]/gu, '')].length > MAX_CHAT_CHARS)
    return false;
  // Vietnamese and Indonesian ask yes or no with a final "không?" / "gak?" ("có ai ở đây không?", "ada orang gak?",
  // anyone here?): there it asks, not negates.
  const asked = YES_NO_TAG.test(text) ? { ...line, padded: ` ${words.slice(0, -1).join(' ')} ` } : line;
  // A Latin-script line is in the language whose ping or "brb" it says: its trouble words are that language's, not
  // every language's ("bin gleich wieder da, probier das mal aus": German "mal" is no Spanish "mal").
  return !says(asked, line.script === null ? latinTroubleOf(line) : line.markers.trouble);
}

/** "…không?", "…ko?", "…gak?": the particle that closes a Vietnamese or Indonesian yes/no question. */
const YES_NO_TAG = /\s(?:không|khong|ko|k|gak|ga|nggak|enggak|ngga|tidak)\s*[?？]\s*$/iu;

/** The trouble markers of the Latin-script languages whose chat markers a line says. */
function latinTroubleOf(line: Line): Markers {
  const { byLanguage } = compiled();
  const own = LATIN_LANGUAGES.flatMap((l) => byLanguage.get(l) ?? []).filter((set) => says(line, set.chat));
  return own.length > 0 ? merge(own).trouble : line.markers.trouble;
}

/** Asks something or names trouble in its own language's words (chat-markers.json), whatever else it says. */
export function asksInItsLanguage(text: string, words: readonly string[]): boolean {
  // "よろしくお願いします" and "tudo bem?" greet (see withoutCourtesy).
  const polite = withoutCourtesy(text);
  if (polite !== null) return asksInItsLanguage(polite, plainWords(polite));
  if (words.length === 0) return false;
  // Most lines are Latin letters, read by the English rules: one joins them only when its everyday words are another
  // language's ("haha ok merci, mais comment je partage un dossier"), and is read by the Latin-script languages'
  // markers alone. Trouble it says is solved is no question there ("merci, ça a réglé le problème !" names the
  // problem only to close it).
  const latin = scriptLanguage(text) === null;
  if (latin && !isForeign(text, words)) return false;
  const line = readLine(text, words, latin ? compiled().latinLanguages : undefined);
  return (
    says(line, line.markers.ask) || (says(line, line.markers.trouble) && !(latin && says(line, line.markers.solved)))
  );
}

/** Up to this many words (and letters, for languages written without spaces), a ping or a "brb" is all a line says. */
const MAX_CHAT_WORDS = 8;
const MAX_CHAT_CHARS = 24;

const EMOJI = /\p{Extended_Pictographic}/u;
/** A smiley laughing as Vietnamese and much of Asia type it: ":))", "=)))", ":D". */
const LAUGHING_EMOTICON = /(?:^|\s)[:=;]-?(?:\){2,}|D+\b)/;

/** Languages written without spaces between words: their markers are looked for as pieces of the line. */
const UNSPACED = new Set(['zh', 'ja', 'ko', 'th']);
/** Latin-script languages whose everyday words tell a line is not English. */
const LATIN_LANGUAGES = ['es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'id'];
/**
 * The marker lists a line written in a script is read by. A script that tells the language reads that language's
 * words only: Vietnamese "nè" is no French "ne", and a Hindi line may mix in romanised Hindi. Chinese and Japanese
 * share characters, so each reads both; Latin-script lines read every Latin-script language's.
 */
const READ_BY: Record<string, string[]> = {
  zh: ['zh', 'ja'],
  ja: ['ja', 'zh'],
  ko: ['ko'],
  hi: ['hi', 'hi-Latn'],
  ar: ['ar'],
  th: ['th'],
  vi: ['vi'],
  ru: ['ru', 'uk'],
  uk: ['uk', 'ru'],
};

type Kind = 'ask' | 'trouble' | 'solved' | 'chat' | 'remark';
/** One kind of marker: pieces of an unspaced line as written, and whole folded words " "-padded. */
interface Markers {
  pieces: string[];
  phrases: string[];
}
type MarkerSet = Record<Kind, Markers>;

/** A line as the markers are looked for in it. */
interface Line {
  /** The language the line's script settles (see scriptLanguage), or null for Latin letters. */
  script: string | null;
  folded: string;
  /** The line's words, " "-padded. */
  padded: string;
  markers: MarkerSet;
}

/** `markers`: the lists to read the line by, when not its script's own (see markersOf). */
function readLine(text: string, words: readonly string[], markers?: MarkerSet): Line {
  const script = scriptLanguage(text);
  return {
    script,
    folded: text.normalize('NFKC').toLowerCase(),
    padded: ` ${words.join(' ')} `,
    markers: markers ?? markersOf(script),
  };
}

/** The markers a script's lines are read by, merged once per script. */
function markersOf(script: string | null): MarkerSet {
  const { byLanguage, latinScript, byScript } = compiled();
  if (script === null) return latinScript;
  let set = byScript.get(script);
  if (!set) {
    set = merge((READ_BY[script] ?? [script]).flatMap((l) => byLanguage.get(l) ?? []));
    byScript.set(script, set);
  }
  return set;
}

const says = (line: Line, m: Markers) =>
  m.pieces.some((p) => line.folded.includes(p)) || m.phrases.some((p) => line.padded.includes(p));

const KINDS: readonly Kind[] = ['ask', 'trouble', 'solved', 'chat', 'remark'];
const emptySet = (): MarkerSet => ({
  ask: { pieces: [], phrases: [] },
  trouble: { pieces: [], phrases: [] },
  solved: { pieces: [], phrases: [] },
  chat: { pieces: [], phrases: [] },
  remark: { pieces: [], phrases: [] },
});
function merge(sets: readonly MarkerSet[]): MarkerSet {
  const out = emptySet();
  for (const set of sets)
    for (const k of KINDS) {
      out[k].pieces.push(...set[k].pieces);
      out[k].phrases.push(...set[k].phrases);
    }
  return out;
}

interface Compiled {
  byLanguage: Map<string, MarkerSet>;
  /** Every language's markers but those of a script of their own: what a Latin-script line is read by. */
  latinScript: MarkerSet;
  /**
   * The markers of the languages written in Latin letters alone (Vietnamese aside: folded, its "hả" is Portuguese "há"),
   * Hindi typed in Latin letters among them.
   */
  latinLanguages: MarkerSet;
  /** Each script's merged markers, filled as lines of that script arrive (see markersOf). */
  byScript: Map<string, MarkerSet>;
  /** Everyday words of the Latin-script languages that English does not use. */
  latin: Set<string>;
  english: Set<string>;
  /** English chat words that the Latin-script languages use every day too. */
  shared: Set<string>;
  /** The Latin-script languages' words for "solved" or "thanks" that English chat does not use ("arreglé", "valeu"). */
  solvedAbroad: Set<string>;
  /** Every language's courtesy (see withoutCourtesy), as written: whole words where the language spaces them. */
  courtesy: RegExp;
}
let cache: Compiled | undefined;

function compiled(): Compiled {
  if (cache) return cache;
  const byLanguage = new Map<string, MarkerSet>();
  for (const [language, lists] of Object.entries(markers)) {
    if (typeof lists === 'string') continue; // the file's note on where it comes from
    const set = emptySet();
    for (const kind of KINDS)
      for (const m of lists[kind]) {
        if (UNSPACED.has(language)) set[kind].pieces.push(m.normalize('NFKC').toLowerCase());
        else {
          const folded = plainWords(m).join(' ');
          if (folded) set[kind].phrases.push(` ${folded} `);
        }
      }
    byLanguage.set(language, set);
  }
  // The languages of READ_BY but Vietnamese, which is written in Latin letters.
  const ownScript = new Set(['zh', 'ja', 'ko', 'hi', 'ar', 'th', 'ru', 'uk']);
  const latinScript = merge([...byLanguage].filter(([l]) => !ownScript.has(l)).map(([, set]) => set));
  const latinLanguages = merge([...LATIN_LANGUAGES, 'hi-Latn'].flatMap((l) => byLanguage.get(l) ?? []));
  const english = englishChatWords();
  const latin = new Set<string>();
  const shared = new Set<string>();
  const solvedAbroad = new Set<string>();
  for (const language of LATIN_LANGUAGES)
    for (const w of everydayWords(language)) (english.has(w) ? shared : latin).add(w);
  for (const language of LATIN_LANGUAGES) {
    const lists = markers[language as keyof typeof markers];
    if (typeof lists !== 'string')
      for (const w of plainWords(lists.solved.join(' '))) if (!english.has(w)) solvedAbroad.add(w);
  }
  for (const w of solvedAbroad) latin.add(w);
  const courtesy = courtesyPattern();
  cache = {
    byLanguage,
    latinScript,
    latinLanguages,
    byScript: new Map(),
    latin,
    english,
    shared,
    solvedAbroad,
    courtesy,
  };
  return cache;
}

/**
 * One pattern for every language's courtesy (read only by withoutCourtesy, not with the other marker kinds), longest
 * first; the spaced languages' as whole words (unicodeWords), any spaces apart.
 */
function courtesyPattern(): RegExp {
  const spaced: string[] = [];
  const unspaced: string[] = [];
  for (const [language, lists] of Object.entries(markers)) {
    if (typeof lists === 'string') continue;
    for (const c of lists.courtesy) {
      const written = c
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (UNSPACED.has(language)) unspaced.push(written);
      else spaced.push(written.replace(/ /g, '\\s+').replace(/'/g, "['’]?"));
    }
  }
  const longestFirst = (a: string, b: string) => b.length - a.length;
  return unicodeWords(
    new RegExp(`\\b(?:${spaced.sort(longestFirst).join('|')})\\b|${unspaced.sort(longestFirst).join('|')}`, 'g'),
  );
}

/**
 * Written in another script, or in Latin letters with more of another language's everyday words than English's.
 * `sharedTellNothing`: words the Latin-script languages use every day as English does ("lo", "ya", "no") count for
 * neither side.
 */
function isForeign(text: string, words: readonly string[], sharedTellNothing = false): boolean {
  if (scriptLanguage(text) !== null) return true;
  const { latin, english, shared } = compiled();
  let theirs = 0;
  let ours = 0;
  for (const w of words) {
    if (latin.has(w)) theirs++;
    else if (english.has(w) && !(sharedTellNothing && shared.has(w))) ours++;
  }
  if (theirs >= 2 && theirs > ours) return true;
  // A greeting, a thank-you or a laugh of another language ("selamat pagi semua", "jajaja qué buena", "mdr trop bien").
  return words.some((w) => CHATTER_MARKERS.has(w) || (LAUGHTER_WORD.test(w) && !ENGLISH_LAUGHTER.test(w)));
}

/** Laughter as English chat types it (also in lines that ask something in English). */
const ENGLISH_LAUGHTER = /^(?:(?:h+a+)+h?|(?:h+e+){2,}|l+o+l+|l+m+f*a+o+|x+d+)$/;
