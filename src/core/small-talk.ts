import { CHAT_FILLER, SMALL_TALK, STOP_WORDS } from './lexicon.js';
import { plainWords } from './normalise.js';

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
  return words.every((w) => SMALL_TALK.has(w) || STOP_WORDS.has(w) || CHAT_FILLER.has(w) || /^(?:h+a+)+h?$|^l+o+l+$|^x+d+$|^o+k+$|^t+y+$|^t+h+x+$/.test(w));
}
