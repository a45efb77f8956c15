import { CHAT_FILLER, SMALL_TALK, STOP_WORDS } from '../normalise/lexicon.js';
import { plainWords } from '../normalise/normalise.js';
import { CHATTER_MARKERS, LAUGHTER_WORD, SMALL_TALK_WORDS } from '../normalise/small-talk-words.js';
import { unicodeWords } from '../normalise/word-boundary.js';

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
  if (PLUS_ONE.test(text) || SOCIAL_LINE.test(text)) return true;
  return words.every((w) => unstretched(w).some(isChatWord));
}

/**
 * Whole lines of social chat whose words a guide may also use ("day", "going", "friday", "happy"): how someone's day
 * is going, a happy weekday or holiday, a good day wished. Asking after someone is not asking the guide.
 */
const SOCIAL_LINE = new RegExp(
  String.raw`^\s*(?:(?:hey|hi|hello|yo|sup|ok|so)[,!.]?\s+)?(?:` +
    String.raw`how(?:'?s|\s+is|\s+was|\s+has|\s+have)\s+(?:(?:your|ur|ya|everyone'?s?|everybody'?s?|the)\s+)?` +
    String.raw`(?:day|week|weekend|morning|afternoon|evening|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day|it|things|life|you\s+been)` +
    String.raw`(?:\s+(?:going|been|treating\s+(?:you|ya|y'?all)|so\s+far|today|been\s+going))*` +
    String.raw`|(?:happy|merry)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|holidays?|new\s+year|christmas|xmas|easter|halloween|thanksgiving|diwali|eid|hanukkah|birthday)` +
    String.raw`|have\s+a\s+(?:good|nice|great|lovely|wonderful)\s+(?:day|weekend|week|night|evening|one))` +
    String.raw`(?:\s+(?:to\s+)?(?:folks|everyone|everybody|all|y'?all|guys|team|fam|peeps|people|friends|bot|mate|buddy|you))?` +
    String.raw`(?:\s+too)?[\s!.?~,]*[\p{Extended_Pictographic}\uFE0F\s]*$`,
  'iu',
);

const isChatWord = (w: string): boolean =>
  SMALL_TALK.has(w) ||
  STOP_WORDS.has(w) ||
  CHAT_FILLER.has(w) ||
  SMALL_TALK_WORDS.has(w) ||
  REACTIONS.has(w) ||
  LAUGHTER_WORD.test(w) || // ha, lol, xd and laughter in other languages
  /^o+k+$|^t+y+$|^t+h+x+$/.test(w);

/** "+1", "-1", "^", "^^ this": agreement typed as a symbol. */
const PLUS_ONE = /^\s*(?:[+-]1|\^+)(?:\s*this)?\s*[!.]*\s*$/i;

/** Reactions to what someone else said ("oof", "ikr", "same", "fair enough", "rip"): they ask nothing of support. */
const REACTIONS = new Set(
  `oof ikr rip same true fair enough agreed exactly indeed facts mood bet gg wp noted yw yikes whoa woah dang damn
   meh sigh huh ooh ohh aha ahh lmk back heyy hiya hai evening morning afternoon gday tbf fml ftw beep boop`
    .split(/\s+/)
    .filter(Boolean),
);

/** "heyyy", "thxxx", "sooo": a letter typed three or more times reads as once or twice ("cooool" is "cool"). */
export function unstretched(w: string): string[] {
  if (!/(.)\1\1/u.test(w)) return [w];
  return [w.replace(/(.)\1{2,}/gu, '$1'), w.replace(/(.)\1{2,}/gu, '$1$1')];
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
   still drops dropping forever slowing slower drains draining drained stopped stops dead died dies keeps stolen hacked compromised locked freezing
   expired blocked banned declined rejected vanished disappeared disappears deleted wiped erased corrupted glitchy laggy
   hasnt havent wasnt werent couldnt shouldnt blank empty hidden duplicated randomly`
    .split(/\s+/)
    .filter(Boolean),
);

/** The message asks something ("can it be fixed", "how do I…"), with or without a question mark. */
export const asksSomething = (words: readonly string[]): boolean =>
  words.some(
    (w, i) =>
      QUESTION_WORDS.has(w) &&
      !(w === 'way' && INTENSIFIED.has(words[i + 1] ?? '')) &&
      !sendsForHelp(words, i) &&
      // "finally know where my money goes" tells what the member now knows.
      !(KNOWING.has(words[i - 1] ?? '') && NOW_KNOWS.has(words[i - 2] ?? '')),
  );
const KNOWING = new Set('know knew understand understood get'.split(' '));
const NOW_KNOWS = new Set('finally now already i ive we'.split(' '));
/**
 * "900 series in my library, send help": the joke cry for help of chat. Said with trouble ("sync broke, send help"), the
 * trouble keeps the line a question.
 */
const sendsForHelp = (words: readonly string[], i: number): boolean => words[i] === 'help' && words[i - 1] === 'send';
/** "way better than the old one": "way" as an intensifier, not "is there a way". */
const INTENSIFIED = new Set('better more too faster easier nicer cooler smoother worse less'.split(' '));
export const reportsTrouble = (words: readonly string[]): boolean =>
  words.some(
    (w, i) => (TROUBLE_WORDS.has(w) && !reportsNoTrouble(words, i)) || followsAChange(words, i) || cutsOut(words, i),
  );

/** Words between "since" and what changed: "since the last update", "after this new patch". */
const CHANGE_DETERMINERS = new Set('the this that a last latest new newest recent'.split(' '));
const CHANGES = new Set('update updates updated upgrade upgraded patch release version'.split(' '));
/**
 * "before the last patch the slicer gave me perfect first layers, now…", "since the update": what members report
 * trouble against. Told without a trouble word, it is still a report of something that changed; told with thanks
 * ("thanks! calls have been flawless since the update"), it is about the fix.
 */
function followsAChange(words: readonly string[], i: number): boolean {
  if (words[i] !== 'since' && words[i] !== 'after' && words[i] !== 'before') return false;
  if (words.some((w) => THANKS.has(w))) return false;
  let k = i + 1;
  while (CHANGE_DETERMINERS.has(words[k] ?? '')) k++;
  return CHANGES.has(words[k] ?? '');
}
/** "voice calls cut out after 10 min": a signal or a sound that drops. */
const cutsOut = (words: readonly string[], i: number): boolean =>
  /^cut(?:s|ting)?$/.test(words[i]!) && words[i + 1] === 'out';

/**
 * A trouble word that reports no trouble where it stands: surprise or an opinion ("didn't know that", "do not think
 * so"), a habit kept ("still love it"), a switch the member is happy with ("never looking back"), trouble denied
 * ("without issues").
 */
function reportsNoTrouble(words: readonly string[], i: number): boolean {
  const w = words[i];
  // "still love it", "still going strong": a habit kept, not a problem that stays.
  if (w === 'still') return STILL_FINE.has(words[i + 1] ?? '');
  // "never looking back", "not going back": a switch the member is happy with.
  if ((w === 'never' || w === 'not') && /^(?:look|looking|looked|going|go|went)$/.test(words[i + 1] ?? ''))
    return words[i + 2] === 'back';
  // "without issues", "no problems", "zero crashes": trouble denied.
  if (w === 'no') return TROUBLE_NOUNS.has(words[i + 1] ?? '');
  if (TROUBLE_NOUNS.has(w ?? ''))
    return NONE_OF.has(words[i - 1] ?? '') || (words[i - 1] === 'any' && words[i - 2] === 'without');
  // "having a slow monday", "such a long day": a trouble word that describes the member's day, not the product.
  if (describesTheDayAt(words, i)) return true;
  // "can't believe it's friday", "can't wait for the update": surprise and eagerness, not something that fails.
  if ((w === 'cant' || w === 'cannot') && (words[i + 1] === 'believe' || words[i + 1] === 'wait')) return true;
  const negates = w === 'didnt' || w === 'dont' || (w === 'not' && (words[i - 1] === 'did' || words[i - 1] === 'do'));
  return negates && NOT_TROUBLE_AFTER.has(words[i + 1] ?? '');
}
/** Words before an adjective that make it describe what follows: "a slow monday", "this rough week". */
const DESCRIBES = new Set(['a', 'an', 'such', 'this', 'another', 'what']);
/** The days of the week, as members type them (lower case, no apostrophes). */
export const WEEKDAYS: readonly string[] = 'monday tuesday wednesday thursday friday saturday sunday'.split(' ');
const ANY_WEEKDAY = WEEKDAYS.join('|');
/** Stretches of a member's life a chat line may be about (not the product's schedule: "backup fails monday"). */
const TIMES_OF_LIFE = new Set([...WEEKDAYS, ...'weekend day week morning afternoon evening night shift'.split(' ')]);
const describesTheDayAt = (words: readonly string[], i: number): boolean =>
  DESCRIBES.has(words[i - 1] ?? '') && TIMES_OF_LIFE.has(words[i + 1] ?? '');
/**
 * The line says `word` only of the member's day ("anyone else having a slow monday?"): then "slow" names no support
 * subject of its own.
 */
export const describesOnlyTheDay = (words: readonly string[], word: string): boolean =>
  words.includes(word) && words.every((w, i) => w !== word || describesTheDayAt(words, i));
const TROUBLE_NOUNS = new Set('issue issues problem problems error errors bug bugs crash crashes'.split(' '));
const NONE_OF = new Set(['no', 'without', 'zero']);
const STILL_FINE = new Set('love loving like enjoy enjoying rocks rock going alive here use using the best'.split(' '));
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
  const words = plainWords(text);
  // "anyone else here running this at a school? just saying hi": a hello, whatever it asks the group on the way.
  if (SAYS_HI.test(text)) return !asksSomething(words) && !reportsTrouble(words);
  if (text.includes('?')) return false;
  if (closesConversation(text, words)) return true;
  if (isBack(words) && !asksInClause(text)) return true;
  // "brb need coffee": the reason for stepping away may sound like a request, but nobody is asked anything.
  if (isAway(words) && !asksInClause(text) && !reportsTrouble(words)) return true;
  // "yo is there an iphone version or nah": a question about what the product has needs no question mark.
  if (asksSomething(words) || ASKS_WHAT_IT_HAS.test(text) || reportsTrouble(words)) return false;
  if (praises(text, words) || INTRODUCES.test(text) || reportsSolved(text)) return true;
  return (
    contentTerms <= MAX_CONTENT_IN_CHATTER &&
    !movesOn(text) &&
    (words.some((w, i) => isCheer(w, i) || LAUGHTER.test(w)) || CHEERFUL_EMOJI.test(text) || WISHES.test(text))
  );
}

/** "just saying hi", "just wanted to say hello": a line that says it is a hello. */
const SAYS_HI = unicodeWords(
  /\bjust\s+(?:saying|wanted\s+to\s+say|popping\s+in\s+to\s+say|dropping\s+in\s+to\s+say|stopping\s+by\s+to\s+say)\s+(?:hi|hello|hey|howdy)\b/i,
);

/** A newcomer saying hello, however many guide words the introduction holds ("just joined the group, hello from Brazil"). */
const INTRODUCES = unicodeWords(
  /\bjust\s+joined\b|\bnew\s+(?:here|to\s+(?:the\s+|this\s+)?(?:group|server|channel|community|discord))\b|\b(?:hello|hi|hey|greetings)\s+from\b/i,
);

/** A goodbye or a wish for the day: "see you next week", "have a good weekend", "happy friday all", "take care". */
const WISHES = unicodeWords(
  new RegExp(
    [
      `\\bsee\\s+(?:you|ya|u|yall|y'all)\\s+(?:all\\s+|guys\\s+)?(?:later|soon|tomorrow|tmrw|tonight|around|next\\s+(?:week|time|month|year)|(?:on\\s+)?(?:${ANY_WEEKDAY}))\\b`,
      '\\bhave\\s+a\\s+(?:good|great|nice|lovely|wonderful|relaxing)\\s+(?:weekend|day|one|evening|night|week|holiday|holidays)\\b',
      `\\bhappy\\s+(?:${ANY_WEEKDAY}|weekend|holidays|new\\s+year|birthday)\\b`,
      '\\btake\\s+care\\b(?!\\s+of)',
    ].join('|'),
    'i',
  ),
);

/**
 * A greeting or a cheer word. "yo" greets only where a line starts ("yo is the sync down"); further on it is more likely
 * Spanish for "I" ("…o tengo que configurar yo el servidor").
 */
const isCheer = (w: string, at: number): boolean =>
  unstretched(w).some((u) => CHEERS.has(u) && (u !== 'yo' || at === 0));

/** Up to this many words the guide knows, a line to the group or to the bot is a chat, not a question for the guide. */
const MAX_CONTENT_IN_SOCIAL = 1;
const TO_GROUP = unicodeWords(
  /\b(?:any|every)(?:one|body)\b|\by'?all\b|\b(?:you|u)\s+all\b|\b(?:folks|peeps|fam)\b|\bwho\s+else\b/i,
);
const TO_BOT = unicodeWords(/\b(?:ro)?bot'?s?\b/i);
/** What turns a line to the group into a request for help: "anyone know how to…", "can someone help", "same problem". */
const SEEKS_HELP = unicodeWords(
  /\bhow\s+(?:do|does|can|could|should|would|to|did|is|are)\b|\bhelp|\bfix|\bsolv|\bwork(?:s|ed|ing)?\b|\bknows?\b|\bfigure\s+out\b|\brecommend|\bsuggest|\btips?\b|\badvice\b/i,
);

/**
 * A line to the group or to the bot that asks nothing about the product ("anyone watching the game tonight?",
 * "how's everyone's weekend going?", "who made this bot", "the bot is kinda cute ngl"): a chat between people in
 * the channel. A request for help, trouble, or more than a word the guide knows makes it a question again
 * ("anyone know how to export notes?", "anyone else's sync broken?").
 */
export function isSocial(text: string, words: readonly string[], contentTerms: number): boolean {
  return (
    contentTerms <= MAX_CONTENT_IN_SOCIAL &&
    (TO_GROUP.test(text) || TO_BOT.test(text)) &&
    !SEEKS_HELP.test(text) &&
    !reportsTrouble(words)
  );
}

/** Verbs that open a yes/no question: "is the old edge ok", "does anki run on a chromebook". */
const ASKING_VERBS = 'is are am does do did can could will would should shall has have'.split(' ');
/** Words that open a clause and leave it asking: "can it…", "is there…", "how do I…", "any way to…". */
const CLAUSE_OPENERS = new Set(
  [...QUESTION_WORDS, ...ASKING_VERBS, 'any', 'anyone', 'anybody'].filter((w) => w !== 'help' && w !== 'way'),
);
/** Words before "help" that make it help given, not asked for: "the help", "your help", "all the help". */
const GIVEN = new Set(['the', 'your', 'ur', 'yall', 'ya', 'this', 'that']);
/** Words that may come before a clause's first real word without changing it: "ok so how do I…", "btw can it…". */
const LEAD_INS = new Set(
  'ok okay so and but also btw hey hi hello yo sup oh um uh well then plus still yeah yes no'.split(' '),
);

/**
 * The message asks something in one of its clauses: a clause that opens with a question word or a verb that asks
 * ("…, can it sync too"). Read clause by clause, "thanks to everyone who helped", "i could cry" and "u can close
 * this" ask nothing; a word-bag check would hear "who", "could" and "can".
 */
export function asksInClause(text: string): boolean {
  if (/[?？؟]/.test(text)) return true;
  for (const clause of text.split(/[.,!;:\n]+/)) {
    const words = plainWords(clause);
    let i = 0;
    while (i < words.length - 1 && LEAD_INS.has(words[i]!)) i++;
    const w = words[i];
    // "did not know that", "do not think so": an opener followed by "not" states, it does not ask.
    if (w && CLAUSE_OPENERS.has(w) && words[i + 1] !== 'not') return true;
    // "help" asks; "thanks for the help", "appreciate your help" name help already given.
    if (
      words.some(
        (x, k) =>
          (x === 'help' && !GIVEN.has(words[k - 1] ?? '') && !sendsForHelp(words, k)) ||
          x === 'please' ||
          x === 'pls' ||
          x === 'plz',
      )
    )
      return true;
  }
  return false;
}

/**
 * A thank-you or a "sorted now" that asks nothing more ("ok the reset did the trick, thanks a lot everyone who
 * helped", "all my photos are backed up now, i could cry. thank u"): however much of the product it names, it
 * closes a conversation. Trouble words are part of a solved story ("turns out i was on the wrong wifi") only when
 * the line says it is solved.
 */
export function closesConversation(text: string, words: readonly string[]): boolean {
  if (asksInClause(text) || wantsSomething(words) || movesOn(text)) return false;
  if (reportsSolved(text)) return true;
  return words.some((w) => THANKS.has(w)) && !reportsTrouble(words);
}
const THANKS = new Set('thanks thank thx thnx thanx ty tysm tyvm cheers appreciate appreciated grateful'.split(' '));

/** Words of a request said as a statement: "I want the inbox on top", "trying to export", "need my notes back". */
const REQUESTS = new Set(
  'want wanted wants wanna need needs needed trying tried try looking wish hope should must supposed would'.split(' '),
);
/**
 * "long day at work, finally some time to draw", "rough week, the printer and i need a break": a line that opens on how
 * the member's day went is a remark about their life, whatever words of a large guide it goes on to say.
 */
const OPENS_ON_THE_DAY = unicodeWords(
  /^\W*(?:(?:what|such)\s+an?\s+|an?\s+|another\s+)?(?:long|rough|busy|crazy|hard|tough|slow|lazy|hectic|exhausting|stressful|boring|brutal|tiring|weird|wild)\s+(?:day|week|night|shift|morning|evening|weekend|month)s?\b/i,
);
/** Up to this many words the guide knows, a remark is chatter. */
const MAX_CONTENT_IN_IDLE = 0;
/** A line opening with these asks, question mark or not: "does anki run on a chromebook", "is the old edge ok". */
const YES_NO_OPENERS = new Set([...ASKING_VERBS, 'was', 'were', 'if', 'any']);
/** The line says what the member wants or is trying to do. */
export const wantsSomething = (words: readonly string[]): boolean => words.some((w) => REQUESTS.has(w));
/** Lines shorter than this are the short-line rule's to judge (see DECISION.maxChatterWords). */
const MIN_IDLE_WORDS = 4;

/**
 * A remark that asks nothing, wants nothing and reports nothing wrong, and names at most one thing the guide
 * knows ("finally got my new laptop today", "pizza arrived, productivity over", "computers were a mistake"):
 * a life update or a sigh, not a question for staff.
 */
export function isIdleRemark(text: string, words: readonly string[], contentTerms: number): boolean {
  if (/[?？؟]/.test(text) || (contentTerms > MAX_CONTENT_IN_IDLE && !OPENS_ON_THE_DAY.test(text))) return false;
  return (
    words.length >= MIN_IDLE_WORDS &&
    !YES_NO_OPENERS.has(words[0]!) &&
    !asksSomething(words) &&
    !reportsTrouble(words) &&
    !wantsSomething(words)
  );
}

/** Marks of a joke or a sigh typed in chat besides laughter (LAUGHTER: "lol", "haha", "lmao"): "smh", "fr", "ngl", "jk". */
const QUIPS = new Set('rofl smh fr frfr bruh ngl tbh jk'.split(' '));
/** The emoji that laugh, cringe or shrug. */
const QUIP_EMOJI = /[\u{1F602}\u{1F923}\u{1F605}\u{1F480}\u{1F643}\u{1F629}\u{1F62D}\u{1F644}\u{1F937}\u{1F926}]/u;

/**
 * A joke or a sigh about tech, told with a laugh ("my notes app has like 2000 notes and half of them are grocery lists
 * 💀", "switched from spotify to this player last month and honestly not looking back lol"): it may name the product
 * many times over, yet it asks nothing, wants nothing and reports nothing wrong. Trouble told with a laugh ("sync
 * keeps failing lol") is still trouble.
 */
export function isQuip(text: string, words: readonly string[]): boolean {
  if (/[?？؟]/.test(text) || !(words.some((w) => QUIPS.has(w) || LAUGHTER.test(w)) || QUIP_EMOJI.test(text)))
    return false;
  return (
    !YES_NO_OPENERS.has(words[0] ?? '') &&
    !asksInClause(text) &&
    !asksSomething(words) &&
    !wantsSomething(words) &&
    !reportsTrouble(words) &&
    // "ok this is kinda funny but the budget app says i have -$48,000": the laugh comes before the report.
    !movesOn(text)
  );
}

/** Yes/no questions about what the product has or allows: "is there…", "can I…", "does it support…". */
const ASKS_WHAT_IT_HAS = unicodeWords(
  /\b(?:is|are)\s+there\b|\bis\s+it\s+possible\b|\b(?:can|could)\s+(?:i|we|you|it)\b|\b(?:do|does)\s+(?:it|you|this|the\s+app)\s+(?:support|work|have|run|sync|let|allow)\b|\bany\s+way\b/i,
);

/** Up to this many words, praise of the product or the team is chatter however much of the product it names. */
const MAX_PRAISE_WORDS = 16;

/**
 * "lol this app is great, finally ditched google photos", "wow it feels so fast now, nice work devs", "saved my
 * bacon today": praise names the product's features in passing, so it cannot rest on how few product words it
 * says. A "but" or "except" turns it into a report ("great app but sync is slow").
 */
function praises(text: string, words: readonly string[]): boolean {
  return (
    words.length <= MAX_PRAISE_WORDS && (words.some((w) => PRAISE.has(w)) || PRAISE_PHRASE.test(text)) && !movesOn(text)
  );
}
const PRAISE = new Set(
  'great love loving loved awesome amazing fantastic excellent brilliant perfect best superb lovely wonderful incredible cute adorable vibe vibes slaps banger kudos hooked addicted obsessed goated lifesaver legend legends hero heroes mvp'.split(
    ' ',
  ),
);
const PRAISE_PHRASE = unicodeWords(
  /\b(?:nice|great|good|awesome|amazing)\s+(?:work|job|stuff)\b|\bwell\s+done\b|\b(?:way|so\s+much|much|miles)\s+better\s+than\b|\bsaved\s+my\s+(?:bacon|life|day|butt|skin|ass|sanity|thesis|project|semester|deadline|weekend|job)\b|\b(?:excited|happy|glad|thrilled|stoked)\s+to\s+(?:be\s+here|have\s+joined|join(?:\s+you(?:\s+all)?)?)\b/i,
);

/** Up to this many words, a line that says the member steps away ("brb grabbing coffee") is chatter. */
const MAX_AWAY_WORDS = 8;
const AWAY = new Set('brb gtg g2g afk bbl bbiab ttyl'.split(' '));
const isAway = (words: readonly string[]): boolean =>
  words.length <= MAX_AWAY_WORDS && (words.some((w) => AWAY.has(w)) || isBack(words));
/** "back", "ok im back, sorry that took forever", "back again": the member returns to the channel. */
const isBack = (words: readonly string[]): boolean => {
  let i = 0;
  while (i < words.length && (LEAD_INS.has(words[i]!) || words[i] === 'im' || words[i] === 'i' || words[i] === 'am'))
    i++;
  return words[i] === 'back' && !['to', 'up', 'button', 'end'].includes(words[i + 1] ?? '');
};

/**
 * "ok that worked, got the green shield now", "nvm figured it out": the member reports the problem solved. Past
 * tense only: "an engine that works with the app" asks about a feature, and "it works fine but…" is a report.
 */
export const reportsSolved = (text: string): boolean =>
  (SOLVED.test(text) || NEVER_MIND.test(text)) && !SOLVED_UNDONE.test(text) && !WORKED_BEFORE.test(text);
/** A "but" or "except" turns praise into a report… */
const BUT = 'but|however|except|although|though';
/**
 * …as it turns thanks or a laugh into one: "thanks, sync works now! but my playlists are duplicated", "only thing is
 * the waypoints upload twice". A thank-you that goes on this way does not close the conversation.
 */
const MOVES_ON = unicodeWords(
  new RegExp(`\\b(?:${BUT})\\b|\\bonly\\s+(?:thing|problem|issue|catch)\\b|\\bone\\s+more\\s+thing\\b`, 'i'),
);
export const movesOn = (text: string): boolean => MOVES_ON.test(text);
/** …and, with a "still", a fix into one that did not hold ("works now but still slow"). */
const SOLVED_UNDONE = unicodeWords(new RegExp(`\\b(?:${BUT}|still)\\b`, 'i'));
const NEVER_MIND = unicodeWords(/^\s*(?:nvm|nevermind|never\s+mind)\b/i);
/** "Before the update it worked fine", "it worked until yesterday": how things were before the trouble, not a fix. */
const WORKED_BEFORE = unicodeWords(
  /\bbefore\b[^.!?]*\bwork(?:ed|ing)\b|\bwork(?:ed|ing)\s+(?:fine\s+|perfectly\s+|great\s+)?(?:before|until|till|yesterday|earlier|last\s+(?:week|night|month|time))\b/i,
);
const SOLVED = unicodeWords(
  /\b(?:that|it|this)\s+(?:worked|did\s+it|fixed\s+it|solved\s+it)\b|\bdid\s+the\s+trick\b|\b(?:works|worked|working)\s+(?:now|again|perfectly|fine\s+now)\b|\ball\s+good\s+(?:now|again|on\s+my\s+end)\b|\bfigured\s+it\s+out\b|\b(?:got\s+it|all)\s+sorted\b|\bback\s+to\s+normal\b|\bproblem\s+solved\b/i,
);

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
const RIDDLE_SETUP = unicodeWords(/^\s*(?:why|what|how|where|who)\b[^?,.!]*[?,]\s*[\p{L}\d]/iu);

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
 * A member asking the bot or the channel for a joke ("tell me a joke about 3d printers", "anyone know any good jokes?"):
 * whatever subject the joke is to be about, it asks nothing of the guide.
 */
export const asksForJoke = (text: string): boolean => JOKE_REQUEST.test(text);
const JOKE_REQUEST = unicodeWords(
  /\b(?:tell|give|got|know|have|share)\s+(?:me\s+|us\s+)?(?:a|an|any|another|one|some|ur|your)\s+(?:\w+\s+){0,2}jokes?\b|\bsay\s+something\s+funny\b|\bmake\s+(?:me|us)\s+laugh\b/i,
);

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
  if (words.some((w) => FIRST_PERSON.has(w))) return null;
  // "why do programmers prefer dark mode? because light attracts bugs": a why-question about others that its teller
  // answers at once is a riddle, laugh or not; the trouble words of its punchline ("bugs", "can't C") are the joke.
  const setupText = setup[0].slice(0, -1);
  if (SELF_ANSWERED_WHY.test(text) && !HEDGE.test(text) && !reportsTrouble(plainWords(setupText))) return 'classic';
  if (reportsTrouble(words)) return null;
  const laughs = words.some((w) => LAUGHTER.test(w) || LAUGHTER_WORD.test(w)) || LAUGHING_EMOJI.test(text);
  return laughs ? 'laughed' : null;
}

const KNOCK_KNOCK = unicodeWords(/\bknock,?\s+knock\b/i);
/**
 * "why … ? because they …": the setup of a riddle, and its punchline told by the same line. Not "because of …", nor a
 * hedged guess ("…? because of battery saver maybe"): a member explaining their own trouble says it so.
 */
const SELF_ANSWERED_WHY = unicodeWords(/^\s*why\b[^?]*\?\s*(?:because|cause|cuz|coz|bc)\s+(?!of\b)/i);
const HEDGE = unicodeWords(/\b(?:maybe|probably|perhaps|guess|seems?|might|possibly|apparently)\b/i);

/** Setups only jokes use: things break up, go to therapy, walk into a bar, cross the road. */
const JOKE_FRAME = unicodeWords(
  /\b(?:break(?:s|ing)?\s+up\s+with|broke\s+up\s+with|(?:go|went|goes)\s+broke|(?:go|went|goes)\s+to\s+(?:therapy|the\s+doctor|the\s+gym|school|jail|a\s+party)|walk(?:s|ed)?\s+into\s+a\s+bar|cross(?:ed)?\s+the\s+road|how\s+many\s+[\w\s]{1,30}does\s+it\s+take\s+to|favou?rite\s+(?:snack|food|drink|music|song|dance|meal|game))\b/i,
);

/** Emoji that laugh. */
const LAUGHING_EMOJI = /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F604}\u{1F601}\u{1F639}]/u;
