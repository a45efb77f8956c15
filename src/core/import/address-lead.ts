import { HARD_BREAK } from './markdown-inline.js';

/**
 * Sentences lead into an address: "Read more on [example.com](https://example.com).", "Open takeout.google.com.",
 * "Visit example.com to download the app." When the address goes (its host is not allowed, and then neither its link
 * nor its name may reach a member: link-filter.ts), the words that led to it point at nothing ("Read more on.",
 * "Open.", "Visit to download the app."). Read at the place the address stood, they go too, where that is clear: a
 * preposition the sentence ends on, and a sentence that only sent the reader there. Where the sentence goes on after
 * the address ("Download apps from … and other repositories", "If you're on … we have a guide") no word can go without
 * changing what it says, and it is left as it was.
 */

/** Where an address was taken out of a line of running text, until the words that led to it are read. */
export const ADDRESS_GAP = '\uE010';

/**
 * What ends a sentence or a clause after the address: a full stop, "!", "?", ";", the line's end (or its break), a
 * bracket; not a bracket round one word, which names what the address was ("comes from openstreetmap.org (OSM)").
 */
const ENDS = String.raw`(?=[ \t]*(?:[.!?;)${HARD_BREAK}]|\((?![^()\s]*\))|$))`;
/**
 * A preposition the sentence ends on ("Read more on …", "preview the file on …", "Register an account on … (don't
 * forget…)"): it goes with the address. Not "in" or "to", which end verbs as often ("sign in", "go to").
 */
const PREPOSITION = new RegExp(String.raw`[ \t]+(?:on|at|from|via|into|onto|through)[ \t]*${ADDRESS_GAP}${ENDS}`, 'gi');
/**
 * A verb sending the reader to the address ("Open …", "go to …", "Visit … to download the app"), where the sentence
 * ends, or only says why to go: the sentence says nothing but "go there", and nothing stands for where.
 */
const SENDS_TO = new RegExp(
  String.raw`\b(?:visit|open|go to|head(?: over)? to|navigate to|browse to|check out)[ \t]*${ADDRESS_GAP}(?:${ENDS}|[ \t]+to[ \t]+\p{L})`,
  'iu',
);
/** What opens a line before its first sentence: indentation, quote marks, a list marker. */
const LINE_START = /^\s*(?:>\s*)*(?:(?:[-*+•]|\d{1,9}[.)])\s+)?/;
/**
 * The end of a sentence: its full stop ("!", "?"), closing quotes or brackets, and the spaces before the next one, which
 * opens on a capital (so "eg. 1.18.2" and "e.g. the app" end none); or the line's end.
 */
const SENTENCE_END = /[.!?]["”’)*_]*(?:\s+(?=["“‘(*_]*\p{Lu})|\s*$)/gu;

/** `line` with each ADDRESS_GAP taken out, and the words that led to it where that is clear. */
export function withoutLeadIntoGap(line: string): string {
  let out = line;
  for (let sent = SENDS_TO.exec(out); sent; sent = SENDS_TO.exec(out)) out = withoutSentenceAt(out, sent.index);
  return out.replace(PREPOSITION, '').replaceAll(ADDRESS_GAP, '');
}

/** `line` without the sentence that holds the character at `at`; the list marker or quote opening the line stays. */
function withoutSentenceAt(line: string, at: number): string {
  let start = LINE_START.exec(line)![0].length;
  let end = line.length;
  for (const m of line.matchAll(SENTENCE_END)) {
    const after = m.index + m[0].length;
    if (after <= at) start = Math.max(start, after);
    else if (m.index >= at) {
      end = after;
      break;
    }
  }
  return (line.slice(0, start) + line.slice(end)).replace(/\s+$/, '');
}
