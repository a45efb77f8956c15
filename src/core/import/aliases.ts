import { MAX_ALIAS_CHARS } from '../knowledge/topic.js';
import { clip, plainText } from './plain-text.js';

/**
 * Aliases the importer can honestly derive: the title as people type it (lowercase, without
 * "how to"), the title under the headings above it, the step titles and the bold lead-ins of list
 * items, which name what a member may ask about ("Clear Cache", "Enter Your Email Address").
 * Synonyms, slang and other languages need a human; knowledge/README.md explains how to add them.
 */
const QUESTION_PREFIX = /^(?:how\s+(?:to|do\s+i|can\s+i|do\s+you)|ways\s+to|when\s+to|where\s+to)\s+/i;
const MAX_ALIASES = 20;

const phrase = (s: string) =>
  plainText(s)
    .toLowerCase()
    .replace(/[.!?:;,]+$/, '')
    .replace(/["“”]/g, '')
    .trim();

export function deriveAliases(
  title: string,
  stepTitles: readonly string[],
  items: readonly string[],
  path: readonly string[] = [],
): string[] {
  const out = new Set<string>();
  const t = phrase(title);
  out.add(t);
  out.add(t.replace(QUESTION_PREFIX, ''));
  for (const s of stepTitles) out.add(phrase(s).replace(QUESTION_PREFIX, ''));
  for (const item of items) {
    const lead = /^\*\*([^*]{3,60}?):?\*\*/.exec(item)?.[1];
    // One-word lead-ins ("Update:") are too generic to point at this topic alone.
    if (lead && /\s/.test(lead.trim())) out.add(phrase(lead));
  }
  // A sub-section's title leans on the headings above it: "macOS systems" under "Getting logs in case of
  // crashes" is about crash logs on a Mac, and a member asking so names both. The nearest heading always,
  // farther ones while they fit.
  let inContext = t;
  for (const above of [...path].reverse()) {
    const longer = `${phrase(above)} ${inContext}`;
    if (inContext !== t && longer.length > MAX_ALIAS_CHARS) break;
    inContext = longer;
  }
  if (inContext !== t) out.add(inContext);
  return [...out]
    .filter((a) => a.length >= 3)
    .map((a) => clip(a, MAX_ALIAS_CHARS))
    .slice(0, MAX_ALIASES);
}
