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

/** Words that make a message ask something, as written and as typed in chat ("wat does it mean lol"). */
const QUESTION_WORDS = new Set(
  `how what why where when which who whats hows wheres whys whos can could would should possible anyway way help pls plz please need
   wat wut wot wht wats wuts hw wen`
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
export const asksSomething = (words: readonly string[]): boolean =>
  words.some((w, i) => QUESTION_WORDS.has(w) && !(w === 'way' && INTENSIFIED.has(words[i + 1] ?? '')));
/** "way better than the old one": "way" as an intensifier, not "is there a way". */
const INTENSIFIED = new Set('better more too faster easier nicer cooler smoother worse less'.split(' '));
const reportsTrouble = (words: readonly string[]): boolean =>
  words.some((w, i) => TROUBLE_WORDS.has(w) && !saysSurprise(words, i));

/** "didn't know that", "do not think so": a negation that reports surprise or an opinion, not trouble. */
function saysSurprise(words: readonly string[], i: number): boolean {
  const w = words[i];
  const negates = w === 'didnt' || w === 'dont' || (w === 'not' && (words[i - 1] === 'did' || words[i - 1] === 'do'));
  return negates && NOT_TROUBLE_AFTER.has(words[i + 1] ?? '');
}
const NOT_TROUBLE_AFTER = new Set(['know', 'realize', 'realise', 'expect', 'think']);

/** Up to this many words about the product may ride along with a greeting or a cheer ("omg it finally connected"). */
const MAX_CONTENT_IN_CHATTER = 2;

/**
 * A greeting, a cheer or a goodbye that mentions the product in passing ("good morning from Berlin",
 * "haha calibre is goated fr", "omg it finally connected 🎉"): it carries a small-talk word, asks nothing,
 * reports nothing wrong, and says at most a couple of things about the product. Such lines deserve
 * silence on any guide; a ticket template or a "did you mean" in reply is noise.
 */
export function isChatterStatement(text: string, contentTerms: number): boolean {
  if (text.includes('?')) return false;
  const words = plainWords(text);
  if (asksSomething(words) || reportsTrouble(words)) return false;
  if (praises(text, words) || isAway(words) || reportsSolved(text)) return true;
  return (
    contentTerms <= MAX_CONTENT_IN_CHATTER &&
    (words.some((w) => CHEERS.has(w) || LAUGHTER.test(w)) || CHEERFUL_EMOJI.test(text))
  );
}

/** Up to this many words, praise of the product or the team is chatter however much of the product it names. */
const MAX_PRAISE_WORDS = 14;

/**
 * "lol this app is great, finally ditched google photos", "wow it feels so fast now, nice work devs", "saved my
 * bacon today": praise names the product's features in passing, so it cannot rest on how few product words it
 * says. A "but" or "except" turns it into a report ("great app but sync is slow").
 */
function praises(text: string, words: readonly string[]): boolean {
  return (
    words.length <= MAX_PRAISE_WORDS &&
    (words.some((w) => PRAISE.has(w)) || PRAISE_PHRASE.test(text)) &&
    !/\b(?:but|however|except|although|though)\b/i.test(text)
  );
}
const PRAISE = new Set(
  'great love loving loved awesome amazing fantastic excellent brilliant perfect kudos hooked addicted obsessed goated lifesaver legend legends hero heroes mvp'.split(
    ' ',
  ),
);
const PRAISE_PHRASE =
  /\b(?:nice|great|good|awesome|amazing)\s+(?:work|job|stuff)\b|\bwell\s+done\b|\bsaved\s+my\s+(?:bacon|life|day|butt|skin)\b/i;

/** Up to this many words, a line that says the member steps away ("brb grabbing coffee") is chatter. */
const MAX_AWAY_WORDS = 8;
const AWAY = new Set('brb gtg g2g afk bbl bbiab ttyl'.split(' '));
const isAway = (words: readonly string[]): boolean => words.length <= MAX_AWAY_WORDS && words.some((w) => AWAY.has(w));

/**
 * "ok that worked, got the green shield now", "nvm figured it out": the member reports the problem solved. Past
 * tense only: "an engine that works with the app" asks about a feature, and "it works fine but…" is a report.
 */
const reportsSolved = (text: string): boolean => SOLVED.test(text) && !/\bbut\b/i.test(text);
const SOLVED =
  /\b(?:that|it|this)\s+(?:worked|did\s+it|did\s+the\s+trick|fixed\s+it|solved\s+it)\b|\b(?:works|working)\s+(?:now|again|perfectly)\b|\ball\s+good\s+now\b|\bfigured\s+it\s+out\b/i;

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
 * (about 1,500 small-talk lines and 8,500 others) it fires on twelve jokes and nothing else.
 */
export const isJoke = (text: string): boolean => jokeKind(text) !== null;

/**
 * A joke in a form nothing else takes: "knock knock…", or a riddle in one of the classic frames with its punchline
 * ("why did the key break up with the password? trust issues"). It needs no laugh, its punchline may name trouble,
 * and it is a joke even when its words match a topic.
 */
export const isClassicJoke = (text: string): boolean => jokeKind(text) === 'classic';

/** What kind of joke a line is: a classic form, a riddle told with a laugh, or none. */
function jokeKind(text: string): 'classic' | 'laughed' | null {
  if (KNOCK_KNOCK.test(text)) return 'classic';
  const setup = RIDDLE_SETUP.exec(text);
  // The punchline must not ask again ("why is it called k9 lol, like the robot dog?").
  if (!setup || text.slice(setup[0].length).includes('?')) return null;
  if (JOKE_FRAME.test(setup[0])) return 'classic';
  const words = plainWords(text);
  if (words.some((w) => FIRST_PERSON.has(w)) || reportsTrouble(words)) return null;
  const laughs = words.some((w) => LAUGHTER.test(w) || LAUGHTER_WORD.test(w)) || LAUGHING_EMOJI.test(text);
  return laughs ? 'laughed' : null;
}

const KNOCK_KNOCK = /\bknock,?\s+knock\b/i;

/** Setups only jokes use: things break up, go to therapy, walk into a bar, cross the road. */
const JOKE_FRAME =
  /\b(?:break(?:s|ing)?\s+up\s+with|broke\s+up\s+with|(?:go|went|goes)\s+to\s+(?:therapy|the\s+doctor|the\s+gym|school|jail|a\s+party)|walk(?:s|ed)?\s+into\s+a\s+bar|cross(?:ed)?\s+the\s+road|how\s+many\s+[\w\s]{1,30}does\s+it\s+take\s+to|favou?rite\s+(?:snack|food|drink|music|song|dance|meal|game))\b/i;

/** Emoji that laugh. */
const LAUGHING_EMOJI = /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F604}\u{1F601}\u{1F639}]/u;
